import type { Query, QueryClient } from '@tanstack/react-query';
import { setApiLocale } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { prefetchCustomerList } from '../features/customers/list-queries.ts';
import { meQuery } from './auth.tsx';
import { initialLocale } from './i18n.tsx';

/**
 * The data of the page the app opens on, asked for as the app's script starts (issue 13, first load): otherwise
 * the signed-in user is asked for only once React renders the shell, and a page's data only once its code has
 * arrived and rendered, each step waiting for the one before. Only pages whose first view is the same for every
 * visit are here (by path); the page's own queries find the data under the same keys.
 */
const FIRST_DATA: Record<string, (client: QueryClient, me: Me, search: URLSearchParams) => Promise<unknown>> =
  {
    '/customers': prefetchCustomerList,
  };

/** How long after start-up a page takes data already fetched as it is, instead of asking again on mount. */
const STARTUP_MS = 10_000;

export function prefetchFirstPage(client: QueryClient, location: { pathname: string; search: string }): void {
  if (location.pathname === '/login') return;
  setApiLocale(initialLocale());
  const pageData = FIRST_DATA[location.pathname.replace(/\/+$/, '')];
  void client
    .fetchQuery(meQuery)
    .then((me) => (me && pageData ? pageData(client, me, new URLSearchParams(location.search)) : undefined))
    .catch(() => undefined); // the shell and the page ask again and show the error
}

/**
 * For a page's queries (`refetchOnMount`): data the start-up prefetch fetched moments ago is used as it is. Any
 * other time, as by default, a page's data is fetched again when the page opens.
 */
// biome-ignore lint/suspicious/noExplicitAny: any query's data, error and key; only its state's times are read
export function refetchUnlessJustStarted(query: Query<any, any, any, any>): boolean {
  const { dataUpdatedAt, isInvalidated } = query.state;
  return !(performance.now() < STARTUP_MS && dataUpdatedAt > 0 && !isInvalidated);
}
