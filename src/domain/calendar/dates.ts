/**
 * Calendar dates as 'YYYY-MM-DD' strings: a holiday is a date in the company's calendar, not an instant, so
 * date arithmetic here never meets a time zone.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether the text is a real calendar date in the ISO form (2025-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function toUtc(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** Building a formatter costs far more than using one: one per time zone. */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** The date a moment falls on in a time zone. */
export function dateIn(moment: Date, timeZone: string): IsoDate {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter.format(moment);
}

const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether the text is a month in the ISO form, 2030-05 (years 2000–2099: what a calendar page may show). */
export function isIsoMonth(text: string): boolean {
  const match = ISO_MONTH.exec(text);
  return match !== null && Number(match[1]) >= 2000 && Number(match[1]) <= 2099;
}

/** The month's first day and the first day of the month after: 2030-12 → 2030-12-01, 2031-01-01. */
export function monthSpan(month: string): { first: IsoDate; next: IsoDate } {
  if (!isIsoMonth(month)) throw new RangeError(`not a month: ${month}`);
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  const next = index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
  return { first: `${month}-01`, next: `${next}-01` };
}
