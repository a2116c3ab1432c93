import { type Kysely, sql } from 'kysely';

/**
 * A record is saved first and numbered last (HF + day + sequence from the day's counter), so that the counter's
 * row is locked only for the end of the transaction. Between the two the number is null — never outside the
 * saving transaction, since it is set before commit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table followup_records alter column number drop not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table followup_records alter column number set not null`.execute(db);
}
