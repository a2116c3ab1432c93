import { type Kysely, sql } from 'kysely';

/**
 * The score that moved a tier is 绝密 like the score itself: it leaves the free-text reason for a column of
 * its own, which only viewers of 绝密 data are shown.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table customer_tier_history add column score numeric(5, 1);
    update customer_tier_history
       set score = substring(reason from '^评分 ([0-9]+(?:\\.[0-9]+)?)$')::numeric, reason = '评分变化'
     where reason ~ '^评分 [0-9]+(\\.[0-9]+)?$';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    update customer_tier_history set reason = '评分 ' || score::text where score is not null;
    alter table customer_tier_history drop column score;
  `.execute(db);
}
