import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../calendar/dates.ts';
import { DEFAULT_COMPANY_HOURS } from '../calendar/hours.ts';
import { statutoryArrangements } from '../calendar/statutory.ts';
import { workingCalendar } from '../calendar/working-days.ts';
import {
  addMonths,
  claimedDays,
  eventWindow,
  holidayStarts,
  periodOf,
  periodsBetween,
  planHorizon,
  weekStartOf,
  workingDaysOf,
} from './schedule.ts';

const ctx = {
  calendar: workingCalendar(statutoryArrangements()),
  hours: DEFAULT_COMPANY_HOURS,
  timeZone: 'Asia/Shanghai',
};
const at = (local: string) => new Date(`${local}+08:00`);
const days = (amount: number) => ({ amount, unit: 'calendar_days' as const });
const workingDays = (amount: number) => ({ amount, unit: 'working_days' as const });

describe('event windows', () => {
  it('makes "within 2 working days" of an event on 2025-09-30 due as 2025-10-10 ends', () => {
    expect(eventWindow(at('2025-09-30T14:00'), workingDays(0), workingDays(2), ctx)).toEqual({
      startAt: at('2025-09-30T14:00'),
      dueAt: at('2025-10-11T00:00'),
      covered: true,
      uncoveredYears: [],
    });
  });

  it('opens a month after an installation, keeping to the month’s last day', () => {
    const window = eventWindow(at('2025-01-31T10:00'), { amount: 1, unit: 'months' }, workingDays(5), ctx);
    expect(window.startAt).toEqual(at('2025-02-28T00:00'));
    expect(window.dueAt).toEqual(at('2025-03-08T00:00')); // five working days after Fri 02-28: Mon 03-03 … Fri 03-07
  });

  it('opens 30 days before a contract ends', () => {
    const window = eventWindow(at('2026-03-31T00:00'), days(-30), days(7), ctx);
    expect(window.startAt).toEqual(at('2026-03-01T00:00'));
    expect(window.dueAt).toEqual(at('2026-03-09T00:00'));
  });

  it('counts hours as hours and working hours on working time', () => {
    expect(
      eventWindow(at('2025-09-30T17:30'), { amount: 0, unit: 'hours' }, { amount: 1, unit: 'hours' }, ctx)
        .dueAt,
    ).toEqual(at('2025-09-30T18:30'));
    expect(
      eventWindow(
        at('2025-09-30T17:30'),
        { amount: 0, unit: 'hours' },
        { amount: 1, unit: 'working_hours' },
        ctx,
      ).dueAt,
    ).toEqual(at('2025-10-09T09:30'));
  });

  it('says when a window needed a year nobody has covered', () => {
    expect(eventWindow(at('2026-12-30T10:00'), workingDays(0), workingDays(3), ctx)).toMatchObject({
      covered: false,
      uncoveredYears: [2027],
    });
  });
});

describe('periods of a cadence', () => {
  it('aligns weeks to Monday and months to the calendar', () => {
    expect(periodOf('2026-12-03', 1, 'week')).toEqual({
      key: 'w1:2026-11-30',
      start: '2026-11-30',
      end: '2026-12-06',
    });
    expect(periodOf('2026-12-03', 1, 'month')).toEqual({
      key: 'm1:2026-12-01',
      start: '2026-12-01',
      end: '2026-12-31',
    });
    expect(periodOf('2026-12-03', 6, 'month')).toEqual({
      key: 'm6:2026-07-01',
      start: '2026-07-01',
      end: '2026-12-31',
    });
    expect(periodOf('2026-02-10', 3, 'month')).toEqual({
      key: 'm3:2026-01-01',
      start: '2026-01-01',
      end: '2026-03-31',
    });
  });

  it('tiles time: every date is in exactly one period, and the next period starts the day after', () => {
    const dates = fc
      .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('week' as const, 'month' as const),
        (date, every, unit) => {
          const period = periodOf(date, every, unit);
          expect(period.start <= date && date <= period.end).toBe(true);
          expect(periodOf(period.start, every, unit)).toEqual(period);
          expect(periodOf(period.end, every, unit)).toEqual(period);
          expect(periodOf(addDays(period.end, 1), every, unit).start).toBe(addDays(period.end, 1));
        },
      ),
    );
  });

  it('lists the periods that touch a span, each once', () => {
    expect(periodsBetween('2026-11-30', '2026-12-14', 1, 'month').map((p) => p.key)).toEqual([
      'm1:2026-11-01',
      'm1:2026-12-01',
    ]);
    expect(periodsBetween('2026-12-03', '2026-12-14', 1, 'week').map((p) => p.key)).toEqual([
      'w1:2026-11-30',
      'w1:2026-12-07',
    ]);
    expect(periodsBetween('2026-12-03', '2026-12-03', 1, 'week')).toEqual([]);
  });

  it('plans up to the next working day: Friday’s run makes Monday’s tasks, a holiday is skipped', () => {
    expect(planHorizon('2026-12-03', ctx.calendar)).toBe('2026-12-05'); // Thursday: Friday's tasks too
    expect(planHorizon('2026-12-04', ctx.calendar)).toBe('2026-12-08'); // Friday: through Monday
    expect(planHorizon('2026-12-05', ctx.calendar)).toBe('2026-12-08');
    expect(planHorizon('2025-09-30', ctx.calendar)).toBe('2025-10-10'); // National Day: next is 10-09
    expect(planHorizon('2025-10-10', ctx.calendar)).toBe('2025-10-12'); // 10-11 is a make-up Saturday
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (n) => {
        const today = addDays('1990-01-01', n);
        const horizon = planHorizon(today, ctx.calendar);
        const planned = addDays(horizon, -1);
        expect(daysBetween(today, horizon)).toBeGreaterThanOrEqual(2);
        expect(ctx.calendar.isWorkingDay(planned)).toBe(true);
        for (let d = addDays(today, 1); d < planned; d = addDays(d, 1))
          expect(ctx.calendar.isWorkingDay(d)).toBe(false);
      }),
    );
  });

  it('finds the first day of each public holiday: the event a holiday greeting fires on', () => {
    expect(holidayStarts('2025-09-25', '2025-10-15', ctx.calendar)).toEqual(['2025-10-01']);
    expect(holidayStarts('2026-02-01', '2026-02-28', ctx.calendar)).toEqual(['2026-02-15']); // 春节
    expect(holidayStarts('2025-10-02', '2025-10-15', ctx.calendar)).toEqual([]); // mid-holiday: already begun
    expect(holidayStarts('2027-09-25', '2027-10-15', ctx.calendar)).toEqual([]); // nobody has covered 2027
  });

  it('claims, for the weekly cap, the days of a week a rule has not planned yet', () => {
    const december = workingDaysOf(periodOf('2026-12-01', 1, 'month'), ctx.calendar).days;
    expect(december[0]).toBe('2026-12-01');
    // Planned through Wednesday 12-09: of that week only Thursday and Friday are still to come.
    expect(claimedDays(december, '2026-12-07', '2026-12-10')).toEqual({ first: 7, last: 8 });
    expect(december.slice(7, 9)).toEqual(['2026-12-10', '2026-12-11']);
    expect(claimedDays(december, '2026-12-14', '2026-12-10')).toEqual({ first: 9, last: 13 });
    expect(claimedDays(december, '2026-11-30', '2026-12-10')).toBeUndefined();
    expect(claimedDays(december, '2026-12-28', '2026-12-10')).toEqual({ first: 19, last: 22 });
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-07')).toBe('2026-12-07');
  });

  it('plans a week’s tasks on its working days, make-up Saturday included', () => {
    expect(workingDaysOf(periodOf('2025-09-29', 1, 'week'), ctx.calendar).days).toEqual([
      '2025-09-29',
      '2025-09-30',
    ]);
    expect(workingDaysOf(periodOf('2025-10-06', 1, 'week'), ctx.calendar).days).toEqual([
      '2025-10-09',
      '2025-10-10',
      '2025-10-11',
    ]);
  });

  it('adds months keeping the day when it can', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });
});
