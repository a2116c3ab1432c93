import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

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
    .select(['id', 'customer_id', 'assignee_id', 'status', 'type', 'method', 'signature_required'])
    .where('id', '=', taskId)
    .executeTakeFirst();
}

export async function insertRecord(
  trx: Transaction<Database>,
  row: Insertable<Database['followup_records']>,
): Promise<{ id: number; number: string }> {
  return trx.insertInto('followup_records').values(row).returning(['id', 'number']).executeTakeFirstOrThrow();
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
  },
) {
  await trx
    .insertInto('followup_tasks')
    .values({
      customer_id: task.customerId,
      source_key: `record:${task.recordId}`,
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
export async function raiseIssueRequested(
  trx: Transaction<Database>,
  customerId: number,
  recordId: number,
  at: Date,
) {
  await trx
    .insertInto('followup_events')
    .values({
      customer_id: customerId,
      kind: 'issue_requested',
      occurred_at: at,
      ref_type: 'followup_record',
      ref_id: String(recordId),
    })
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
] as const;

export function recordsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('followup_records as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .innerJoin('users as s', 's.id', 'r.staff_id')
    .select(RECORD_COLUMNS)
    .select((eb) => eb('r.signature', 'is not', null).as('signed'));
}
