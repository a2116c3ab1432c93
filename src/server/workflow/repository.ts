import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Step, WorkflowKey } from '../../domain/workflow/chains.ts';
import type { Action, Status } from '../../domain/workflow/machine.ts';
import { cursorTime, exactTime } from '../db/keyset.ts';
import type { Database } from '../db/schema.ts';
import type { Cursor } from '../http/pagination.ts';

function approvals(db: Kysely<Database>) {
  return db
    .selectFrom('approvals as a')
    .leftJoin('users as ru', 'ru.id', 'a.requester_id')
    .select([
      'a.id',
      'a.workflow',
      'a.subject_id',
      'a.level',
      'a.requester_id',
      'ru.department_id as requester_department_id',
      sql<Step[]>`a.chain`.as('chain'),
      'a.step',
      sql<Status>`a.status`.as('status'),
      'a.open_key',
      'a.due_at',
      'a.created_at',
      exactTime('a.created_at').as('created_key'),
      'a.closed_at',
    ]);
}

export type ApprovalRow = NonNullable<Awaited<ReturnType<typeof findApproval>>>;

/** The approval of one request; `lock` holds it until the caller's transaction ends. */
export function findApproval(db: Kysely<Database>, workflow: WorkflowKey, subjectId: number, lock = false) {
  const query = approvals(db).where('a.workflow', '=', workflow).where('a.subject_id', '=', subjectId);
  return (lock ? query.forUpdate('a') : query).executeTakeFirst();
}

export async function insertApproval(
  db: Kysely<Database>,
  approval: {
    workflow: WorkflowKey;
    subjectId: number;
    level: string;
    requesterId: number | null;
    chain: Step[];
    openKey?: string;
    expireAfterDays: number | null;
  },
): Promise<number> {
  const row = await db
    .insertInto('approvals')
    .values({
      workflow: approval.workflow,
      subject_id: approval.subjectId,
      level: approval.level,
      requester_id: approval.requesterId,
      chain: JSON.stringify(approval.chain),
      open_key: approval.openKey ?? null,
      due_at:
        approval.expireAfterDays === null
          ? null
          : sql<Date>`now() + make_interval(days => ${approval.expireAfterDays})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Moves an approval from where it was read to where the machine says; false when another decision came first. */
export async function moveApproval(
  db: Kysely<Database>,
  id: number,
  from: { status: Status; step: number },
  to: { status: Status; step: number },
): Promise<boolean> {
  const result = await db
    .updateTable('approvals')
    .set({
      status: to.status,
      step: to.step,
      closed_at: to.status === from.status ? null : sql<Date>`now()`,
    })
    .where('id', '=', id)
    .where('status', '=', from.status)
    .where('step', '=', from.step)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertDecision(
  db: Kysely<Database>,
  decision: {
    approvalId: number;
    step: number;
    stepKey: string;
    action: Action;
    decidedBy: number | null;
    comment: string | null;
  },
) {
  await db
    .insertInto('approval_decisions')
    .values({
      approval_id: decision.approvalId,
      step: decision.step,
      step_key: decision.stepKey,
      action: decision.action,
      decided_by: decision.decidedBy,
      comment: decision.comment,
    })
    .execute();
}

export type DecisionRow = Awaited<ReturnType<typeof decisionsOf>>[number];

/** Every decision on these approvals, oldest first, with the decider's name. */
export function decisionsOf(db: Kysely<Database>, approvalIds: number[]) {
  return db
    .selectFrom('approval_decisions as d')
    .leftJoin('users as u', 'u.id', 'd.decided_by')
    .select([
      'd.approval_id',
      'd.step',
      'd.step_key',
      sql<Action>`d.action`.as('action'),
      'u.display_name as decided_by_name',
      'd.comment',
      'd.decided_at',
    ])
    .where('d.approval_id', 'in', approvalIds.length > 0 ? approvalIds : [-1])
    .orderBy('d.id')
    .execute();
}

/** The pending approval holding this open key (a user's role change waiting for the executive), locked. */
export function findOpen(db: Kysely<Database>, workflow: WorkflowKey, openKey: string) {
  return approvals(db)
    .where('a.workflow', '=', workflow)
    .where('a.open_key', '=', openKey)
    .where('a.status', '=', 'pending')
    .forUpdate('a')
    .executeTakeFirst();
}

/** Ends every pending request past its deadline, with a decision by nobody; returns how many. */
export async function expireOverdue(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    with expired as (
      update approvals set status = 'expired', closed_at = now()
       where status = 'pending' and due_at is not null and due_at <= now()
      returning id, step, chain)
    insert into approval_decisions (approval_id, step, step_key, action)
    select id, step, chain -> step ->> 'key', 'expire' from expired
    returning approval_id as id`.execute(db);
  return rows.length;
}

/** Who may decide a step, as SQL over the step's JSON (`s`) and the approval `a` with its requester `ru`. */
export interface ApproverSql {
  id: number;
  permissions: string[];
  departmentId: number | null;
  scope: 'all' | number[] | 'none';
  /** With a customer reach: whether the approval's customer is within the approver's scope. */
  customerInScope?: RawBuilder<SqlBool>;
}

function decides(step: RawBuilder<unknown>, approver: ApproverSql): RawBuilder<SqlBool> {
  const requester =
    approver.scope === 'all'
      ? sql`true`
      : approver.scope === 'none'
        ? sql`false`
        : sql`ru.department_id = any(${approver.scope}::bigint[])`;
  return sql<SqlBool>`((${step} ->> 'permission') = any(${approver.permissions}::text[]) and
    case ${step} ->> 'reach'
      when 'company' then true
      when 'requester' then ${requester}
      when 'department' then (${step} ->> 'departmentId')::bigint is not distinct from ${approver.departmentId}::bigint
      when 'customer' then ${approver.customerInScope ?? sql`false`}
      else false end)`;
}

export interface ApprovalFilter {
  statuses?: Status[];
  requesterId?: number;
  /** Only those whose current step (to approve) or some step (all within reach) this approver decides. */
  approver?: ApproverSql & { which: 'current' | 'any' };
}

/** A page of approvals of one workflow, newest first, keyset-paged on (created_at, id). */
export function listApprovals(
  db: Kysely<Database>,
  workflow: WorkflowKey,
  filter: ApprovalFilter,
  page: { limit: number; after?: Cursor },
) {
  let query = approvals(db).where('a.workflow', '=', workflow);
  if (filter.statuses) query = query.where('a.status', 'in', filter.statuses);
  if (filter.requesterId !== undefined) query = query.where('a.requester_id', '=', filter.requesterId);
  const approver = filter.approver;
  if (approver?.which === 'current') {
    query = query
      .where(decides(sql`(a.chain -> a.step)`, approver))
      .where(sql<SqlBool>`a.requester_id is distinct from ${approver.id}::bigint`);
  }
  if (approver?.which === 'any') {
    query = query.where(
      sql<SqlBool>`exists (select 1 from jsonb_array_elements(a.chain) as s(step) where ${decides(sql`s.step`, approver)})`,
    );
  }
  if (page.after) {
    query = query.where(
      sql<SqlBool>`(a.created_at, a.id) < (${cursorTime(page.after.v)}, ${page.after.id}::bigint)`,
    );
  }
  return query.orderBy('a.created_at', 'desc').orderBy('a.id', 'desc').limit(page.limit).execute();
}

/** The approvals of these requests (for a module that lists its own way, e.g. role changes' recent list). */
export function approvalsOf(db: Kysely<Database>, workflow: WorkflowKey, subjectIds: number[]) {
  return approvals(db)
    .where('a.workflow', '=', workflow)
    .where('a.subject_id', 'in', subjectIds.length > 0 ? subjectIds : [-1])
    .execute();
}

/** Removes the approvals (and their decisions) of requests whose rows are being deleted. */
export async function deleteApprovals(db: Kysely<Database>, workflow: WorkflowKey, subjectIds: number[]) {
  if (subjectIds.length === 0) return;
  await db
    .deleteFrom('approvals')
    .where('workflow', '=', workflow)
    .where('subject_id', 'in', subjectIds)
    .execute();
}
