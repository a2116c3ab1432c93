import { pinyin } from 'pinyin-pro';

/*
 * Chinese users read a list of names in pinyin order (安徽 < 北京 < 重庆 < 上海), not in code-point order
 * (上 U+4E0A < 北 U+5317). PGlite has no ICU collation, so each customer stores a sort key made here on every
 * write (customers.name_sort, compared byte by byte: collate "C") and the pinyin initials of its name
 * (customers.name_initials, searched through the name grams: 输入 shzl 找到 上海中联).
 */

interface Reading {
  /** The character as written, after full-width forms are folded (Ａ → A, １ → 1). */
  char: string;
  /** Lower-case pinyin without tone, ü as v; null for a character that is not Chinese. */
  syllable: string | null;
  /** 1–4, and 5 for the neutral tone (dictionaries list it after the fourth). */
  tone: number;
}

/** Letters and digits of any script; spaces, brackets and punctuation do not take part in the order. */
const KEPT = /[\p{L}\p{N}]/u;

/** Each character's reading, polyphones read in their context (长沙 chang, 行长 zhang, 银行 hang). */
function readings(name: string): Reading[] {
  const text = name.normalize('NFKC');
  return pinyin(text, { type: 'all', toneType: 'num', v: true }).map((r) => {
    const numbered = r.isZh ? r.pinyin.toLowerCase() : '';
    const tone = Number(numbered.slice(-1));
    return {
      char: r.origin,
      syllable: r.isZh ? numbered.replace(/\d$/, '') : null,
      tone: Number.isNaN(tone) || tone === 0 ? 5 : tone,
    };
  });
}

/**
 * The pinyin part of the sort key: per Chinese character its syllable and tone (西安 xi1an1 before 先 xian1,
 * as a dictionary lists them: the tone digit sorts before any letter), per letter or digit itself
 * lower-cased; other characters left out.
 */
function pinyinKey(name: string): string {
  return readings(name)
    .map((r) =>
      r.syllable !== null ? `${r.syllable}${r.tone}` : KEPT.test(r.char) ? r.char.toLowerCase() : '',
    )
    .join('');
}

/**
 * The key a customer list sorts names by (byte order): the pinyin key, a space (below every character the
 * pinyin key holds, so a shorter reading sorts first), then the name itself so that names reading alike
 * (华兴, 华星) stay grouped rather than interleaved by id.
 */
export function nameSortKey(name: string): string {
  const trimmed = name.trim();
  return `${pinyinKey(trimmed)} ${trimmed}`;
}

/** The first letter of each character's pinyin, and letters and digits as they are, lower-cased: 上海中联 → shzl. */
export function nameInitials(name: string): string {
  return readings(name.trim())
    .map((r) => (r.syllable !== null ? r.syllable.charAt(0) : KEPT.test(r.char) ? r.char.toLowerCase() : ''))
    .join('');
}

/** What a customer's name adds to its row: the sort key and the initials, made wherever a name is written. */
export function nameKeys(name: string): { sortKey: string; initials: string } {
  return { sortKey: nameSortKey(name), initials: nameInitials(name) };
}
