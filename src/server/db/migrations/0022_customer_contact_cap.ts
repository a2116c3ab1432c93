import { type Kysely, sql } from 'kysely';

/**
 * A customer who dislikes being called gets a throttle of their own (SPEC §3.2/§3.4): at most this many proactive
 * contacts a week, below the company's cap (0: none, service follow-ups still go ahead).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table customers add column followup_weekly_cap smallint
    check (followup_weekly_cap between 0 and 7)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table customers drop column followup_weekly_cap`.execute(db);
}
