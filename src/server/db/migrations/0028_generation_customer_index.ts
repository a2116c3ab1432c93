import { type Kysely, sql } from 'kysely';

/**
 * A day's generation passes over the customers of a tier once per rule and period. This narrow partial index
 * holds what a proactive rule's pass reads (alive, reachable customers), so the pass reads it instead of the
 * whole customers table (about a seventh of its size).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index customers_generation_idx on customers (tier, id)
    include (owner_id, agent_id, preferred_method, followup_weekly_cap, kind, status, province, updated_at)
    where deleted_at is null and merged_into_id is null and destroyed_at is null and not do_not_contact`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index customers_generation_idx`.execute(db);
}
