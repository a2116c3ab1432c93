import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { DEFAULT_ZONE } from './zone.ts';

/** The signed-in user, or null when signed out: the query useMe runs, and the start-up prefetch (prefetch.ts). */
export const meQuery = {
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    try {
      return await get<Me>('/api/v1/auth/me');
    } catch (error) {
      if (error instanceof ApiError && error.problem.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
};

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
