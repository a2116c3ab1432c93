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
  /**
   * The term's grams that the ordered name grams (migration 0040) hold for every customer the term can match:
   * its bigrams but those a code holds (kh, h0, 00…). Empty for a single character, a term with the fields'
   * separator '|', and a piece of a code (kh00, 2024: every bigram a code's).
   */
  nameGrams?: string[];
}

const CODE = /^kh\d{4,}$/i;
/** The bigrams a code (KH + digits) holds: in every customer's grams, so not in the ordered name grams. */
const CODE_GRAM = /^(kh|h\d|\d\d)$/;

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
  const grams = queryGrams(term);
  const nameGrams = length < 2 || term.includes('|') ? [] : grams.filter((g) => !CODE_GRAM.test(g));
  return { grams, pattern: length > 2 ? `%${escaped}%` : null, nameGrams };
}
