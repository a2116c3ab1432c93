import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingHours,
  type CompanyHours,
  DEFAULT_COMPANY_HOURS,
  isWorkingTime,
  localTime,
  nextContactTime,
  zonedMoment,
} from './hours.ts';
import { statutoryArrangements } from './statutory.ts';
import { workingCalendar } from './working-days.ts';

const TZ = 'Asia/Shanghai';
const calendar = workingCalendar(statutoryArrangements());
const at = (local: string) => new Date(`${local}+08:00`);
const hours = DEFAULT_COMPANY_HOURS;

describe('contact times', () => {
  it('offers the preferred windows (10:00–11:30, 15:30–17:00) on working days only', () => {
    expect(nextContactTime(at('2025-09-29T08:00'), calendar, hours, TZ)?.at).toEqual(at('2025-09-29T10:00'));
    expect(nextContactTime(at('2025-09-29T10:45'), calendar, hours, TZ)?.at).toEqual(at('2025-09-29T10:45'));
    expect(nextContactTime(at('2025-09-29T11:30'), calendar, hours, TZ)?.at).toEqual(at('2025-09-29T15:30'));
    // After the last window on the eve of National Day: the next working day is 10-09.
    expect(nextContactTime(at('2025-09-30T17:00'), calendar, hours, TZ)).toEqual({
      at: at('2025-10-09T10:00'),
      covered: true,
      uncoveredYears: [],
    });
  });

  it("uses the customer's own windows, but never outside calling hours, lunch or rest hours", () => {
    const evening = [{ start: '19:00', end: '21:30' }];
    expect(nextContactTime(at('2025-09-29T08:00'), calendar, hours, TZ, evening)?.at).toEqual(
      at('2025-09-29T19:00'),
    );
    expect(nextContactTime(at('2025-09-29T20:00'), calendar, hours, TZ, evening)?.at).toEqual(
      at('2025-09-30T19:00'),
    );
    const noon = [{ start: '11:00', end: '14:00' }];
    const resting: CompanyHours = { ...hours, restHours: [{ start: '13:30', end: '14:00' }] };
    expect(nextContactTime(at('2025-09-29T11:59'), calendar, resting, TZ, noon)?.at).toEqual(
      at('2025-09-29T11:59'),
    );
    expect(nextContactTime(at('2025-09-29T12:10'), calendar, resting, TZ, noon)?.at).toEqual(
      at('2025-09-30T11:00'),
    );
  });

  it('answers nothing when the hours leave no time to call', () => {
    const never: CompanyHours = { ...hours, callingHours: { start: '20:00', end: '21:00' } };
    expect(nextContactTime(at('2025-09-29T08:00'), calendar, never, TZ)).toBeUndefined();
  });

  it('says when the next contact falls in a year nobody has covered', () => {
    expect(nextContactTime(at('2026-12-31T18:00'), calendar, hours, TZ)).toMatchObject({
      at: at('2027-01-01T10:00'),
      covered: false,
      uncoveredYears: [2027],
    });
  });
});

describe('working hours', () => {
  it('counts 09:00–18:00 without the 12:00–13:30 lunch break, across holidays', () => {
    expect(isWorkingTime(at('2025-09-30T12:30'), calendar, hours, TZ)).toBe(false);
    expect(isWorkingTime(at('2025-09-30T13:30'), calendar, hours, TZ)).toBe(true);
    expect(isWorkingTime(at('2025-10-02T10:00'), calendar, hours, TZ)).toBe(false);
    expect(addWorkingHours(at('2025-09-30T10:00'), 1, calendar, hours, TZ).at).toEqual(
      at('2025-09-30T11:00'),
    );
    expect(addWorkingHours(at('2025-09-30T11:30'), 1, calendar, hours, TZ).at).toEqual(
      at('2025-09-30T14:00'),
    );
    // One hour left on 09-30, the other three on 10-09 from 09:00.
    expect(addWorkingHours(at('2025-09-30T17:00'), 4, calendar, hours, TZ).at).toEqual(
      at('2025-10-09T12:00'),
    );
    expect(addWorkingHours(at('2025-09-30T20:00'), 1, calendar, hours, TZ).at).toEqual(
      at('2025-10-09T10:00'),
    );
  });

  it('adds up: n hours then m hours is n + m hours (whole hours in working time)', () => {
    const moments = fc
      .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 10, 1) })
      .map((ms) => new Date(Math.floor(ms / 3_600_000) * 3_600_000));
    fc.assert(
      fc.property(
        moments,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (start, n, m) => {
          const once = addWorkingHours(start, n + m, calendar, hours, TZ).at;
          const twice = addWorkingHours(
            addWorkingHours(start, n, calendar, hours, TZ).at,
            m,
            calendar,
            hours,
            TZ,
          ).at;
          expect(twice).toEqual(once);
        },
      ),
    );
  });
});

it('turns a local date and minute into the moment and back', () => {
  const moment = zonedMoment('2025-10-09', 10 * 60 + 15, TZ);
  expect(moment).toEqual(at('2025-10-09T10:15'));
  expect(localTime(moment, TZ)).toEqual({ date: '2025-10-09', minute: 615 });
  // A zone with daylight saving: 09:00 in Berlin is 07:00Z in summer, 08:00Z in winter.
  expect(zonedMoment('2025-07-01', 540, 'Europe/Berlin').toISOString()).toBe('2025-07-01T07:00:00.000Z');
  expect(zonedMoment('2025-12-01', 540, 'Europe/Berlin').toISOString()).toBe('2025-12-01T08:00:00.000Z');
});

describe('local time', () => {
  it('agrees with the platform’s time-zone data at any moment, daylight-saving changes included', () => {
    const zones = [
      'Asia/Shanghai',
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        (zone, ms) => {
          const parts = new Intl.DateTimeFormat('en-CA', {
            timeZone: zone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }).formatToParts(new Date(ms));
          const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
          expect(localTime(new Date(ms), zone)).toEqual({
            date: `${part('year')}-${part('month')}-${part('day')}`,
            minute: Number(part('hour')) * 60 + Number(part('minute')),
          });
        },
      ),
      { numRuns: 3000 },
    );
    // Around Berlin's spring change (2025-03-30 01:00 UTC) minute by minute.
    for (let ms = Date.UTC(2025, 2, 30, 0, 30); ms < Date.UTC(2025, 2, 30, 1, 30); ms += 60_000) {
      const expected = ms < Date.UTC(2025, 2, 30, 1) ? 60 : 120;
      const utc = new Date(ms);
      expect(localTime(utc, 'Europe/Berlin').minute).toBe(
        (utc.getUTCHours() * 60 + utc.getUTCMinutes() + expected) % 1440,
      );
    }
  });
});
