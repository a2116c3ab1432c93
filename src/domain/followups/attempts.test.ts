import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_HOURS, localTime } from '../calendar/hours.ts';
import { statutoryArrangements } from '../calendar/statutory.ts';
import { workingCalendar } from '../calendar/working-days.ts';
import {
  bestTimeToCall,
  decideAttempt,
  describeEndReason,
  type HourStats,
  type LOGGED_OUTCOMES,
} from './attempts.ts';

const TZ = 'Asia/Shanghai';
const ctx = {
  calendar: workingCalendar(statutoryArrangements()),
  hours: DEFAULT_COMPANY_HOURS,
  timeZone: TZ,
  windows: DEFAULT_COMPANY_HOURS.preferredWindows,
};
const at = (local: string) => new Date(`${local}+08:00`);
const attempt = (
  outcome: (typeof LOGGED_OUTCOMES)[number],
  when: string,
  failedBefore = 0,
  callbackAt?: Date,
) => decideAttempt({ outcome, at: at(when), failedBefore, maxFailed: 3, callbackAt }, ctx);

describe('an attempt', () => {
  it('retries a missed call two hours later, inside the preferred windows', () => {
    // 10:20 + 2 h = 12:20, lunch and outside 10:00–11:30: the afternoon window opens at 15:30.
    expect(attempt('no_answer', '2026-12-03T10:20')).toEqual({
      kind: 'retry',
      nextAttemptAt: at('2026-12-03T15:30'),
      failedAttempts: 1,
    });
    // Busy: half an hour later, still in the morning window.
    expect(attempt('busy', '2026-12-03T10:20')).toMatchObject({ nextAttemptAt: at('2026-12-03T10:50') });
  });

  it('skips the weekend and the National Day holidays', () => {
    expect(attempt('no_answer', '2026-12-04T16:30')).toMatchObject({ nextAttemptAt: at('2026-12-07T10:00') });
    // 2025-09-30 afternoon: 10-01…10-08 are off, so the next try is on 10-09.
    expect(attempt('busy', '2025-09-30T16:50')).toMatchObject({ nextAttemptAt: at('2025-10-09T10:00') });
  });

  it('tries a wrong number again the next working day', () => {
    expect(attempt('wrong_number', '2026-12-03T10:20')).toMatchObject({
      nextAttemptAt: at('2026-12-04T10:00'),
      failedAttempts: 1,
    });
  });

  it('ends the task as 未接通 on the third failure, with the reason', () => {
    expect(attempt('no_answer', '2026-12-03T10:20', 2)).toEqual({
      kind: 'ended',
      status: 'unreachable',
      failedAttempts: 3,
      reason: 'failed:no_answer',
    });
    expect(describeEndReason('failed:no_answer', 3)).toEqual({
      zh: '3 次联系未果（最后一次：未接通）',
      en: '3 attempts failed (last: No answer)',
    });
    expect(describeEndReason('refused', 0).zh).toBe('客户拒访');
  });

  it('calls back at the time the customer asked for, which is not a failure', () => {
    const when = at('2026-12-03T19:00');
    expect(attempt('callback', '2026-12-03T10:20', 2, when)).toEqual({
      kind: 'retry',
      nextAttemptAt: when,
      failedAttempts: 2,
    });
  });

  it('ends the task when the customer refuses', () => {
    expect(attempt('refused', '2026-12-03T10:20')).toMatchObject({ kind: 'ended', status: 'cancelled' });
  });

  it('never schedules a retry outside the windows or on a day off', () => {
    const moments = fc.integer({
      min: at('2025-01-01T00:00').getTime(),
      max: at('2026-12-31T00:00').getTime(),
    });
    fc.assert(
      fc.property(
        moments,
        fc.constantFrom('no_answer', 'busy', 'wrong_number') as fc.Arbitrary<'busy'>,
        (ms, outcome) => {
          const decision = decideAttempt({ outcome, at: new Date(ms), failedBefore: 0, maxFailed: 3 }, ctx);
          if (decision.kind !== 'retry') throw new Error('expected a retry');
          expect(decision.nextAttemptAt.getTime()).toBeGreaterThan(ms);
          const local = localTime(decision.nextAttemptAt, TZ);
          expect(ctx.calendar.isWorkingDay(local.date)).toBe(true);
          const inWindow =
            (local.minute >= 600 && local.minute < 690) || (local.minute >= 930 && local.minute < 1020);
          expect(inWindow).toBe(true);
        },
      ),
    );
  });
});

describe('the best time to call', () => {
  const stats = (...rows: [number, number, number][]): HourStats[] =>
    rows.map(([hour, attempts, answered]) => ({ hour, attempts, answered }));

  it('uses the preferred windows until three calls were answered', () => {
    expect(bestTimeToCall(stats([19, 2, 2]), DEFAULT_COMPANY_HOURS)).toEqual({
      basis: 'preferred',
      windows: DEFAULT_COMPANY_HOURS.preferredWindows,
      answered: 0,
    });
  });

  it('learns the hour the customer answers in, even outside the preferred windows', () => {
    // Mornings mostly unanswered; evenings at 19:00 answered every time.
    expect(bestTimeToCall(stats([10, 6, 1], [15, 4, 1], [19, 3, 3]), DEFAULT_COMPANY_HOURS)).toEqual({
      basis: 'learned',
      windows: [{ start: '19:00', end: '20:00' }],
      answered: 5,
    });
  });

  it('prefers a record over one lucky call', () => {
    const best = bestTimeToCall(stats([10, 10, 9], [16, 1, 1]), DEFAULT_COMPANY_HOURS);
    expect(best.windows).toEqual([{ start: '10:00', end: '11:00' }]);
  });

  it('never offers the lunch break or hours outside calling hours', () => {
    // Answered at noon (lunch) and at 21:00 (after calling hours): the only allowed hour is 15:00.
    const best = bestTimeToCall(stats([12, 3, 3], [21, 3, 3], [15, 4, 1]), DEFAULT_COMPANY_HOURS);
    expect(best.windows).toEqual([{ start: '15:00', end: '16:00' }]);
    // 13:00–14:00 is cut by the lunch break (until 13:30).
    expect(bestTimeToCall(stats([13, 3, 3]), DEFAULT_COMPANY_HOURS).windows).toEqual([
      { start: '13:30', end: '14:00' },
    ]);
  });
});
