import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { meQuery } from './auth.tsx';
import { hasLocaleChoice, useI18n } from './i18n.tsx';

/**
 * Saves the language chosen on this browser on the account once signed in: the server writes a user's mails in
 * the account's language. The page itself keeps following the browser's choice.
 */
export function useAccountLocale(me: Me | null | undefined): void {
  const { locale } = useI18n();
  const client = useQueryClient();
  const accountLocale = me?.locale;
  useEffect(() => {
    if (!accountLocale || accountLocale === locale || !hasLocaleChoice()) return;
    // A preference: if the save fails the page stays switched, and the next switch or sign-in saves it again.
    api('PUT', '/api/v1/auth/me/locale', { locale })
      .then(() => client.setQueryData<Me | null>(meQuery.queryKey, (old) => (old ? { ...old, locale } : old)))
      .catch(() => undefined);
  }, [accountLocale, locale, client]);
}
