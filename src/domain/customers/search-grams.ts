/**
 * The keyword index stores every 1- and 2-character piece of a customer's name, short name and code:
 * pg_trgm makes no trigram from a 2-character Chinese term, bigrams do (issue 4 measurements).
 * The same function exists in SQL (migration 0002, hf_search_grams) for set-based writes.
 */
export function searchGrams(text: string): string[] {
  const chars = [...text.toLowerCase().replace(/\s+/g, '')];
  const grams = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    grams.add(chars[i] as string);
    if (i + 1 < chars.length) grams.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...grams];
}

/** The grams a search term must all be found among: its bigrams, or the character itself. */
export function queryGrams(term: string): string[] {
  const chars = [...term.toLowerCase().replace(/\s+/g, '')];
  if (chars.length === 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return [...grams];
}
