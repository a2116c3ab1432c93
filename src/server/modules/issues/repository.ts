import { type Insertable, type Kysely, type SqlBool, sql, type Transaction, type Updateable } from 'kysely';
import { issueNumber } from '../../../domain/issues/numbering.ts';
import type { SlaPolicy } from '../../../domain/issues/sla.ts';
import { cursorTime } from '../../db/keyset.ts';
import type { Database, IssueEventsTable, IssuesTable } from '../../db/schema.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { Viewer } from '../customer-access/fragments.ts';
import { scopeCondition } from '../departments/data-scope.ts';
import { nearestWithRole } from './escalation-repository.ts';

/** WT + yyyymm + the month's next sequence, from the month's counter row inside the caller's transaction. */
export async function nextIssueNumber(trx: Transaction<Database>, month: string): Promise<string> {
  const { last } = await trx
    .insertInto('issue_counters')
    .values({ month, last: 1 })
    .onConflict((oc) => oc.column('month').doUpdateSet({ last: sql`issue_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return issueNumber(month, last);
}

export interface PolicyRow extends SlaPolicy {
  id: number;
}

export async function loadPolicies(db: Kysely<Database>): Promise<PolicyRow[]> {
  const rows = await db
    .selectFrom('sla_policies')
    .selectAll()
    .orderBy('urgency')
    .orderBy('category')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    urgency: r.urgency as SlaPolicy['urgency'],
    category: r.category,
    clock: r.clock as SlaPolicy['clock'],
    firstResponseHours: Number(r.first_response_hours),
    solutionHours: Number(r.solution_hours),
    remindBeforeMinutes: r.remind_before_minutes,
    departmentHeadAfterHours: Number(r.department_head_after_hours),
    notifySupervisorAtCreation: r.notify_supervisor_at_creation,
    escalateOffHours: r.escalate_off_hours,
    planApproval: r.plan_approval,
  }));
}

export async function replacePolicies(trx: Transaction<Database>, policies: SlaPolicy[], by: number) {
  await trx.deleteFrom('sla_policies').execute();
  await trx
    .insertInto('sla_policies')
    .values(
      policies.map((p) => ({
        urgency: p.urgency,
        category: p.category,
        clock: p.clock,
        first_response_hours: p.firstResponseHours,
        solution_hours: p.solutionHours,
        remind_before_minutes: p.remindBeforeMinutes,
        department_head_after_hours: p.departmentHeadAfterHours,
        notify_supervisor_at_creation: p.notifySupervisorAtCreation,
        escalate_off_hours: p.escalateOffHours,
        plan_approval: p.planApproval,
        updated_by: by,
      })),
    )
    .execute();
}

export async function insertIssue(
  trx: Transaction<Database>,
  values: Insertable<IssuesTable>,
): Promise<number> {
  const { id } = await trx.insertInto('issues').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export type NewIssueEvent = Insertable<IssueEventsTable>;

export async function insertEvents(trx: Transaction<Database>, events: NewIssueEvent[]): Promise<void> {
  if (events.length === 0) return;
  await trx.insertInto('issue_events').values(events).execute();
}

/** The issue's row, locked for a change in the caller's transaction. */
export function lockIssue(trx: Transaction<Database>, id: number) {
  return trx.selectFrom('issues').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export type IssueRow = NonNullable<Awaited<ReturnType<typeof lockIssue>>>;

export async function updateIssue(trx: Transaction<Database>, id: number, values: Updateable<IssuesTable>) {
  await trx
    .updateTable('issues')
    .set({ ...values, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Who answers for a user's work: their supervisor, else the nearest 客服主管 of their department or above it. */
export async function supervisorOf(db: Kysely<Database>, userId: number): Promise<number | null> {
  const row = await db
    .selectFrom('users as u')
    .select([
      'u.supervisor_id',
      nearestWithRole(sql`u.department_id`, 'supervisor', sql`u.id`).as('department_supervisor'),
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return row?.supervisor_id ?? row?.department_supervisor ?? null;
}

/** The supervisor who hears of an urgent issue: its owner when they are one, else the owner's supervisor. */
export async function supervisingOwner(db: Kysely<Database>, ownerId: number): Promise<number | null> {
  const owner = await db.selectFrom('users').select('roles').where('id', '=', ownerId).executeTakeFirst();
  return owner?.roles.includes('supervisor') ? ownerId : supervisorOf(db, ownerId);
}

export async function departmentOf(db: Kysely<Database>, userId: number): Promise<number | null> {
  const row = await db
    .selectFrom('users')
    .select('department_id')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.department_id ?? null;
}

export async function activeUserExists(db: Kysely<Database>, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}

export async function departmentExists(db: Kysely<Database>, id: number): Promise<boolean> {
  return (
    (await db.selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

/** The customer's account manager and service agent. */
export function customerPeople(db: Kysely<Database>, customerId: number) {
  return db
    .selectFrom('customers')
    .select(['id', 'owner_id', 'agent_id'])
    .where('id', '=', customerId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/**
 * The issues a viewer sees: those of customers in their data scope, those they own, registered or are at fault
 * for, and (department scope) those of their departments.
 */
export function issueInScope(viewer: Viewer) {
  const people = scopeCondition(viewer.scope, ['i.owner_id', 'i.registered_by', 'c.owner_id', 'c.agent_id']);
  if (viewer.scope.kind !== 'department') return people;
  return sql<SqlBool>`(${people} or i.department_id = any(${viewer.scope.departmentIds}))`;
}

export interface IssueFilter {
  status?: string[];
  urgency?: string[];
  category?: string;
  departmentId?: number;
  ownerId?: number;
  customerId?: number;
  /** Open and past a deadline. */
  breaching?: boolean;
  q?: string;
}

const LIST_COLUMNS = [
  'i.id',
  'i.number',
  'i.customer_id',
  'c.code as customer_code',
  'c.name as customer_name',
  'i.channel',
  'i.anonymous',
  'i.reporter_name',
  'i.reply_only',
  'i.category',
  'i.description',
  'i.urgency',
  'i.raised_at',
  'i.created_at',
  'i.expected_resolution_at',
  'i.department_id',
  'd.name as department_name',
  'i.owner_id',
  'o.display_name as owner_name',
  'i.status',
  'i.first_response_at',
  'i.first_response_due_at',
  'i.solution_due_at',
  'i.promised_reply_at',
  'i.promised_reply_met_at',
  'i.clock',
  'i.paused_at',
  'i.cycle',
  'i.resolved_at',
  'i.closed_at',
  'i.satisfaction',
  'i.duplicate_of_id',
  'i.version',
] as const;

function issuesFrom(db: Kysely<Database>) {
  return db
    .selectFrom('issues as i')
    .leftJoin('customers as c', 'c.id', 'i.customer_id')
    .leftJoin('departments as d', 'd.id', 'i.department_id')
    .innerJoin('users as o', 'o.id', 'i.owner_id');
}

/** The highest escalation step taken in the issue's current cycle. */
export const escalationLevel = sql<string | null>`(select e.step from issue_events e
  where e.issue_id = i.id and e.kind = 'escalation' and e.cycle = i.cycle
  order by case e.step when 'department_head' then 3 when 'supervisor' then 2 else 1 end desc limit 1)`;

export async function listIssues(
  db: Kysely<Database>,
  viewer: Viewer,
  filter: IssueFilter,
  page: { limit: number; after: Cursor | null; now: Date },
) {
  let query = issuesFrom(db)
    .select(LIST_COLUMNS)
    .select(escalationLevel.as('escalation_level'))
    .where(issueInScope(viewer));
  if (filter.status?.length) query = query.where('i.status', 'in', filter.status);
  if (filter.urgency?.length) query = query.where('i.urgency', 'in', filter.urgency);
  if (filter.category) query = query.where('i.category', '=', filter.category);
  if (filter.departmentId) query = query.where('i.department_id', '=', filter.departmentId);
  if (filter.ownerId) query = query.where('i.owner_id', '=', filter.ownerId);
  if (filter.customerId) query = query.where('i.customer_id', '=', filter.customerId);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('i.number', '=', filter.q as string),
        eb('i.description', 'like', like),
        eb('c.name', 'like', like),
      ]),
    );
  }
  if (filter.breaching) {
    query = query.where('i.status', 'in', ['pending', 'in_progress']).where(
      sql<SqlBool>`(i.solution_due_at < coalesce(i.paused_at, ${page.now})
          or (i.first_response_at is null and i.first_response_due_at < coalesce(i.paused_at, ${page.now}))
          or (i.promised_reply_met_at is null and i.promised_reply_at < ${page.now}))`,
    );
  }
  if (page.after) {
    query = query.where(
      sql<SqlBool>`(i.raised_at, i.id) < (${cursorTime(page.after.v)}, ${page.after.id}::bigint)`,
    );
  }
  return query
    .orderBy('i.raised_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

export type IssueListRow = Awaited<ReturnType<typeof listIssues>>[number];

export function findIssue(db: Kysely<Database>, viewer: Viewer, id: number) {
  return issuesFrom(db)
    .leftJoin('users as r', 'r.id', 'i.registered_by')
    .leftJoin('users as f', 'f.id', 'i.at_fault_user_id')
    .select(LIST_COLUMNS)
    .select(escalationLevel.as('escalation_level'))
    .select([
      'i.reporter_phone',
      'i.validity',
      'i.validity_reply',
      'i.responsibility',
      'i.at_fault_user_id',
      'f.display_name as at_fault_user_name',
      'i.root_cause',
      'i.solution',
      'i.no_action_reason',
      'i.record_id',
      (eb) =>
        eb
          .selectFrom('followup_records as sr')
          .select('sr.number')
          .whereRef('sr.id', '=', 'i.record_id')
          .as('record_number'),
      'i.revisit_task_id',
      'i.registered_by',
      'r.display_name as registered_by_name',
    ])
    .select(sql<boolean>`${issueInScope(viewer)}`.as('in_scope'))
    .where('i.id', '=', id)
    .executeTakeFirst();
}

export type IssueDetailRow = NonNullable<Awaited<ReturnType<typeof findIssue>>>;

export function timeline(db: Kysely<Database>, issueId: number) {
  return db
    .selectFrom('issue_events as e')
    .leftJoin('users as a', 'a.id', 'e.actor_id')
    .leftJoin('users as r', 'r.id', 'e.recipient_id')
    .select([
      'e.id',
      'e.kind',
      'e.from_status',
      'e.to_status',
      'e.deadline',
      'e.step',
      'e.cycle',
      'e.note',
      'e.recipient_id',
      'r.display_name as recipient_name',
      'e.actor_id',
      'a.display_name as actor_name',
      'e.details',
      'e.at',
    ])
    .where('e.issue_id', '=', issueId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

/** The issue's post-resolution revisits: the tasks of the issue_resolved events it raised, one per resolution. */
export function revisitTasks(db: Kysely<Database>, issue: { id: number; customerId: number | null }) {
  return db
    .selectFrom('followup_events as fe')
    .innerJoin('followup_tasks as t', (join) =>
      join.onRef('t.event_id', '=', 'fe.id').on('t.event_kind', '=', 'issue_resolved'),
    )
    .leftJoin('users as u', 'u.id', 't.assignee_id')
    .leftJoin('followup_records as r', 'r.id', 't.record_id')
    .select([
      't.id',
      't.type',
      't.status',
      't.assignee_id',
      'u.display_name as assignee_name',
      't.due_at',
      't.record_id',
      'r.number as record_number',
      'r.service_satisfaction',
    ])
    .where('fe.customer_id', '=', issue.customerId ?? -1)
    .where('fe.kind', '=', 'issue_resolved')
    .where('fe.ref_type', '=', 'issue')
    .where('fe.ref_id', '=', String(issue.id))
    .orderBy('t.id')
    .execute();
}

/** A merge: the duplicate's issues belong to the customer that stays. */
export async function moveIssues(db: Kysely<Database>, fromCustomerId: number, toCustomerId: number) {
  const result = await db
    .updateTable('issues')
    .set({ customer_id: toCustomerId })
    .where('customer_id', '=', fromCustomerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A destruction: the customers' issues go, with their timelines. */
export async function deleteIssues(db: Kysely<Database>, customerIds: number[]) {
  if (customerIds.length === 0) return 0;
  const ids = db.selectFrom('issues').select('id').where('customer_id', 'in', customerIds);
  await db.deleteFrom('issue_events').where('issue_id', 'in', ids).execute();
  await db.deleteFrom('open_letter_issues').where('issue_id', 'in', ids).execute();
  // Another customer's report that joined one of these stays, as an issue of its own again.
  await db.updateTable('issues').set({ duplicate_of_id: null }).where('duplicate_of_id', 'in', ids).execute();
  const result = await db.deleteFrom('issues').where('customer_id', 'in', customerIds).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** 离职交接: a leaver's open issues pass to the successor. */
export async function handOverIssues(db: Kysely<Database>, fromUserId: number, toUserId: number) {
  const result = await db
    .updateTable('issues')
    .set({ owner_id: toUserId, updated_at: new Date() })
    .where('owner_id', '=', fromUserId)
    .where('status', 'in', ['pending', 'in_progress', 'resolved'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
