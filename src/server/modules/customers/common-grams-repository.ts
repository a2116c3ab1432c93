import { type Kysely, sql } from 'kysely';
import { PREPARED } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';

/**
 * A bigram held by this many live customers gets its ordered list (migration 0043): half the look-up's cap
 * (1 000), so that a growing gram is kept well before a term can outgrow the look-up.
 */
export const COMMON_GRAM_CUSTOMERS = 500;

/** Which of these grams have their customers kept in name order (ready: their rows are complete). */
export async function keptNameGrams(db: Kysely<Database>, grams: string[]): Promise<string[]> {
  if (grams.length === 0) return [];
  const { rows } = await sql<{ gram: string }>`select gram from customer_common_grams
    where gram = any(${grams}::text[]) and ready${sql.raw(PREPARED)}`.execute(db);
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
 * Keeps these grams' customers in name order from now on, without holding up customer writers:
 * 1. the grams join the set, not ready (committed: from here on every writer's trigger writes their rows);
 * 2. the writers that began before (and may have missed the grams) are waited for;
 * 3. the backfill writes the rows of every live customer holding one, as the customers stand then;
 * 4. the writers that ran beside the backfill (a rename it did not see, whose trigger could not see its rows)
 *    are waited for;
 * 5. rows whose customer no longer matches are removed, and the grams are marked ready.
 * Grams an earlier run left unready (it gave up waiting, the server stopped) are finished too. Returns how many
 * grams were added.
 */
export async function keepNameGrams(db: Kysely<Database>, grams: string[]): Promise<number> {
  const added =
    grams.length === 0
      ? []
      : (
          await sql<{ gram: string }>`insert into customer_common_grams (gram, ready)
            select unnest(${grams}::text[]), false on conflict do nothing returning gram`.execute(db)
        ).rows;
  const unready = (
    await db.selectFrom('customer_common_grams').select('gram').where('ready', '=', false).execute()
  ).map((r) => r.gram);
  if (unready.length === 0) return 0;
  await waitForCustomerWriters(db);
  await backfill(db, unready);
  await waitForCustomerWriters(db);
  await removeStaleRows(db, unready);
  await db.updateTable('customer_common_grams').set({ ready: true }).where('gram', 'in', unready).execute();
  return added.length;
}

/** How long a run waits for the writers of customers before it gives up (the job is retried later). */
const WRITERS_WAIT_MS = 10 * 60_000;

/**
 * Waits until every transaction writing customers when it was called has ended. Not by queueing for a lock: a
 * lock request queued behind a long writer (an import is one transaction) holds up every later writer too.
 * The writers are read from pg_locks and watched until each has ended, as CREATE INDEX CONCURRENTLY waits.
 */
async function waitForCustomerWriters(db: Kysely<Database>) {
  const { rows } = await sql<{ id: string }>`select distinct virtualtransaction as id from pg_locks
    where relation = 'customers'::regclass and mode = 'RowExclusiveLock' and pid <> pg_backend_pid()`.execute(
    db,
  );
  let writers = rows.map((r) => r.id);
  const deadline = Date.now() + WRITERS_WAIT_MS;
  while (writers.length > 0) {
    if (Date.now() > deadline) throw new Error(`customer writers still running after ${WRITERS_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const running = await sql<{ id: string }>`select virtualxid as id from pg_locks
      where locktype = 'virtualxid' and virtualxid = any(${writers}::text[])`.execute(db);
    writers = running.rows.map((r) => r.id);
  }
}

/**
 * Removes the grams' rows that no longer match their customer: renamed, merged, deleted or destroyed while the
 * backfill read it. Rows written by the triggers match by construction; only the backfill's can be stale. The
 * backfill may have written millions of rows since the table's statistics were taken: planned on those, the
 * check looked each row's customer up one at a time (19 s after the bench's 100 000-row import), so the table is
 * analysed first.
 */
async function removeStaleRows(db: Kysely<Database>, grams: string[]) {
  await sql`analyze customer_name_grams`.execute(db);
  await sql`delete from customer_name_grams g where g.gram = any(${grams}::text[])
    and not exists (select 1 from customers c where c.id = g.customer_id
      and c.deleted_at is null and c.merged_into_id is null and c.name_sort = g.name_sort
      and c.search_grams @> array[g.gram])`.execute(db);
}

/** A few grams' customers are found through the GIN index; many grams' (after a bulk import) in one scan. */
const FOUND_THROUGH_INDEX = 10;

/**
 * Writes the ordered rows of grams just added to the set, in key order: a bulk import can make a million rows
 * common at once, and the index takes them far faster sorted (one scan and sort: 44 s through the GIN index
 * per gram after the bench's 100 000-row import).
 */
async function backfill(db: Kysely<Database>, grams: string[]) {
  const live = sql`c.deleted_at is null and c.merged_into_id is null`;
  const rows =
    grams.length <= FOUND_THROUGH_INDEX
      ? sql`select f.gram, c.name_sort, c.id from unnest(${grams}::text[]) f(gram)
              join customers c on c.search_grams @> array[f.gram] where ${live}`
      : sql`select g, c.name_sort, c.id from customers c, hf_customer_name_grams(c.search_grams) g
             where ${live} and g = any(${grams}::text[])`;
  await sql`insert into customer_name_grams (gram, name_sort, customer_id)
    ${rows} order by 1, 2, 3 on conflict do nothing`.execute(db);
}

/** Counts the live customers' name bigrams and keeps those that have grown common; returns how many. */
export async function keepCommonNameGrams(
  db: Kysely<Database>,
  atLeast = COMMON_GRAM_CUSTOMERS,
): Promise<number> {
  return keepNameGrams(db, await newlyCommonGrams(db, atLeast));
}
