import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { dateIn, type IsoDate, isIsoDate, isWeekend, yearOf } from '../../../domain/calendar/dates.ts';
import { type CompanyHours, DEFAULT_COMPANY_HOURS, type TimeWindow } from '../../../domain/calendar/hours.ts';
import { parseHolidayIcs } from '../../../domain/calendar/ics.ts';
import { type ParsedArrangement, parseHolidayNotice } from '../../../domain/calendar/notice.ts';
import { statutoryArrangements } from '../../../domain/calendar/statutory.ts';
import {
  type CalendarAnswer,
  type WorkingCalendar,
  workingCalendar,
  type YearArrangement,
} from '../../../domain/calendar/working-days.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { type FieldError, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { readSetting, writeSetting } from '../settings/repository.ts';
import { adminYears, deleteAdminYear, saveAdminYear } from './repository.ts';

const HOURS_KEY = 'company_hours';
let statutory: YearArrangement[] | undefined;
const statutoryYears = () => {
  statutory ??= statutoryArrangements();
  return statutory;
};

/**
 * The calendar and the hours are read by every worklist, attempt and run, and change a few times a year: an
 * instance keeps them for CACHE_MS. Its own changes show at once; another instance's within that time.
 */
const CACHE_MS = 10_000;
interface Cached {
  until: number;
  calendar?: Promise<WorkingCalendar>;
  hours?: Promise<CompanyHours>;
}
const cached = new WeakMap<Kysely<Database>, Cached>();

function cacheOf(db: Kysely<Database>): Cached {
  let entry = cached.get(db);
  if (!entry || entry.until < Date.now()) {
    entry = { until: Date.now() + CACHE_MS };
    cached.set(db, entry);
  }
  return entry;
}

/** A read kept in the cache; a failed one is not kept. */
function keep<K extends 'calendar' | 'hours'>(
  entry: Cached,
  key: K,
  read: () => NonNullable<Cached[K]>,
): NonNullable<Cached[K]> {
  let reading = entry[key];
  if (!reading) {
    const started = read();
    entry[key] = started;
    started.catch(() => {
      if (entry[key] === started) entry[key] = undefined;
    });
    reading = started;
  }
  return reading as NonNullable<Cached[K]>;
}

/** The company's working-day calendar: the bundled statutory years, replaced year by year by the admin's. */
export function loadWorkingCalendar(db: Kysely<Database>): Promise<WorkingCalendar> {
  return keep(cacheOf(db), 'calendar', async () => {
    const entered = await adminYears(db);
    return workingCalendar([
      ...statutoryYears(),
      ...entered.map((y): YearArrangement => ({ ...y, source: 'admin' })),
    ]);
  });
}

export function loadCompanyHours(db: Kysely<Database>): Promise<CompanyHours> {
  return keep(
    cacheOf(db),
    'hours',
    async () => (await readSetting<CompanyHours>(db, HOURS_KEY)) ?? DEFAULT_COMPANY_HOURS,
  );
}

/** Says in the log which year nobody has covered, whenever a computation needed it. */
export function warnIfUncovered(log: FastifyBaseLogger, answer: { uncoveredYears: number[] }, what: string) {
  if (answer.uncoveredYears.length === 0) return;
  log.warn(
    { missingYears: answer.uncoveredYears, what },
    `holiday arrangement missing for ${answer.uncoveredYears.join(', ')}: weekends only were assumed (系统设置 → 节假日安排)`,
  );
}

export async function addWorkingDaysFrom(
  db: Kysely<Database>,
  log: FastifyBaseLogger,
  from: IsoDate,
  days: number,
): Promise<CalendarAnswer> {
  if (!isIsoDate(from)) throw invalid([{ field: 'from', zh: '不是有效的日期', en: 'is not a date' }]);
  const answer = (await loadWorkingCalendar(db)).addWorkingDays(from, days);
  warnIfUncovered(log, answer, `add ${days} working days to ${from}`);
  return answer;
}

export type YearSource = 'statutory' | 'admin' | 'uncovered';

/** Every year the calendar knows, newest first, with this year and the next listed even when nobody covered them. */
export async function listYears(db: Kysely<Database>, timeZone: string, now: Date) {
  const entered = new Map((await adminYears(db)).map((y) => [y.year, y]));
  const bundled = new Map(statutoryYears().map((y) => [y.year, y]));
  const thisYear = yearOf(dateIn(now, timeZone));
  const years = new Set([...bundled.keys(), ...entered.keys(), thisYear, thisYear + 1]);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const admin = entered.get(year);
      const shown = admin ?? bundled.get(year);
      const source: YearSource = admin ? 'admin' : shown ? 'statutory' : 'uncovered';
      return {
        year,
        source,
        hasStatutory: bundled.has(year),
        holidayCount: shown?.holidays.length ?? 0,
        workdayCount: shown?.workdays.length ?? 0,
        note: admin?.note ?? null,
        updatedAt: admin?.updatedAt.toISOString() ?? null,
        updatedByName: admin?.updatedByName ?? null,
      };
    });
}

/** One year's days off and make-up working days as the calendar uses them. */
export async function getYear(db: Kysely<Database>, year: number) {
  const admin = (await adminYears(db)).find((y) => y.year === year);
  const bundled = statutoryYears().find((y) => y.year === year);
  const shown = admin ?? bundled;
  return {
    year,
    source: (admin ? 'admin' : shown ? 'statutory' : 'uncovered') as YearSource,
    hasStatutory: Boolean(bundled),
    holidays: [...(shown?.holidays ?? [])],
    workdays: [...(shown?.workdays ?? [])],
    note: admin?.note ?? null,
  };
}

/** Years the company needs now (this one and the next) that nobody has covered: the banner's warning. */
export async function missingYears(db: Kysely<Database>, timeZone: string, now: Date): Promise<number[]> {
  const calendar = await loadWorkingCalendar(db);
  const thisYear = yearOf(dateIn(now, timeZone));
  return [thisYear, thisYear + 1].filter((year) => !calendar.isCovered(year));
}

function yearProblems(year: number, holidays: string[], workdays: string[]): FieldError[] {
  const errors: FieldError[] = [];
  const check = (field: 'holidays' | 'workdays', dates: string[]) =>
    dates.forEach((date, i) => {
      if (!isIsoDate(date))
        errors.push({ field: `${field}.${i}`, zh: `${date} 不是有效的日期`, en: `${date} is not a date` });
      else if (yearOf(date) !== year)
        errors.push({
          field: `${field}.${i}`,
          zh: `${date} 不在 ${year} 年`,
          en: `${date} is not in ${year}`,
        });
    });
  check('holidays', holidays);
  check('workdays', workdays);
  const off = new Set(holidays);
  workdays.forEach((date, i) => {
    if (!isIsoDate(date)) return;
    if (off.has(date))
      errors.push({ field: `workdays.${i}`, zh: `${date} 已列为放假日`, en: `${date} is also a day off` });
    else if (!isWeekend(date))
      errors.push({
        field: `workdays.${i}`,
        zh: `${date} 不是周六或周日，无需调休上班`,
        en: `${date} is not a weekend day, so it is a working day anyway`,
      });
  });
  return errors;
}

const unique = (dates: string[]) => [...new Set(dates)].sort();

export async function saveYear(
  db: Kysely<Database>,
  ctx: RequestContext,
  year: number,
  input: { holidays: string[]; workdays: string[]; note?: string | null },
) {
  requirePermission(ctx.actor, 'settings.manage');
  const errors = yearProblems(year, input.holidays, input.workdays);
  if (errors.length > 0) throw invalid(errors);
  const holidays = unique(input.holidays);
  const workdays = unique(input.workdays);
  await db.transaction().execute(async (trx) => {
    await saveAdminYear(trx, {
      year,
      holidays,
      workdays,
      note: input.note?.trim() || null,
      userId: ctx.actor.id,
    });
    await recordAudit(
      trx,
      ctx,
      'calendar.year_saved',
      { type: 'calendar_year', id: year },
      {
        holidays: holidays.length,
        workdays: workdays.length,
      },
    );
  });
  cached.delete(db);
  return getYear(db, year);
}

/** Drops the admin's entry: the year goes back to the statutory data, or to uncovered. */
export async function resetYear(db: Kysely<Database>, ctx: RequestContext, year: number) {
  requirePermission(ctx.actor, 'settings.manage');
  const removed = await db.transaction().execute(async (trx) => {
    const had = await deleteAdminYear(trx, year);
    if (had) await recordAudit(trx, ctx, 'calendar.year_reset', { type: 'calendar_year', id: year });
    return had;
  });
  cached.delete(db);
  if (!removed) throw notFound({ zh: `${year} 年的手工安排`, en: `an entered arrangement for ${year}` });
  return getYear(db, year);
}

/** Reads a pasted notice or an .ics file into arrangements by year, for the admin to check before saving. */
export function parseArrangements(
  ctx: RequestContext,
  input: { format: 'notice' | 'ics'; text: string; year?: number },
) {
  requirePermission(ctx.actor, 'settings.manage');
  let parsed: ParsedArrangement;
  if (input.format === 'notice') {
    if (input.year === undefined)
      throw invalid([{ field: 'year', zh: '请填写通知所属年份', en: 'is required for a notice' }]);
    parsed = parseHolidayNotice(input.text, input.year);
  } else {
    try {
      parsed = parseHolidayIcs(input.text);
    } catch {
      throw invalid([{ field: 'text', zh: '不是有效的 .ics 日历文件', en: 'is not an .ics calendar file' }]);
    }
  }
  if (parsed.holidays.length === 0 && parsed.workdays.length === 0) {
    throw invalid([
      { field: 'text', zh: '没有读到放假或上班的日期', en: 'names no days off or working days' },
    ]);
  }
  const years = new Map<number, { year: number; holidays: string[]; workdays: string[] }>();
  const entry = (date: string) => {
    const year = yearOf(date);
    if (!years.has(year)) years.set(year, { year, holidays: [], workdays: [] });
    return years.get(year) as { year: number; holidays: string[]; workdays: string[] };
  };
  for (const d of parsed.holidays) entry(d).holidays.push(d);
  for (const d of parsed.workdays) entry(d).workdays.push(d);
  return { arrangements: [...years.values()].sort((a, b) => a.year - b.year), unread: parsed.unread };
}

function windowProblems(field: string, window: TimeWindow): FieldError[] {
  return window.start < window.end
    ? []
    : [{ field, zh: '结束时间须晚于开始时间', en: 'must end after it starts' }];
}

export async function saveCompanyHours(db: Kysely<Database>, ctx: RequestContext, hours: CompanyHours) {
  requirePermission(ctx.actor, 'settings.manage');
  const errors = [
    ...windowProblems('workingHours', hours.workingHours),
    ...(hours.lunchBreak ? windowProblems('lunchBreak', hours.lunchBreak) : []),
    ...windowProblems('callingHours', hours.callingHours),
    ...hours.restHours.flatMap((w, i) => windowProblems(`restHours.${i}`, w)),
    ...hours.preferredWindows.flatMap((w, i) => windowProblems(`preferredWindows.${i}`, w)),
  ];
  if (errors.length > 0) throw invalid(errors);
  await db.transaction().execute(async (trx) => {
    await writeSetting(trx, HOURS_KEY, hours, ctx.actor.id);
    await recordAudit(trx, ctx, 'calendar.hours_saved', undefined, { ...hours });
  });
  cached.delete(db);
  return hours;
}
