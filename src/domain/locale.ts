/** The languages Huifang speaks: Chinese by default, English on request (the web's switch, an account's mails). */
export const LOCALES = ['zh-CN', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

/** A stored language as one Huifang speaks; anything else (an old or hand-edited value) reads as Chinese. */
export function asLocale(value: string): Locale {
  return (LOCALES as readonly string[]).includes(value) ? (value as Locale) : 'zh-CN';
}
