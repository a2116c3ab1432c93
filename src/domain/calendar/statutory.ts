import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { yearOf } from './dates.ts';
import type { YearArrangement } from './working-days.ts';

/**
 * The statutory arrangements bundled with `chinese-days` (the State Council's notices, 2004 to the last year
 * the package knows). Later years come from the admin's 年度节假日安排.
 */
export function statutoryArrangements(): YearArrangement[] {
  const years = new Map<number, YearArrangement & { holidays: string[]; workdays: string[] }>();
  const yearEntry = (date: string) => {
    const year = yearOf(date);
    let entry = years.get(year);
    if (!entry) {
      entry = { year, holidays: [], workdays: [], source: 'statutory' };
      years.set(year, entry);
    }
    return entry;
  };
  for (const date of Object.keys(data.holidays)) yearEntry(date).holidays.push(date);
  for (const date of Object.keys(data.workdays)) yearEntry(date).workdays.push(date);
  for (const entry of years.values()) {
    entry.holidays.sort();
    entry.workdays.sort();
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}
