import { addDays, type IsoDate, isIsoDate } from './dates.ts';

/** Days off and make-up working days read from a text, with what could not be read. */
export interface ParsedArrangement {
  holidays: IsoDate[];
  workdays: IsoDate[];
  /** Sentences that name dates but neither 放假 nor 上班 (shown to the admin, never guessed). */
  unread: string[];
}

const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;
const RANGE =
  /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*(?:至|到|—|-|－|~|～)\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g;

function iso(year: number, month: number, day: number): IsoDate | undefined {
  const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : undefined;
}

function daysFrom(first: IsoDate, last: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = first; d <= last && days.length < 40; d = addDays(d, 1)) days.push(d);
  return days;
}

/**
 * Reads the State Council's annual notice (国务院办公厅关于某年部分节假日安排的通知) as pasted: each item's
 * "1月1日（周四）至3日（周六）放假调休" gives days off, "1月4日（周日）上班" make-up working days. Dates without
 * a year are in `year`; a range that runs past December continues into the next year.
 */
export function parseHolidayNotice(text: string, year: number): ParsedArrangement {
  const holidays = new Set<IsoDate>();
  const workdays = new Set<IsoDate>();
  const unread: string[] = [];
  // Parenthesised weekdays and lunar dates (（农历腊月二十八、周日）) carry no information the dates lack.
  const plain = text.replace(/[（(][^（）()]*[）)]/g, '');
  for (const raw of plain.split(/[。；;\n]/)) {
    const sentence = raw.trim();
    if (!sentence) continue;
    const hasDate = new RegExp(DATE.source).test(sentence);
    if (!hasDate) continue;
    if (/上班|补班/.test(sentence)) {
      for (const m of sentence.matchAll(DATE)) {
        const date = iso(m[1] ? Number(m[1]) : year, Number(m[2]), Number(m[3]));
        if (date) workdays.add(date);
      }
    } else if (/放假|休假|休息/.test(sentence)) {
      let found = false;
      for (const m of sentence.matchAll(RANGE)) {
        const startYear = m[1] ? Number(m[1]) : year;
        const startMonth = Number(m[2]);
        const endMonth = m[5] ? Number(m[5]) : startMonth;
        const endYear = m[4] ? Number(m[4]) : endMonth < startMonth ? startYear + 1 : startYear;
        const first = iso(startYear, startMonth, Number(m[3]));
        const last = iso(endYear, endMonth, Number(m[6]));
        if (first && last && first <= last) {
          for (const d of daysFrom(first, last)) holidays.add(d);
          found = true;
        }
      }
      if (!found) {
        for (const m of sentence.matchAll(DATE)) {
          const date = iso(m[1] ? Number(m[1]) : year, Number(m[2]), Number(m[3]));
          if (date) holidays.add(date);
        }
      }
    } else {
      unread.push(sentence);
    }
  }
  return { holidays: [...holidays].sort(), workdays: [...workdays].sort(), unread };
}
