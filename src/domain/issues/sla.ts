import { addWorkingHours, type CompanyHours, workingMinutesBetween } from '../calendar/hours.ts';
import type { WorkingCalendar } from '../calendar/working-days.ts';
import type { Urgency } from './vocabulary.ts';

/** How a deadline counts: every hour of the clock, or working hours only (working days, lunch left out). */
export type SlaClock = 'wall' | 'working';

/** SPEC §4's SLA, per urgency and optionally per category (the more specific policy wins). */
export interface SlaPolicy {
  urgency: Urgency;
  /** null: every category without a policy of its own. */
  category: string | null;
  clock: SlaClock;
  /** 首次响应: someone starts on it (处理中) or writes progress. */
  firstResponseHours: number;
  /** 一般: a solution fed back; 紧急/重大: a specialist group and a solution plan. */
  solutionHours: number;
  /** The owner is reminded this long before a deadline. */
  remindBeforeMinutes: number;
  /** After a breach went to the supervisor, the department head hears this long later. */
  departmentHeadAfterHours: number;
  /** 紧急/重大: the supervisor is told when the issue is registered (within the hour). */
  notifySupervisorAtCreation: boolean;
  /** Reminders and escalations also go out outside working hours. */
  escalateOffHours: boolean;
  /** A leader approves the solution plan before the issue may be resolved (处理方案审批). */
  planApproval: boolean;
}

/** The defaults of SPEC §4. */
export const DEFAULT_SLA_POLICIES: readonly SlaPolicy[] = [
  {
    urgency: 'normal',
    category: null,
    clock: 'wall',
    firstResponseHours: 2,
    solutionHours: 24,
    remindBeforeMinutes: 30,
    departmentHeadAfterHours: 4,
    notifySupervisorAtCreation: false,
    escalateOffHours: false,
    planApproval: false,
  },
  ...(['urgent', 'major'] as const).map((urgency) => ({
    urgency,
    category: null,
    clock: 'wall' as const,
    firstResponseHours: 2,
    solutionHours: 4,
    remindBeforeMinutes: 30,
    departmentHeadAfterHours: 1,
    notifySupervisorAtCreation: true,
    escalateOffHours: true,
    // The specialist group's plan (seed 001) is the one a leader signs before it is carried out (seed 002).
    planApproval: true,
  })),
];

/** The policy for an issue: its urgency and category's, else its urgency's general one. */
export function policyFor<P extends SlaPolicy>(
  policies: readonly P[],
  urgency: Urgency,
  category: string | null,
): P | undefined {
  return (
    policies.find((p) => p.urgency === urgency && p.category !== null && p.category === category) ??
    policies.find((p) => p.urgency === urgency && p.category === null)
  );
}

export interface ClockContext {
  calendar: WorkingCalendar;
  hours: CompanyHours;
  timeZone: string;
}

/** The moment `hours` after `start` on the policy's clock. */
export function deadlineAfter(start: Date, hours: number, clock: SlaClock, ctx: ClockContext): Date {
  if (clock === 'wall') return new Date(start.getTime() + Math.round(hours * 3_600_000));
  return addWorkingHours(start, hours, ctx.calendar, ctx.hours, ctx.timeZone).at;
}

/** Both deadlines of an issue, counted from when it was raised (not when it was typed in). */
export function slaDeadlines(policy: SlaPolicy, raisedAt: Date, ctx: ClockContext) {
  return {
    firstResponseDueAt: deadlineAfter(raisedAt, policy.firstResponseHours, policy.clock, ctx),
    solutionDueAt: deadlineAfter(raisedAt, policy.solutionHours, policy.clock, ctx),
  };
}

/**
 * A deadline moved on by a pause (waiting on the customer): the paused time does not count. On the working clock
 * only the working time inside the pause moves it.
 */
export function afterPause(
  deadline: Date,
  pausedAt: Date,
  resumedAt: Date,
  clock: SlaClock,
  ctx: ClockContext,
): Date {
  if (resumedAt <= pausedAt) return deadline;
  if (clock === 'wall') return new Date(deadline.getTime() + (resumedAt.getTime() - pausedAt.getTime()));
  const minutes = workingMinutesBetween(pausedAt, resumedAt, ctx.calendar, ctx.hours, ctx.timeZone);
  return minutes === 0 ? deadline : deadlineAfter(deadline, minutes / 60, 'working', ctx);
}

/** Time left to a deadline in ms (negative once breached), frozen at the pause while paused. */
export function remainingMs(deadline: Date, now: Date, pausedAt: Date | null): number {
  return deadline.getTime() - (pausedAt ?? now).getTime();
}
