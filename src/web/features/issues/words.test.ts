import { describe, expect, it } from 'vitest';
import { messages } from '../../app/messages.ts';
import { countdownOf, deadlineStateOf, durationWords, moveActions } from './words.ts';

const zh = (key: keyof typeof messages, params: Record<string, string | number> = {}) =>
  messages[key][0].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

const NOW = new Date('2026-12-03T08:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

const open = {
  status: 'pending' as const,
  pausedAt: null,
  firstResponseAt: null,
  firstResponseDueAt: at(90),
  solutionDueAt: at(24 * 60),
  resolvedAt: null,
  closedAt: null,
  promisedReplyAt: null as string | null,
  promisedReplyMetAt: null as string | null,
};

describe('durationWords', () => {
  it('says minutes, hours and minutes, or days and hours', () => {
    expect(durationWords(45 * 60_000, zh)).toBe('45分钟');
    expect(durationWords(135 * 60_000, zh)).toBe('2小时15分');
    expect(durationWords(-135 * 60_000, zh)).toBe('2小时15分');
    expect(durationWords((3 * 1440 + 4 * 60 + 59) * 60_000, zh)).toBe('3天4小时');
  });
});

describe('countdownOf', () => {
  it('runs to the first response until someone responded, then to the solution', () => {
    expect(countdownOf(open, NOW)).toEqual({
      kind: 'running',
      deadline: 'first_response',
      dueAt: at(90),
      ms: 90 * 60_000,
    });
    const answered = { ...open, status: 'in_progress' as const, firstResponseAt: at(-10) };
    expect(countdownOf(answered, NOW)).toMatchObject({ deadline: 'solution', ms: 24 * 60 * 60_000 });
  });

  it('is negative once past, paused while the clock waits, and ended once the issue is', () => {
    expect(countdownOf({ ...open, firstResponseDueAt: at(-135) }, NOW)).toMatchObject({ ms: -135 * 60_000 });
    expect(countdownOf({ ...open, pausedAt: at(-5) }, NOW)).toEqual({ kind: 'paused', since: at(-5) });
    for (const status of ['resolved', 'closed', 'no_action'] as const)
      expect(countdownOf({ ...open, status }, NOW)).toEqual({ kind: 'ended' });
  });
});

describe('deadlineStateOf', () => {
  it('a deadline met says when, and whether it was late', () => {
    const late = { ...open, status: 'in_progress' as const, firstResponseAt: at(100) };
    expect(deadlineStateOf(late, 'first_response', NOW)).toEqual({ kind: 'met', at: at(100), late: true });
    expect(deadlineStateOf(late, 'solution', NOW)).toEqual({ kind: 'running', ms: 24 * 60 * 60_000 });
    const resolved = { ...late, status: 'resolved' as const, resolvedAt: at(60) };
    expect(deadlineStateOf(resolved, 'solution', NOW)).toEqual({ kind: 'met', at: at(60), late: false });
  });

  it('a promised reply counts only where one was given, runs through a pause, and is kept by telling the customer', () => {
    expect(deadlineStateOf(open, 'promised_reply', NOW)).toEqual({ kind: 'notNeeded' });
    const promised = { ...open, promisedReplyAt: at(-10), pausedAt: at(-30) };
    expect(deadlineStateOf(promised, 'promised_reply', NOW)).toEqual({ kind: 'running', ms: -10 * 60_000 });
    expect(deadlineStateOf(promised, 'solution', NOW)).toEqual({ kind: 'paused', since: at(-30) });
    const kept = { ...promised, promisedReplyMetAt: at(-20) };
    expect(deadlineStateOf(kept, 'promised_reply', NOW)).toEqual({ kind: 'met', at: at(-20), late: false });
  });

  it('无需处理 before the solution needs none', () => {
    const none = { ...open, status: 'no_action' as const, firstResponseAt: at(5) };
    expect(deadlineStateOf(none, 'solution', NOW)).toEqual({ kind: 'notNeeded' });
  });
});

describe('moveActions', () => {
  it('offers what the server allows next, 开始处理 first; a pending issue offers no 关闭', () => {
    expect(moveActions({ status: 'pending', allowedNext: ['in_progress', 'resolved', 'no_action'] })).toEqual(
      ['start', 'resolve', 'noAction'],
    );
    expect(moveActions({ status: 'resolved', allowedNext: ['closed', 'in_progress'] })).toEqual([
      'reopen',
      'close',
    ]);
    expect(moveActions({ status: 'closed', allowedNext: ['in_progress'] })).toEqual(['reopen']);
  });
});
