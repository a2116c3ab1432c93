import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A tier set by an approved 客户等级申报 stays until the next one; amount changes no longer move it.
    alter table customers add column tier_manual boolean not null default false;

    create table grade_change_requests (
      id bigint generated always as identity primary key,
      customer_id bigint not null references customers(id),
      from_tier text not null,
      proposed_tier text not null check (proposed_tier in ('A', 'B', 'C', 'D')),
      reasons text not null,
      figures jsonb not null default '{}',
      status text not null default 'pending_dept'
        check (status in ('pending_dept', 'pending_exec', 'approved', 'rejected')),
      requested_by bigint not null references users(id),
      dept_decided_by bigint references users(id),
      dept_decided_at timestamptz,
      dept_comment text,
      exec_decided_by bigint references users(id),
      exec_decided_at timestamptz,
      exec_comment text,
      created_at timestamptz not null default now()
    );
    create index grade_change_requests_status_idx on grade_change_requests (status, id desc);
    create index grade_change_requests_customer_idx on grade_change_requests (customer_id, id desc);
    create index grade_change_requests_requester_idx on grade_change_requests (requested_by, id desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table grade_change_requests; alter table customers drop column tier_manual;`.execute(db);
}
