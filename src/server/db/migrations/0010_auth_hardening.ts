import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Sign-in failures per account (lower-case username, known or not) and client IP; client '*' is the
    -- account-wide counter (src/domain/lockout.ts). Replaces the per-user counter that let anyone lock anyone.
    create table login_throttle (
      account_key text not null,
      client text not null,
      failures integer not null default 0,
      locked_until timestamptz,
      last_failure_at timestamptz,
      last_success_at timestamptz,
      primary key (account_key, client)
    );
    insert into login_throttle (account_key, client, locked_until)
      select lower(username), '*', locked_until from users where locked_until > now();
    alter table users drop column failed_login_count, drop column locked_until;

    -- Separation of duties (SPEC §1): a role change that would let an administrator's account see customer
    -- data waits here for the executive; every effective change of a user's roles is kept here too
    -- (status 'direct' when it needed no approval), for the executive's list of recent changes.
    create table role_change_requests (
      id bigint generated always as identity primary key,
      user_id bigint not null references users(id),
      roles_before text[] not null,
      roles_after text[] not null,
      status text not null check (status in ('pending', 'approved', 'rejected', 'superseded', 'direct')),
      requested_by bigint references users(id),
      decided_by bigint references users(id),
      decided_at timestamptz,
      comment text,
      created_at timestamptz not null default now()
    );
    create unique index role_change_requests_pending_uq on role_change_requests (user_id) where status = 'pending';
    create index role_change_requests_status_idx on role_change_requests (status, id desc);
    create index role_change_requests_recent_idx on role_change_requests (coalesce(decided_at, created_at) desc);

    -- The executive approves those changes (src/domain/roles.ts gives new databases the same).
    update roles set permissions = array_append(permissions, 'users.approve_roles')
      where key = 'executive' and not ('users.approve_roles' = any(permissions));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column failed_login_count integer not null default 0,
      add column locked_until timestamptz;
    drop table login_throttle;
    drop table role_change_requests;
    update roles set permissions = array_remove(permissions, 'users.approve_roles');
  `.execute(db);
}
