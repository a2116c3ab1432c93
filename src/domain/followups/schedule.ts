import { addDays, daysBetween, type IsoDate, isWeekend, weekday, yearOf } from '../calendar/dates.ts';
import { addWorkingHours, type CompanyHours, localTime, zonedMoment } from '../calendar/hours.ts';
import type { WorkingCalendar } from '../calendar/working-days.ts';
import type { CadenceUnit, Offset } from './rules.ts';

/** One period of a cadence: the days a periodic rule's task for it may be done (end inclusive). */
export interface Period {
  /** Part of the task's unique key: the same period always has the same key. */
  key: string;
  start: IsoDate;
  end: IsoDate;
}

/** A Monday long ago, from which weeks are counted so that "every 2 weeks" is the same fortnight everywhere. */
const EPOCH_MONDAY = '1970-01-05';

/**
 * The period of an `every`-day, -week or -month cadence that a date falls in, aligned to the calendar (days and
 * weeks counted from the same Monday, so "every 7 days" is the calendar week).
 */
export function periodOf(date: IsoDate, every: number, unit: CadenceUnit): Period {
  if (unit === 'day') {
    const days = daysBetween(EPOCH_MONDAY, date);
    const start = addDays(EPOCH_MONDAY, Math.floor(days / every) * every);
    return { key: `d${every}:${start}`, start, end: addDays(start, every - 1) };
  }
  if (unit === 'week') {
    const weeks = Math.floor(daysBetween(EPOCH_MONDAY, date) / 7);
    const start = addDays(EPOCH_MONDAY, Math.floor(weeks / every) * every * 7);
    return { key: `w${every}:${start}`, start, end: addDays(start, every * 7 - 1) };
  }
  const months = yearOf(date) * 12 + Number(date.slice(5, 7)) - 1;
  const first = Math.floor(months / every) * every;
  const start = monthStart(first);
  return { key: `m${every}:${start}`, start, end: addDays(monthStart(first + every), -1) };
}

/** The periods of a cadence that have a day in [from, to) (dates; `to` exclusive), in order. */
export function periodsBetween(from: IsoDate, to: IsoDate, every: number, unit: CadenceUnit): Period[] {
  const periods: Period[] = [];
  for (let date = from; date < to; date = addDays(periods[periods.length - 1]?.end ?? date, 1)) {
    periods.push(periodOf(date, every, unit));
  }
  return periods;
}

/**
 * The first day a generation run as of `today` does not plan yet: the day after the next working day. Each
 * run adds about one working day's tasks (Friday's run makes Monday's), so agents see tomorrow's work today and
 * a day's run writes a day's share. The weekly cap still lets a higher-ranked rule win a week whatever day each
 * was planned on: a rule's days not planned yet are claimed ahead (see `claimedDays`).
 */
export function planHorizon(today: IsoDate, calendar: WorkingCalendar): IsoDate {
  return addDays(calendar.nextWorkingDay(addDays(today, 1)).date, 1);
}

/** The Monday that starts a date's calendar week. */
export function weekStartOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/**
 * Which of a period's planned days (as indexes into `days`) fall in the week starting `weekStart` and are not
 * planned yet (on or after `horizon`): a task the rule will plan there later already takes its place under the
 * weekly cap. Undefined when none do.
 */
export function claimedDays(
  days: readonly IsoDate[],
  weekStart: IsoDate,
  horizon: IsoDate,
): { first: number; last: number } | undefined {
  const weekEnd = addDays(weekStart, 7);
  const from = horizon > weekStart ? horizon : weekStart;
  const indexes = days.flatMap((day, i) => (day >= from && day < weekEnd ? [i] : []));
  if (indexes.length === 0) return undefined;
  return { first: indexes[0] as number, last: indexes[indexes.length - 1] as number };
}

function monthStart(monthIndex: number): IsoDate {
  const year = Math.floor(monthIndex / 12);
  return `${String(year).padStart(4, '0')}-${String((monthIndex % 12) + 1).padStart(2, '0')}-01`;
}

/** The working days of a period (a periodic task is planned on one of them, spreading the load). */
export function workingDaysOf(
  period: Period,
  calendar: WorkingCalendar,
): { days: IsoDate[]; covered: boolean } {
  const days: IsoDate[] = [];
  let covered = true;
  for (let d = period.start; d <= period.end; d = addDays(d, 1)) {
    if (!calendar.isCovered(yearOf(d))) covered = false;
    if (calendar.isWorkingDay(d)) days.push(d);
  }
  // A period without a working day (a one-week cadence over a holiday week) still gets a day, its last weekday;
  // a period shorter than a week (every 3 days over a weekend) gets none.
  if (days.length === 0 && daysBetween(period.start, period.end) >= 6) {
    let last = period.end;
    while (isWeekend(last) && last > period.start) last = addDays(last, -1);
    days.push(last);
  }
  return { days, covered };
}

/**
 * The first days of the public holidays (节假日) from `from` to `to` inclusive: the event a holiday greeting
 * rule fires on. A year nobody has covered has none (its holidays are not known).
 */
export function holidayStarts(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): IsoDate[] {
  const starts: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (calendar.isHoliday(d) && !calendar.isHoliday(addDays(d, -1))) starts.push(d);
  }
  return starts;
}

/** Adds calendar months to a date, keeping the day where the month has it (01-31 + 1 month = 02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const index = yearOf(date) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const first = monthStart(index);
  const lastDay = Number(addDays(monthStart(index + 1), -1).slice(8, 10));
  return `${first.slice(0, 8)}${String(Math.min(Number(date.slice(8, 10)), lastDay)).padStart(2, '0')}`;
}

export interface Window {
  startAt: Date;
  dueAt: Date;
  covered: boolean;
  uncoveredYears: number[];
}

interface Context {
  calendar: WorkingCalendar;
  hours: CompanyHours;
  timeZone: string;
}

/**
 * A moment moved by an offset. Hours move the moment; days and months move its date (the task then opens at
 * the start of that day). Day offsets say which years they needed and whether those were covered.
 */
function shift(
  at: Date,
  offset: Offset,
  ctx: Context,
  uncovered: Set<number>,
): { at: Date; dayBased: boolean } {
  if (offset.unit === 'hours')
    return { at: new Date(at.getTime() + offset.amount * 3_600_000), dayBased: false };
  if (offset.unit === 'working_hours') {
    const answer = addWorkingHours(at, offset.amount, ctx.calendar, ctx.hours, ctx.timeZone);
    for (const y of answer.uncoveredYears) uncovered.add(y);
    return { at: answer.at, dayBased: false };
  }
  const { date } = localTime(at, ctx.timeZone);
  let moved: IsoDate;
  if (offset.unit === 'working_days') {
    const answer = ctx.calendar.addWorkingDays(date, offset.amount);
    for (const y of answer.uncoveredYears) uncovered.add(y);
    moved = answer.date;
  } else {
    moved = offset.unit === 'months' ? addMonths(date, offset.amount) : addDays(date, offset.amount);
    if (!ctx.calendar.isCovered(yearOf(moved))) uncovered.add(yearOf(moved));
  }
  return { at: moved === date ? at : zonedMoment(moved, 0, ctx.timeZone), dayBased: true };
}

/**
 * When a task for an event opens and when it is due: `start` after the event, due `within` after that. A
 * deadline in days is due at the end of its day ("within 2 working days" of 09-30 is due as 10-10 ends).
 */
export function eventWindow(eventAt: Date, start: Offset, within: Offset, ctx: Context): Window {
  const uncovered = new Set<number>();
  const opened = shift(eventAt, start, ctx, uncovered);
  const due = shift(opened.at, within, ctx, uncovered);
  const dueAt = due.dayBased
    ? zonedMoment(localTime(due.at, ctx.timeZone).date, 24 * 60, ctx.timeZone)
    : due.at;
  const uncoveredYears = [...uncovered].sort();
  return { startAt: opened.at, dueAt, covered: uncoveredYears.length === 0, uncoveredYears };
}
