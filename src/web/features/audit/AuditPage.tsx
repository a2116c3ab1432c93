import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ACTION_LABELS, TARGET_TYPE_LABELS } from '../../../domain/audit/vocabulary.ts';
import {
  auditActionText,
  auditDetailsText,
  auditTargetText,
  targetTypeLabel,
} from '../../../domain/audit/words.ts';
import { get, query } from '../../api/client.ts';
import type { AuditEvent, ChainVerification, Page, User } from '../../api/types.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { fromWallClock, zoneDateTimeSeconds } from '../../app/zone.ts';

interface Filters {
  action?: string;
  actorId?: number;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

interface Verdict {
  type: 'success' | 'warning' | 'error';
  title: string;
  lines: string[];
}

const REASONS: Record<string, MessageKey> = {
  hash_mismatch: 'audit.reason.hash_mismatch',
  prev_hash_mismatch: 'audit.reason.prev_hash_mismatch',
  unkeyed_after_keyed: 'audit.reason.unkeyed_after_keyed',
  unknown_hash_version: 'audit.reason.unknown_hash_version',
};

const CHECKPOINT: Record<ChainVerification['checkpoint']['status'], MessageKey> = {
  verified: 'audit.checkpoint.verified',
  missing: 'audit.checkpoint.missing',
  tampered: 'audit.checkpoint.tampered',
  head_missing: 'audit.checkpoint.head_missing',
  head_mismatch: 'audit.checkpoint.head_mismatch',
  count_mismatch: 'audit.checkpoint.count_mismatch',
};

function verdictOf(result: ChainVerification, t: ReturnType<typeof useI18n>['t'], zone: string): Verdict {
  const cp = result.checkpoint;
  const lines = [
    t(CHECKPOINT[cp.status], {
      id: cp.lastId ?? '?',
      count: cp.count ?? '?',
      at: zoneDateTimeSeconds(cp.at, zone) || '?',
    }),
  ];
  if (cp.status === 'verified' && cp.eventsAfter)
    lines.push(t('audit.checkpoint.after', { n: cp.eventsAfter }));
  if (result.unkeyedThrough !== undefined) lines.push(t('audit.unkeyed', { id: result.unkeyedThrough }));
  if (result.brokenAt) {
    const reason = REASONS[result.brokenAt.reason];
    return {
      type: 'error',
      title: t('audit.broken', {
        id: result.brokenAt.id,
        reason: reason ? t(reason) : result.brokenAt.reason,
      }),
      lines,
    };
  }
  if (!result.ok) return { type: 'error', title: t('audit.failed'), lines };
  return {
    type: cp.status === 'missing' ? 'warning' : 'success',
    title: t('audit.intact', { n: result.checked }),
    lines,
  };
}

export function AuditPage() {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const [filters, setFilters] = useState<Filters>({});
  const [verdict, setVerdict] = useState<Verdict>();
  const { data: me } = useMe();
  // Only user managers may list users; others filter by action, target and date.
  const actors = useQuery({
    queryKey: ['users', 'actors'],
    queryFn: () => get<Page<User>>('/api/v1/users?limit=500'),
    enabled: can(me, 'users.manage'),
  });
  const events = useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      get<Page<AuditEvent>>(`/api/v1/audit-events${query({ ...filters, limit: 50, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const verify = async () => {
    try {
      setVerdict(verdictOf(await get<ChainVerification>('/api/v1/audit-events/verify'), t, zone));
    } catch (error) {
      showApiError(error);
    }
  };
  const range = (value: [Dayjs | null, Dayjs | null] | null) =>
    setFilters({
      ...filters,
      // The picked days are the company's days, whatever the browser's zone.
      from: value?.[0] ? fromWallClock(value[0].startOf('day'), zone) : undefined,
      to: value?.[1] ? fromWallClock(value[1].endOf('day'), zone) : undefined,
    });

  return (
    <Card
      title={t('audit.title')}
      extra={
        <Space>
          <Button href={`/api/v1/audit-events/export${query({ ...filters })}`}>{t('common.export')}</Button>
          <Button type="primary" onClick={verify}>
            {t('audit.verify')}
          </Button>
        </Space>
      }
    >
      {verdict && (
        <Alert
          type={verdict.type}
          showIcon
          title={verdict.title}
          description={verdict.lines.map((line) => <div key={line}>{line}</div>)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          placeholder={t('audit.action')}
          aria-label={t('audit.action')}
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          options={Object.keys(ACTION_LABELS).map((value) => ({
            value,
            label: auditActionText(value, locale),
          }))}
          onChange={(action?: string) => setFilters({ ...filters, action })}
        />
        {can(me, 'users.manage') && (
          <Select
            placeholder={t('audit.actor')}
            aria-label={t('audit.actor')}
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 180 }}
            options={(actors.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${u.displayName} (${u.username})`,
            }))}
            onChange={(actorId?: number) => setFilters({ ...filters, actorId })}
          />
        )}
        <Select
          placeholder={t('audit.target')}
          aria-label={t('audit.target')}
          allowClear
          style={{ width: 140 }}
          options={Object.keys(TARGET_TYPE_LABELS).map((value) => ({
            value,
            label: targetTypeLabel(value, locale),
          }))}
          onChange={(targetType?: string) => setFilters({ ...filters, targetType })}
        />
        <Input.Search
          placeholder={`${t('audit.target')} ID`}
          allowClear
          style={{ width: 160 }}
          onSearch={(targetId) => setFilters({ ...filters, targetId })}
        />
        <DatePicker.RangePicker onChange={range} />
      </Space>
      <Table<AuditEvent>
        rowKey="id"
        size="small"
        loading={events.isLoading}
        dataSource={events.data?.pages.flatMap((p) => p.items) ?? []}
        pagination={false}
        columns={[
          { title: '#', dataIndex: 'id', width: 70 },
          {
            title: t('audit.time'),
            dataIndex: 'occurredAt',
            width: 170,
            render: (v: string) => zoneDateTimeSeconds(v, zone),
          },
          {
            title: t('audit.actor'),
            dataIndex: 'actorName',
            width: 120,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 180,
            render: (v: string) => auditActionText(v, locale),
          },
          {
            title: t('audit.target'),
            render: (_, e) => auditTargetText(e, locale),
            width: 200,
          },
          {
            title: t('audit.details'),
            dataIndex: 'details',
            render: (v: Record<string, unknown>) => {
              const text = auditDetailsText(v, locale);
              return (
                <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ marginBottom: 0 }}>
                  {text}
                </Typography.Paragraph>
              );
            },
          },
          { title: 'IP', dataIndex: 'ip', width: 120 },
        ]}
      />
      <LoadMore list={events} />
    </Card>
  );
}
