import type { Query, QueryClient } from '@tanstack/react-query';
import { meQuery } from './auth.tsx';
import { takeFirstRequests } from './first-requests.ts';

/**
 * Hands the requests the entry script started (first-requests.ts) to the app's queries, under the keys the shell
 * and the page use, so they find the data (or the request still on its way) and ask nothing again.
 */
export function prefetchFirstPage(client: QueryClient): void {
  const first = takeFirstRequests();
  if (!first) return;
  void client.prefetchQuery({ ...meQuery, queryFn: () => first.me });
  first.queries
    .then((queries) => {
      for (const { queryKey, infinite, data } of queries) {
        if (infinite)
          void client.prefetchInfiniteQuery({ queryKey, queryFn: () => data, initialPageParam: '' });
        else void client.prefetchQuery({ queryKey, queryFn: () => data });
      }
    })
    .catch(() => undefined); // the shell and the page ask again and show the error
}

/** How long after start-up a page takes data already fetched as it is, instead of asking again on mount. */
const STARTUP_MS = 10_000;

/**
 * For a page's queries (`refetchOnMount`): data the start-up prefetch fetched moments ago is used as it is. Any
 * other time, as by default, a page's data is fetched again when the page opens.
 */
// biome-ignore lint/suspicious/noExplicitAny: any query's data, error and key; only its state's times are read
export function refetchUnlessJustStarted(query: Query<any, any, any, any>): boolean {
  const { dataUpdatedAt, isInvalidated } = query.state;
  return !(performance.now() < STARTUP_MS && dataUpdatedAt > 0 && !isInvalidated);
}
