import { type Kysely, sql } from 'kysely';

/**
 * Issue 13, item 13. A notification keeps its kind's parameters (issue number, who, which deadline …) so that the
 * web can word its title in the reader's language; the stored title stays the Chinese wording, which rows from
 * before have alone and the mail uses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table notifications add column params jsonb`.execute(db);
}
