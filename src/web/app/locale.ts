export type Locale = 'zh-CN' | 'en';
export const LOCALE_STORAGE_KEY = 'huifang.locale';

/** Whether the user chose a language on this browser (else the account's applies once signed in). */
export function hasLocaleChoice(): boolean {
  return localStorage.getItem(LOCALE_STORAGE_KEY) !== null;
}

/** The language chosen on this browser (the default is Chinese). */
export function initialLocale(): Locale {
  return localStorage.getItem(LOCALE_STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}
