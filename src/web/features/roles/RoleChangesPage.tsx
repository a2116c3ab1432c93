import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { get, post } from '../../api/client.ts';
import type { Role } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { RejectModal } from '../../app/RejectModal.tsx';

interface RoleChange {
  id: number;
  userId: number;
  username: string;
  displayName: string;
  rolesBefore: string[];
  rolesAfter: string[];
  status: 'pending' | 'approved' | 'rejected' | 'superseded' | 'direct';
  requestedByName: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  comment: string | null;
  createdAt: string;
}

const STATUS_COLOR: Record<RoleChange['status'], string> = {
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
  superseded: 'default',
  direct: 'blue',
};
const time = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');

function useRoleNames() {
  const { locale } = useI18n();
  const roles = useQuery({ queryKey: ['roles'], queryFn: () => get<{ items: Role[] }>('/api/v1/roles') });
  const names = new Map((roles.data?.items ?? []).map((r) => [r.key, locale === 'en' ? r.nameEn : r.nameZh]));
  return (key: string) => names.get(key) ?? key;
}

/** The roles after a change; those it adds are marked, those it removes shown struck through. */
function RoleDiff({ before, after }: { before: string[]; after: string[] }) {
  const name = useRoleNames();
  return (
    <Space size={[4, 4]} wrap>
      {after.map((r) => (
        <Tag key={r} color={before.includes(r) ? undefined : 'orange'}>
          {before.includes(r) ? name(r) : `+ ${name(r)}`}
        </Tag>
      ))}
      {before
        .filter((r) => !after.includes(r))
        .map((r) => (
          <Tag key={r} style={{ textDecoration: 'line-through' }}>
            {name(r)}
          </Tag>
        ))}
    </Space>
  );
}

function RoleTags({ roles }: { roles: string[] }) {
  const name = useRoleNames();
  if (roles.length === 0) return <>—</>;
  return (
    <Space size={[4, 4]} wrap>
      {roles.map((r) => (
        <Tag key={r}>{name(r)}</Tag>
      ))}
    </Space>
  );
}

function ChangeTable({ box }: { box: 'pending' | 'recent' }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [rejecting, setRejecting] = useState<RoleChange>();
  const changes = useQuery({
    queryKey: ['role-change-requests', box],
    queryFn: () => get<{ items: RoleChange[] }>(`/api/v1/role-change-requests?box=${box}`),
  });
  const decide = async (change: RoleChange, verb: 'approve' | 'reject', comment?: string) => {
    try {
      await post(`/api/v1/role-change-requests/${change.id}/${verb}`, { comment: comment ?? null });
      await client.invalidateQueries({ queryKey: ['role-change-requests'] });
      await client.invalidateQueries({ queryKey: ['users'] });
      setRejecting(undefined);
    } catch (error) {
      showApiError(error);
    }
  };
  const person = (c: RoleChange) => t('handover.person', { name: c.displayName, username: c.username });

  return (
    <>
      <Table<RoleChange>
        rowKey="id"
        size="middle"
        loading={changes.isLoading}
        dataSource={changes.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        data-testid={`role-changes-${box}`}
        columns={[
          {
            title: t('roleChanges.time'),
            width: 150,
            render: (_, c) => time(box === 'pending' ? c.createdAt : (c.decidedAt ?? c.createdAt)),
          },
          { title: t('roleChanges.user'), render: (_, c) => person(c) },
          {
            title: t('roleChanges.before'),
            render: (_, c) => <RoleTags roles={c.rolesBefore} />,
          },
          {
            title: t('roleChanges.after'),
            render: (_, c) => <RoleDiff before={c.rolesBefore} after={c.rolesAfter} />,
          },
          { title: t('roleChanges.requestedBy'), dataIndex: 'requestedByName' },
          ...(box === 'recent'
            ? [
                {
                  title: t('access.status'),
                  render: (_: unknown, c: RoleChange) => (
                    <Tag color={STATUS_COLOR[c.status]}>
                      {t(`roleChanges.status.${c.status}` as MessageKey)}
                    </Tag>
                  ),
                },
                {
                  title: t('roleChanges.decidedBy'),
                  render: (_: unknown, c: RoleChange) =>
                    c.status === 'direct'
                      ? '—'
                      : [c.decidedByName, c.comment].filter(Boolean).join('：') || '—',
                },
              ]
            : [
                {
                  title: t('common.actions'),
                  fixed: 'right' as const,
                  render: (_: unknown, c: RoleChange) => (
                    <Space>
                      <Popconfirm
                        title={t('roleChanges.confirmApprove')}
                        onConfirm={() => decide(c, 'approve')}
                      >
                        <Button type="link" size="small">
                          {t('access.approve')}
                        </Button>
                      </Popconfirm>
                      <Button type="link" size="small" danger onClick={() => setRejecting(c)}>
                        {t('access.reject')}
                      </Button>
                    </Space>
                  ),
                },
              ]),
        ]}
      />
      <RejectModal
        open={!!rejecting}
        onReject={(comment) => rejecting && decide(rejecting, 'reject', comment)}
        onCancel={() => setRejecting(undefined)}
      />
    </>
  );
}

/** 角色变更审批: the executive decides admin + customer-data role combinations and sees recent role changes. */
export function RoleChangesPage() {
  const { t } = useI18n();
  return (
    <Card title={t('roleChanges.title')}>
      <Typography.Paragraph type="secondary">{t('roleChanges.hint')}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'pending', label: t('roleChanges.pending'), children: <ChangeTable box="pending" /> },
          { key: 'recent', label: t('roleChanges.recent'), children: <ChangeTable box="recent" /> },
        ]}
      />
    </Card>
  );
}
