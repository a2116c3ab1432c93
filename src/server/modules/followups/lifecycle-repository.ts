import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

const OPEN = ['pending', 'in_progress', 'overdue'] as const;

/**
 * A merged duplicate's tasks move to the customer that stays, except where that customer has a task from the
 * same source (the same rule and period): the duplicate's then stays behind, cancelled if it was open.
 */
export async function mergeTasks(db: Kysely<Database>, duplicateId: number, keepId: number): Promise<number> {
  const moved = await sql`
    update followup_tasks d set customer_id = ${keepId}, updated_at = now()
    where d.customer_id = ${duplicateId}
      and not exists (select 1 from followup_tasks k where k.customer_id = ${keepId} and k.source_key = d.source_key)
  `.execute(db);
  await db
    .updateTable('followup_tasks')
    .set({ status: 'cancelled', updated_at: new Date() })
    .where('customer_id', '=', duplicateId)
    .where('status', 'in', OPEN)
    .execute();
  return Number(moved.numAffectedRows ?? 0);
}

/** A leaving employee's open tasks pass to the successor (离职交接). */
export async function handOverTasks(
  db: Kysely<Database>,
  fromUserId: number,
  toUserId: number,
): Promise<number> {
  const result = await db
    .updateTable('followup_tasks')
    .set({ assignee_id: toUserId, updated_at: new Date() })
    .where('assignee_id', '=', fromUserId)
    .where('status', 'in', OPEN)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Tasks and records point at each other: the link goes first, so that either can be deleted. */
export async function unlinkRecords(db: Kysely<Database>, customerIds: number[]): Promise<void> {
  if (customerIds.length === 0) return;
  await db
    .updateTable('followup_tasks')
    .set({ record_id: null, revisit_of: null })
    .where('customer_id', 'in', customerIds)
    .execute();
}

export async function recordIdsOf(db: Kysely<Database>, customerIds: number[]): Promise<number[]> {
  if (customerIds.length === 0) return [];
  const rows = await db
    .selectFrom('followup_records')
    .select('id')
    .where('customer_id', 'in', customerIds)
    .execute();
  return rows.map((r) => r.id);
}

export async function deleteRecordActions(db: Kysely<Database>, recordIds: number[]): Promise<void> {
  if (recordIds.length === 0) return;
  await db.deleteFrom('followup_record_actions').where('record_id', 'in', recordIds).execute();
}
