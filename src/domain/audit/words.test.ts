import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_LABELS } from './vocabulary.ts';
import { auditDetailsText, auditTargetText } from './words.ts';

describe('the audit log’s 详情 in words', () => {
  it('translates the codes an action records and never shows braces', () => {
    expect(auditDetailsText({ kind: 'sales_visit' }, 'zh-CN')).toBe('类型：外勤拜访');
    expect(auditDetailsText({ levels: ['confidential', 'top_secret'] }, 'zh-CN')).toBe(
      '查看级别：机密（联系人）、绝密（合作明细）',
    );
    expect(auditDetailsText({}, 'zh-CN')).toBe('—');
    expect(auditDetailsText({ before: ['agent'], after: ['account_manager'], via: 'direct' }, 'en')).toBe(
      'Before: Follow-up agent; After: Account manager; Via: applied directly',
    );
    // Stored by PostgreSQL's jsonb shortest key first: read in the catalogue's order all the same.
    expect(auditDetailsText({ via: 'direct', after: ['supervisor'], before: ['agent'] }, 'zh-CN')).toBe(
      '变更前：回访专员；变更后：客服主管；方式：直接生效',
    );
    const nested = auditDetailsText({ rows: 3, filter: { level: 'secret', tags: [] } }, 'zh-CN');
    expect(nested).toBe('行数：3；筛选条件：（级别：秘密（基本信息）；标签：无）');
    expect(nested).not.toMatch(/[{}]/);
  });
});

describe('the audit log’s 对象 in words', () => {
  it('names the kind, then the code and name; the number only without them', () => {
    const customer = {
      targetType: 'customer',
      targetId: '300',
      targetCode: 'KH0300',
      targetName: '华信精密',
    };
    expect(auditTargetText(customer, 'zh-CN')).toBe('客户 KH0300 华信精密');
    expect(auditTargetText(customer, 'en')).toBe('Customer KH0300 华信精密');
    expect(
      auditTargetText(
        { targetType: 'followup_task', targetId: '7', targetCode: null, targetName: null },
        'zh-CN',
      ),
    ).toBe('回访任务 #7');
    expect(
      auditTargetText({ targetType: null, targetId: null, targetCode: null, targetName: null }, 'zh-CN'),
    ).toBe('—');
  });

  it('says how a role change took effect', () => {
    expect(auditDetailsText({ via: 'approval', requestId: 4 }, 'zh-CN')).toBe(
      '申请编号：4；方式：经审批生效',
    );
  });
});

/** The server's source files, tests left out. */
function serverSources(dir = new URL('../../server', import.meta.url).pathname): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverSources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('the audit log’s 操作 in words', () => {
  it('has a label for every action the server records by name', () => {
    const actions = new Set<string>();
    for (const file of serverSources()) {
      const source = fs.readFileSync(file, 'utf8');
      // recordAudit(trx, ctx, 'customers.merged', …) and the workflow's { action: 'customers.destroyed', … }
      for (const call of source.matchAll(/record(?:Read)?Audit\(|recordExport\(/g)) {
        const name = /'([a-z_]+\.[a-z_]+)'/.exec(source.slice(call.index, call.index + 200));
        if (name) actions.add(name[1] as string);
      }
      for (const [, name] of source.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)) actions.add(name as string);
    }
    expect(actions.size).toBeGreaterThan(60);
    expect([...actions].filter((action) => !(action in ACTION_LABELS))).toEqual([]);
  });

  it('puts the keys of a destruction and an import in words', () => {
    const destroyed = auditDetailsText(
      { requestedBy: 3, codes: ['KH0042'], deleted: { contacts: 2, followup_tasks: 1, issues: 0 } },
      'zh-CN',
    );
    expect(destroyed).toBe(
      '申请人编号：3；客户编号：KH0042；删除：（联系人数：2；回访任务数：1；问题数：0）',
    );
    // Every key of the import's summary (customer-imports/service.ts ImportSummary), skip included.
    const imported = auditDetailsText(
      { create: 5, update: 1, unchanged: 0, skip: 2, reject: 1, tasks: 2 },
      'en',
    );
    expect(imported).toBe(
      'Created: 5; Updated: 1; Unchanged: 0; Skipped: 2; Rejected: 1; Follow-up tasks: 2',
    );
    expect(auditDetailsText({ filter: { 'tag[]': ['VIP'] } }, 'zh-CN')).toBe('筛选条件：（标签：VIP）');
  });
});
