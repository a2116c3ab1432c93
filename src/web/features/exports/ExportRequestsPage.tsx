import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { get, post } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { RejectModal } from '../../app/RejectModal.tsx';
import { download } from './export-client.ts';

interface ExportRequest {
  id: number;
  requesterName: string;
  rowCount: number;
  purpose: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected' | 'expired';
  decidedByName: string | null;
  comment: string | null;
  expiresAt: string | null;
  downloads: number;
  createdAt: string;
}

const STATUS: Record<ExportRequest['status'], [MessageKey, string]> = {
  pending: ['exports.pending', 'gold'],
  approved: ['exports.approved', 'green'],
  rejected: ['exports.rejected', 'red'],
  expired: ['exports.expired', 'default'],
};
const time = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');

function RequestTable({ box }: { box: 'mine' | 'to_approve' }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [rejecting, setRejecting] = useState<ExportRequest>();
  const requests = useQuery({
    queryKey: ['export-requests', box],
    queryFn: () => get<{ items: ExportRequest[] }>(`/api/v1/export-requests?box=${box}`),
  });
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await client.invalidateQueries({ queryKey: ['export-requests'] });
      setRejecting(undefined);
    } catch (error) {
      showApiError(error);
    }
  };
  const decide = (r: ExportRequest, verb: 'approve' | 'reject', comment?: string) =>
    act(() => post(`/api/v1/export-requests/${r.id}/${verb}`, { comment: comment ?? null }));
  const actions = (r: ExportRequest) =>
    box === 'to_approve' ? (
      <Space>
        <Button type="link" size="small" onClick={() => decide(r, 'approve')}>
          {t('access.approve')}
        </Button>
        <Button type="link" size="small" danger onClick={() => setRejecting(r)}>
          {t('access.reject')}
        </Button>
      </Space>
    ) : r.status === 'approved' ? (
      <Button
        size="small"
        type="primary"
        onClick={() => act(() => download(`/api/v1/export-requests/${r.id}/download`, 'customers.xlsx'))}
      >
        {t('exports.download')}
      </Button>
    ) : null;
  return (
    <>
      <Table<ExportRequest>
        rowKey="id"
        loading={requests.isLoading}
        dataSource={requests.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '#', dataIndex: 'id', width: 60 },
          { title: t('exports.createdAt'), dataIndex: 'createdAt', width: 150, render: time },
          ...(box === 'to_approve' ? [{ title: t('access.requester'), dataIndex: 'requesterName' }] : []),
          { title: t('exports.rows'), dataIndex: 'rowCount', width: 90 },
          { title: t('access.purpose'), dataIndex: 'purpose' },
          { title: t('access.reason'), dataIndex: 'reason' },
          {
            title: t('access.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: ExportRequest['status']) => <Tag color={STATUS[s][1]}>{t(STATUS[s][0])}</Tag>,
          },
          {
            title: t('access.comment'),
            render: (_, r) => [r.decidedByName, r.comment].filter(Boolean).join('：') || '—',
          },
          { title: t('exports.validUntil'), dataIndex: 'expiresAt', width: 150, render: time },
          { title: t('common.actions'), width: 160, render: (_, r) => actions(r) },
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

/** 导出申请: my requests (download once approved) and, for approvers, those waiting for a decision. */
export function ExportRequestsPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const approver = can(me, 'access.approve');
  return (
    <Card title={t('exports.title')}>
      <Tabs
        defaultActiveKey={approver ? 'to_approve' : 'mine'}
        items={[
          ...(approver
            ? [
                {
                  key: 'to_approve',
                  label: t('access.toApprove'),
                  children: <RequestTable box="to_approve" />,
                },
              ]
            : []),
          ...(can(me, 'customers.export')
            ? [{ key: 'mine', label: t('access.mine'), children: <RequestTable box="mine" /> }]
            : []),
        ]}
      />
    </Card>
  );
}
