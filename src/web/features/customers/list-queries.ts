import { isBasicOnlyViewer } from '../../../domain/roles.ts';
import { get, query } from '../../api/client.ts';
import type { CustomerListItem, Me, Page } from '../../api/types.ts';
import type { CustomerFilterValues } from './CustomerFilters.tsx';

/**
 * The customer list's requests, shared by the page and the first requests of a cold load (app/first-requests.ts): a cold load of
 * /customers asks for its first rows as soon as the signed-in user is known, while the page's code is still on
 * its way, and the page then finds them under the same keys instead of asking again.
 */

/** Who works their own customers: 我的客户 is their list's default. */
const MINE_BY_DEFAULT = ['account_manager', 'agent'];

export const CUSTOMER_PAGE_SIZE = 50;

/**
 * 我的客户 or 全部客户: the address's `mine` (?mine=1 / ?mine=0) so a reload or a shared link keeps it; without
 * it, the role decides: on for account managers and agents. Marketing (basic columns only) has no such filter.
 */
export function listsMine(me: Me | null | undefined, mineParam: string | null): boolean {
  const roles = me?.roles ?? [];
  if (isBasicOnlyViewer(roles)) return false;
  return mineParam === null ? roles.some((r) => MINE_BY_DEFAULT.includes(r)) : mineParam === '1';
}

export function customerListQuery(filters: CustomerFilterValues) {
  return {
    queryKey: ['customers', filters],
    initialPageParam: '',
    queryFn: ({ pageParam }: { pageParam: string }) =>
      get<Page<CustomerListItem>>(
        `/api/v1/customers${query({ ...filters, limit: CUSTOMER_PAGE_SIZE, cursor: pageParam })}`,
      ),
    getNextPageParam: (last: Page<CustomerListItem>) => last.nextCursor ?? undefined,
  };
}

/** The total comes on its own: counting a common term takes longer than finding its first page. */
export function customerCountQuery(filters: CustomerFilterValues) {
  const { sort: _sort, ...countFilters } = filters;
  return {
    queryKey: ['customers', 'count', countFilters],
    queryFn: () => get<{ total: number; capped: boolean }>(`/api/v1/customers/count${query(countFilters)}`),
  };
}
