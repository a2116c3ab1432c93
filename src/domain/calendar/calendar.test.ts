import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, isIsoMonth, monthSpan } from './dates.ts';
import { parseHolidayIcs } from './ics.ts';
import { parseHolidayNotice } from './notice.ts';
import { statutoryArrangements } from './statutory.ts';
import { workingCalendar, type YearArrangement } from './working-days.ts';

const statutory = statutoryArrangements();
const calendar = workingCalendar(statutory);
const workingDays = (from: string, to: string) => {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) days.push(d);
  return days;
};

describe('the statutory calendar', () => {
  it('knows the 2025 National Day period: 10-01…10-08 off, 09-28 and 10-11 working', () => {
    expect(workingDays('2025-09-27', '2025-10-12')).toEqual([
      '2025-09-28',
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
      '2025-10-10',
      '2025-10-11',
    ]);
  });

  it('puts "2 working days" after an event on 2025-09-30 on 2025-10-10', () => {
    expect(calendar.addWorkingDays('2025-09-30', 2)).toEqual({
      date: '2025-10-10',
      covered: true,
      uncoveredYears: [],
    });
  });

  it('knows the 2025 Spring Festival (01-28…02-04 off; 01-26 and 02-08 working)', () => {
    expect(workingDays('2025-01-25', '2025-02-09')).toEqual([
      '2025-01-26',
      '2025-01-27',
      '2025-02-05',
      '2025-02-06',
      '2025-02-07',
      '2025-02-08',
    ]);
  });

  it('knows the 2026 Spring Festival (02-15…02-23 off; 02-14 and 02-28 working)', () => {
    expect(workingDays('2026-02-13', '2026-02-28')).toEqual([
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
    ]);
  });

  it('covers 2004 to 2026 and no later year', () => {
    expect(calendar.isCovered(2004)).toBe(true);
    expect(calendar.isCovered(2026)).toBe(true);
    expect(calendar.isCovered(2027)).toBe(false);
  });
});

describe('a year nobody has covered', () => {
  it('is counted by weekends only and every answer that touches it says so', () => {
    // 2026-12-30 is a Wednesday: three working days on are 2027-01-04 by weekends alone (元旦 unknown).
    expect(calendar.addWorkingDays('2026-12-30', 3)).toEqual({
      date: '2027-01-04',
      covered: false,
      uncoveredYears: [2027],
    });
    expect(calendar.addWorkingDays('2026-12-28', 2).covered).toBe(true);
  });

  it("takes the admin's 2027 arrangement, which then covers it", () => {
    const year2027: YearArrangement = {
      year: 2027,
      holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
      workdays: [],
      source: 'admin',
    };
    const withAdmin = workingCalendar([...statutory, year2027]);
    expect(withAdmin.addWorkingDays('2026-12-30', 3)).toEqual({
      date: '2027-01-05',
      covered: true,
      uncoveredYears: [],
    });
    expect(withAdmin.years.get(2027)).toBe('admin');
  });

  it("lets an admin's entry replace a statutory year", () => {
    const changed = workingCalendar([
      ...statutory,
      { year: 2026, holidays: [], workdays: [], source: 'admin' },
    ]);
    expect(changed.isWorkingDay('2026-10-02')).toBe(true);
    expect(changed.years.get(2026)).toBe('admin');
  });
});

const dates = fc
  .integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2026, 5, 30) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('working-day arithmetic (properties)', () => {
  it('lands on a working day exactly n working days later', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 60 }), (from, n) => {
        const { date } = calendar.addWorkingDays(from, n);
        expect(calendar.isWorkingDay(date)).toBe(true);
        expect(calendar.workingDaysBetween(from, date)).toBe(n);
        expect(calendar.workingDaysBetween(from, addDays(date, -1))).toBe(n - 1);
      }),
    );
  });

  it('comes back to a working day by going the same number of working days back', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 60 }), (from, n) => {
        const start = calendar.nextWorkingDay(from).date;
        expect(calendar.addWorkingDays(calendar.addWorkingDays(start, n).date, -n).date).toBe(start);
      }),
    );
  });

  it('never counts a statutory holiday as a working day', () => {
    fc.assert(
      fc.property(fc.constantFrom(...statutory.flatMap((y) => y.holidays)), (holiday) => {
        expect(calendar.isWorkingDay(holiday)).toBe(false);
      }),
    );
  });
});

const NOTICE_2026 = `一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

const NOTICE_2025 = `一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。`;

const statutoryYear = (year: number) => {
  const found = statutory.find((y) => y.year === year);
  return { holidays: found?.holidays, workdays: found?.workdays };
};

describe("reading the State Council's notice", () => {
  it('reads the 2026 notice as the statutory 2026 arrangement', () => {
    const parsed = parseHolidayNotice(NOTICE_2026, 2026);
    expect({ holidays: parsed.holidays, workdays: parsed.workdays }).toEqual(statutoryYear(2026));
    expect(parsed.unread).toEqual([]);
  });

  it('reads the 2025 notice, with a single day off and a range across months', () => {
    const parsed = parseHolidayNotice(NOTICE_2025, 2025);
    expect({ holidays: parsed.holidays, workdays: parsed.workdays }).toEqual(statutoryYear(2025));
  });

  it('continues a range past December into the next year, and honours a written year', () => {
    const parsed = parseHolidayNotice('元旦：2026年12月31日至1月2日放假。2027年1月4日（周六）上班。', 2026);
    expect(parsed.holidays).toEqual(['2026-12-31', '2027-01-01', '2027-01-02']);
    expect(parsed.workdays).toEqual(['2027-01-04']);
  });

  it('lists a dated sentence it cannot classify instead of guessing', () => {
    expect(parseHolidayNotice('3月8日（周日）妇女节。', 2026).unread).toEqual(['3月8日妇女节']);
  });
});

describe('reading a holiday calendar file (.ics)', () => {
  it("reads chinese-days' 2026 file as the statutory 2026 arrangement", () => {
    const ics = fs.readFileSync('node_modules/chinese-days/dist/years/2026.ics', 'utf8');
    const parsed = parseHolidayIcs(ics);
    expect({ holidays: parsed.holidays, workdays: parsed.workdays }).toEqual(statutoryYear(2026));
  });
});

it('accepts real dates only', () => {
  expect(isIsoDate('2025-02-28')).toBe(true);
  expect(isIsoDate('2025-02-29')).toBe(false);
  expect(isIsoDate('2025-2-1')).toBe(false);
});

it('reads a month and spans it, across the year end', () => {
  expect(isIsoMonth('2030-05')).toBe(true);
  for (const bad of ['2030-13', '2030-00', '2030-5', '30-05', '2030-05-01', '1999-12']) {
    expect(isIsoMonth(bad)).toBe(false);
  }
  expect(monthSpan('2030-02')).toEqual({ first: '2030-02-01', next: '2030-03-01' });
  expect(monthSpan('2030-12')).toEqual({ first: '2030-12-01', next: '2031-01-01' });
});
