import { type Kysely, sql } from 'kysely';

/**
 * 主管审核 (SPEC §3.5) on the approval workflow: each submission of a record for review is a row here (the
 * workflow's subject), so a record sent back and corrected goes round again. The record keeps where its review
 * stands and what the staff performance report and the offence register need: entered late (not 日清日结),
 * sent back how often, reviewed late.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table followup_record_reviews (
      id bigint generated always as identity primary key,
      record_id bigint not null references followup_records (id),
      round integer not null,
      submitted_by bigint not null references users (id),
      submitted_at timestamptz not null default now(),
      unique (record_id, round)
    );
    alter table followup_records
      add column late_entry boolean not null default false,
      add column review_due_at timestamptz,
      add column reviewed_by bigint references users (id),
      add column reviewed_at timestamptz,
      add column review_comment text,
      add column returned_count integer not null default 0,
      add column updated_at timestamptz not null default now();
    create index followup_records_review_idx on followup_records (review_status, review_due_at);
    alter table approvals drop constraint approvals_workflow_check;
    alter table approvals add constraint approvals_workflow_check
      check (workflow in ('access', 'export', 'grade', 'destruction', 'role_change', 'record_review'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from approvals where workflow = 'record_review';
    alter table approvals drop constraint approvals_workflow_check;
    alter table approvals add constraint approvals_workflow_check
      check (workflow in ('access', 'export', 'grade', 'destruction', 'role_change'));
    alter table followup_records drop column late_entry, drop column review_due_at, drop column reviewed_by,
      drop column reviewed_at, drop column review_comment, drop column returned_count, drop column updated_at;
    drop table followup_record_reviews;
  `.execute(db);
}
