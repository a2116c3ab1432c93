import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingHours, DEFAULT_COMPANY_HOURS, workingMinutesBetween } from '../calendar/hours.ts';
import { statutoryArrangements } from '../calendar/statutory.ts';
import { workingCalendar } from '../calendar/working-days.ts';
import { issueNumber } from './numbering.ts';
import { afterPause, DEFAULT_SLA_POLICIES, policyFor, type SlaPolicy, slaDeadlines } from './sla.ts';
import { allowedNext, canMove, isReopening, requiredFor } from './status.ts';
import { ISSUE_STATUS_KEYS, type IssueStatus } from './vocabulary.ts';

const TZ = 'Asia/Shanghai';
const calendar = workingCalendar(statutoryArrangements());
const ctx = { calendar, hours: DEFAULT_COMPANY_HOURS, timeZone: TZ };
const at = (local: string) => new Date(`${local}+08:00`);

describe('问题编号', () => {
  it('is WT, the month and a 3-digit sequence, with a 4th digit past 999', () => {
    expect(issueNumber('2024-03', 1)).toBe('WT202403001');
    expect(issueNumber('2024-03', 999)).toBe('WT202403999');
    expect(issueNumber('2024-03', 1000)).toBe('WT2024031000');
    expect(() => issueNumber('2024-3', 1)).toThrow(RangeError);
    expect(() => issueNumber('2024-03', 0)).toThrow(RangeError);
  });
});

describe('status machine', () => {
  const legal: [IssueStatus, IssueStatus][] = [
    ['pending', 'in_progress'],
    ['pending', 'resolved'],
    ['pending', 'no_action'],
    ['in_progress', 'resolved'],
    ['in_progress', 'no_action'],
    ['resolved', 'closed'],
    ['resolved', 'in_progress'],
    ['closed', 'in_progress'],
    ['no_action', 'in_progress'],
  ];

  it('allows exactly the moves of SPEC §4 and refuses every other', () => {
    for (const from of ISSUE_STATUS_KEYS) {
      for (const to of ISSUE_STATUS_KEYS) {
        const expected = legal.some(([f, t]) => f === from && t === to);
        expect(canMove(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
    expect(allowedNext('pending')).toEqual(['in_progress', 'resolved', 'no_action']);
    // Nothing goes back to 待处理, and nothing closes before it is resolved.
    expect(ISSUE_STATUS_KEYS.filter((s) => canMove(s, 'pending'))).toEqual([]);
    expect(ISSUE_STATUS_KEYS.filter((s) => canMove(s, 'closed'))).toEqual(['resolved']);
  });

  it('asks for a solution to resolve, and a reason to set aside or reopen', () => {
    expect(requiredFor('in_progress', 'resolved')).toBe('solution');
    expect(requiredFor('pending', 'no_action')).toBe('reason');
    expect(requiredFor('closed', 'in_progress')).toBe('reason');
    expect(requiredFor('pending', 'in_progress')).toBeNull();
    expect(isReopening('resolved', 'in_progress')).toBe(true);
    expect(isReopening('pending', 'in_progress')).toBe(false);
  });
});

describe('SLA deadlines', () => {
  const normal = policyFor(DEFAULT_SLA_POLICIES, 'normal', null) as SlaPolicy;
  const urgent = policyFor(DEFAULT_SLA_POLICIES, 'urgent', '产品质量') as SlaPolicy;
  const working = { ...normal, clock: 'working' as const, firstResponseHours: 2, solutionHours: 8 };

  it('counts from when the issue was raised, on the wall clock by default', () => {
    const raised = at('2026-03-10T09:00');
    expect(slaDeadlines(normal, raised, ctx)).toEqual({
      firstResponseDueAt: at('2026-03-10T11:00'),
      solutionDueAt: at('2026-03-11T09:00'),
    });
    expect(slaDeadlines(urgent, raised, ctx).solutionDueAt).toEqual(at('2026-03-10T13:00'));
  });

  it('on the working clock, skips the lunch break (12:00–13:30) and the evening', () => {
    // Raised 11:00: one hour before lunch, one after it.
    expect(slaDeadlines(working, at('2026-03-10T11:00'), ctx).firstResponseDueAt).toEqual(
      at('2026-03-10T14:30'),
    );
    // 8 working hours from 17:00 Tuesday: 1 h that day, 3 h Wednesday morning, 4 h after lunch.
    expect(slaDeadlines(working, at('2026-03-10T17:00'), ctx).solutionDueAt).toEqual(at('2026-03-11T17:30'));
  });

  it('on the working clock, skips a public holiday and its weekend (National Day 2025: 10-01 to 10-08)', () => {
    expect(slaDeadlines(working, at('2025-09-30T17:00'), ctx).firstResponseDueAt).toEqual(
      at('2025-10-09T10:00'),
    );
    // 2025-09-28 (Sunday) is a make-up working day: it counts.
    expect(slaDeadlines(working, at('2025-09-27T10:00'), ctx).firstResponseDueAt).toEqual(
      at('2025-09-28T11:00'),
    );
  });

  it('prefers a category’s own policy over its urgency’s general one', () => {
    const quality = { ...urgent, category: '产品质量', solutionHours: 2 };
    const policies = [...DEFAULT_SLA_POLICIES, quality];
    expect(policyFor(policies, 'urgent', '产品质量')).toBe(quality);
    expect(policyFor(policies, 'urgent', '收费')?.solutionHours).toBe(4);
    expect(policyFor(policies, 'urgent', null)?.solutionHours).toBe(4);
  });

  it('moves a deadline on by a pause: all of it on the wall clock, its working part on the working clock', () => {
    const due = at('2026-03-11T10:00');
    expect(afterPause(due, at('2026-03-10T15:00'), at('2026-03-10T17:30'), 'wall', ctx)).toEqual(
      at('2026-03-11T12:30'),
    );
    // Paused 17:00 → next day 09:30: 1 working hour (17–18) and 0.5 (09:00–09:30).
    expect(afterPause(due, at('2026-03-10T17:00'), at('2026-03-11T09:30'), 'working', ctx)).toEqual(
      at('2026-03-11T11:30'),
    );
  });

  it('working minutes between two moments undo adding working hours (property)', () => {
    const start = at('2026-01-05T00:00').getTime();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 * 24 * 90 }),
        fc.integer({ min: 1, max: 60 * 40 }),
        (offsetMinutes, minutes) => {
          const from = new Date(start + offsetMinutes * 60_000);
          const to = addWorkingHours(from, minutes / 60, calendar, DEFAULT_COMPANY_HOURS, TZ).at;
          expect(workingMinutesBetween(from, to, calendar, DEFAULT_COMPANY_HOURS, TZ)).toBe(minutes);
        },
      ),
      { numRuns: 200 },
    );
  });
});
