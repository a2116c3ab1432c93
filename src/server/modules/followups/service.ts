import type { Kysely } from 'kysely';
import { addDays, isIsoDate } from '../../../domain/calendar/dates.ts';
import { zonedMoment } from '../../../domain/calendar/hours.ts';
import type { RuleDefinition } from '../../../domain/followups/rules.ts';
import { TASK_STATUSES } from '../../../domain/followups/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { hasAnyPermission, type RequestContext, requirePermission } from '../../http/actor.ts';
import { forbidden, invalid } from '../../http/errors.ts';
import { decodeCursor, pageOf } from '../../http/pagination.ts';
import { resolveDataScope } from '../departments/data-scope.ts';
import { validRuleOrThrow } from '../followup-rules/service.ts';
import { previewRule } from './generation.ts';
import * as repo from './repository.ts';

/** Who works follow-ups or assigns them sees tasks: their own, and their scope's. */
export async function listTasks(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  query: {
    customerId?: number;
    assigneeId?: number;
    ruleId?: number;
    status?: string;
    dueFrom?: string;
    dueTo?: string;
    startFrom?: string;
    startTo?: string;
    team?: boolean;
    limit?: number;
    cursor?: string;
  },
) {
  if (!hasAnyPermission(ctx.actor, ['followups.work', 'followups.assign'])) throw forbidden();
  if (query.team) requirePermission(ctx.actor, 'followups.assign');
  const viewer = { userId: ctx.actor.id, scope: await resolveDataScope(db, ctx.actor) };
  const limit = query.limit ?? 50;
  const filter: repo.TaskFilter = {
    customerId: query.customerId,
    assigneeId: query.assigneeId,
    ruleId: query.ruleId,
    statuses: statusesOf(query.status),
    dueFrom: query.dueFrom ? momentOf(query.dueFrom, timeZone, false) : undefined,
    dueTo: query.dueTo ? momentOf(query.dueTo, timeZone, true) : undefined,
    startFrom: query.startFrom ? momentOf(query.startFrom, timeZone, false) : undefined,
    startTo: query.startTo ? momentOf(query.startTo, timeZone, true) : undefined,
    team: query.team,
  };
  const rows = await repo.listTasks(db, viewer, filter, { limit, after: decodeCursor(query.cursor) });
  const page = pageOf(rows, limit, (row) => ({ v: row.dueKey, id: row.id }));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ dueKey: _, ...row }) => taskJson(row)),
  };
}

type TaskRow = Omit<Awaited<ReturnType<typeof repo.listTasks>>[number], 'dueKey'>;

/** A task row (`repo.TASK_COLUMNS`) as the API answers it. */
export function taskJson<T extends TaskRow>(row: T) {
  return {
    ...row,
    startAt: row.startAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    eventAt: row.eventAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

/** `pending,overdue` → the statuses, each checked. */
function statusesOf(text: string | undefined): string[] | undefined {
  const statuses = text
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = statuses?.find((s) => !(s in TASK_STATUSES));
  if (unknown) {
    throw invalid([
      { field: 'status', zh: `没有“${unknown}”这种任务状态`, en: `${unknown} is not a task status` },
    ]);
  }
  return statuses;
}

/** A date is a day in the company's zone (dueTo and startTo include it); a date-time is that moment. */
function momentOf(text: string, timeZone: string, endOfDay: boolean): Date {
  if (isIsoDate(text)) return zonedMoment(endOfDay ? addDays(text, 1) : text, 0, timeZone);
  return new Date(text);
}

/** The rule editor's preview: what the rule would make over the next days, with the assignees' names. */
export async function preview(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  input: { definition: RuleDefinition; ruleId?: number; days?: number },
) {
  requirePermission(ctx.actor, 'followups.rules');
  const result = await previewRule(
    db,
    validRuleOrThrow(input.definition),
    input.ruleId ?? 0,
    new Date(),
    input.days ?? 30,
    timeZone,
  );
  const names = await repo.userNames(
    db,
    result.assignees.flatMap((a) => (a.assigneeId === null ? [] : [a.assigneeId])),
  );
  return {
    ...result,
    assignees: result.assignees.map((a) => ({
      ...a,
      assigneeName: a.assigneeId === null ? null : (names.get(a.assigneeId) ?? null),
    })),
  };
}
