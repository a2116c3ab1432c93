import { type Kysely, type SqlBool, sql } from 'kysely';
import { type Cursor, exactTime, keysetAfter, keysetOrderBy } from '../../db/keyset.ts';
import type { Database } from '../../db/schema.ts';
import { inScope, userInScope, type Viewer } from '../customer-access/fragments.ts';

/** On user `u`: one of their roles works follow-ups. */
export const worksFollowups = sql<SqlBool>`exists (select 1 from roles r
  where r.key = any(u.roles) and 'followups.work' = any(r.permissions))`;

/** The viewer's team: the active users in their data scope who work follow-ups (团队视图, 回访日历). */
export function teamMemberIds(viewer: Viewer) {
  return sql<number>`(select u.id from users u
    where u.status = 'active' and ${worksFollowups} and ${userInScope(viewer)})`;
}

export interface TaskFilter {
  customerId?: number;
  assigneeId?: number;
  statuses?: string[];
  dueFrom?: Date;
  dueTo?: Date;
  startFrom?: Date;
  startTo?: Date;
  ruleId?: number;
  /** Only the tasks of the viewer's team (the `viewer` given to the list). */
  team?: boolean;
}

/** A task as lists show it, on task `t` joined to customer `c` and assignee `a`. */
/** What a task's row in a list shows (the worklist sends these); the task itself has `TASK_COLUMNS`. */
export const TASK_LIST_COLUMNS = [
  't.id',
  't.customer_id as customerId',
  'c.code as customerCode',
  'c.name as customerName',
  't.assignee_id as assigneeId',
  'a.display_name as assigneeName',
  't.type',
  't.method',
  't.priority',
  't.status',
  't.start_at as startAt',
  't.due_at as dueAt',
  't.next_attempt_at as nextAttemptAt',
  't.attempts',
  't.failed_attempts as failedAttempts',
  't.end_reason as endReason',
  't.contact_despite_dnc as contactDespiteDnc',
  't.signature_required as signatureRequired',
  't.calendar_uncovered as calendarUncovered',
] as const;

export const TASK_COLUMNS = [
  ...TASK_LIST_COLUMNS,
  't.rule_id as ruleId',
  't.rule_version as ruleVersion',
  't.event_kind as eventKind',
  't.event_at as eventAt',
  't.created_at as createdAt',
  't.completed_at as completedAt',
  't.record_id as recordId',
] as const;

const ORDER = { column: 't.due_at', id: 't.id', desc: false, time: true } as const;

/**
 * Tasks the viewer may see — their own, and those of customers in their data scope — by due time. The
 * customer's name is 秘密 basic information, which everyone who reads customers sees.
 */
export function listTasks(
  db: Kysely<Database>,
  viewer: Viewer,
  filter: TaskFilter,
  page: { limit: number; after?: Cursor },
) {
  let query = db
    .selectFrom('followup_tasks as t')
    .innerJoin('customers as c', 'c.id', 't.customer_id')
    .leftJoin('users as a', 'a.id', 't.assignee_id')
    .select([...TASK_COLUMNS, exactTime('t.due_at').as('dueKey')])
    .where(sql<boolean>`(t.assignee_id = ${viewer.userId} or ${inScope(viewer)})`);
  if (filter.customerId !== undefined) query = query.where('t.customer_id', '=', filter.customerId);
  if (filter.assigneeId !== undefined) query = query.where('t.assignee_id', '=', filter.assigneeId);
  if (filter.ruleId !== undefined) query = query.where('t.rule_id', '=', filter.ruleId);
  if (filter.statuses?.length) query = query.where('t.status', 'in', filter.statuses);
  if (filter.dueFrom) query = query.where('t.due_at', '>=', filter.dueFrom);
  if (filter.dueTo) query = query.where('t.due_at', '<', filter.dueTo);
  if (filter.startFrom) query = query.where('t.start_at', '>=', filter.startFrom);
  if (filter.startTo) query = query.where('t.start_at', '<', filter.startTo);
  if (filter.team) query = query.where(sql<SqlBool>`t.assignee_id in ${teamMemberIds(viewer)}`);
  if (page.after) query = query.where(keysetAfter(ORDER, page.after));
  return query
    .orderBy(keysetOrderBy(ORDER))
    .limit(page.limit + 1)
    .execute();
}

export async function userNames(db: Kysely<Database>, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
