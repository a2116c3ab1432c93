import { describe, expect, it } from 'vitest';
import { type MessageKey, messages } from '../../app/messages.ts';
import { auditDetailsText } from './auditDetails.ts';

const fill = (text: string, params: Record<string, string | number> = {}) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
const zh = (key: MessageKey, params?: Record<string, string | number>) => fill(messages[key][0], params);
const en = (key: MessageKey, params?: Record<string, string | number>) => fill(messages[key][1], params);

describe('the audit log’s 详情 in words', () => {
  it('translates the codes an action records and never shows braces', () => {
    expect(auditDetailsText({ kind: 'sales_visit' }, zh, 'zh-CN')).toBe('类型：外勤拜访');
    expect(auditDetailsText({ levels: ['confidential', 'top_secret'] }, zh, 'zh-CN')).toBe(
      '查看级别：机密（联系人）、绝密（合作明细）',
    );
    expect(auditDetailsText({}, zh, 'zh-CN')).toBe('—');
    expect(auditDetailsText({ before: ['agent'], after: ['account_manager'], via: 'direct' }, en, 'en')).toBe(
      'Before: Follow-up agent; After: Account manager; Via: applied directly',
    );
    const nested = auditDetailsText({ rows: 3, filter: { level: 'secret', tags: [] } }, zh, 'zh-CN');
    expect(nested).toBe('行数：3；筛选条件：（级别：秘密（基本信息）；标签：无）');
    expect(nested).not.toMatch(/[{}]/);
  });
});
