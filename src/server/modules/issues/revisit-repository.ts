import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

export async function insertResolvedEvent(
  trx: Transaction<Database>,
  event: { customerId: number; issueId: number; severity: string; at: Date },
): Promise<number> {
  const { id } = await trx
    .insertInto('followup_events')
    .values({
      customer_id: event.customerId,
      kind: 'issue_resolved',
      occurred_at: event.at,
      severity: event.severity,
      ref_type: 'issue',
      ref_id: String(event.issueId),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function taskOfEvent(db: Kysely<Database>, eventId: number) {
  return db
    .selectFrom('followup_tasks')
    .select(['id', 'assignee_id'])
    .where('event_id', '=', eventId)
    .where('event_kind', '=', 'issue_resolved')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** The built-in revisit where no rule follows issue_resolved: a 投诉回访 by phone, high priority. */
export async function insertRevisitTask(
  trx: Transaction<Database>,
  task: {
    customerId: number;
    sourceKey: string;
    assigneeId: number | null;
    startAt: Date;
    dueAt: Date;
    eventId: number;
  },
) {
  return trx
    .insertInto('followup_tasks')
    .values({
      customer_id: task.customerId,
      source_key: task.sourceKey,
      type: 'complaint',
      method: 'phone',
      priority: 'high',
      assignee_id: task.assigneeId,
      start_at: task.startAt,
      due_at: task.dueAt,
      event_kind: 'issue_resolved',
      event_id: task.eventId,
      event_at: task.startAt,
    })
    .onConflict((oc) => oc.columns(['customer_id', 'source_key']).doNothing())
    .returning(['id', 'assignee_id'])
    .executeTakeFirst();
}

export async function reassign(trx: Transaction<Database>, taskId: number, assigneeId: number | null) {
  await trx.updateTable('followup_tasks').set({ assignee_id: assigneeId }).where('id', '=', taskId).execute();
}

export async function assigneeOf(db: Kysely<Database>, taskId: number): Promise<number | null> {
  const row = await db
    .selectFrom('followup_tasks')
    .select('assignee_id')
    .where('id', '=', taskId)
    .executeTakeFirst();
  return row?.assignee_id ?? null;
}

/** The issue a revisit task answers: linked when planned, or found through the issue_resolved event it follows. */
export async function issueOfRevisitTask(db: Kysely<Database>, taskId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('issues')
    .select('id')
    .where('revisit_task_id', '=', taskId)
    .executeTakeFirst();
  if (row) return row.id;
  const viaEvent = await db
    .selectFrom('followup_tasks as t')
    .innerJoin('followup_events as fe', 'fe.id', 't.event_id')
    .select('fe.ref_id')
    .where('t.id', '=', taskId)
    .where('t.event_kind', '=', 'issue_resolved')
    .where('fe.ref_type', '=', 'issue')
    .executeTakeFirst();
  return viaEvent?.ref_id ? Number(viaEvent.ref_id) : undefined;
}

export interface IssueRequest {
  eventId: number;
  kind: 'issue_requested' | 'visit_denied' | 'salesperson_complaint';
  severity: string | null;
  customerId: number;
  customerOwnerId: number | null;
  recordId: number;
  recordNumber: string | null;
  staffId: number;
  method: string;
  contactedAt: Date;
  satisfaction: number | null;
  text: string | null;
}

/** The record's events that ask for an issue and have none yet. */
export async function unopenedRequests(
  trx: Transaction<Database>,
  recordId: number,
): Promise<IssueRequest[]> {
  const rows = await trx
    .selectFrom('followup_events as e')
    .innerJoin('followup_records as r', (join) => join.on('r.id', '=', recordId))
    .innerJoin('customers as c', 'c.id', 'e.customer_id')
    .select([
      'e.id as eventId',
      'e.kind',
      'e.severity',
      'e.customer_id as customerId',
      'c.owner_id as customerOwnerId',
      'r.id as recordId',
      'r.number as recordNumber',
      'r.staff_id as staffId',
      'r.method',
      'r.contacted_at as contactedAt',
      sql<number | null>`least(r.service_satisfaction, r.product_satisfaction)`.as('satisfaction'),
      sql<string | null>`coalesce(r.opinions, r.content, r.key_points, r.result)`.as('text'),
    ])
    .whereRef('e.customer_id', '=', 'r.customer_id') // the customer's index finds the record's events
    .where('e.ref_type', '=', 'followup_record')
    .where('e.ref_id', '=', String(recordId))
    .where('e.kind', 'in', ['issue_requested', 'visit_denied', 'salesperson_complaint'])
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('issues as i').select('i.id').whereRef('i.source_event_id', '=', 'e.id'))),
    )
    .orderBy('e.id')
    .execute();
  return rows as IssueRequest[];
}

/**
 * Resolved issues whose revisit was never planned (the step after the resolving commit failed): a revisit is due
 * (they raised issue_resolved), none is linked, and this round has no 已安排回访 entry. Oldest first, a batch.
 */
export async function unplannedRevisits(db: Kysely<Database>, resolvedBefore: Date, limit: number) {
  const rows = await db
    .selectFrom('issues as i')
    .select(['i.id', 'i.resolved_event_id', 'i.resolved_at'])
    .where('i.status', '=', 'resolved')
    .where('i.resolved_event_id', 'is not', null)
    .where('i.revisit_task_id', 'is', null)
    .where('i.resolved_at', '<', resolvedBefore)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('issue_events as e')
            .select('e.id')
            .whereRef('e.issue_id', '=', 'i.id')
            .whereRef('e.cycle', '=', 'i.cycle')
            .where('e.kind', '=', 'revisit_planned'),
        ),
      ),
    )
    .orderBy('i.resolved_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    eventId: r.resolved_event_id as number,
    resolvedAt: r.resolved_at as Date,
  }));
}

/** Whether this round of the issue has its 已安排回访 entry (the revisit was planned, or none was due). */
export async function revisitPlanned(db: Kysely<Database>, issueId: number, cycle: number): Promise<boolean> {
  const row = await db
    .selectFrom('issue_events')
    .select('id')
    .where('issue_id', '=', issueId)
    .where('cycle', '=', cycle)
    .where('kind', '=', 'revisit_planned')
    .executeTakeFirst();
  return row !== undefined;
}
