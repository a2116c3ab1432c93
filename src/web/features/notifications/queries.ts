import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, query } from '../../api/client.ts';
import type { NotificationList, UnreadCount } from '../../api/types.ts';

/** Every query of this area starts with this key: a new notification refreshes them all. */
export const NOTIFICATIONS_KEY = 'notifications';
/** The unread count: set by the live stream, by a mark-read answer, or fetched while the stream is down. */
export const UNREAD_KEY = [NOTIFICATIONS_KEY, 'unread'] as const;

const PAGE_SIZE = 20;
/** How many the bell's popover shows. */
export const LATEST_COUNT = 8;

/** The unread count; fetched every `pollMs` when given (the live stream is down), else only as the stream says. */
export function useUnreadCount(pollMs: number | false) {
  return useQuery({
    queryKey: UNREAD_KEY,
    queryFn: async () => (await get<UnreadCount>('/api/v1/notifications/stream')).unreadCount,
    refetchInterval: pollMs,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The latest few, for the bell's popover (fetched when it opens). */
export function useLatestNotifications(enabled: boolean) {
  return useQuery({
    queryKey: [NOTIFICATIONS_KEY, 'latest'],
    queryFn: () => get<NotificationList>(`/api/v1/notifications${query({ limit: LATEST_COUNT })}`),
    enabled,
  });
}

/** 消息中心: all or only the unread, newest first, 20 at a time. */
export function useNotificationList(unread: boolean) {
  return useInfiniteQuery({
    queryKey: [NOTIFICATIONS_KEY, 'list', { unread }],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      get<NotificationList>(
        `/api/v1/notifications${query({ unread: unread || undefined, limit: PAGE_SIZE, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * Marks one notification (or all) read: the count the server answers goes straight to the bell, the lists are
 * fetched again.
 */
export function useMarkRead() {
  const client = useQueryClient();
  return async (id: number | 'all') => {
    const { unreadCount } = await post<UnreadCount>(
      id === 'all' ? '/api/v1/notifications/read-all' : `/api/v1/notifications/${id}/read`,
    );
    client.setQueryData(UNREAD_KEY, unreadCount);
    await client.invalidateQueries({
      queryKey: [NOTIFICATIONS_KEY],
      predicate: (q) => q.queryKey[1] !== 'unread',
    });
  };
}
