import { type Kysely, sql } from 'kysely';

/**
 * 年度节假日安排: the admin's arrangement of a year (days off, make-up working days), entered when the State
 * Council publishes it. It replaces the bundled statutory data of that year (src/domain/calendar).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table calendar_years (
      year integer primary key check (year between 2000 and 2100),
      holidays jsonb not null,
      workdays jsonb not null,
      note text,
      updated_by bigint references users (id),
      updated_at timestamptz not null default now()
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table calendar_years`.execute(db);
}
