import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Modal, Space, Table, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { get, post } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.tsx';
import { formatYuan } from '../../app/format.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { TIER_COLORS } from '../../app/labels.ts';
import { type MessageKey, messages } from '../../app/messages.ts';
import { textBelowRows } from '../../app/text-below.tsx';

interface GradeRequest {
  id: number;
  customerCode: string;
  customerName: string;
  fromTier: string;
  proposedTier: string;
  reasons: string;
  figures: Record<string, unknown>;
  status: string;
  statusLabel: string;
  requesterName: string;
  deptDecidedByName: string | null;
  execDecidedByName: string | null;
  createdAt: string;
}

const FIGURE_LABELS: Record<string, MessageKey> = {
  annualVolume: 'grades.annualVolume',
  amount: 'grades.amount',
  deals: 'grades.deals',
  paymentMethod: 'grades.paymentMethod',
  creditLimit: 'grades.creditLimit',
  overdueCount: 'grades.overdueCount',
};

const MONEY_FIGURES = new Set(['amount', 'creditLimit']);

function GradeTable({ box }: { box: 'mine' | 'to_approve' }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const requests = useQuery({
    queryKey: ['grade-requests', box],
    queryFn: () => get<{ items: GradeRequest[] }>(`/api/v1/grade-requests?box=${box}`),
  });
  const [rejecting, setRejecting] = useState<GradeRequest>();
  const [comment, setComment] = useState('');
  const items = requests.data?.items ?? [];
  const decide = async (request: GradeRequest, verb: 'approve' | 'reject', text?: string) => {
    try {
      await post(`/api/v1/grade-requests/${request.id}/${verb}`, { comment: text ?? null });
      await client.invalidateQueries({ queryKey: ['grade-requests'] });
      setRejecting(undefined);
    } catch (error) {
      showApiError(error);
    }
  };
  return (
    <>
      <Table<GradeRequest>
        rowKey="id"
        loading={requests.isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ x: 1000 }}
        expandable={textBelowRows(items, t('grades.reasons'), (r) => r.reasons)}
        columns={[
          {
            title: t('grades.customer'),
            width: 220,
            render: (_, r) => `${r.customerCode} ${r.customerName}`,
          },
          {
            title: t('grades.tier'),
            width: 110,
            render: (_, r) => (
              <Space size={4}>
                <Tag color={TIER_COLORS[r.fromTier]}>{r.fromTier}</Tag>→
                <Tag color={TIER_COLORS[r.proposedTier]}>{r.proposedTier}</Tag>
              </Space>
            ),
          },
          {
            title: t('grades.figures'),
            render: (_, r) =>
              Object.entries(r.figures)
                .map(([k, v]) =>
                  t('grades.figure', {
                    label: FIGURE_LABELS[k] ? t(FIGURE_LABELS[k]) : k,
                    value: MONEY_FIGURES.has(k) ? formatYuan(String(v)) : String(v),
                  }),
                )
                .join(t('grades.figureSeparator')),
          },
          ...(box === 'to_approve'
            ? [{ title: t('grades.requester'), dataIndex: 'requesterName', width: 100 }]
            : []),
          {
            title: t('grades.requestedAt'),
            dataIndex: 'createdAt',
            width: 150,
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
          {
            title: t('access.status'),
            width: 130,
            render: (_, r) =>
              `grades.status.${r.status}` in messages
                ? t(`grades.status.${r.status}` as MessageKey)
                : r.statusLabel,
          },
          ...(box === 'to_approve'
            ? [
                {
                  title: t('common.actions'),
                  width: 170,
                  fixed: 'right' as const,
                  render: (_: unknown, r: GradeRequest) => (
                    <Space>
                      <Button type="link" size="small" onClick={() => decide(r, 'approve')}>
                        {t('access.approve')}
                      </Button>
                      <Button type="link" size="small" danger onClick={() => setRejecting(r)}>
                        {t('access.reject')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={!!rejecting}
        title={t('grades.rejectTitle')}
        onOk={() => rejecting && decide(rejecting, 'reject', comment)}
        onCancel={() => setRejecting(undefined)}
      >
        <Input.TextArea
          placeholder={t('grades.rejectReason')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Modal>
    </>
  );
}

export function GradeRequestsPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const approver = can(me, 'grades.approve_dept', 'grades.approve_exec');
  return (
    <Card title={t('grades.request')}>
      <Tabs
        defaultActiveKey={approver ? 'to_approve' : 'mine'}
        items={[
          ...(approver
            ? [{ key: 'to_approve', label: t('access.toApprove'), children: <GradeTable box="to_approve" /> }]
            : []),
          ...(can(me, 'grades.request')
            ? [{ key: 'mine', label: t('grades.mine'), children: <GradeTable box="mine" /> }]
            : []),
        ]}
      />
    </Card>
  );
}
