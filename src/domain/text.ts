/**
 * Text a database column cannot keep as it was sent: PostgreSQL refuses a NUL character in text and jsonb, and a
 * lone UTF-16 surrogate is not Unicode at all (jsonb refuses it; UTF-8 text would silently turn it into U+FFFD).
 */
export type TextFlaw = 'nul' | 'lone_surrogate';

// With the u flag, \p{Cs} matches only a surrogate that is not half of a pair.
const LONE_SURROGATE = /\p{Cs}/u;

export function textFlaw(text: string): TextFlaw | null {
  if (text.includes('\u0000')) return 'nul';
  return LONE_SURROGATE.test(text) ? 'lone_surrogate' : null;
}

/** What to tell the user about a flawed value, in both languages. */
export const TEXT_FLAW_MESSAGE: Record<TextFlaw, { zh: string; en: string }> = {
  nul: { zh: '不能包含空字符（U+0000）', en: 'must not contain a NUL character (U+0000)' },
  lone_surrogate: {
    zh: '包含无效的 Unicode 字符（不成对的代理项）',
    en: 'contains invalid Unicode (a lone surrogate)',
  },
};

/** Shown in previews and error reports: a cell's text may be 32 767 characters, an echo of it is not. */
export const ECHO_CHARS = 200;

/** The first ECHO_CHARS characters of a value and "…" when it is longer (never half of a surrogate pair). */
export function clipped(text: string): string {
  if (text.length <= ECHO_CHARS) return text;
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(ECHO_CHARS - 1)) ? ECHO_CHARS - 1 : ECHO_CHARS;
  return `${text.slice(0, cut)}…`;
}
