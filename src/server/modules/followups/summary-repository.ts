import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * The customer's follow-up columns (客户关系维护跟踪总表, table customer_followups): the latest record's time,
 * method, summary, feedback and satisfaction, and the start of the earliest open task. Written as records land and
 * tasks are made.
 */

const SUMMARY_CHARS = 200;
const OPEN = sql`('pending', 'in_progress', 'overdue')`;

export interface LatestFollowup {
  customerId: number;
  contactedAt: Date;
  method: string;
  summary: string | null;
  feedback: string | null;
  satisfaction: number | null;
}

/** A record newer than what the customer shows becomes its latest follow-up. */
export function recordLatestFollowup(db: Kysely<Database>, record: LatestFollowup): Promise<void> {
  return recordLatestFollowups(db, [record]);
}

/** The same for many records in one statement (an import's chunk): each customer's newest one counts. */
export async function recordLatestFollowups(db: Kysely<Database>, records: LatestFollowup[]): Promise<void> {
  if (records.length === 0) return;
  const rows = JSON.stringify(
    records.map((r) => ({
      customer_id: r.customerId,
      at: r.contactedAt.toISOString(),
      method: r.method,
      summary: r.summary?.slice(0, SUMMARY_CHARS) ?? null,
      feedback: r.feedback?.slice(0, SUMMARY_CHARS) ?? null,
      satisfaction: r.satisfaction,
    })),
  );
  await sql`
    insert into customer_followups (customer_id, last_followup_at, last_followup_method, last_followup_summary,
      last_feedback, last_satisfaction)
    select distinct on (x.customer_id) x.customer_id, x.at, x.method, x.summary, x.feedback, x.satisfaction
    from jsonb_to_recordset(${rows}::jsonb) as x(customer_id bigint, at timestamptz, method text, summary text,
      feedback text, satisfaction smallint)
    order by x.customer_id, x.at desc
    on conflict (customer_id) do update set last_followup_at = excluded.last_followup_at,
      last_followup_method = excluded.last_followup_method, last_followup_summary = excluded.last_followup_summary,
      last_feedback = excluded.last_feedback, last_satisfaction = excluded.last_satisfaction
    where customer_followups.last_followup_at is null or customer_followups.last_followup_at <= excluded.last_followup_at
  `.execute(db);
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

/**
 * Inside an INSERT of tasks (`made`: the CTE returning the new tasks' customer_id and start_at): the customers'
 * 下次计划回访时间 moves earlier where a new task starts earlier. New tasks are open, so the earliest open start is
 * the earlier of the two — no look at the customer's other tasks.
 */
export const NEXT_FOLLOWUP_FROM_MADE = sql`
  insert into customer_followups (customer_id, next_followup_at)
  select customer_id, min(start_at) from made group by customer_id
  on conflict (customer_id) do update set next_followup_at = excluded.next_followup_at
    where customer_followups.next_followup_at is null
      or excluded.next_followup_at < customer_followups.next_followup_at`;

/** A merged duplicate's summary goes; the customer that stays keeps its own until its next record or run. */
export async function dropSummary(db: Kysely<Database>, customerId: number): Promise<number> {
  const result = await db
    .deleteFrom('customer_followups')
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
