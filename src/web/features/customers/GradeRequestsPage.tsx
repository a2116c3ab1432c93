import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Modal, Space, Table, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { get, post } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { TIER_COLORS } from '../../app/labels.ts';

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

const FIGURE_LABELS: Record<string, string> = {
  annualVolume: '年销量',
  amount: '年交易金额',
  deals: '交易次数',
  paymentMethod: '付款方式',
  creditLimit: '信用额度',
  overdueCount: '逾期次数',
};

function GradeTable({ box }: { box: 'mine' | 'to_approve' }) {
  const client = useQueryClient();
  const requests = useQuery({
    queryKey: ['grade-requests', box],
    queryFn: () => get<{ items: GradeRequest[] }>(`/api/v1/grade-requests?box=${box}`),
  });
  const [rejecting, setRejecting] = useState<GradeRequest>();
  const [comment, setComment] = useState('');
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
        dataSource={requests.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '客户', render: (_, r) => `${r.customerCode} ${r.customerName}` },
          {
            title: '等级',
            width: 110,
            render: (_, r) => (
              <Space size={4}>
                <Tag color={TIER_COLORS[r.fromTier]}>{r.fromTier}</Tag>→
                <Tag color={TIER_COLORS[r.proposedTier]}>{r.proposedTier}</Tag>
              </Space>
            ),
          },
          { title: '理由', dataIndex: 'reasons' },
          {
            title: '数据',
            render: (_, r) =>
              Object.entries(r.figures)
                .map(([k, v]) => `${FIGURE_LABELS[k] ?? k}：${String(v)}`)
                .join('；'),
          },
          { title: '申报人', dataIndex: 'requesterName', width: 100 },
          {
            title: '申报时间',
            dataIndex: 'createdAt',
            width: 150,
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
          { title: '状态', dataIndex: 'statusLabel', width: 130 },
          ...(box === 'to_approve'
            ? [
                {
                  title: '操作',
                  width: 130,
                  render: (_: unknown, r: GradeRequest) => (
                    <Space>
                      <Button type="link" size="small" onClick={() => decide(r, 'approve')}>
                        批准
                      </Button>
                      <Button type="link" size="small" danger onClick={() => setRejecting(r)}>
                        驳回
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
        title="驳回等级申报"
        onOk={() => rejecting && decide(rejecting, 'reject', comment)}
        onCancel={() => setRejecting(undefined)}
      >
        <Input.TextArea placeholder="驳回原因" value={comment} onChange={(e) => setComment(e.target.value)} />
      </Modal>
    </>
  );
}

export function GradeRequestsPage() {
  const { data: me } = useMe();
  const approver = can(me, 'grades.approve_dept', 'grades.approve_exec');
  return (
    <Card title="客户等级申报">
      <Tabs
        defaultActiveKey={approver ? 'to_approve' : 'mine'}
        items={[
          ...(approver
            ? [{ key: 'to_approve', label: '待我审批', children: <GradeTable box="to_approve" /> }]
            : []),
          ...(can(me, 'grades.request')
            ? [{ key: 'mine', label: '我的申报', children: <GradeTable box="mine" /> }]
            : []),
        ]}
      />
    </Card>
  );
}
