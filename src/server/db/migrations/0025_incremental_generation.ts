import { type Kysely, sql } from 'kysely';

/**
 * Task generation without a pass over every customer on each hourly run:
 * - the unique key of a task leads with `source_key`: a run finds the customers a period already has a task for
 *   in one index range (`source_key = 'r12:m1:2026-12-01'`), instead of probing once per customer;
 * - `followup_plan_marks`: which periods a rule has planned, up to when and with what inputs (the fingerprint);
 *   while those stay the same, a run only looks at customers changed since (`customers.updated_at`, indexed).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create unique index followup_tasks_source_customer_key on followup_tasks (source_key, customer_id)`.execute(
    db,
  );
  await sql`alter table followup_tasks drop constraint followup_tasks_customer_id_source_key_key`.execute(db);
  await sql`create index customers_updated_idx on customers (updated_at)`.execute(db);
  await sql`
    create table followup_plan_marks (
      rule_id bigint not null references followup_rules (id) on delete cascade,
      period_key text not null,
      fingerprint text not null,
      planned_at timestamptz not null,
      primary key (rule_id, period_key)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table followup_plan_marks`.execute(db);
  await sql`drop index customers_updated_idx`.execute(db);
  await sql`alter table followup_tasks add constraint followup_tasks_customer_id_source_key_key unique (customer_id, source_key)`.execute(
    db,
  );
  await sql`drop index followup_tasks_source_customer_key`.execute(db);
}
