import { addDays, type IsoDate, yearOf } from './dates.ts';
import type { WorkingCalendar } from './working-days.ts';

/** A daily span of local time, 'HH:MM' to 'HH:MM' (end after start). */
export interface TimeWindow {
  start: string;
  end: string;
}

/** The company's hours, in its time zone (系统设置 → 节假日与工作时间). */
export interface CompanyHours {
  /** 办公时间: the hours deadlines in working hours count. */
  workingHours: TimeWindow;
  /** 午休: excluded from working hours and from contact. */
  lunchBreak: TimeWindow | null;
  /** 外呼时段: the only hours a customer is contacted. */
  callingHours: TimeWindow;
  /** 休息时段: customers' rest, never contacted (on top of the lunch break). */
  restHours: TimeWindow[];
  /** 优先联系时段: where contact is offered unless the customer has windows of their own. */
  preferredWindows: TimeWindow[];
}

export const DEFAULT_COMPANY_HOURS: CompanyHours = {
  workingHours: { start: '09:00', end: '18:00' },
  lunchBreak: { start: '12:00', end: '13:30' },
  callingHours: { start: '09:00', end: '20:00' },
  restHours: [],
  preferredWindows: [
    { start: '10:00', end: '11:30' },
    { start: '15:30', end: '17:00' },
  ],
};

/** A moment and whether every year it passed through was covered by a holiday arrangement. */
export interface MomentAnswer {
  at: Date;
  covered: boolean;
  uncoveredYears: number[];
}

type Span = [number, number]; // minutes of the day, [start, end)

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(text: string): boolean {
  return TIME.test(text) || text === '24:00';
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function span(window: TimeWindow): Span {
  return [minutes(window.start), minutes(window.end)];
}

/** The parts of `spans` outside `cut`. */
function subtract(spans: Span[], cut: Span): Span[] {
  return spans.flatMap(([s, e]): Span[] => {
    if (cut[1] <= s || cut[0] >= e) return [[s, e]];
    const parts: Span[] = [];
    if (cut[0] > s) parts.push([s, cut[0]]);
    if (cut[1] < e) parts.push([cut[1], e]);
    return parts;
  });
}

function intersect(spans: Span[], within: Span): Span[] {
  return spans
    .map(([s, e]): Span => [Math.max(s, within[0]), Math.min(e, within[1])])
    .filter(([s, e]) => s < e);
}

/** Working-hour spans of a working day, lunch left out. */
export function workingSpans(hours: CompanyHours): Span[] {
  const spans: Span[] = [span(hours.workingHours)];
  return hours.lunchBreak ? subtract(spans, span(hours.lunchBreak)) : spans;
}

/** When a customer may be contacted on a working day: their windows (or the preferred ones) within calling hours. */
export function contactSpans(hours: CompanyHours, customerWindows?: readonly TimeWindow[]): Span[] {
  const windows = customerWindows?.length ? customerWindows : hours.preferredWindows;
  let spans = windows.flatMap((w) => intersect([span(w)], span(hours.callingHours)));
  for (const rest of [...(hours.lunchBreak ? [hours.lunchBreak] : []), ...hours.restHours]) {
    spans = subtract(spans, span(rest));
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Local date and minute of the day of a moment in a time zone. */
export function localTime(at: Date, timeZone: string): { date: IsoDate; minute: number } {
  const local = new Date(at.getTime() + offsetAt(at.getTime(), timeZone));
  return {
    date: `${String(local.getUTCFullYear()).padStart(4, '0')}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`,
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const HOUR_MS = 3_600_000;
const offsets = new Map<string, number>();

/**
 * The zone's offset from UTC at a moment, in ms. Formatting is slow and a worklist asks for hundreds of
 * moments, so an hour's offset is kept when the hour starts and ends with the same one (no transition inside;
 * zones change offset at most once an hour); an hour with a change asks the formatter for the moment itself.
 */
function offsetAt(ms: number, timeZone: string): number {
  const hour = Math.floor(ms / HOUR_MS);
  const key = `${timeZone}|${hour}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const start = formattedOffset(hour * HOUR_MS, timeZone);
  if (start !== formattedOffset(hour * HOUR_MS + HOUR_MS - 60_000, timeZone))
    return formattedOffset(ms, timeZone);
  if (offsets.size >= 50_000) offsets.clear();
  offsets.set(key, start);
  return start;
}

function formattedOffset(ms: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const date = new Date(Date.UTC(2000, 0, 1, part('hour'), part('minute')));
  const wall = date.setUTCFullYear(part('year'), part('month') - 1, part('day')); // Date.UTC reads 0–99 as 19xx
  return wall - (ms - (((ms % 60_000) + 60_000) % 60_000));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building a formatter costs far more than using one. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The moment a local date and minute of the day stand for in a time zone. */
export function zonedMoment(date: IsoDate, minute: number, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
  let guess = wall;
  // Two rounds settle the zone's offset, also next to a daylight-saving change.
  for (let i = 0; i < 2; i++) {
    const local = localTime(new Date(guess), timeZone);
    const localWall = Date.parse(`${local.date}T00:00:00Z`) + local.minute * 60_000;
    guess += wall - localWall;
  }
  return new Date(guess);
}

/** Walks days from a moment to the first span at or after it; days that are not working days are skipped. */
function firstInSpans(
  at: Date,
  spans: Span[],
  calendar: WorkingCalendar,
  timeZone: string,
): { date: IsoDate; minute: number; span: Span; uncovered: Set<number> } | undefined {
  if (spans.length === 0) return undefined;
  const uncovered = new Set<number>();
  const start = localTime(at, timeZone);
  for (let date = start.date, n = 0; n < 400; date = addDays(date, 1), n++) {
    if (!calendar.isCovered(yearOf(date))) uncovered.add(yearOf(date));
    if (!calendar.isWorkingDay(date)) continue;
    const from =
      date === start.date ? start.minute + (at.getUTCSeconds() || at.getUTCMilliseconds() ? 1 : 0) : 0;
    for (const s of spans) {
      if (s[1] > from) return { date, minute: Math.max(s[0], from), span: s, uncovered };
    }
  }
  return undefined;
}

function answer(at: Date, uncovered: Set<number>): MomentAnswer {
  const uncoveredYears = [...uncovered].sort();
  return { at, covered: uncoveredYears.length === 0, uncoveredYears };
}

/** Whether a moment is on a working day, inside working hours and not in the lunch break. */
export function isWorkingTime(at: Date, calendar: WorkingCalendar, hours: CompanyHours, timeZone: string) {
  const { date, minute } = localTime(at, timeZone);
  return calendar.isWorkingDay(date) && workingSpans(hours).some(([s, e]) => minute >= s && minute < e);
}

/**
 * The first moment at or after `at` when the customer may be contacted: a working day, inside their windows
 * (or the company's preferred ones), within calling hours, outside the lunch break and rest hours.
 * Undefined when the hours leave no time at all.
 */
export function nextContactTime(
  at: Date,
  calendar: WorkingCalendar,
  hours: CompanyHours,
  timeZone: string,
  customerWindows?: readonly TimeWindow[],
): MomentAnswer | undefined {
  const found = firstInSpans(at, contactSpans(hours, customerWindows), calendar, timeZone);
  return found && answer(zonedMoment(found.date, found.minute, timeZone), found.uncovered);
}

/** The moment `hoursToAdd` working hours after `at` (an SLA "within 4 working hours"). */
export function addWorkingHours(
  at: Date,
  hoursToAdd: number,
  calendar: WorkingCalendar,
  hours: CompanyHours,
  timeZone: string,
): MomentAnswer {
  const spans = workingSpans(hours);
  let left = Math.round(hoursToAdd * 60);
  let cursor = at;
  const uncovered = new Set<number>();
  for (;;) {
    const found = firstInSpans(cursor, spans, calendar, timeZone);
    if (!found) throw new RangeError('the working hours leave no time');
    for (const y of found.uncovered) uncovered.add(y);
    const available = found.span[1] - found.minute;
    if (left <= available) return answer(zonedMoment(found.date, found.minute + left, timeZone), uncovered);
    left -= available;
    cursor = zonedMoment(found.date, found.span[1], timeZone);
  }
}

/** Working minutes (working days, working hours, lunch left out) between two moments; 0 when `to` is not later. */
export function workingMinutesBetween(
  from: Date,
  to: Date,
  calendar: WorkingCalendar,
  hours: CompanyHours,
  timeZone: string,
): number {
  if (to <= from) return 0;
  const start = localTime(from, timeZone);
  const end = localTime(to, timeZone);
  const spans = workingSpans(hours);
  let total = 0;
  for (let date = start.date, n = 0; date <= end.date && n < 11_000; date = addDays(date, 1), n++) {
    if (!calendar.isWorkingDay(date)) continue;
    const lo = date === start.date ? start.minute : 0;
    const hi = date === end.date ? end.minute : 24 * 60;
    for (const [s, e] of spans) total += Math.max(0, Math.min(e, hi) - Math.max(s, lo));
  }
  return total;
}
