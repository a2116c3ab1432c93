import { type Kysely, sql } from 'kysely';

/**
 * Contact attempts (SPEC §3.4: 未接通, 忙线, 号码错误, 拒访, 约定回拨; 已接通 with a record). Each keeps the hour of
 * the day it was made, in the company's zone, so that a customer's best time to call is one grouped read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table followup_attempts (
      id bigint generated always as identity primary key,
      task_id bigint references followup_tasks (id),
      customer_id bigint not null references customers (id),
      staff_id bigint not null references users (id),
      contact_id bigint references contacts (id) on delete set null,
      outcome text not null
        check (outcome in ('no_answer', 'busy', 'wrong_number', 'refused', 'callback', 'reached')),
      attempted_at timestamptz not null,
      local_hour smallint not null check (local_hour between 0 and 23),
      callback_at timestamptz,
      note text,
      created_at timestamptz not null default now()
    );
    create index followup_attempts_customer_idx on followup_attempts (customer_id, local_hour);
    create index followup_attempts_task_idx on followup_attempts (task_id, attempted_at);
    alter table followup_tasks
      add column failed_attempts integer not null default 0,
      add column end_reason text;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table followup_tasks drop column failed_attempts, drop column end_reason;
    drop table followup_attempts;
  `.execute(db);
}
