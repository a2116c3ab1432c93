import ICAL from 'ical.js';
import { addDays, type IsoDate } from './dates.ts';
import type { ParsedArrangement } from './notice.ts';

/** Upper bound on the days one event may span (a holiday is at most a couple of weeks). */
const MAX_EVENT_DAYS = 31;

/**
 * Reads a holiday calendar file (.ics, e.g. the 中国节假日 subscriptions): all-day events whose summary or
 * description says 班 (补班, 上班) are make-up working days, those that say 休 or 假 days off; others are listed
 * as unread. DTEND of an all-day event is the day after its last day.
 */
export function parseHolidayIcs(text: string): ParsedArrangement {
  const holidays = new Set<IsoDate>();
  const workdays = new Set<IsoDate>();
  const unread: string[] = [];
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const label = `${event.summary ?? ''} ${event.description ?? ''}`;
    const kind = /班/.test(label) ? workdays : /休|假/.test(label) ? holidays : undefined;
    const start = event.startDate?.toString().slice(0, 10);
    if (!kind || !start) {
      unread.push(event.summary || start || '');
      continue;
    }
    const end = event.endDate ? event.endDate.toString().slice(0, 10) : addDays(start, 1);
    for (let d = start, n = 0; (d < end || n === 0) && n < MAX_EVENT_DAYS; d = addDays(d, 1), n++)
      kind.add(d);
  }
  return { holidays: [...holidays].sort(), workdays: [...workdays].sort(), unread };
}
