import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Modal, message, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { get, post } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { RejectModal } from '../../app/RejectModal.tsx';

interface DueCustomer {
  id: number;
  code: string;
  name: string;
  lostOn: string | null;
  lostReason: string | null;
  ownerName: string | null;
}

interface DestructionRequest {
  id: number;
  requesterName: string;
  customers: { id: number; code: string; name: string }[];
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  decidedByName: string | null;
  comment: string | null;
  createdAt: string;
}

const STATUS: Record<DestructionRequest['status'], [MessageKey, string]> = {
  pending: ['exports.pending', 'gold'],
  approved: ['retention.destroyed', 'red'],
  rejected: ['exports.rejected', 'default'],
};

/** 已过保存期限: the administrator picks customers and asks for their destruction. */
function DueCustomers() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [selected, setSelected] = useState<number[]>([]);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const due = useQuery({
    queryKey: ['data-retention', 'due'],
    queryFn: () => get<{ retentionYears: number; items: DueCustomer[] }>('/api/v1/data-retention/due'),
  });
  const submit = async () => {
    try {
      await post('/api/v1/data-retention/requests', { customerIds: selected, reason });
      void message.success(t('retention.requested'));
      setAsking(false);
      setSelected([]);
      await client.invalidateQueries({ queryKey: ['data-retention'] });
    } catch (error) {
      showApiError(error);
    }
  };
  return (
    <Card
      title={t('retention.due', { years: due.data?.retentionYears ?? '…' })}
      extra={
        <Button danger disabled={selected.length === 0} onClick={() => setAsking(true)}>
          {t('retention.request', { count: selected.length })}
        </Button>
      }
    >
      <Table<DueCustomer>
        rowKey="id"
        size="small"
        loading={due.isLoading}
        dataSource={due.data?.items ?? []}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('customers.code'), dataIndex: 'code', width: 100 },
          { title: t('customers.name'), dataIndex: 'name' },
          { title: t('customerEdit.lostOn'), dataIndex: 'lostOn', width: 120 },
          { title: t('customerEdit.lostReason'), dataIndex: 'lostReason' },
          { title: t('customers.owner'), dataIndex: 'ownerName', width: 120 },
        ]}
      />
      <Modal
        open={asking}
        title={t('retention.request', { count: selected.length })}
        onOk={submit}
        onCancel={() => setAsking(false)}
        okText={t('exports.submit')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={t('retention.warning')} style={{ marginBottom: 12 }} />
        <Input.TextArea
          placeholder={t('access.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="destruction-reason"
        />
      </Modal>
    </Card>
  );
}

function Requests({ approver }: { approver: boolean }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [rejecting, setRejecting] = useState<DestructionRequest>();
  const requests = useQuery({
    queryKey: ['data-retention', 'requests'],
    queryFn: () => get<{ items: DestructionRequest[] }>('/api/v1/data-retention/requests'),
  });
  const decide = async (r: DestructionRequest, verb: 'approve' | 'reject', comment?: string) => {
    try {
      await post(`/api/v1/data-retention/requests/${r.id}/${verb}`, { comment: comment ?? null });
      setRejecting(undefined);
      await client.invalidateQueries({ queryKey: ['data-retention'] });
    } catch (error) {
      showApiError(error);
    }
  };
  return (
    <Card title={t('retention.requests')}>
      <Table<DestructionRequest>
        rowKey="id"
        size="small"
        loading={requests.isLoading}
        dataSource={requests.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '#', dataIndex: 'id', width: 60 },
          {
            title: t('exports.createdAt'),
            dataIndex: 'createdAt',
            width: 150,
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
          { title: t('access.requester'), dataIndex: 'requesterName', width: 120 },
          {
            title: t('access.customers'),
            render: (_, r) => r.customers.map((c) => `${c.code} ${c.name}`).join('、'),
          },
          { title: t('access.reason'), dataIndex: 'reason' },
          {
            title: t('access.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: DestructionRequest['status']) => <Tag color={STATUS[s][1]}>{t(STATUS[s][0])}</Tag>,
          },
          {
            title: t('access.comment'),
            render: (_, r) => [r.decidedByName, r.comment].filter(Boolean).join('：') || '—',
          },
          ...(approver
            ? [
                {
                  title: t('common.actions'),
                  width: 160,
                  render: (_: unknown, r: DestructionRequest) =>
                    r.status === 'pending' && (
                      <Space>
                        <Button type="link" size="small" danger onClick={() => decide(r, 'approve')}>
                          {t('retention.approve')}
                        </Button>
                        <Button type="link" size="small" onClick={() => setRejecting(r)}>
                          {t('access.reject')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <RejectModal
        open={!!rejecting}
        onReject={(comment) => rejecting && decide(rejecting, 'reject', comment)}
        onCancel={() => setRejecting(undefined)}
      />
    </Card>
  );
}

/** 数据销毁: archives past their retention period, destroyed only with the executive's approval. */
export function DataRetentionPage() {
  const { data: me } = useMe();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {can(me, 'settings.manage') && <DueCustomers />}
      <Requests approver={can(me, 'access.approve_top_secret')} />
    </Space>
  );
}
