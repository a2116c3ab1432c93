import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * The customer's follow-up columns (客户关系维护跟踪总表): the latest record's time, method, summary, feedback and
 * satisfaction, and the start of the earliest open task. Written as records land and tasks are made.
 */

const SUMMARY_CHARS = 200;

/** A record newer than what the customer shows becomes its latest follow-up. */
export async function recordLatestFollowup(
  db: Kysely<Database>,
  record: {
    customerId: number;
    contactedAt: Date;
    method: string;
    summary: string | null;
    feedback: string | null;
    satisfaction: number | null;
  },
): Promise<void> {
  await db
    .updateTable('customers')
    .set({
      last_followup_at: record.contactedAt,
      last_followup_method: record.method,
      last_followup_summary: record.summary?.slice(0, SUMMARY_CHARS) ?? null,
      last_feedback: record.feedback?.slice(0, SUMMARY_CHARS) ?? null,
      last_satisfaction: record.satisfaction,
    })
    .where('id', '=', record.customerId)
    .where((eb) =>
      eb.or([eb('last_followup_at', 'is', null), eb('last_followup_at', '<=', record.contactedAt)]),
    )
    .execute();
}

/** 下次计划回访时间 of these customers: the earliest start of their open tasks (null when none is open). */
export async function refreshNextFollowup(db: Kysely<Database>, customerIds: number[]): Promise<void> {
  if (customerIds.length === 0) return;
  await sql`
    update customers c set next_followup_at = (
      select min(t.start_at) from followup_tasks t
      where t.customer_id = c.id and t.status in ('pending', 'in_progress', 'overdue'))
    where c.id = any(${customerIds}::bigint[])
  `.execute(db);
}

/** The same for every customer that got a task since `since` (one statement after a generation run). */
export async function refreshNextFollowupSince(db: Kysely<Database>, since: Date): Promise<number> {
  const result = await sql`
    update customers c set next_followup_at = x.next_at
    from (
      select t.customer_id, min(t.start_at) as next_at from followup_tasks t
      where t.status in ('pending', 'in_progress', 'overdue')
        and t.customer_id in (select customer_id from followup_tasks where created_at >= ${since})
      group by t.customer_id
    ) x
    where c.id = x.customer_id and c.next_followup_at is distinct from x.next_at
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function databaseNow(db: Kysely<Database>): Promise<Date> {
  const row = await sql<{ now: Date }>`select now() as now`.execute(db);
  return new Date(row.rows[0]?.now as Date);
}
