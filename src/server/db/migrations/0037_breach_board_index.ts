import { type Kysely, sql } from 'kysely';

/**
 * The breach board's paused candidates: an open issue paused after a deadline passed (its clock stopped late).
 * Most open issues wait on the customer before their deadlines; this keeps the few that did not to hand, as the
 * escalation's partial indexes keep the running ones. The predicate is PAUSED_BREACHED in breach-board.ts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index issues_paused_breached_idx on issues (id)
      where status in ('pending', 'in_progress') and paused_at is not null
        and (solution_due_at <= paused_at or (first_response_at is null and first_response_due_at <= paused_at));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index issues_paused_breached_idx;`.execute(db);
}
