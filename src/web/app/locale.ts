import type { Locale } from '../../domain/locale.ts';

export type { Locale };
export const LOCALE_STORAGE_KEY = 'huifang.locale';

/** Whether the user chose a language on this browser (only a choice is saved on the account: account-locale.ts). */
export function hasLocaleChoice(): boolean {
  return localStorage.getItem(LOCALE_STORAGE_KEY) !== null;
}

/** The language chosen on this browser (the default is Chinese). */
export function initialLocale(): Locale {
  return localStorage.getItem(LOCALE_STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}
