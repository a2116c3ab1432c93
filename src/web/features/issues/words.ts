import {
  DEADLINES,
  type Deadline,
  ISSUE_CHANNELS,
  ISSUE_STATUSES,
  RESPONSIBILITIES,
  URGENCIES,
  VALIDITIES,
} from '../../../domain/issues/vocabulary.ts';
import type { Issue, IssueStatus, IssueSummary } from '../../api/types.ts';
import type { Locale } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { word } from '../followups/words.ts';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export const statusWord = (status: string, locale: Locale) => word(ISSUE_STATUSES, status, locale);
export const urgencyWord = (urgency: string, locale: Locale) => word(URGENCIES, urgency, locale);
export const channelWord = (channel: string, locale: Locale) => word(ISSUE_CHANNELS, channel, locale);
export const deadlineWord = (deadline: string, locale: Locale) => word(DEADLINES, deadline, locale);
export const responsibilityWord = (value: string, locale: Locale) => word(RESPONSIBILITIES, value, locale);
export const validityWord = (value: string, locale: Locale) => word(VALIDITIES, value, locale);

/** 待处理 blue, 处理中 processing, 已解决 green, 已关闭 grey, 无需处理 grey. */
export const STATUS_COLORS: Record<IssueStatus, string> = {
  pending: 'blue',
  in_progress: 'processing',
  resolved: 'green',
  closed: 'default',
  no_action: 'default',
};

/** 一般 plain, 紧急 orange, 重大 red. */
export const URGENCY_COLORS: Record<string, string> = { normal: 'default', urgent: 'orange', major: 'red' };

/** The escalation a row has reached: a reminder is a warning, a breach escalated is an alarm. */
export const ESCALATION_COLORS: Record<string, string> = {
  remind: 'gold',
  supervisor: 'volcano',
  department_head: 'red',
};

/** The SLA clock runs while an issue is 待处理 or 处理中. */
export const isOpen = (status: IssueStatus) => status === 'pending' || status === 'in_progress';

/**
 * A length of time as people say it, to the minute: 45分钟, 2小时15分, 3天4小时 (days drop the minutes, the
 * minutes tell nothing by then).
 */
export function durationWords(ms: number, t: T): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return t('issues.dur.days', { d: days, h: hours });
  if (hours > 0) return t('issues.dur.hours', { h: hours, m: minutes % 60 });
  return t('issues.dur.minutes', { m: minutes });
}

/** Where an issue's clock stands: the deadline it runs to and how far away, or why it does not run. */
export type Countdown =
  | { kind: 'ended' }
  | { kind: 'paused'; since: string }
  | { kind: 'running'; deadline: Deadline; dueAt: string; ms: number };

/**
 * The deadline that counts now: the first response until someone responded, then the solution. Ended issues
 * have none; a paused clock shows as paused (its deadlines move on when it resumes).
 */
export function countdownOf(
  issue: Pick<
    IssueSummary,
    'status' | 'pausedAt' | 'firstResponseAt' | 'firstResponseDueAt' | 'solutionDueAt'
  >,
  now: Date,
): Countdown {
  if (!isOpen(issue.status)) return { kind: 'ended' };
  if (issue.pausedAt) return { kind: 'paused', since: issue.pausedAt };
  const deadline: Deadline = issue.firstResponseAt ? 'solution' : 'first_response';
  const dueAt = deadline === 'solution' ? issue.solutionDueAt : issue.firstResponseDueAt;
  return { kind: 'running', deadline, dueAt, ms: new Date(dueAt).getTime() - now.getTime() };
}

/** Less than this left: the countdown turns orange (the server reminds the owner 30 minutes ahead by default). */
export const SOON_MS = 30 * 60_000;

/**
 * One deadline card's state: met (when, and whether late), not applicable (无需处理 before it was met), or
 * running like the list's countdown.
 */
export type DeadlineState =
  | { kind: 'met'; at: string; late: boolean }
  | { kind: 'notNeeded' }
  | { kind: 'paused'; since: string }
  | { kind: 'running'; ms: number };

export function deadlineStateOf(
  issue: Pick<
    IssueSummary,
    | 'status'
    | 'pausedAt'
    | 'firstResponseAt'
    | 'firstResponseDueAt'
    | 'solutionDueAt'
    | 'resolvedAt'
    | 'closedAt'
    | 'promisedReplyAt'
    | 'promisedReplyMetAt'
  >,
  deadline: Deadline,
  now: Date,
): DeadlineState {
  const { dueAt, metAt } = DEADLINE_TIMES[deadline](issue);
  if (!dueAt) return { kind: 'notNeeded' };
  if (metAt) return { kind: 'met', at: metAt, late: new Date(metAt) > new Date(dueAt) };
  if (!isOpen(issue.status)) return { kind: 'notNeeded' };
  // A promise to the customer holds through a pause (the server escalates it all the same).
  if (issue.pausedAt && deadline !== 'promised_reply') return { kind: 'paused', since: issue.pausedAt };
  return { kind: 'running', ms: new Date(dueAt).getTime() - now.getTime() };
}

type Timed = Pick<
  IssueSummary,
  | 'firstResponseAt'
  | 'firstResponseDueAt'
  | 'solutionDueAt'
  | 'resolvedAt'
  | 'promisedReplyAt'
  | 'promisedReplyMetAt'
>;

/** When each deadline falls due and when it was met (the promised reply only where one was given). */
export const DEADLINE_TIMES: Record<
  Deadline,
  (issue: Timed) => { dueAt: string | null; metAt: string | null }
> = {
  first_response: (i) => ({ dueAt: i.firstResponseDueAt, metAt: i.firstResponseAt }),
  solution: (i) => ({ dueAt: i.solutionDueAt, metAt: i.resolvedAt }),
  promised_reply: (i) => ({ dueAt: i.promisedReplyAt, metAt: i.promisedReplyMetAt }),
};

/** The buttons a status offers, in the order they show: the server's allowedNext decides which. */
export type MoveAction = 'start' | 'resolve' | 'noAction' | 'reopen' | 'close';

export function moveActions(issue: Pick<IssueSummary, 'status' | 'allowedNext'>): MoveAction[] {
  const actions: MoveAction[] = [];
  for (const to of issue.allowedNext) {
    if (to === 'in_progress') actions.push(issue.status === 'pending' ? 'start' : 'reopen');
    else if (to === 'resolved') actions.push('resolve');
    else if (to === 'no_action') actions.push('noAction');
    else if (to === 'closed') actions.push('close');
  }
  const order: MoveAction[] = ['start', 'resolve', 'reopen', 'close', 'noAction'];
  return actions.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** The status each move goes to. */
export const MOVE_TARGET: Record<MoveAction, IssueStatus> = {
  start: 'in_progress',
  resolve: 'resolved',
  noAction: 'no_action',
  reopen: 'in_progress',
  close: 'closed',
};

/** An escalation step (at_creation, remind, supervisor, department_head) in words; unknown ones as they are. */
export function stepWord(step: string | null, t: T): string {
  if (!step) return '';
  const key = `issues.step.${step}` as MessageKey;
  return ['at_creation', 'remind', 'supervisor', 'department_head'].includes(step) ? t(key) : step;
}

const TIMELINE_KINDS = [
  'registered',
  'duplicate_linked',
  'letter',
  'moved',
  'progress',
  'edited',
  'paused',
  'resumed',
  'notified',
  'escalation',
  'revisit_planned',
  'revisit_answered',
  'attachment_added',
  'attachment_removed',
];

/** A timeline entry's kind in words (登记, 状态变更 …); a kind this page does not know yet as it is. */
export function kindWord(kind: string, t: T): string {
  return TIMELINE_KINDS.includes(kind) ? t(`issues.kind.${kind}` as MessageKey) : kind;
}

/** 待审批 blue, 已批准 green, 已驳回 red; the rest grey. */
export const PLAN_STATUS_COLORS: Record<string, string> = {
  pending: 'processing',
  approved: 'green',
  rejected: 'red',
};

/** Where this round's plan stands: none yet, or the latest one's status. */
export function planStateOf(
  issue: Pick<Issue, 'plans' | 'cycle'>,
): 'none' | 'pending' | 'approved' | 'rejected' | 'other' {
  const latest = issue.plans.filter((p) => p.cycle === issue.cycle).at(-1);
  if (!latest) return 'none';
  return latest.status === 'pending' || latest.status === 'approved' || latest.status === 'rejected'
    ? latest.status
    : 'other';
}

/** 标记已解决 waits for a leader's approval where the policy asks for one. */
export const resolveBlocked = (issue: Pick<Issue, 'plans' | 'cycle' | 'planRequired'>) =>
  issue.planRequired && planStateOf(issue) !== 'approved';
