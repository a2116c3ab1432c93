import { type Kysely, sql } from 'kysely';

/**
 * 回访记录 (SPEC §3.5, the 客户回访记录表 and 电话回访记录表 of seed 000): numbered HF + yyyymmdd + a sequence
 * drawn from a per-day counter inside the insert's transaction. Provisional until a supervisor reviews it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table followup_record_counters (
      day date primary key,
      last integer not null
    );
    create table followup_records (
      id bigint generated always as identity primary key,
      number text not null unique,
      task_id bigint references followup_tasks (id),
      customer_id bigint not null references customers (id),
      contact_id bigint references contacts (id) on delete set null,
      contact_name text,
      staff_id bigint not null references users (id),
      method text not null check (method in ('phone', 'onsite', 'email', 'sms', 'wechat', 'letter', 'other')),
      contacted_at timestamptz not null,
      duration_minutes integer check (duration_minutes between 0 and 1440),
      purpose text,
      answers jsonb not null default '[]',
      service_satisfaction smallint check (service_satisfaction between 1 and 5),
      product_satisfaction smallint check (product_satisfaction between 1 and 5),
      opinions text,
      countermeasures text,
      key_points text,
      content text,
      result text,
      action_items jsonb not null default '[]',
      promised_reply_at timestamptz,
      next_followup_on date,
      next_followup_content text,
      complaint boolean not null default false,
      -- 差/很差 or a complaint: the issues module opens an issue from it
      issue_requested boolean not null default false,
      signature bytea,
      signature_type text,
      imported boolean not null default false,
      review_status text not null default 'provisional' check (review_status in ('provisional', 'approved', 'returned')),
      created_at timestamptz not null default now()
    );
    create index followup_records_customer_idx on followup_records (customer_id, contacted_at desc);
    create index followup_records_staff_idx on followup_records (staff_id, contacted_at desc);
    create index followup_records_task_idx on followup_records (task_id);
    alter table followup_tasks add column record_id bigint references followup_records (id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table followup_tasks drop column record_id;
    drop table followup_records;
    drop table followup_record_counters;
  `.execute(db);
}
