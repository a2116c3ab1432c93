import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { addDays, dateIn } from '../../../domain/calendar/dates.ts';
import { zonedMoment } from '../../../domain/calendar/hours.ts';
import type { WorkingCalendar } from '../../../domain/calendar/working-days.ts';
import type {
  Assignee,
  CadenceUnit,
  Offset,
  RuleDefinition,
  SimpleAssignee,
} from '../../../domain/followups/rules.ts';
import {
  claimedDays,
  eventWindow,
  holidayStarts,
  periodsBetween,
  planHorizon,
  weekStartOf,
  workingDaysOf,
} from '../../../domain/followups/schedule.ts';
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
const ANALYZE_AFTER_TASKS = 10_000;
const ANALYZE_AFTER_GROWTH = 0.2;
/**
 * How far before the last pass a change still counts: a customer saved in a long transaction (an import) that
 * committed after that pass read the table carries the transaction's start as `updated_at`.
 */
const CHANGE_MARGIN_MS = 3_600_000;

/**
 * Everything a period's plan depends on: when it changes (a new rule version, calendar, cap, another day of the
 * period entering the plan, a change to the higher-ranked rules that claim weeks), a full pass.
 */
function fingerprintOf(
  shape: repo.TaskShape,
  plan: { days: string[]; planned: string[]; dueAt: Date; claimants: readonly Claimant[] },
): string {
  return createHash('sha256').update(JSON.stringify({ shape, plan })).digest('base64url');
}

/** A periodic proactive rule already run: its tasks not planned yet claim their weeks for lower-ranked rules. */
interface Claimant {
  ruleId: number;
  samplingRate: number;
  audience: RuleDefinition['audience'];
  every: number;
  unit: CadenceUnit;
}

/** The claims of the rules run so far on the weeks of `dates` (see `claimedDays`). */
function claimsOn(
  dates: Iterable<string>,
  claimants: readonly Claimant[],
  plan: { calendar: WorkingCalendar; horizon: string; timeZone: string },
): repo.Claim[] {
  const claims: repo.Claim[] = [];
  const weeks = [...new Set([...dates].map(weekStartOf))].filter((week) => addDays(week, 7) > plan.horizon);
  for (const week of weeks.sort()) {
    for (const claimant of claimants) {
      for (const period of periodsBetween(week, addDays(week, 7), claimant.every, claimant.unit)) {
        const { days } = workingDaysOf(period, plan.calendar);
        const range = claimedDays(days, week, plan.horizon);
        if (!range) continue;
        claims.push({
          ruleId: claimant.ruleId,
          sourceKey: `r${claimant.ruleId}:${period.key}`,
          samplingRate: claimant.samplingRate,
          audience: claimant.audience,
          dayCount: days.length,
          ...range,
          weekStart: zonedMoment(week, 0, plan.timeZone),
          weekEnd: zonedMoment(addDays(week, 7), 0, plan.timeZone),
        });
      }
    }
  }
  return claims;
}

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
 * Turns every active rule into its tasks — periodic ones planned up to `planHorizon` (about a working day
 * ahead), event ones open by `asOf` — then marks open tasks past their deadline overdue. Rules run by priority (a
 * visit before a phone call): a lower-ranked rule's task yields under the weekly cap to a higher-ranked one's,
 * made or still to be planned that week.
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
  const today = dateIn(asOf, timeZone);
  const horizon = planHorizon(today, calendar);
  const ctx = { calendar, hours, timeZone, horizon };
  const runStart = await repo.databaseNow(db);
  const marks = await repo.planMarks(db, runStart);
  const claimants: Claimant[] = [];
  let knownTasks = await repo.estimatedTaskCount(db);
  let created = 0;
  for (const rule of rules) {
    const d = rule.definition;
    const base = shapeOf(rule, weeklyCap, timeZone);
    if (d.trigger.kind === 'periodic') {
      if (d.assignee.kind === 'by_severity') continue; // refused when saved; never in the table
      const shape = { ...base, assignee: await resolve(db, d.assignee) };
      for (const period of periodsBetween(today, horizon, d.trigger.every, d.trigger.unit)) {
        const { days, covered } = workingDaysOf(period, calendar);
        const last = days[days.length - 1];
        if (last === undefined) continue; // a few days' period without a working day: nothing to plan
        const planned = days.filter((day) => day < horizon);
        if (!covered)
          warnIfUncovered(
            log,
            { uncoveredYears: [Number(last.slice(0, 4))] },
            `rule ${rule.id} period ${period.key}`,
          );
        const plan = {
          key: period.key,
          days,
          dueAt: zonedMoment(last, 24 * 60, timeZone),
          uncovered: !covered,
          until: zonedMoment(horizon, 0, timeZone),
          claims: d.proactive ? claimsOn(planned, claimants, ctx) : [],
        };
        const fingerprint = fingerprintOf(shape, {
          days,
          planned,
          dueAt: plan.dueAt,
          claimants,
        });
        const mark = marks.get(`${rule.id}|${period.key}`);
        // Planned before with the same inputs: only customers changed since can need a task now.
        const changedSince =
          mark?.fingerprint === fingerprint
            ? new Date(mark.plannedAt.getTime() - CHANGE_MARGIN_MS)
            : undefined;
        const made = await repo.insertPeriodTasks(db, shape, { ...plan, changedSince });
        await repo.markPlanned(db, {
          ruleId: rule.id,
          periodKey: period.key,
          fingerprint,
          plannedAt: runStart,
        });
        // The next rule's weekly-cap count plans better knowing these are there (when they change the table's
        // size noticeably: a first run on an empty table).
        if (made >= ANALYZE_AFTER_TASKS && made >= knownTasks * ANALYZE_AFTER_GROWTH) {
          await repo.analyzeTasks(db);
          knownTasks = await repo.estimatedTaskCount(db);
        }
        created += made;
      }
      if (d.proactive)
        claimants.push({
          ruleId: rule.id,
          samplingRate: d.samplingRate,
          audience: d.audience,
          every: d.trigger.every,
          unit: d.trigger.unit,
        });
    } else {
      created += await generateForEvents(db, rule, d, base, { ...ctx, claimants }, asOf, log);
    }
  }
  const overdue = await repo.markOverdue(db, asOf);
  return { created, overdue };
}

/**
 * The tasks of the active rules that follow one event kind, now: a module that raised such an event (an issue
 * resolved) shows its task at once instead of at the next hourly run. Proactive rules' weekly-cap claims come
 * from the full run only; the rules here are reactive ones.
 */
export async function generateEventTasks(
  db: Kysely<Database>,
  kind: string,
  asOf: Date,
  timeZone: string,
  log: FastifyBaseLogger,
): Promise<{ rules: number; created: number }> {
  const rules = (await listRules(db, { active: true })).filter(
    (r) => r.definition.trigger.kind === 'event' && r.definition.trigger.event === kind,
  );
  if (rules.length === 0) return { rules: 0, created: 0 };
  const [calendar, hours, cap] = await Promise.all([
    loadWorkingCalendar(db),
    loadCompanyHours(db),
    readSetting<number>(db, WEEKLY_CAP_KEY),
  ]);
  const horizon = planHorizon(dateIn(asOf, timeZone), calendar);
  const ctx = { calendar, hours, timeZone, horizon, claimants: [] };
  let created = 0;
  for (const rule of rules) {
    const base = shapeOf(rule, cap ?? DEFAULT_WEEKLY_CAP, timeZone);
    created += await generateForEvents(db, rule, rule.definition, base, ctx, asOf, log);
  }
  return { rules: rules.length, created };
}

async function generateForEvents(
  db: Kysely<Database>,
  rule: RuleRow,
  d: RuleDefinition,
  base: Omit<repo.TaskShape, 'assignee'>,
  ctx: Parameters<typeof eventWindow>[3] & { horizon: string; claimants: readonly Claimant[] },
  asOf: Date,
  log: FastifyBaseLogger,
): Promise<number> {
  if (d.trigger.kind !== 'event') return 0;
  const ahead = d.start.amount < 0 ? maxDays(d.start) : 0; // an event this far ahead may open a task now
  const behind = (d.start.amount > 0 ? maxDays(d.start) : 0) + maxDays(d.within) + CATCH_UP_DAYS;
  const span = eventSpan(
    new Date(asOf.getTime() - behind * DAY_MS),
    new Date(asOf.getTime() + (ahead + 1) * DAY_MS),
    ctx,
  );
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
  if (tasks.length === 0) return 0;
  const claims = d.proactive
    ? claimsOn(
        tasks.map((task) => dateIn(task.startAt, ctx.timeZone)),
        ctx.claimants,
        ctx,
      )
    : [];
  return repo.insertEventTasks(db, shape, d.trigger.event, tasks, claims);
}

/** A span of moments to look for events in, with the first days of the holidays in it. */
function eventSpan(from: Date, to: Date, ctx: { calendar: WorkingCalendar; timeZone: string }) {
  return {
    from,
    to,
    holidays: holidayStarts(dateIn(from, ctx.timeZone), dateIn(to, ctx.timeZone), ctx.calendar),
  };
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

export interface RulePreview {
  /** schedule: the rule's own periods ahead; past_events: what the events of the past days would have made. */
  basis: 'schedule' | 'past_events';
  total: number;
  days: { date: string; tasks: number }[];
  assignees: { assigneeId: number | null; tasks: number }[];
  uncoveredYears: number[];
}

/**
 * What a rule would create over the next `days` days for the current customers (before it is switched on),
 * counted per day and per assignee; nothing is written. An event rule cannot know future events: it shows what
 * the events of the past `days` days would have made.
 */
export async function previewRule(
  db: Kysely<Database>,
  definition: RuleDefinition,
  ruleId: number,
  from: Date,
  days: number,
  timeZone: string,
): Promise<RulePreview> {
  const [calendar, hours, cap] = await Promise.all([
    loadWorkingCalendar(db),
    loadCompanyHours(db),
    readSetting<number>(db, WEEKLY_CAP_KEY),
  ]);
  const base = shapeOf(
    { id: ruleId, version: 0, active: false, preset: null, presetRule: null, definition, updatedAt: from },
    cap ?? DEFAULT_WEEKLY_CAP,
    timeZone,
  );
  const counts: repo.PreviewCount[] = [];
  const uncovered = new Set<number>();
  const today = dateIn(from, timeZone);
  const last = addDays(today, days - 1);
  if (definition.trigger.kind === 'periodic') {
    if (definition.assignee.kind === 'by_severity')
      throw new Error('periodic rules do not assign by severity');
    const shape = { ...base, assignee: await resolve(db, definition.assignee) };
    const { every, unit } = definition.trigger;
    for (const period of periodsBetween(today, addDays(last, 1), every, unit)) {
      const planned = workingDaysOf(period, calendar);
      if (!planned.covered) uncovered.add(Number(period.end.slice(0, 4)));
      if (planned.days.length === 0) continue;
      for (const c of await repo.previewPeriodTasks(db, shape, { key: period.key, days: planned.days })) {
        // A task planned on a day already past opens today; one planned after the window is not counted.
        const day = c.day.localeCompare(today) < 0 ? today : c.day;
        if (day <= last) counts.push({ ...c, day });
      }
    }
    return summarize('schedule', counts, uncovered, true);
  }
  const assignees = await resolveAssignees(db, definition.assignee);
  const shape: repo.TaskShape = { ...base, assignee: assignees.general };
  const ctx = { calendar, hours, timeZone };
  // Holidays are known ahead: their preview is the coming days'; other events', the past days' as a guide.
  const ahead = definition.trigger.event === 'public_holiday';
  const span = ahead
    ? eventSpan(from, new Date(from.getTime() + days * DAY_MS), ctx)
    : eventSpan(new Date(from.getTime() - days * DAY_MS), from, ctx);
  const events = await repo.eventCandidates(
    db,
    shape,
    definition.trigger.event,
    span,
    definition.audience.severities,
  );
  for (const event of events) {
    const window = eventWindow(event.occurredAt, definition.start, definition.within, ctx);
    for (const year of window.uncoveredYears) uncovered.add(year);
    counts.push({ day: dateIn(window.startAt, timeZone), assigneeId: null, tasks: 1 });
  }
  return summarize(ahead ? 'schedule' : 'past_events', counts, uncovered, false);
}

function summarize(
  basis: RulePreview['basis'],
  counts: repo.PreviewCount[],
  uncovered: Set<number>,
  perAssignee: boolean,
): RulePreview {
  const byDay = new Map<string, number>();
  const byAssignee = new Map<number | null, number>();
  for (const c of counts) {
    byDay.set(c.day, (byDay.get(c.day) ?? 0) + c.tasks);
    byAssignee.set(c.assigneeId, (byAssignee.get(c.assigneeId) ?? 0) + c.tasks);
  }
  return {
    basis,
    total: counts.reduce((sum, c) => sum + c.tasks, 0),
    days: [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([date, tasks]) => ({ date, tasks })),
    // Event tasks are assigned customer by customer when they are made; the preview does not guess.
    assignees: !perAssignee
      ? []
      : [...byAssignee]
          .map(([assigneeId, tasks]) => ({ assigneeId, tasks }))
          .sort((a, b) => b.tasks - a.tasks),
    uncoveredYears: [...uncovered].sort(),
  };
}
