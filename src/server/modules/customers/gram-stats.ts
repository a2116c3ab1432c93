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

/** At this share a page of 50 is found within about 10 000 rows walked in page order. */
const COMMON_SHARE = 0.005;
/** Longer terms (five characters and more) are looked up: one gram's share says little about them. */
const MAX_COMMON_GRAMS = 3;

/**
 * Whether a term's grams are each known to be in at least 0.5 % of the rows: then walking the table in page
 * order finds a page within a few thousand rows, and looking the matches up first would only cost time.
 * The rarest gram's share bounds the term's from above; grams that are common only apart are caught by the
 * walk itself (it looks the matches up after all when a page takes long to fill).
 */
export async function isCommonTerm(
  db: Kysely<Database>,
  table: GramTable,
  grams: string[],
): Promise<boolean> {
  if (grams.length === 0 || grams.length > MAX_COMMON_GRAMS) return false;
  const shares = await gramShares(db, table);
  return grams.every((gram) => (shares.get(gram) ?? 0) >= COMMON_SHARE);
}
