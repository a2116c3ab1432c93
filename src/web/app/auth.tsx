import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../api/types.ts';
import { fetchMe } from './first-requests.ts';
import { DEFAULT_ZONE } from './zone.ts';

/** The signed-in user, or null when signed out: the query useMe runs, and the start-up prefetch (prefetch.ts). */
export const meQuery = { queryKey: ['me'], queryFn: fetchMe, staleTime: 60_000 };

/** The signed-in user, or null when signed out. */
export function useMe() {
  return useQuery(meQuery);
}

export function useRefreshMe() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['me'] });
}

export function can(me: Me | null | undefined, ...permissions: string[]): boolean {
  return !!me && permissions.some((p) => me.permissions.includes(p));
}

/** The company's time zone: every task and record time is shown in it, whatever the browser's zone. */
export function useCompanyZone(): string {
  const { data } = useMe();
  return data?.timeZone ?? DEFAULT_ZONE;
}
