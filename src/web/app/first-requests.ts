import { ApiError, get, setApiLocale } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { customerCountQuery, customerListQuery, listsMine } from '../features/customers/list-queries.ts';
import { initialLocale } from './locale.ts';

/**
 * The requests a cold load starts before the app's main script has even arrived (issue 13, first load): the
 * signed-in user, the code of the page the address opens and, once the user is known, that page's first data.
 * This module is in the small entry script (boot.ts), which the browser runs while the main script (React, Ant
 * Design, every shared part) is still coming: started from the main script, the requests waited ~0.45 s more,
 * for it to arrive, be parsed and run. The main script's prefetch (prefetch.ts) hands the answers to the page's
 * queries under their own keys, so nothing is asked twice. Only pages whose first view is the same for every
 * visit are here (by path).
 */

/** The signed-in user, or null when signed out (the query `meQuery` runs, auth.tsx). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await get<Me>('/api/v1/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.problem.status === 401) return null;
    throw error;
  }
}

/** One query's answer, asked for early, under the key its page's query uses. */
export interface FirstQuery {
  queryKey: readonly unknown[];
  /** A first page of an infinite query (its page parameter is ''). */
  infinite?: boolean;
  data: Promise<unknown>;
}

interface FirstPage {
  /** The page's code (the same import its route's lazyPage makes, so it is fetched once). */
  code: () => Promise<unknown>;
  data: (me: Me, search: URLSearchParams) => FirstQuery[];
}

const FIRST_PAGES: Record<string, FirstPage> = {
  '/customers': {
    code: () => import('../features/customers/CustomersPage.tsx'),
    data(me, search) {
      if (!me.permissions.includes('customers.read')) return []; // the page says 无权访问
      const filters = { mine: listsMine(me, search.get('mine')) || undefined };
      const list = customerListQuery(filters);
      const count = customerCountQuery(filters);
      return [
        { queryKey: list.queryKey, infinite: true, data: list.queryFn({ pageParam: list.initialPageParam }) },
        { queryKey: count.queryKey, data: count.queryFn() },
      ];
    },
  },
};

export interface FirstRequests {
  me: Promise<Me | null>;
  /** The page's queries, once the user is known (none for a page not in FIRST_PAGES, or when signed out). */
  queries: Promise<FirstQuery[]>;
}

let started: FirstRequests | undefined;

/** Starts the first requests of the page at `location` (none on the sign-in page). */
export function startFirstRequests(location: { pathname: string; search: string }): void {
  if (location.pathname === '/login') return;
  setApiLocale(initialLocale());
  const page = FIRST_PAGES[location.pathname.replace(/\/+$/, '')];
  // The user first: the browser opens at most 6 connections to a host, and the page's code is a dozen files.
  // Asked for after them, /auth/me waited for a free connection, and the page's data for /auth/me.
  const me = fetchMe();
  void page?.code().catch(() => undefined); // the route's own import reports a failure (lazy-page.tsx)
  const queries = me.then((user) =>
    user && page ? page.data(user, new URLSearchParams(location.search)) : [],
  );
  // Each answer is handed to a query, which reports its failure; these copies must not count as unhandled.
  queries
    .then((qs) => {
      for (const q of qs) q.data.catch(() => undefined);
    })
    .catch(() => undefined);
  started = { me, queries };
}

/** The requests started at boot, once: the main script's prefetch takes them (later queries ask again). */
export function takeFirstRequests(): FirstRequests | undefined {
  const taken = started;
  started = undefined;
  return taken;
}
