/*
 * The keyword index stores every 1- and 2-character piece of a customer's name, short name and code, lower-cased
 * with spaces removed: pg_trgm makes no trigram from a 2-character Chinese term, bigrams do (issue 4
 * measurements). SQL makes the stored grams (migration 0002, hf_search_grams, a generated column); this file
 * makes the grams a search term looks for. customers.test.ts searches every piece of random names through both.
 */

/** The grams a search term must all be found among: its bigrams, or the character itself. */
export function queryGrams(term: string): string[] {
  const chars = [...term.toLowerCase().replace(/\s+/g, '')];
  if (chars.length === 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return [...grams];
}

export interface SearchTerm {
  grams: string[];
  /** LIKE pattern when the grams alone do not prove the term is there (more than two characters). */
  pattern: string | null;
  /** A whole customer code such as KH0001, looked up exactly. */
  code?: string;
}

const CODE = /^kh\d{4,}$/i;

/**
 * How a keyword is looked up. A term of one or two characters is exactly one gram, so the gram index
 * decides alone; longer terms need the LIKE recheck (their bigrams may sit apart). A code's grams (kh, 00)
 * are in every row, so codes go to the code index instead.
 */
export function parseSearchTerm(raw: string): SearchTerm | null {
  const term = raw.trim().toLowerCase();
  if (!term) return null;
  if (CODE.test(term)) return { grams: [], pattern: null, code: term.toUpperCase() };
  const length = [...term.replace(/\s+/g, '')].length;
  const escaped = term.replace(/[\\%_]/g, (c) => `\\${c}`);
  return { grams: queryGrams(term), pattern: length > 2 ? `%${escaped}%` : null };
}
