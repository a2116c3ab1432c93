import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Card, Segmented, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { get, type Page, query } from '../../api/client.ts';
import type { OutboxMail, OutboxStatus } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { zoneDateTime } from '../../app/zone.ts';

const PAGE_SIZE = 50;

const STATUS: Record<OutboxStatus, [MessageKey, string]> = {
  pending: ['outbox.status.pending', 'processing'],
  sent: ['outbox.status.sent', 'success'],
  failed: ['outbox.status.failed', 'error'],
};

/** 系统设置 → 邮件发送队列: the mail the server sends (or gave up on), newest first, with the last error. */
export function EmailOutboxPage() {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const [status, setStatus] = useState<OutboxStatus | 'all'>('all');
  const list = useInfiniteQuery({
    queryKey: ['email-outbox', status],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      get<Page<OutboxMail>>(
        `/api/v1/email-outbox${query({
          status: status === 'all' ? undefined : status,
          limit: PAGE_SIZE,
          cursor: pageParam,
        })}`,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card title={t('outbox.title')}>
      <Alert type="info" showIcon title={t('outbox.hint')} style={{ marginBottom: 16 }} />
      <Segmented<OutboxStatus | 'all'>
        value={status}
        onChange={setStatus}
        style={{ marginBottom: 16 }}
        data-testid="outbox-status"
        options={[
          { value: 'all', label: t('common.all') },
          ...(Object.keys(STATUS) as OutboxStatus[]).map((s) => ({ value: s, label: t(STATUS[s][0]) })),
        ]}
      />
      <Table<OutboxMail>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: 1000 }}
        data-testid="outbox-table"
        locale={{ emptyText: t('outbox.empty') }}
        columns={[
          {
            title: t('outbox.createdAt'),
            width: 140,
            render: (_, row) => zoneDateTime(row.createdAt, zone),
          },
          { title: t('outbox.to'), dataIndex: 'toAddress', width: 190, ellipsis: true },
          { title: t('outbox.subject'), dataIndex: 'subject', ellipsis: true },
          {
            title: t('outbox.status'),
            width: 96,
            render: (_, row) => <Tag color={STATUS[row.status][1]}>{t(STATUS[row.status][0])}</Tag>,
          },
          { title: t('outbox.attempts'), dataIndex: 'attempts', width: 84, align: 'right' },
          {
            title: t('outbox.when'),
            width: 160,
            render: (_, row) =>
              row.status === 'pending'
                ? zoneDateTime(row.nextAttemptAt, zone)
                : zoneDateTime(row.sentAt, zone) || '—',
          },
          {
            title: t('outbox.lastError'),
            width: 180,
            render: (_, row) =>
              row.lastError ? (
                <Tooltip title={row.lastError}>
                  <Typography.Text type="danger" ellipsis style={{ maxWidth: 160 }}>
                    {row.lastError}
                  </Typography.Text>
                </Tooltip>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <LoadMore list={list} />
    </Card>
  );
}
