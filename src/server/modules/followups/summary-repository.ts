import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * The customer's follow-up columns (客户关系维护跟踪总表, table customer_followups): the latest record's time,
 * method, summary, feedback and satisfaction, and the start of the earliest open task. Written as records land and
 * tasks are made.
 */

const SUMMARY_CHARS = 200;
const OPEN = sql`('pending', 'in_progress', 'overdue')`;

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
  const values = {
    last_followup_at: record.contactedAt,
    last_followup_method: record.method,
    last_followup_summary: record.summary?.slice(0, SUMMARY_CHARS) ?? null,
    last_feedback: record.feedback?.slice(0, SUMMARY_CHARS) ?? null,
    last_satisfaction: record.satisfaction,
  };
  await db
    .insertInto('customer_followups')
    .values({ customer_id: record.customerId, ...values })
    .onConflict((oc) =>
      oc
        .column('customer_id')
        .doUpdateSet(values)
        .where((eb) =>
          eb.or([
            eb('customer_followups.last_followup_at', 'is', null),
            eb('customer_followups.last_followup_at', '<=', record.contactedAt),
          ]),
        ),
    )
    .execute();
}

/** 下次计划回访时间 of these customers: the earliest start of their open tasks (null when none is open). */
export async function refreshNextFollowup(db: Kysely<Database>, customerIds: number[]): Promise<void> {
  if (customerIds.length === 0) return;
  await sql`
    insert into customer_followups (customer_id, next_followup_at)
    select c.id, (select min(t.start_at) from followup_tasks t where t.customer_id = c.id and t.status in ${OPEN})
    from unnest(${customerIds}::bigint[]) as c (id)
    on conflict (customer_id) do update set next_followup_at = excluded.next_followup_at
  `.execute(db);
}

/** The same for every customer that got a task since `since` (one statement after a generation run). */
export async function refreshNextFollowupSince(db: Kysely<Database>, since: Date): Promise<number> {
  const result = await sql`
    insert into customer_followups (customer_id, next_followup_at)
    select t.customer_id, min(t.start_at) from followup_tasks t
    where t.status in ${OPEN}
      and t.customer_id in (select customer_id from followup_tasks where created_at >= ${since})
    group by t.customer_id
    on conflict (customer_id) do update set next_followup_at = excluded.next_followup_at
      where customer_followups.next_followup_at is distinct from excluded.next_followup_at
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function databaseNow(db: Kysely<Database>): Promise<Date> {
  const row = await sql<{ now: Date }>`select now() as now`.execute(db);
  return new Date(row.rows[0]?.now as Date);
}

/** A merged duplicate's summary goes; the customer that stays keeps its own until its next record or run. */
export async function dropSummary(db: Kysely<Database>, customerId: number): Promise<number> {
  const result = await db
    .deleteFrom('customer_followups')
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
