import { addDays, type IsoDate, isWeekend, yearOf } from './dates.ts';

/** Where a year's holidays come from: the bundled statutory data, or the admin's 年度节假日安排. */
export type ArrangementSource = 'statutory' | 'admin';

/** One year's arrangement: days off that would be working days, and make-up working days (调休) on weekends. */
export interface YearArrangement {
  year: number;
  holidays: readonly IsoDate[];
  workdays: readonly IsoDate[];
  source: ArrangementSource;
}

/** A computed date and whether every year it looked at was covered by an arrangement. */
export interface CalendarAnswer {
  date: IsoDate;
  covered: boolean;
  /** Years the computation passed through that nobody has covered (weekends only were assumed there). */
  uncoveredYears: number[];
}

export interface WorkingCalendar {
  /** Years with an arrangement, and where each comes from. */
  readonly years: ReadonlyMap<number, ArrangementSource>;
  isCovered(year: number): boolean;
  isWorkingDay(date: IsoDate): boolean;
  /** A day off of a statutory (or admin-entered) holiday, not a mere weekend. */
  isHoliday(date: IsoDate): boolean;
  /** `days` working days after `date` (before it when negative); 0 is the date itself. */
  addWorkingDays(date: IsoDate, days: number): CalendarAnswer;
  /** The date itself when it is a working day, otherwise the next one. */
  nextWorkingDay(date: IsoDate): CalendarAnswer;
  /** Working days after `from` up to and including `to` (0 when `to` is not later). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
}

/** A working-day loop stops after this many calendar days (about 30 years): a guard, not a rule. */
const MAX_SPAN_DAYS = 11_000;

/**
 * The company's working-day calendar. Arrangements later in the list replace earlier ones of the same year
 * (pass statutory data first, then the admin's entries). A year without an arrangement counts Saturdays and
 * Sundays as its only days off, and every answer that relied on it says so (`covered: false`).
 */
export function workingCalendar(arrangements: readonly YearArrangement[]): WorkingCalendar {
  const byYear = new Map<number, YearArrangement>();
  for (const a of arrangements) byYear.set(a.year, a);
  const holidays = new Set<IsoDate>();
  const workdays = new Set<IsoDate>();
  for (const a of byYear.values()) {
    for (const d of a.holidays) holidays.add(d);
    for (const d of a.workdays) workdays.add(d);
  }

  const isWorkingDay = (date: IsoDate) => {
    if (workdays.has(date)) return true;
    if (holidays.has(date)) return false;
    return !isWeekend(date);
  };

  const walk = (start: IsoDate, step: 1 | -1, count: number, includeStart: boolean): CalendarAnswer => {
    const uncovered = new Set<number>();
    const note = (date: IsoDate) => {
      if (!byYear.has(yearOf(date))) uncovered.add(yearOf(date));
    };
    let date = start;
    note(date);
    let left = count;
    if (includeStart && isWorkingDay(date)) left -= 1;
    for (let steps = 0; left > 0; steps++) {
      if (steps > MAX_SPAN_DAYS) throw new RangeError('working-day span too long');
      date = addDays(date, step);
      note(date);
      if (isWorkingDay(date)) left -= 1;
    }
    const uncoveredYears = [...uncovered].sort();
    return { date, covered: uncoveredYears.length === 0, uncoveredYears };
  };

  return {
    years: new Map([...byYear].map(([year, a]) => [year, a.source])),
    isCovered: (year) => byYear.has(year),
    isWorkingDay,
    isHoliday: (date) => holidays.has(date) && !workdays.has(date),
    addWorkingDays: (date, days) => walk(date, days < 0 ? -1 : 1, Math.abs(days), false),
    nextWorkingDay: (date) => walk(date, 1, 1, true),
    workingDaysBetween(from, to) {
      let count = 0;
      for (let date = addDays(from, 1), steps = 0; date <= to; date = addDays(date, 1), steps++) {
        if (steps > MAX_SPAN_DAYS) throw new RangeError('working-day span too long');
        if (isWorkingDay(date)) count += 1;
      }
      return count;
    },
  };
}
