import { addDays, dateIn, type IsoDate, isIsoDate, yearOf } from '../calendar/dates.ts';
import { zonedMoment } from '../calendar/hours.ts';
import type { CellError } from '../customers/import-columns.ts';
import { type ImportIssueCode, importIssue } from '../customers/import-issues.ts';
import type { FollowupMethod } from './vocabulary.ts';

/**
 * The follow-up columns of the 客户关系维护跟踪总表 (seed 001): a department switching from Excel brings each
 * customer's last contact, its outcome and the next planned one. Imported with the customers, they become the
 * last follow-up record, the next task and, for a problem still open, an issue request.
 */
export const HISTORY_COLUMNS = [
  { header: '最近沟通时间', field: 'lastContact', aliases: ['最近回访时间', '最近联系时间'] },
  { header: '沟通方式', field: 'method', aliases: ['回访方式'] },
  { header: '沟通内容摘要', field: 'summary', aliases: ['回访摘要', '沟通内容', '回访内容'] },
  { header: '客户反馈', field: 'feedback', aliases: [] },
  { header: '问题状态', field: 'issueStatus', aliases: [] },
  {
    header: '满意度评分',
    field: 'satisfaction',
    aliases: ['满意度', '满意度评分(1-5分)', '满意度评分（1-5分）'],
  },
  {
    header: '下次计划沟通时间',
    field: 'nextContact',
    aliases: ['下次计划回访时间', '下次沟通时间', '下次回访时间'],
  },
] as const;

export type HistoryField = (typeof HISTORY_COLUMNS)[number]['field'];

/** One row's history: the last contact (a record) and the next planned one (a task). */
export interface ImportedHistory {
  /** The last contact, when the row gives one. */
  contact?: {
    at: Date;
    /** Its date in the company's time zone: the record's number counts on that day. */
    day: IsoDate;
    method: FollowupMethod;
    summary?: string;
    feedback?: string;
    satisfaction?: number;
    /** 问题状态 says the problem is open: the issues module should open an issue. */
    issueOpen: boolean;
    /** The record's `resolved`: false while open, true once solved, null when there was no problem. */
    resolved: boolean | null;
  };
  /** 下次计划沟通时间. */
  next?: { on: IsoDate; method: FollowupMethod };
}

/** Words of the 沟通方式 column, after a trailing 沟通 / 回访 / 联系 is taken off. */
const METHOD_WORDS: Record<string, FollowupMethod> = {
  电话: 'phone',
  致电: 'phone',
  电联: 'phone',
  来电: 'phone',
  上门: 'onsite',
  上门拜访: 'onsite',
  拜访: 'onsite',
  面谈: 'onsite',
  面访: 'onsite',
  走访: 'onsite',
  现场: 'onsite',
  '上门/面谈': 'onsite',
  邮件: 'email',
  电子邮件: 'email',
  email: 'email',
  'e-mail': 'email',
  短信: 'sms',
  微信: 'wechat',
  qq: 'wechat',
  'qq/微信': 'wechat',
  信函: 'letter',
  信件: 'letter',
  普通信件: 'letter',
  公开信: 'letter',
  '信函/公开信': 'letter',
  其他: 'other',
  其它: 'other',
};

/** 满意度评分: 1–5, or the words of the record form (好 / 较好 / 一般 / 差 / 很差). */
const SATISFACTION_WORDS: Record<string, number> = { 好: 5, 较好: 4, 一般: 3, 差: 2, 很差: 1 };

/** 问题状态: open (the issues module should open an issue), resolved, or no problem at all. */
const ISSUE_STATUSES: Record<string, IssueStatus> = {
  未解决: 'open',
  处理中: 'open',
  待处理: 'open',
  跟进中: 'open',
  进行中: 'open',
  未处理: 'open',
  待解决: 'open',
  未完成: 'open',
  已解决: 'resolved',
  已关闭: 'resolved',
  已处理: 'resolved',
  已完成: 'resolved',
  无: 'none',
  无需处理: 'none',
};
export type IssueStatus = 'open' | 'resolved' | 'none';

/** What a sheet writes in a cell it means to leave empty. */
const EMPTY = /^[-—－/／]*$/;

const FULL_DATE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*\d{2}(?:\.\d+)?)?)?$/;
const NO_YEAR = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
/** A date cell of a workbook arrives as Excel's serial number (days since 1899-12-30): 1954 to 2119. */
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const SERIAL_RANGE = [20_000, 80_000] as const;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const pad = (n: number) => String(n).padStart(2, '0');

/** A date, and its time of day in minutes when the cell gives one. */
export interface SheetDate {
  day: IsoDate;
  minute: number | null;
}
/** A date written without its year (03-15, as the seed's 总表 has it): the row's other date places it. */
export interface MonthDay {
  month: number;
  date: number;
}

/** What a date cell holds: a date (maybe with a time), a month and day, or undefined for anything else. */
export function parseSheetDate(text: string): SheetDate | MonthDay | undefined {
  const value = text.trim();
  if (SERIAL.test(value)) {
    const serial = Number(value);
    if (serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return undefined;
    // Whole minutes: a time of day is stored as a fraction of a day and read back with rounding errors.
    const minutes = Math.round(serial * 1440);
    const day = new Date(EXCEL_EPOCH + Math.floor(minutes / 1440) * 86_400_000).toISOString().slice(0, 10);
    return { day, minute: Number.isInteger(serial) ? null : minutes % 1440 };
  }
  const full = FULL_DATE.exec(value);
  if (full) {
    const day = `${full[1]}-${pad(Number(full[2]))}-${pad(Number(full[3]))}`;
    if (!isIsoDate(day)) return undefined;
    if (full[4] === undefined) return { day, minute: null };
    const hour = Number(full[4]);
    const minute = Number(full[5]);
    if (hour > 23 || minute > 59) return undefined;
    return { day, minute: hour * 60 + minute };
  }
  const partial = NO_YEAR.exec(value);
  if (!partial) return undefined;
  const monthDay = { month: Number(partial[1]), date: Number(partial[2]) };
  // Valid in some year: 02-29 is, in a leap year.
  return isIsoDate(inYear(2000, monthDay)) ? monthDay : undefined;
}

const inYear = (year: number, { month, date }: MonthDay) => `${year}-${pad(month)}-${pad(date)}`;

/** The month and day in the latest year that puts it on or before `notAfter`. */
export function latestOnOrBefore(monthDay: MonthDay, notAfter: IsoDate): IsoDate {
  for (let year = yearOf(notAfter); ; year--) {
    const day = inYear(year, monthDay);
    if (isIsoDate(day) && day <= notAfter) return day;
  }
}

/** The month and day in the earliest year that puts it on or after `notBefore`. */
export function earliestOnOrAfter(monthDay: MonthDay, notBefore: IsoDate): IsoDate {
  for (let year = yearOf(notBefore); ; year++) {
    const day = inYear(year, monthDay);
    if (isIsoDate(day) && day >= notBefore) return day;
  }
}

/** The method a 沟通方式 cell names (电话沟通, 上门拜访, 邮件回访, 微信 …). */
export function parseMethod(text: string): FollowupMethod | undefined {
  const word = text.trim().toLowerCase().replace(/\s+/g, '');
  return METHOD_WORDS[word] ?? METHOD_WORDS[word.replace(/(沟通|回访|联系|方式)$/, '')];
}

export function parseSatisfaction(text: string): number | undefined {
  const value = text.trim().replace(/\s+/g, '');
  const number = /^([1-5])(?:\.0+)?分?$/.exec(value);
  if (number) return Number(number[1]);
  return SATISFACTION_WORDS[value];
}

export function parseIssueStatus(text: string): IssueStatus | undefined {
  return ISSUE_STATUSES[text.trim().replace(/\s+/g, '')];
}

const header = (field: HistoryField) => HISTORY_COLUMNS.find((c) => c.field === field)?.header ?? field;

/** Bad contacts may be this far ahead of the server's clock (a sheet written a few minutes ahead). */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * One row's follow-up cells to its history, with a message per bad cell naming the value (in Chinese: the sheet
 * is Chinese). A date alone is taken at 00:00 in the company's time zone; one without its year is placed by the
 * row's other date and today. A row with no follow-up cells has no
 * history; one with an outcome but no 最近沟通时间 is refused (the record would have no time).
 */
export function parseHistory(
  cells: Partial<Record<HistoryField, string>>,
  context: { timeZone: string; now: Date },
): { history?: ImportedHistory; errors: CellError[] } {
  const errors: CellError[] = [];
  const get = (field: HistoryField) => {
    const value = cells[field]?.trim() ?? '';
    return EMPTY.test(value) ? undefined : value;
  };
  const fail = (field: HistoryField, code: ImportIssueCode, value?: string) =>
    errors.push({ column: header(field), field, ...importIssue(code, value === undefined ? {} : { value }) });
  const date = (field: HistoryField) => {
    const value = get(field);
    if (value === undefined) return undefined;
    const parsed = parseSheetDate(value);
    if (!parsed) fail(field, 'badDate', value);
    return parsed;
  };
  const lastCell = date('lastContact');
  const nextCell = date('nextContact');
  // A date without its year is the latest such day not after today (and the next planned date) for the last
  // contact, the earliest not before the last contact (or today) for the next one.
  const today = dateIn(context.now, context.timeZone);
  const nextDay = nextCell && 'day' in nextCell ? nextCell.day : undefined;
  const last: SheetDate | undefined =
    lastCell && 'month' in lastCell
      ? { day: latestOnOrBefore(lastCell, nextDay && nextDay < today ? nextDay : today), minute: null }
      : lastCell;
  const next: SheetDate | undefined =
    nextCell && 'month' in nextCell
      ? { day: earliestOnOrAfter(nextCell, last?.day ?? today), minute: null }
      : nextCell;
  const methodText = get('method');
  const method = methodText === undefined ? undefined : parseMethod(methodText);
  if (methodText !== undefined && !method) fail('method', 'badMethod', methodText);
  const satisfactionText = get('satisfaction');
  const satisfaction = satisfactionText === undefined ? undefined : parseSatisfaction(satisfactionText);
  if (satisfactionText !== undefined && satisfaction === undefined)
    fail('satisfaction', 'badSatisfaction', satisfactionText);
  const statusText = get('issueStatus');
  const status = statusText === undefined ? undefined : parseIssueStatus(statusText);
  if (statusText !== undefined && status === undefined) fail('issueStatus', 'badIssueStatus', statusText);
  const summary = get('summary');
  const feedback = get('feedback');
  const outcome =
    [methodText, summary, feedback, satisfactionText].some((v) => v !== undefined) || status === 'open';
  if (outcome && get('lastContact') === undefined) fail('lastContact', 'lastContactRequired');
  const at = last ? zonedMoment(last.day, last.minute ?? 0, context.timeZone) : undefined;
  if (at && at.getTime() > context.now.getTime() + FUTURE_SLACK_MS)
    fail('lastContact', 'inFuture', get('lastContact'));
  if (last && next && next.day < last.day) fail('nextContact', 'beforeLastContact', get('nextContact'));
  if (errors.length > 0) return { errors };
  const history: ImportedHistory = {};
  if (last && at) {
    history.contact = {
      at,
      day: last.day,
      method: method ?? 'other',
      summary,
      feedback,
      satisfaction,
      issueOpen: status === 'open',
      resolved: status === 'open' ? false : status === 'resolved' ? true : null,
    };
  }
  if (next) history.next = { on: next.day, method: method ?? 'phone' };
  return history.contact || history.next ? { history, errors } : { errors };
}

/** A next task starts as its day begins and is due as it ends, in the company's time zone. */
export function nextTaskSpan(on: IsoDate, timeZone: string): { startAt: Date; dueAt: Date } {
  return { startAt: zonedMoment(on, 0, timeZone), dueAt: zonedMoment(addDays(on, 1), 0, timeZone) };
}
