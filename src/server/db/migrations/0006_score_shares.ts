import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- The 0–1 share of each score part a customer earns (domain/customers/scoring.ts): new weights then
    -- re-score every customer in one statement instead of recomputing each from its facts.
    alter table customers add column score_shares jsonb;

    -- Lists sorted by 创建时间 walk this instead of sorting the whole table.
    create index customers_created_idx on customers (created_at, id) where deleted_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index customers_created_idx;
    alter table customers drop column score_shares;
  `.execute(db);
}
