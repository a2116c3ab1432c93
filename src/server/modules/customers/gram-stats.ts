import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

type GramTable = 'customers' | 'contacts';

const TTL_MS = 10 * 60_000;
const cache = new Map<GramTable, { at: number; shares: Map<string, number> }>();

/**
 * The share of rows holding each common gram, from the planner's own statistics (pg_stats, refreshed by
 * ANALYZE), cached for a few minutes. Empty before the table was ever analysed.
 */
async function gramShares(db: Kysely<Database>, table: GramTable): Promise<Map<string, number>> {
  const cached = cache.get(table);
  if (cached && Date.now() - cached.at < TTL_MS) return cached.shares;
  const { rows } = await sql<{ elems: string[] | null; freqs: number[] | null }>`
    select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs from pg_stats
     where schemaname = current_schema() and tablename = ${table} and attname = 'search_grams'`.execute(db);
  const { elems, freqs } = rows[0] ?? { elems: null, freqs: null };
  const shares = new Map((elems ?? []).map((gram, i) => [gram, Number(freqs?.[i] ?? 0)]));
  cache.set(table, { at: Date.now(), shares });
  return shares;
}

/** A page of 50 among rows holding this gram is found by walking about 50 ÷ share rows in page order. */
const COMMON_SHARE = 0.01;

/**
 * Whether one gram is known to be in at least 1 % of the rows: then walking the table in page order finds a
 * page within a few thousand rows, and looking the matches up first would only cost time.
 */
export async function isCommonGram(db: Kysely<Database>, table: GramTable, gram: string): Promise<boolean> {
  return ((await gramShares(db, table)).get(gram) ?? 0) >= COMMON_SHARE;
}
