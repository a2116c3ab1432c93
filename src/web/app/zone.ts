/**
 * Times in the company's time zone (`/auth/me` → timeZone), whatever the browser's zone: a deadline of 17:00 in
 * Shanghai reads 17:00 to a colleague whose laptop is set to London. Date and time pickers show the company's
 * wall clock too: `wallClock` gives the picker its value, `fromWallClock` turns the picked value back into an
 * instant.
 */
import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export const DEFAULT_ZONE = 'Asia/Shanghai';

const WALL = 'YYYY-MM-DDTHH:mm:ss';

/** The instant as seen in the zone. */
export function inZone(instant: string | Date, zone: string): Dayjs {
  return dayjs(instant).tz(zone);
}

/** 2025-06-03 14:30 in the zone ('' for nothing). */
export function zoneDateTime(instant: string | Date | null | undefined, zone: string): string {
  return instant ? inZone(instant, zone).format('YYYY-MM-DD HH:mm') : '';
}

/** 2025-06-03 14:30:05 in the zone ('' for nothing): logs and job runs, where seconds matter. */
export function zoneDateTimeSeconds(instant: string | Date | null | undefined, zone: string): string {
  return instant ? inZone(instant, zone).format('YYYY-MM-DD HH:mm:ss') : '';
}

/** The zone's calendar date of the instant, YYYY-MM-DD. */
export function zoneDate(instant: string | Date, zone: string): string {
  return inZone(instant, zone).format('YYYY-MM-DD');
}

/** Today in the zone, YYYY-MM-DD. */
export function zoneToday(zone: string, now: Date = new Date()): string {
  return zoneDate(now, zone);
}

/** A picker value showing the instant's wall clock in the zone (the picker itself knows only local time). */
export function wallClock(instant: string | Date, zone: string): Dayjs {
  return dayjs(inZone(instant, zone).format(WALL));
}

/** The instant a picked wall-clock time means in the zone, as ISO 8601. */
export function fromWallClock(value: Dayjs, zone: string): string {
  return dayjs.tz(value.format(WALL), zone).toISOString();
}

/** The words for days near today, in the user's language. */
export interface NearWords {
  today: string;
  tomorrow: string;
  yesterday: string;
}

/**
 * A time as a worklist says it: 今天 14:30, 明天 09:00, 昨天 17:00; otherwise 06-12 14:30, with the year when it is
 * not this year's.
 */
export function nearTime(
  instant: string | Date,
  zone: string,
  words: NearWords,
  now: Date = new Date(),
): string {
  const at = inZone(instant, zone);
  const today = inZone(now, zone).startOf('day');
  const days = dayjs(at.format('YYYY-MM-DD')).diff(dayjs(today.format('YYYY-MM-DD')), 'day');
  const clock = at.format('HH:mm');
  if (days === 0) return `${words.today} ${clock}`;
  if (days === 1) return `${words.tomorrow} ${clock}`;
  if (days === -1) return `${words.yesterday} ${clock}`;
  return at.format(at.year() === today.year() ? 'MM-DD HH:mm' : 'YYYY-MM-DD HH:mm');
}

/** The Monday of the week of a date (YYYY-MM-DD), as YYYY-MM-DD. */
export function mondayOf(date: string): string {
  const d = dayjs(date);
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/** The date `n` days after a date (YYYY-MM-DD). */
export function addDays(date: string, n: number): string {
  return dayjs(date).add(n, 'day').format('YYYY-MM-DD');
}
