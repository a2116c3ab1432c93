import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect } from 'react';
import { api } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { meQuery } from './auth.tsx';
import { hasLocaleChoice, initialLocale, useI18n } from './i18n.tsx';

/**
 * The account's language and the browser's choice, once signed in:
 * - a browser where the user never chose a language follows the account (chosen on another computer), and goes
 *   back to the default on signing out, so the next person at a shared computer is not met in someone else's;
 * - a choice made on this browser is saved on the account: the server writes a user's mails in that language.
 */
export function useAccountLocale(me: Me | null | undefined): void {
  const { locale, adoptLocale } = useI18n();
  const client = useQueryClient();
  const accountLocale = me?.locale;
  // Before paint: the first signed-in frame is already in the account's language.
  useLayoutEffect(() => {
    if (!accountLocale || hasLocaleChoice()) return;
    adoptLocale(accountLocale);
    return () => {
      if (!hasLocaleChoice()) adoptLocale(initialLocale());
    };
  }, [accountLocale, adoptLocale]);
  useEffect(() => {
    if (!accountLocale || accountLocale === locale || !hasLocaleChoice()) return;
    // A preference: if the save fails the page stays switched, and the next switch or sign-in saves it again.
    api('PUT', '/api/v1/auth/me/locale', { locale })
      .then(() => client.setQueryData<Me | null>(meQuery.queryKey, (old) => (old ? { ...old, locale } : old)))
      .catch(() => undefined);
  }, [accountLocale, locale, client]);
}
