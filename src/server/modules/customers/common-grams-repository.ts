import { type Kysely, sql } from 'kysely';
import { PREPARED } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';

/**
 * A bigram held by this many live customers gets its ordered list (migration 0043): half the look-up's cap
 * (1 000), so that a growing gram is kept well before a term can outgrow the look-up.
 */
export const COMMON_GRAM_CUSTOMERS = 500;

/** Which of these grams have their customers kept in name order. */
export async function keptNameGrams(db: Kysely<Database>, grams: string[]): Promise<string[]> {
  if (grams.length === 0) return [];
  const { rows } = await sql<{ gram: string }>`select gram from customer_common_grams
    where gram = any(${grams}::text[])${sql.raw(PREPARED)}`.execute(db);
  const kept = new Set(rows.map((r) => r.gram));
  return grams.filter((gram) => kept.has(gram));
}

/** The name bigrams now held by at least `atLeast` live customers that are not kept yet. */
async function newlyCommonGrams(db: Kysely<Database>, atLeast: number): Promise<string[]> {
  const { rows } = await sql<{ gram: string }>`
    select g as gram from customers c, hf_customer_name_grams(c.search_grams) g
     where c.deleted_at is null and c.merged_into_id is null
     group by g having count(*) >= ${atLeast}
    except select gram from customer_common_grams`.execute(db);
  return rows.map((r) => r.gram);
}

/**
 * Keeps these grams' customers in name order from now on: adds them to the set and writes the rows of every
 * live customer holding one. Writers of customers wait meanwhile (a share lock: seconds after a bulk import),
 * so that no customer is written between reading the set in its trigger and this backfill. Returns how many
 * grams were added.
 */
export async function keepNameGrams(db: Kysely<Database>, grams: string[]): Promise<number> {
  if (grams.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    // Not behind a long writer (an import is one transaction): queued behind it, the lock would hold up every
    // other customer write too. The job fails instead and is retried later.
    await sql`set local lock_timeout = '10s'`.execute(trx);
    await sql`lock table customers in share mode`.execute(trx);
    const added = await sql<{ gram: string }>`insert into customer_common_grams (gram)
      select unnest(${grams}::text[]) on conflict do nothing returning gram`.execute(trx);
    const fresh = added.rows.map((r) => r.gram);
    if (fresh.length > 0) await backfill(trx, fresh);
    return fresh.length;
  });
}

/** A few grams' customers are found through the GIN index; many grams' (after a bulk import) in one scan. */
const FOUND_THROUGH_INDEX = 10;

/**
 * Writes the ordered rows of grams just added to the set, in key order: a bulk import can make a million rows
 * common at once, and the index takes them far faster sorted (one scan and sort: 44 s through the GIN index
 * per gram after the bench's 100 000-row import).
 */
async function backfill(trx: Kysely<Database>, grams: string[]) {
  const live = sql`c.deleted_at is null and c.merged_into_id is null`;
  const rows =
    grams.length <= FOUND_THROUGH_INDEX
      ? sql`select f.gram, c.name_sort, c.id from unnest(${grams}::text[]) f(gram)
              join customers c on c.search_grams @> array[f.gram] where ${live}`
      : sql`select g, c.name_sort, c.id from customers c, hf_customer_name_grams(c.search_grams) g
             where ${live} and g = any(${grams}::text[])`;
  await sql`insert into customer_name_grams (gram, name_sort, customer_id)
    ${rows} order by 1, 2, 3 on conflict do nothing`.execute(trx);
}

/** Counts the live customers' name bigrams and keeps those that have grown common; returns how many. */
export async function keepCommonNameGrams(
  db: Kysely<Database>,
  atLeast = COMMON_GRAM_CUSTOMERS,
): Promise<number> {
  return keepNameGrams(db, await newlyCommonGrams(db, atLeast));
}
