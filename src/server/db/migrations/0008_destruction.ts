import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A destroyed customer stays as a tombstone (code, 流失 date) so numbering and churn figures hold.
    alter table customers add column destroyed_at timestamptz;

    -- 数据销毁: archives past their retention period are destroyed only with the executive's approval.
    create table destruction_requests (
      id bigint generated always as identity primary key,
      requested_by bigint not null references users(id),
      customer_ids bigint[] not null,
      reason text not null,
      status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
      decided_by bigint references users(id),
      decided_at timestamptz,
      comment text,
      created_at timestamptz not null default now()
    );
    create index destruction_requests_status_idx on destruction_requests (status, id desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table destruction_requests;
    alter table customers drop column destroyed_at;
  `.execute(db);
}
