import type { CompanyHours, TimeWindow } from '../calendar/hours.ts';
import { contactSpans, nextContactTime } from '../calendar/hours.ts';
import type { WorkingCalendar } from '../calendar/working-days.ts';

/** SPEC §3.4: what happened when the agent tried to reach the customer. `reached` comes with a record. */
export const ATTEMPT_OUTCOMES = {
  no_answer: { zh: '未接通', en: 'No answer' },
  busy: { zh: '忙线', en: 'Busy' },
  wrong_number: { zh: '号码错误', en: 'Wrong number' },
  refused: { zh: '拒访', en: 'Refused' },
  callback: { zh: '约定回拨', en: 'Call back later' },
  reached: { zh: '已接通', en: 'Reached' },
} as const;
export type AttemptOutcome = keyof typeof ATTEMPT_OUTCOMES;

/** Outcomes an agent logs by hand (a reached customer is logged as a record). */
export const LOGGED_OUTCOMES = ['no_answer', 'busy', 'wrong_number', 'refused', 'callback'] as const;
export type LoggedOutcome = (typeof LOGGED_OUTCOMES)[number];

/** Failed attempts that count towards ending the task as 未接通. */
const FAILURES: readonly AttemptOutcome[] = ['no_answer', 'busy', 'wrong_number'];
/** The customer picked up at that hour: the best time to call learns from these. */
export const ANSWERED: readonly AttemptOutcome[] = ['reached', 'callback', 'refused'];

export const DEFAULT_MAX_FAILED_ATTEMPTS = 3;

/** How long to wait before trying again, in minutes (then the next allowed contact time). */
const RETRY_AFTER: Record<'no_answer' | 'busy', number> = { no_answer: 120, busy: 30 };

export interface AttemptContext {
  calendar: WorkingCalendar;
  hours: CompanyHours;
  timeZone: string;
  /** Where to offer the retry: the customer's best time to call, or the company's preferred windows. */
  windows: readonly TimeWindow[];
}

export type AttemptDecision =
  | { kind: 'retry'; nextAttemptAt: Date; failedAttempts: number }
  | {
      kind: 'ended';
      status: 'unreachable' | 'cancelled';
      failedAttempts: number;
      reason: EndReason;
    };

/** Why a task ended without a record, as stored (`followup_tasks.end_reason`) and answered by the API. */
export type EndReason = 'refused' | `failed:${LoggedOutcome}`;

/** The end reason in words: 客户拒访, or "3 次联系未果（最后一次：号码错误）". */
export function describeEndReason(reason: string, failedAttempts: number): { zh: string; en: string } {
  if (reason === 'refused') return { zh: '客户拒访', en: 'The customer refused' };
  const last = ATTEMPT_OUTCOMES[reason.replace(/^failed:/, '') as AttemptOutcome];
  if (!last) return { zh: reason, en: reason };
  return {
    zh: `${failedAttempts} 次联系未果（最后一次：${last.zh}）`,
    en: `${failedAttempts} attempts failed (last: ${last.en})`,
  };
}

/**
 * What an attempt does to its task: a retry at the next allowed moment inside the contact windows, the
 * customer's own call-back time, or the end of the task — refused, or `maxFailed` failed attempts (未接通).
 */
export function decideAttempt(
  input: {
    outcome: LoggedOutcome;
    at: Date;
    callbackAt?: Date;
    /** Failed attempts before this one (未接通, 忙线, 号码错误). */
    failedBefore: number;
    maxFailed: number;
  },
  ctx: AttemptContext,
): AttemptDecision {
  const failed = input.failedBefore + (FAILURES.includes(input.outcome) ? 1 : 0);
  if (input.outcome === 'refused') {
    return {
      kind: 'ended',
      status: 'cancelled',
      failedAttempts: failed,
      reason: 'refused',
    };
  }
  if (failed >= input.maxFailed) {
    return {
      kind: 'ended',
      status: 'unreachable',
      failedAttempts: failed,
      reason: `failed:${input.outcome}`,
    };
  }
  if (input.outcome === 'callback') {
    if (!input.callbackAt) throw new RangeError('a call-back needs its time');
    return { kind: 'retry', nextAttemptAt: input.callbackAt, failedAttempts: failed };
  }
  // A wrong number: another number has to be found first, so the next working day.
  const wait =
    input.outcome === 'wrong_number'
      ? nextMorning(input.at)
      : new Date(input.at.getTime() + RETRY_AFTER[input.outcome] * 60_000);
  const next = nextContactTime(wait, ctx.calendar, ctx.hours, ctx.timeZone, ctx.windows);
  return { kind: 'retry', nextAttemptAt: next?.at ?? wait, failedAttempts: failed };
}

function nextMorning(at: Date): Date {
  return new Date(at.getTime() + 12 * 3_600_000);
}

export interface HourStats {
  /** Hour of the day in the company's zone, 0–23. */
  hour: number;
  attempts: number;
  answered: number;
}

export interface BestTime {
  basis: 'learned' | 'preferred';
  windows: TimeWindow[];
  /** Answered calls the learning had (0 when the preferred windows are used). */
  answered: number;
}

/** Answered calls needed before a customer's own hours replace the preferred windows. */
export const MIN_ANSWERED_TO_LEARN = 3;

/**
 * A customer's best time to call: the hour at which their past calls were answered most reliably (answered
 * over attempted, smoothed so that one lucky call does not outweigh a record), once there are enough answered
 * calls; the company's preferred windows until then. Only hours inside the calling hours are offered.
 */
export function bestTimeToCall(stats: readonly HourStats[], hours: CompanyHours): BestTime {
  const preferred: BestTime = { basis: 'preferred', windows: hours.preferredWindows, answered: 0 };
  const answered = stats.reduce((sum, s) => sum + s.answered, 0);
  if (answered < MIN_ANSWERED_TO_LEARN) return preferred;
  const score = (s: HourStats) => (s.answered + 1) / (s.attempts + 2);
  // Only hours in which a call is allowed at all (calling hours, not lunch or rest): the contact spans of the hour.
  const offered = stats
    .filter((s) => s.answered > 0)
    .map((s) => ({ s, spans: hourSpans(hours, s.hour) }))
    .filter((x) => x.spans.length > 0)
    .sort((a, b) => score(b.s) - score(a.s) || b.s.answered - a.s.answered || a.s.hour - b.s.hour)[0];
  if (!offered) return preferred;
  return {
    basis: 'learned',
    windows: offered.spans.map(([start, end]) => ({ start: clock(start), end: clock(end) })),
    answered,
  };
}

/** An hour's contact spans, once per company hours (a worklist asks for the same few hours many times). */
const hourSpansCache = new WeakMap<CompanyHours, Map<number, ReturnType<typeof contactSpans>>>();

function hourSpans(hours: CompanyHours, hour: number) {
  let byHour = hourSpansCache.get(hours);
  if (!byHour) {
    byHour = new Map();
    hourSpansCache.set(hours, byHour);
  }
  let spans = byHour.get(hour);
  if (!spans) {
    spans = contactSpans(hours, [{ start: clock(hour * 60), end: clock(hour * 60 + 60) }]);
    byHour.set(hour, spans);
  }
  return spans;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes of the day as 'HH:MM' (24:00 for the end of the day). */
function clock(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}
