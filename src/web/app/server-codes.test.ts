import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../domain/customers/import-columns.ts';
import { IMPORT_ISSUE_CODES, IMPORT_ISSUES, importIssue } from '../../domain/customers/import-issues.ts';
import { NEED_TYPES } from '../../domain/customers/need-types.ts';
import { HISTORY_COLUMNS } from '../../domain/followups/history-import.ts';
import { NEED_TYPE_LABELS } from './labels.ts';
import { messages } from './messages.ts';

const CJK = /[\u3400-\u9fff]/;
const paramsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The codes the server answers with, worded by the web in both languages (the server keeps only the Chinese). */
describe('server codes the web words', () => {
  it('every import issue has Chinese and English text, with the same parameters as the server’s', () => {
    const missing = IMPORT_ISSUE_CODES.filter((code) => !(`importIssue.${code}` in messages));
    expect(missing, 'import issue codes without a message').toEqual([]);
    for (const code of IMPORT_ISSUE_CODES) {
      const [zh, en] = messages[`importIssue.${code}` as keyof typeof messages];
      // The Chinese is the server's own (the error report and the preview say the same).
      expect(zh, code).toBe(IMPORT_ISSUES[code]);
      expect(paramsOf(en), code).toEqual(paramsOf(IMPORT_ISSUES[code]));
    }
  });

  it('every column an import reads has a name in both languages', () => {
    for (const { field, header } of [...IMPORT_COLUMNS, ...HISTORY_COLUMNS]) {
      const key = `importField.${field}` as keyof typeof messages;
      expect(messages[key], field).toBeDefined();
      expect(messages[key][0], field).toBe(header);
      expect(messages[key][1], field).not.toMatch(CJK);
    }
  });

  it('an issue fills its value in, clipped, and keeps it as a parameter for the web', () => {
    expect(importIssue('badMobile', { value: '1381234' })).toEqual({
      code: 'badMobile',
      params: { value: '1381234' },
      message: '“1381234”应为 11 位手机号码',
    });
    expect(importIssue('unknownOwner', { value: '某'.repeat(300) }).params.value).toBe(
      `${'某'.repeat(200)}…`,
    );
  });

  it('every 需求类型 has an English name', () => {
    expect(Object.keys(NEED_TYPE_LABELS).sort()).toEqual([...NEED_TYPES].sort());
    for (const [, en] of Object.values(NEED_TYPE_LABELS)) expect(en).not.toMatch(CJK);
  });
});
