import { BellOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Empty, Flex, List, Popover, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { AppNotification, UnreadCount } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import {
  NOTIFICATIONS_KEY,
  UNREAD_KEY,
  useLatestNotifications,
  useMarkRead,
  useUnreadCount,
} from './queries.ts';
import { useAgo } from './useAgo.ts';
import { titleWords } from './words.ts';

/** While the stream is down the count is fetched this often. */
const POLL_MS = 60_000;
/** A stream the server closed for good (not the browser's own retries) is opened again after this long. */
const REOPEN_MS = 30_000;

/**
 * The live stream of one's notifications (Server-Sent Events): the unread count as it changes and each new
 * notification, which is also shown as a toast. The browser reconnects by itself; while it cannot, `live` is
 * false and the count is fetched every minute instead.
 */
function useNotificationStream(onNew: (n: AppNotification) => void): boolean {
  const client = useQueryClient();
  const [live, setLive] = useState(false);
  const latest = useRef(onNew);
  latest.current = onNew;
  useEffect(() => {
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      source = new EventSource('/api/v1/notifications/stream');
      source.onopen = () => setLive(true);
      source.addEventListener('unread', (event) => {
        const { unreadCount } = JSON.parse((event as MessageEvent<string>).data) as UnreadCount;
        client.setQueryData(UNREAD_KEY, unreadCount);
      });
      source.addEventListener('notification', (event) => {
        latest.current(JSON.parse((event as MessageEvent<string>).data) as AppNotification);
        void client.invalidateQueries({
          queryKey: [NOTIFICATIONS_KEY],
          predicate: (q) => q.queryKey[1] !== 'unread',
        });
      });
      source.onerror = () => {
        setLive(false);
        // CLOSED: the server refused (signed out, or down behind a proxy); the browser will not retry itself.
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          reopen = setTimeout(open, REOPEN_MS);
        }
      };
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [client]);
  return live;
}

/** One line of the popover: the title (bold while unread), its text and when. */
function Line({ item, onOpen }: { item: AppNotification; onOpen: (item: AppNotification) => void }) {
  const ago = useAgo();
  const { locale } = useI18n();
  return (
    <List.Item
      onClick={() => onOpen(item)}
      style={{ cursor: 'pointer', padding: '8px 4px' }}
      data-testid="bell-item"
      data-unread={item.readAt ? undefined : 'true'}
    >
      <Flex vertical gap={2} style={{ width: '100%', minWidth: 0 }}>
        <Flex justify="space-between" gap={8}>
          <Typography.Text strong={!item.readAt} ellipsis style={{ flex: 1 }}>
            {item.readAt ? null : <Badge status="processing" style={{ marginRight: 6 }} />}
            {titleWords(item, locale)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {ago(item.createdAt)}
          </Typography.Text>
        </Flex>
        {item.body ? (
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
            {item.body}
          </Typography.Text>
        ) : null}
      </Flex>
    </List.Item>
  );
}

/**
 * 消息 in the header: the unread count, live; a click shows the latest few, a click on one marks it read and
 * opens its page. 全部已读 and 查看全部 (消息中心) below.
 */
export function NotificationBell() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const { notification } = App.useApp();
  const [open, setOpen] = useState(false);
  const markRead = useMarkRead();

  const openItem = async (item: AppNotification) => {
    setOpen(false);
    try {
      if (!item.readAt) await markRead(item.id);
    } catch (error) {
      showApiError(error);
    }
    if (item.link) navigate(item.link);
  };

  const live = useNotificationStream((item) => {
    notification.info({
      key: `notification-${item.id}`,
      title: titleWords(item, locale),
      description: item.body,
      icon: <BellOutlined style={{ color: '#1677ff' }} />,
      placement: 'topRight',
      duration: 6,
      onClick: () => {
        notification.destroy(`notification-${item.id}`);
        void openItem(item);
      },
      style: { cursor: item.link ? 'pointer' : undefined },
    });
  });
  const unread = useUnreadCount(live ? false : POLL_MS);
  const latest = useLatestNotifications(open);
  const items = latest.data?.items ?? [];

  const content = (
    <div style={{ width: 360 }} data-testid="bell-popover">
      <Spin spinning={latest.isLoading}>
        {items.length === 0 && !latest.isLoading ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
        ) : (
          <List<AppNotification>
            size="small"
            dataSource={items}
            renderItem={(item) => <Line item={item} onOpen={(i) => void openItem(i)} />}
            style={{ maxHeight: 420, overflowY: 'auto' }}
          />
        )}
      </Spin>
      <Flex justify="space-between" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8, marginTop: 4 }}>
        <Button
          type="link"
          size="small"
          disabled={!unread.data}
          onClick={() => markRead('all').catch(showApiError)}
          data-testid="bell-read-all"
        >
          {t('notifications.readAll')}
        </Button>
        <Button
          type="link"
          size="small"
          onClick={() => {
            setOpen(false);
            navigate('/notifications');
          }}
          data-testid="bell-view-all"
        >
          {t('notifications.viewAll')}
        </Button>
      </Flex>
    </div>
  );

  return (
    <Popover
      trigger={['click']}
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={
        <Flex justify="space-between">
          <span>{t('notifications.bell')}</span>
          {unread.data ? (
            <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
              {t('notifications.unreadCount', { n: unread.data })}
            </Typography.Text>
          ) : null}
        </Flex>
      }
      content={content}
    >
      <Button
        type="text"
        // The badge's number is part of the name, a word of its own (axe: label-content-name-mismatch).
        aria-label={
          unread.data
            ? t('notifications.bellUnread', { n: unread.data > 99 ? '99+' : unread.data })
            : t('notifications.bell')
        }
        data-testid="bell"
        style={{ height: 40, padding: '0 8px' }}
      >
        <Badge count={unread.data ?? 0} size="small" overflowCount={99} data-testid="bell-count">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
