import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- How each audit row's hash was made: 1 = plain SHA-256 (rows written before this migration),
    -- 2 = HMAC with the audit chain key (derived from the data key, never stored in the database).
    -- Adding the column with a default rewrites no row, so the append-only trigger is not involved;
    -- dropping the default afterwards makes every new row name its version explicitly.
    alter table audit_events add column hash_version smallint not null default 1
      constraint audit_events_hash_version_ck check (hash_version in (1, 2));
    alter table audit_events alter column hash_version drop default;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_events drop column hash_version`.execute(db);
}
