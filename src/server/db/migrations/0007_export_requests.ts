import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- 导出申请: exports of customer data above export_row_limit need approval (SPEC §2.5).
    create table export_requests (
      id bigint generated always as identity primary key,
      requester_id bigint not null references users(id),
      -- The customer-list query the export repeats at download time (masked as the requester sees it then).
      filter jsonb not null,
      row_count integer not null check (row_count >= 0),
      purpose text not null,
      reason text not null,
      status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
      decided_by bigint references users(id),
      decided_at timestamptz,
      comment text,
      expires_at timestamptz,
      downloads integer not null default 0,
      created_at timestamptz not null default now()
    );
    create index export_requests_requester_idx on export_requests (requester_id, id desc);
    create index export_requests_pending_idx on export_requests (status, id desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table export_requests`.execute(db);
}
