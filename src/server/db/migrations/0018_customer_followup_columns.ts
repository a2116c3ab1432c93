import { type Kysely, sql } from 'kysely';

/**
 * The columns of the seed's 客户关系维护跟踪总表 on the customer (最近回访时间, 回访方式, 回访摘要, 客户反馈,
 * 满意度, 下次计划回访时间), kept current as records land and tasks are made, so lists read them without a
 * sub-query per row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table customers
      add column last_followup_at timestamptz,
      add column last_followup_method text,
      add column last_followup_summary text,
      add column last_feedback text,
      add column last_satisfaction smallint,
      add column next_followup_at timestamptz;
    create index customers_next_followup_idx on customers (next_followup_at) where next_followup_at is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table customers drop column last_followup_at, drop column last_followup_method,
      drop column last_followup_summary, drop column last_feedback, drop column last_satisfaction,
      drop column next_followup_at;
  `.execute(db);
}
