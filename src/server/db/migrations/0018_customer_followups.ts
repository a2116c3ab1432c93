import { type Kysely, sql } from 'kysely';

/**
 * The columns of the seed's 客户关系维护跟踪总表 for each customer (最近回访时间, 回访方式, 回访摘要, 客户反馈,
 * 满意度, 下次计划回访时间), kept current as records land and tasks are made, so lists join them by key instead
 * of a sub-query per row. A table of their own: writing them into customers rewrote every customer row (and
 * every index of the table) after each generation run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table customer_followups (
      customer_id bigint primary key references customers (id),
      last_followup_at timestamptz,
      last_followup_method text,
      last_followup_summary text,
      last_feedback text,
      last_satisfaction smallint,
      next_followup_at timestamptz
    );
    create index customer_followups_next_idx on customer_followups (next_followup_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table customer_followups`.execute(db);
}
