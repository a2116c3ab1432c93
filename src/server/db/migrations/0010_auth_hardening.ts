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
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column failed_login_count integer not null default 0,
      add column locked_until timestamptz;
    drop table login_throttle;
  `.execute(db);
}
