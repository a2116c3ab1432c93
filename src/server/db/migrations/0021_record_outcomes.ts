import { type Kysely, sql } from 'kysely';

/**
 * What a record decides beyond its ratings (SPEC §3.5): whether the matter is resolved (unresolved ones get a
 * 2nd and 3rd revisit, `revisit_round`), the visit verification's result (拜访核查: confirmed or denied by the
 * customer, the customer's view of the salesperson), and the actions taken from it (转上门, 转研发, 上报总裁办,
 * 中肯意见 → 上门拜访).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table followup_records
      add column resolved boolean,
      add column verification_result text check (verification_result in ('confirmed', 'denied')),
      add column salesperson_id bigint references users (id),
      add column salesperson_rating smallint check (salesperson_rating between 1 and 5),
      add column salesperson_complaint boolean not null default false;
    create index followup_records_salesperson_idx on followup_records (salesperson_id, contacted_at desc)
      where salesperson_id is not null;
    alter table followup_tasks
      add column revisit_round smallint check (revisit_round between 2 and 3),
      add column revisit_of bigint references followup_records (id);
    create table followup_record_actions (
      id bigint generated always as identity primary key,
      record_id bigint not null references followup_records (id),
      kind text not null check (kind in ('onsite_visit', 'sound_opinion', 'rnd', 'president_office')),
      note text,
      task_id bigint references followup_tasks (id),
      created_by bigint not null references users (id),
      created_at timestamptz not null default now()
    );
    create index followup_record_actions_record_idx on followup_record_actions (record_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table followup_record_actions;
    alter table followup_tasks drop column revisit_round, drop column revisit_of;
    alter table followup_records drop column resolved, drop column verification_result, drop column salesperson_id,
      drop column salesperson_rating, drop column salesperson_complaint;
  `.execute(db);
}
