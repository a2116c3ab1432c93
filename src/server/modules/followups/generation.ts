import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { dateIn } from '../../../domain/calendar/dates.ts';
import { zonedMoment } from '../../../domain/calendar/hours.ts';
import type { Assignee, Offset, RuleDefinition, SimpleAssignee } from '../../../domain/followups/rules.ts';
import { eventWindow, periodOf, workingDaysOf } from '../../../domain/followups/schedule.ts';
import type { Database } from '../../db/schema.ts';
import { loadCompanyHours, loadWorkingCalendar, warnIfUncovered } from '../calendar/service.ts';
import { listRules, type RuleRow } from '../followup-rules/repository.ts';
import { readSetting } from '../settings/repository.ts';
import * as repo from './generation-repository.ts';

/** A task whose deadline passed more than this long ago is not made any more (a rule switched on late). */
const CATCH_UP_DAYS = 7;
const DAY_MS = 86_400_000;
export const WEEKLY_CAP_KEY = 'followup_weekly_cap';
export const DEFAULT_WEEKLY_CAP = 1;

export interface GenerationResult {
  created: number;
  overdue: number;
}

/** Calendar days an offset can span at most (to bound the events a rule looks at). */
function maxDays(offset: Offset): number {
  const n = Math.abs(offset.amount);
  switch (offset.unit) {
    case 'hours':
      return n / 24 + 1;
    case 'working_hours':
      return (n / 8) * 2 + 15;
    case 'working_days':
      return n * 2 + 15;
    case 'months':
      return n * 31 + 1;
    default:
      return n + 1;
  }
}

async function resolve(db: Kysely<Database>, assignee: SimpleAssignee): Promise<repo.ResolvedAssignee> {
  if (assignee.kind !== 'role') return assignee;
  const departmentId = assignee.department
    ? await repo.departmentIdByName(db, assignee.department)
    : undefined;
  return { kind: 'role', role: assignee.role, departmentId: departmentId ?? null };
}

function shapeOf(rule: RuleRow, weeklyCap: number, timeZone: string): Omit<repo.TaskShape, 'assignee'> {
  const d = rule.definition;
  return {
    ruleId: rule.id,
    ruleVersion: rule.version,
    type: d.type,
    method: d.method,
    priority: d.priority,
    proactive: d.proactive,
    serviceCritical: d.serviceCritical,
    signatureRequired: d.signatureRequired,
    samplingRate: d.samplingRate,
    audience: d.audience,
    weeklyCap,
    timeZone,
  };
}

/**
 * Turns every active rule into the tasks due by `asOf`, then marks open tasks past their deadline overdue.
 * Rules run by priority (a visit before a phone call of the same week: the cap then keeps the call away).
 */
export async function generateTasks(
  db: Kysely<Database>,
  asOf: Date,
  timeZone: string,
  log: FastifyBaseLogger,
): Promise<GenerationResult> {
  const [rules, calendar, hours, cap] = await Promise.all([
    listRules(db, { active: true }),
    loadWorkingCalendar(db),
    loadCompanyHours(db),
    readSetting<number>(db, WEEKLY_CAP_KEY),
  ]);
  const weeklyCap = cap ?? DEFAULT_WEEKLY_CAP;
  const rank = { urgent: 0, high: 1, normal: 2, low: 3 } as const;
  rules.sort(
    (a, b) =>
      rank[a.definition.priority] - rank[b.definition.priority] ||
      Number(b.definition.method === 'onsite') - Number(a.definition.method === 'onsite') ||
      a.id - b.id,
  );
  const ctx = { calendar, hours, timeZone };
  let created = 0;
  for (const rule of rules) {
    const d = rule.definition;
    const base = shapeOf(rule, weeklyCap, timeZone);
    if (d.trigger.kind === 'periodic') {
      if (d.assignee.kind === 'by_severity') continue; // refused when saved; never in the table
      const period = periodOf(dateIn(asOf, timeZone), d.trigger.every, d.trigger.unit);
      const { days, covered } = workingDaysOf(period, calendar);
      const last = days[days.length - 1] as string;
      if (!covered)
        warnIfUncovered(
          log,
          { uncoveredYears: [Number(last.slice(0, 4))] },
          `rule ${rule.id} period ${period.key}`,
        );
      created += await repo.insertPeriodTasks(
        db,
        { ...base, assignee: await resolve(db, d.assignee) },
        { key: period.key, days, dueAt: zonedMoment(last, 24 * 60, timeZone), uncovered: !covered },
      );
    } else {
      created += await generateForEvents(db, rule, d, base, ctx, asOf, log);
    }
  }
  const overdue = await repo.markOverdue(db, asOf);
  return { created, overdue };
}

async function generateForEvents(
  db: Kysely<Database>,
  rule: RuleRow,
  d: RuleDefinition,
  base: Omit<repo.TaskShape, 'assignee'>,
  ctx: Parameters<typeof eventWindow>[3],
  asOf: Date,
  log: FastifyBaseLogger,
): Promise<number> {
  if (d.trigger.kind !== 'event') return 0;
  const ahead = d.start.amount < 0 ? maxDays(d.start) : 0; // an event this far ahead may open a task now
  const behind = (d.start.amount > 0 ? maxDays(d.start) : 0) + maxDays(d.within) + CATCH_UP_DAYS;
  const span = {
    from: new Date(asOf.getTime() - behind * DAY_MS),
    to: new Date(asOf.getTime() + (ahead + 1) * DAY_MS),
  };
  const assignees = await resolveAssignees(db, d.assignee);
  const shape: repo.TaskShape = { ...base, assignee: assignees.general };
  const candidates = await repo.eventCandidates(db, shape, d.trigger.event, span, d.audience.severities);
  const catchUpFrom = asOf.getTime() - CATCH_UP_DAYS * DAY_MS;
  const tasks: repo.EventTask[] = [];
  for (const event of candidates) {
    const window = eventWindow(event.occurredAt, d.start, d.within, ctx);
    if (window.startAt > asOf || window.dueAt.getTime() < catchUpFrom) continue;
    warnIfUncovered(log, window, `rule ${rule.id} event ${event.eventKey}`);
    const severity = (event.severity ?? 'general') as keyof typeof assignees;
    tasks.push({
      customerId: event.customerId,
      eventKey: event.eventKey,
      eventId: event.eventId,
      eventAt: event.occurredAt,
      startAt: window.startAt,
      dueAt: window.dueAt,
      uncovered: !window.covered,
      assignee: assignees[severity] ?? assignees.general,
    });
  }
  return tasks.length === 0 ? 0 : repo.insertEventTasks(db, shape, d.trigger.event, tasks);
}

async function resolveAssignees(db: Kysely<Database>, assignee: Assignee) {
  if (assignee.kind !== 'by_severity') {
    const one = await resolve(db, assignee);
    return { general: one, urgent: one, major: one };
  }
  return {
    general: await resolve(db, assignee.general),
    urgent: await resolve(db, assignee.urgent),
    major: await resolve(db, assignee.major),
  };
}
