import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** The dictionary loads once (about 0.3 s); every search and every save segments with it. */
let jieba: Jieba | undefined;
const segmenter = () => {
  jieba ??= Jieba.withDict(dict);
  return jieba;
};

const MAX_TERMS = 300;
const WORD = /[\p{Script=Han}\p{L}\p{N}]/u;

/**
 * The search terms of a text: its words as jieba cuts them for search (控制面板 gives 控制, 面板 and 控制面板),
 * lower-cased, without punctuation or single letters and digits; a single Chinese character stays (水, 电).
 * Articles and issues store them in an indexed array; a query is cut the same way, so PGlite and PostgreSQL
 * search alike without a Chinese text-search parser.
 */
export function searchTerms(...texts: (string | null | undefined)[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of segmenter().cutForSearch(text.normalize('NFKC'), true)) {
      const term = word.trim().toLowerCase();
      if (!WORD.test(term)) continue;
      if (term.length === 1 && !/\p{Script=Han}/u.test(term)) continue;
      terms.add(term);
      if (terms.size >= MAX_TERMS) return [...terms];
    }
  }
  return [...terms];
}
