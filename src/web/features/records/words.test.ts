import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../app/messages.ts';
import { messages } from '../../app/messages.ts';
import {
  currentRound,
  deadlineText,
  isPoor,
  mayResubmit,
  mayReview,
  satisfactionWord,
  submissionWord,
} from './words.ts';

const zh = (key: MessageKey) => messages[key][0];
const en = (key: MessageKey) => messages[key][1];

describe('satisfaction in words', () => {
  it('reads 5…1 as 好 / 较好 / 一般 / 差 / 很差, and nothing for no rating', () => {
    expect([5, 4, 3, 2, 1].map((v) => satisfactionWord(v, zh))).toEqual(['好', '较好', '一般', '差', '很差']);
    expect(satisfactionWord(1, en)).toBe('Very poor');
    expect(satisfactionWord(null, zh)).toBe('');
    expect(satisfactionWord(0, zh)).toBe('');
    expect(satisfactionWord(6, zh)).toBe('');
  });

  it('counts 差 and 很差 as poor, 一般 and up not', () => {
    expect([5, 4, 3, 2, 1, null].map(isPoor)).toEqual([false, false, false, true, true, false]);
  });
});

describe('review rounds and who acts', () => {
  it('numbers the submission from the times sent back', () => {
    expect(currentRound({ reviewStatus: 'provisional', returnedCount: 0 })).toBe(1);
    expect(currentRound({ reviewStatus: 'returned', returnedCount: 1 })).toBe(1);
    expect(currentRound({ reviewStatus: 'provisional', returnedCount: 1 })).toBe(2);
    expect(currentRound({ reviewStatus: 'approved', returnedCount: 2 })).toBe(3);
  });

  const supervisor = { id: 2, permissions: ['followups.work', 'records.review'] };
  const agent = { id: 1, permissions: ['followups.work'] };
  it('lets a reviewer decide a waiting record of someone else only', () => {
    expect(mayReview(supervisor, { reviewStatus: 'provisional', staffId: 1 })).toBe(true);
    expect(mayReview(supervisor, { reviewStatus: 'provisional', staffId: 2 })).toBe(false);
    expect(mayReview(supervisor, { reviewStatus: 'approved', staffId: 1 })).toBe(false);
    expect(mayReview(supervisor, { reviewStatus: 'returned', staffId: 1 })).toBe(false);
    expect(mayReview(agent, { reviewStatus: 'provisional', staffId: 3 })).toBe(false);
  });

  it('lets the author alone resubmit a record sent back', () => {
    expect(mayResubmit(agent, { reviewStatus: 'returned', staffId: 1 })).toBe(true);
    expect(mayResubmit(supervisor, { reviewStatus: 'returned', staffId: 1 })).toBe(false);
    expect(mayResubmit(agent, { reviewStatus: 'provisional', staffId: 1 })).toBe(false);
  });
});

describe('deadlines', () => {
  it('reads the end of a day in the company zone as that day’s 24:00', () => {
    // 2026-12-09 00:00 in Shanghai is 2026-12-08 16:00 UTC.
    expect(deadlineText('2026-12-08T16:00:00Z', 'Asia/Shanghai')).toBe('2026-12-08 24:00');
    expect(deadlineText('2026-12-08T16:00:00Z', 'Europe/London')).toBe('2026-12-08 16:00');
    expect(deadlineText('2026-12-08T09:30:00Z', 'Asia/Shanghai')).toBe('2026-12-08 17:30');
  });
});

describe('submissions', () => {
  it('reads the approval machine’s statuses in the review’s words', () => {
    expect(['pending', 'approved', 'rejected', 'expired'].map((s) => submissionWord(s, zh))).toEqual([
      '待审核',
      '已签字',
      '已退回',
      '已过期',
    ]);
    expect(submissionWord('withdrawn', en)).toBe('Withdrawn');
  });
});
