import { type Kysely, sql } from 'kysely';

/**
 * A kept name gram is ready once its customers' ordered rows are complete. Until then the triggers already write
 * its rows (it is in the set) while the backfill, which no longer locks out customer writers, catches up; searches
 * read only ready grams. The grams kept so far were backfilled under a lock: ready.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table customer_common_grams add column ready boolean not null default true`.execute(db);
}

/** Unfinished grams go with their rows: the lock-holding backfill of 0043 writes them again on its next run. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from customer_name_grams g using customer_common_grams s where s.gram = g.gram and not s.ready;
    delete from customer_common_grams where not ready;
    alter table customer_common_grams drop column ready;
  `.execute(db);
}
