import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { setApiLocale } from '../api/client.ts';
import { initialLocale, LOCALE_STORAGE_KEY, type Locale } from './locale.ts';
import { fillMessage } from './message-format.ts';
import { type MessageKey, messages } from './messages.ts';

export { hasLocaleChoice, initialLocale, type Locale } from './locale.ts';

interface I18n {
  locale: Locale;
  /** The user's choice on this browser: kept for the next visit. */
  setLocale(locale: Locale): void;
  /** The page's language for now, not a choice (the account's language on a browser that has none). */
  adoptLocale(locale: Locale): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const start = initialLocale();
    setApiLocale(start);
    document.documentElement.lang = start;
    return start;
  });
  const adoptLocale = useCallback((next: Locale) => {
    setApiLocale(next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const setLocale = useCallback(
    (next: Locale) => {
      localStorage.setItem(LOCALE_STORAGE_KEY, next);
      adoptLocale(next);
    },
    [adoptLocale],
  );
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      adoptLocale,
      t(key, params = {}) {
        return fillMessage(messages[key][locale === 'en' ? 1 : 0], params);
      },
    }),
    [locale, setLocale, adoptLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
