import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  List,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, get } from '../../api/client.ts';
import type { AppNotification, NotificationPreference } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import { UNREAD_KEY, useMarkRead, useNotificationList, useUnreadCount } from './queries.ts';
import { useAgo } from './useAgo.ts';
import { KIND_COLORS, kindWord, titleWords } from './words.ts';

type TabKey = 'all' | 'unread' | 'settings';
const TABS: TabKey[] = ['all', 'unread', 'settings'];

/** 消息中心: all or the unread notifications, and 通知设置 (what is shown and what is mailed). */
export function NotificationsPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('tab') as TabKey | null;
  const active = asked && TABS.includes(asked) ? asked : 'all';
  const markRead = useMarkRead();
  const unread = useUnreadCount(false);
  return (
    <Card
      title={t('notifications.title')}
      extra={
        active === 'settings' ? null : (
          <Button
            disabled={!unread.data}
            onClick={() => markRead('all').catch(showApiError)}
            data-testid="read-all"
          >
            {t('notifications.readAll')}
          </Button>
        )
      }
    >
      <Tabs
        activeKey={active}
        onChange={(tab) => setSearch({ tab }, { replace: true })}
        destroyOnHidden
        items={[
          {
            key: 'all',
            label: t('notifications.tab.all'),
            children: <NotificationList unread={false} />,
          },
          {
            key: 'unread',
            label: unread.data
              ? `${t('notifications.tab.unread')} (${unread.data})`
              : t('notifications.tab.unread'),
            children: <NotificationList unread />,
          },
          { key: 'settings', label: t('notifications.tab.settings'), children: <Preferences /> },
        ]}
      />
    </Card>
  );
}

/** One list, newest first, 20 at a time; a click opens the page it is about and marks it read. */
function NotificationList({ unread }: { unread: boolean }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const ago = useAgo();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const list = useNotificationList(unread);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  const open = async (item: AppNotification) => {
    try {
      if (!item.readAt) await markRead(item.id);
    } catch (error) {
      showApiError(error);
    }
    if (item.link) navigate(item.link);
  };

  return (
    <>
      <List<AppNotification>
        loading={list.isLoading}
        dataSource={rows}
        data-testid="notification-list"
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(unread ? 'notifications.emptyUnread' : 'notifications.empty')}
            />
          ),
        }}
        renderItem={(item) => (
          <List.Item
            data-testid="notification-row"
            data-unread={item.readAt ? undefined : 'true'}
            style={{ background: item.readAt ? undefined : '#f6faff', paddingInline: 12 }}
            actions={[
              item.link ? (
                <Button key="open" type="link" size="small" onClick={() => void open(item)}>
                  {t('notifications.open')}
                </Button>
              ) : null,
              item.readAt ? (
                <Typography.Text key="read" type="secondary">
                  {t('notifications.read')}
                </Typography.Text>
              ) : (
                <Button
                  key="mark"
                  type="link"
                  size="small"
                  onClick={() => markRead(item.id).catch(showApiError)}
                  data-testid="mark-read"
                >
                  {t('notifications.markRead')}
                </Button>
              ),
            ]}
          >
            <List.Item.Meta
              title={
                <Space size={8} wrap>
                  <Tag color={KIND_COLORS[item.kind]}>{kindWord(item.kind, locale)}</Tag>
                  {item.link ? (
                    <Typography.Link
                      strong={!item.readAt}
                      onClick={() => void open(item)}
                      data-testid="notification-title"
                    >
                      {titleWords(item, locale)}
                    </Typography.Link>
                  ) : (
                    <Typography.Text strong={!item.readAt} data-testid="notification-title">
                      {titleWords(item, locale)}
                    </Typography.Text>
                  )}
                </Space>
              }
              description={
                <Flex gap={16} wrap>
                  {item.body ? <span>{item.body}</span> : null}
                  <span title={zoneDateTime(item.createdAt, zone)}>{ago(item.createdAt)}</span>
                </Flex>
              }
            />
          </List.Item>
        )}
      />
      <LoadMore list={list} />
    </>
  );
}

const PREFERENCES_KEY = ['notification-preferences'];

/** 通知设置: per kind, 系统内提示 and 邮件, saved together. */
function Preferences() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const saved = useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: () => get<{ items: NotificationPreference[] }>('/api/v1/notification-preferences'),
  });
  const [rows, setRows] = useState<NotificationPreference[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (saved.data) setRows(saved.data.items);
  }, [saved.data]);
  const changed = JSON.stringify(rows) !== JSON.stringify(saved.data?.items ?? []);

  const toggle = (kind: string, part: 'inApp' | 'email', on: boolean) =>
    setRows((current) => current.map((row) => (row.kind === kind ? { ...row, [part]: on } : row)));

  const save = async () => {
    setSaving(true);
    try {
      const answer = await api<{ items: NotificationPreference[] }>(
        'PUT',
        '/api/v1/notification-preferences',
        { items: rows },
      );
      client.setQueryData(PREFERENCES_KEY, answer);
      await client.invalidateQueries({ queryKey: UNREAD_KEY });
      void message.success(t('notifications.pref.saved'));
    } catch (error) {
      showApiError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div style={{ maxWidth: 720 }}>
      <Alert type="info" showIcon title={t('notifications.pref.hint')} style={{ marginBottom: 16 }} />
      <Table<NotificationPreference>
        rowKey="kind"
        size="middle"
        pagination={false}
        loading={saved.isLoading}
        dataSource={rows}
        data-testid="preferences-table"
        columns={[
          { title: t('notifications.pref.kind'), render: (_, row) => kindWord(row.kind, locale) },
          {
            title: t('notifications.pref.inApp'),
            width: 140,
            align: 'center',
            render: (_, row) => (
              <Switch
                checked={row.inApp}
                onChange={(on) => toggle(row.kind, 'inApp', on)}
                data-testid={`pref-inApp-${row.kind}`}
              />
            ),
          },
          {
            title: t('notifications.pref.email'),
            width: 140,
            align: 'center',
            render: (_, row) => (
              <Switch
                checked={row.email}
                onChange={(on) => toggle(row.kind, 'email', on)}
                data-testid={`pref-email-${row.kind}`}
              />
            ),
          },
        ]}
      />
      <Button
        type="primary"
        style={{ marginTop: 16 }}
        loading={saving}
        disabled={!changed}
        onClick={save}
        data-testid="save-preferences"
      >
        {t('notifications.pref.save')}
      </Button>
    </div>
  );
}
