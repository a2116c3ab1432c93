import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { keptNameGrams } from './common-grams-repository.ts';

type GramTable = 'customers' | 'contacts';

interface GramStats {
  /** The share of rows holding each common value (or array element). */
  shares: Map<string, number>;
  /** The table's rows when the statistics were taken. */
  rows: number;
}

const TTL_MS = 10 * 60_000;
const cache = new Map<string, { at: number; stats: GramStats }>();

/**
 * The planner's own statistics of a column (pg_stats and pg_class, refreshed by ANALYZE): its most common values,
 * or for an array column its most common elements, with their shares; cached for a few minutes. Empty before the
 * table was ever analysed.
 */
async function columnStats(
  db: Kysely<Database>,
  table: string,
  column: string,
  of: 'values' | 'elements',
): Promise<GramStats> {
  const key = `${table}.${column}`;
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < TTL_MS) return cached.stats;
  const common =
    of === 'elements'
      ? sql`most_common_elems::text::text[] as vals, most_common_elem_freqs as freqs`
      : sql`most_common_vals::text::text[] as vals, most_common_freqs as freqs`;
  const { rows } = await sql<{ vals: string[] | null; freqs: number[] | null; rows: number | null }>`
    select ${common}, (select reltuples from pg_class where oid = ${table}::regclass) as rows
      from pg_stats
     where schemaname = current_schema() and tablename = ${table} and attname = ${column}`.execute(db);
  const { vals, freqs, rows: tableRows } = rows[0] ?? { vals: null, freqs: null, rows: null };
  const stats = {
    shares: new Map((vals ?? []).map((gram, i) => [gram, Number(freqs?.[i] ?? 0)])),
    rows: Math.max(0, Number(tableRows ?? 0)),
  };
  cache.set(key, { at: Date.now(), stats });
  return stats;
}

/** At this share a page of 50 is found within about 10 000 rows walked in page order. */
const COMMON_SHARE = 0.005;
/** Longer terms (five characters and more) are looked up: one gram's share says little about them. */
const MAX_COMMON_GRAMS = 3;

/**
 * Whether a term is known to be common: each of its grams in at least 0.5 % of the rows, and the rarest in
 * more than `lookUpCap` rows (below that, looking the matches up is the faster way). Walking the table in page
 * order then finds a page within a few thousand rows. The rarest gram's share bounds the term's from above;
 * grams that are common only apart are caught by the walk itself (it looks the matches up after all when a
 * page takes long to fill).
 */
export async function isCommonTerm(
  db: Kysely<Database>,
  table: GramTable,
  grams: string[],
  lookUpCap: number,
): Promise<boolean> {
  if (grams.length === 0 || grams.length > MAX_COMMON_GRAMS) return false;
  const { shares, rows } = await columnStats(db, table, 'search_grams', 'elements');
  const rarest = Math.min(...grams.map((gram) => shares.get(gram) ?? 0));
  return rarest >= COMMON_SHARE && rarest * rows > lookUpCap;
}

/**
 * Of a term's grams those whose customers the ordered name grams keep (migration 0043), the one with the fewest,
 * by the planner's statistics of its `gram` column: a gram not among the most common is rarer than every one
 * that is. Without statistics (a table never analysed) the first kept gram; none when no gram is kept.
 */
export async function rarestNameGram(db: Kysely<Database>, grams: string[]): Promise<string | undefined> {
  const kept = await keptNameGrams(db, grams);
  if (kept.length === 0) return undefined;
  const { shares } = await columnStats(db, 'customer_name_grams', 'gram', 'values');
  let rarest: string | undefined;
  for (const gram of kept) {
    if (rarest === undefined || (shares.get(gram) ?? 0) < (shares.get(rarest) ?? 0)) rarest = gram;
  }
  return rarest;
}
