import { describe, expect, it } from 'vitest';
import { TIER_REASONS } from '../../../domain/customers/tier.ts';
import { fillMessage } from '../../app/message-format.ts';
import { type MessageKey, messages } from '../../app/messages.ts';
import { tierReason } from './tier-reason.ts';

const CJK = /[\u3400-\u9fff]/;
const translate =
  (side: 0 | 1) =>
  (key: MessageKey, params: Record<string, string | number> = {}) =>
    fillMessage(messages[key][side], params);
const zh = translate(0);
const en = translate(1);

describe('a tier change’s reason in words', () => {
  it('words every stored code in both languages, never as the code', () => {
    const words = TIER_REASONS.map((code) => [zh, en].map((t) => tierReason(code, null, t)));
    expect(words).toEqual([
      ['新建客户', 'customer created'],
      ['年合作金额变更', 'annual amount changed'],
      ['导入', 'imported'],
      ['分级规则调整', 'tier rules changed'],
      ['评分变化', 'score changed'],
      ['等级申报获批', 'tier request approved'],
    ]);
    for (const [, english] of words) expect(english).not.toMatch(CJK);
  });

  it('names the approved 等级申报 by its number', () => {
    expect(tierReason('grade_approved', 12, zh)).toBe('等级申报 #12 获批');
    expect(tierReason('grade_approved', 12, en)).toBe('tier request #12 approved');
  });

  it('shows a code it does not know as "other reason", not the code', () => {
    for (const code of ['merged', 'toString', '']) {
      expect(tierReason(code, null, zh)).toBe('其他原因');
      expect(tierReason(code, null, en)).toBe('other reason');
    }
  });
});
