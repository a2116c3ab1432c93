import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import { type Cursor, exactTime, keysetAfter, keysetOrderBy } from '../../db/keyset.ts';
import type { Database } from '../../db/schema.ts';
import { inScope, userInScope, type Viewer } from '../customer-access/fragments.ts';

/** HF + yyyymmdd + a four-digit sequence of the day, drawn inside the caller's transaction. */
export async function nextRecordNumber(trx: Transaction<Database>, day: string): Promise<string> {
  const { last } = await trx
    .insertInto('followup_record_counters')
    .values({ day, last: 1 })
    .onConflict((oc) => oc.column('day').doUpdateSet({ last: sql`followup_record_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return `HF${day.replaceAll('-', '')}${String(last).padStart(4, '0')}`;
}

export function findTask(db: Kysely<Database>, taskId: number) {
  return db
    .selectFrom('followup_tasks')
    .select([
      'id',
      'customer_id',
      'assignee_id',
      'status',
      'type',
      'method',
      'signature_required',
      'event_id',
      'revisit_round',
      'revisit_of',
    ])
    .where('id', '=', taskId)
    .executeTakeFirst();
}

export async function insertRecord(
  trx: Transaction<Database>,
  row: Insertable<Database['followup_records']>,
): Promise<{ id: number }> {
  return trx.insertInto('followup_records').values(row).returning(['id']).executeTakeFirstOrThrow();
}

/** Gives a record inserted in this transaction its HF number from the day's counter. */
export async function numberRecord(
  trx: Transaction<Database>,
  recordId: number,
  day: string,
): Promise<string> {
  const number = await nextRecordNumber(trx, day);
  await trx.updateTable('followup_records').set({ number }).where('id', '=', recordId).execute();
  return number;
}

/** The task is done with this record (完成); an open task only. */
export async function completeTask(trx: Transaction<Database>, taskId: number, recordId: number, at: Date) {
  const result = await trx
    .updateTable('followup_tasks')
    .set({ status: 'done', record_id: recordId, completed_at: at, updated_at: at, next_attempt_at: null })
    .where('id', '=', taskId)
    .where('status', 'in', ['pending', 'in_progress', 'overdue'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The next follow-up a record asks for, as a task of its own (one per record). */
export async function insertNextTask(
  trx: Transaction<Database>,
  task: {
    customerId: number;
    recordId: number;
    type: string;
    method: string;
    assigneeId: number;
    startAt: Date;
    dueAt: Date;
    signatureRequired: boolean;
  },
) {
  await trx
    .insertInto('followup_tasks')
    .values({
      customer_id: task.customerId,
      source_key: `record:${task.recordId}`,
      signature_required: task.signatureRequired,
      type: task.type,
      method: task.method,
      assignee_id: task.assigneeId,
      start_at: task.startAt,
      due_at: task.dueAt,
    })
    .onConflict((oc) => oc.columns(['customer_id', 'source_key']).doNothing())
    .execute();
}

/** 差/很差 or a complaint: an event the issues module will turn into an issue. */
export function raiseIssueRequested(
  trx: Transaction<Database>,
  customerId: number,
  recordId: number,
  at: Date,
) {
  return raiseEvent(trx, customerId, 'issue_requested', recordId, at, null);
}

/** An event raised by a record, for the rules and the issues module (followup_events). */
export async function raiseEvent(
  trx: Transaction<Database>,
  customerId: number,
  kind: string,
  recordId: number,
  at: Date,
  severity: 'general' | 'urgent' | 'major' | null,
) {
  await trx
    .insertInto('followup_events')
    .values({
      customer_id: customerId,
      kind,
      occurred_at: at,
      severity,
      ref_type: 'followup_record',
      ref_id: String(recordId),
    })
    .execute();
}

/** Who made a logged sales visit (外勤单): the staff member named on it, else who logged it. */
export async function salespersonOfVisit(
  db: Kysely<Database>,
  serviceEventId: number,
): Promise<number | null> {
  const row = await db
    .selectFrom('service_events')
    .select(['staff_id', 'created_by'])
    .where('id', '=', serviceEventId)
    .executeTakeFirst();
  return row ? (row.staff_id ?? row.created_by) : null;
}

export async function eventSeverity(db: Kysely<Database>, eventId: number): Promise<string | null> {
  const row = await db
    .selectFrom('followup_events')
    .select('severity')
    .where('id', '=', eventId)
    .executeTakeFirst();
  return row?.severity ?? null;
}

/** A task a record makes (a revisit, a visit); undefined when its source already made one. */
export async function insertTask(
  trx: Transaction<Database>,
  task: {
    customerId: number;
    sourceKey: string;
    type: string;
    method: string;
    assigneeId: number;
    startAt: Date;
    dueAt: Date;
    revisitRound: number | null;
    revisitOf: number | null;
  },
): Promise<number | null> {
  const row = await trx
    .insertInto('followup_tasks')
    .values({
      customer_id: task.customerId,
      source_key: task.sourceKey,
      type: task.type,
      method: task.method,
      assignee_id: task.assigneeId,
      start_at: task.startAt,
      due_at: task.dueAt,
      revisit_round: task.revisitRound,
      revisit_of: task.revisitOf,
    })
    .onConflict((oc) => oc.columns(['customer_id', 'source_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The record an action is taken from, with its customer's account manager. */
export function findRecordSubject(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('followup_records as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .select(['r.id', 'r.customer_id', 'r.staff_id', 'c.owner_id'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function insertAction(
  trx: Transaction<Database>,
  action: { recordId: number; kind: string; note: string | null; taskId: number | null; createdBy: number },
): Promise<number> {
  const row = await trx
    .insertInto('followup_record_actions')
    .values({
      record_id: action.recordId,
      kind: action.kind,
      note: action.note,
      task_id: action.taskId,
      created_by: action.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listActions(db: Kysely<Database>, recordId: number) {
  return db
    .selectFrom('followup_record_actions as a')
    .innerJoin('users as u', 'u.id', 'a.created_by')
    .select([
      'a.id',
      'a.kind',
      'a.note',
      'a.task_id as taskId',
      'u.display_name as byName',
      'a.created_at as createdAt',
    ])
    .where('a.record_id', '=', recordId)
    .orderBy('a.id')
    .execute();
}

const RECORD_COLUMNS = [
  'r.id',
  'r.number',
  'r.task_id as taskId',
  'r.customer_id as customerId',
  'c.name as customerName',
  'r.contact_name as contactName',
  'r.staff_id as staffId',
  's.display_name as staffName',
  'r.method',
  'r.contacted_at as contactedAt',
  'r.duration_minutes as durationMinutes',
  'r.purpose',
  'r.answers',
  'r.service_satisfaction as serviceSatisfaction',
  'r.product_satisfaction as productSatisfaction',
  'r.opinions',
  'r.countermeasures',
  'r.key_points as keyPoints',
  'r.content',
  'r.result',
  'r.action_items as actionItems',
  'r.promised_reply_at as promisedReplyAt',
  'r.next_followup_on as nextFollowupOn',
  'r.next_followup_content as nextFollowupContent',
  'r.complaint',
  'r.issue_requested as issueRequested',
  'r.imported',
  'r.review_status as reviewStatus',
  'r.created_at as createdAt',
  'r.late_entry as lateEntry',
  'r.review_due_at as reviewDueAt',
  'rv.display_name as reviewedByName',
  'r.reviewed_at as reviewedAt',
  'r.review_comment as reviewComment',
  'r.returned_count as returnedCount',
  'r.updated_at as updatedAt',
  'r.resolved',
  'r.verification_result as verificationResult',
  'r.salesperson_id as salespersonId',
  'sp.display_name as salespersonName',
  'r.salesperson_rating as salespersonRating',
  'r.salesperson_complaint as salespersonComplaint',
] as const;

export function recordsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('followup_records as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .innerJoin('users as s', 's.id', 'r.staff_id')
    .leftJoin('users as rv', 'rv.id', 'r.reviewed_by')
    .leftJoin('users as sp', 'sp.id', 'r.salesperson_id')
    .select(RECORD_COLUMNS)
    .select((eb) => eb('r.signature', 'is not', null).as('signed'));
}

export interface RecordFilter {
  customerId?: number;
  staffId?: number;
  reviewStatus?: string;
  method?: string;
  from?: Date;
  to?: Date;
  /** Rated 差 or 很差 (service or product). */
  poor?: boolean;
  issueRequested?: boolean;
  reviewOverdue?: boolean;
  verification?: string;
  salespersonId?: number;
  now: Date;
}

const LIST_ORDER = { column: 'r.contacted_at', id: 'r.id', desc: true, time: true } as const;

/** Records the viewer may read — their own, and those of customers in their data scope — newest first. */
export function listRecords(
  db: Kysely<Database>,
  viewer: Viewer,
  filter: RecordFilter,
  page: { limit: number; after?: Cursor },
) {
  let query = recordsQuery(db)
    .select(exactTime('r.contacted_at').as('orderKey'))
    .where(sql<boolean>`(r.staff_id = ${viewer.userId} or ${inScope(viewer)})`);
  if (filter.customerId !== undefined) query = query.where('r.customer_id', '=', filter.customerId);
  if (filter.staffId !== undefined) query = query.where('r.staff_id', '=', filter.staffId);
  if (filter.reviewStatus) query = query.where('r.review_status', '=', filter.reviewStatus);
  if (filter.method) query = query.where('r.method', '=', filter.method);
  if (filter.from) query = query.where('r.contacted_at', '>=', filter.from);
  if (filter.to) query = query.where('r.contacted_at', '<', filter.to);
  if (filter.poor) {
    query = query.where((eb) =>
      eb.or([eb('r.service_satisfaction', '<=', 2), eb('r.product_satisfaction', '<=', 2)]),
    );
  }
  if (filter.issueRequested !== undefined)
    query = query.where('r.issue_requested', '=', filter.issueRequested);
  if (filter.reviewOverdue) {
    query = query.where('r.review_status', '<>', 'approved').where('r.review_due_at', '<', filter.now);
  }
  if (filter.verification) query = query.where('r.verification_result', '=', filter.verification);
  if (filter.salespersonId !== undefined) query = query.where('r.salesperson_id', '=', filter.salespersonId);
  if (page.after) query = query.where(keysetAfter(LIST_ORDER, page.after));
  return query
    .orderBy(keysetOrderBy(LIST_ORDER))
    .limit(page.limit + 1)
    .execute();
}

export async function updateRecord(
  trx: Transaction<Database>,
  id: number,
  values: Updateable<Database['followup_records']>,
) {
  await trx.updateTable('followup_records').set(values).where('id', '=', id).execute();
}

export function findRecordForUpdate(trx: Transaction<Database>, id: number) {
  return trx
    .selectFrom('followup_records')
    .select([
      'id',
      'number',
      'staff_id',
      'customer_id',
      'review_status',
      'method',
      'task_id',
      'issue_requested',
    ])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Whether a user works within the viewer's data scope (their own department and below, or everyone). */
export async function userInViewerScope(
  db: Kysely<Database>,
  viewer: Viewer,
  userId: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('users as u')
    .select('u.id')
    .where('u.id', '=', userId)
    .where(userInScope(viewer))
    .executeTakeFirst();
  return row !== undefined;
}
