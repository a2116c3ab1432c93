import { type Kysely, sql } from 'kysely';

/** Each generation run looks for the anniversaries (司庆) of the coming days: by month and day, not a scan. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index customers_anniversary_day_idx
    on customers ((extract(month from anniversary_on) * 100 + extract(day from anniversary_on)))
    where anniversary_on is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index customers_anniversary_day_idx`.execute(db);
}
