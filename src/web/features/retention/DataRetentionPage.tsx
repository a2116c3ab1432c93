import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { get, post } from '../../api/client.ts';
import type {
  DestructionRequest,
  DestructionRequestBody,
  DueCustomer,
  RetentionDue,
} from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ApprovalTable } from '../workflow/ApprovalTable.tsx';

const REQUESTS = '/api/v1/data-retention/requests';
/** The customers due for destruction: a destroyed one leaves them. */
const DUE = ['data-retention', 'due'];

/** An approved destruction has been carried out: it reads 已销毁. */
const STATUS_STYLES = { approved: { label: 'retention.destroyed', color: 'red' } } as const;

/** 已过保存期限: the administrator picks customers and asks for their destruction. */
function DueCustomers() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [selected, setSelected] = useState<number[]>([]);
  const [asking, setAsking] = useState(false);
  const due = useQuery({
    queryKey: DUE,
    queryFn: () => get<RetentionDue>('/api/v1/data-retention/due'),
  });
  const submit = async ({ reason }: { reason: string }) => {
    await post(REQUESTS, { customerIds: selected, reason } satisfies DestructionRequestBody);
    setSelected([]);
    await client.invalidateQueries({ queryKey: [REQUESTS] });
    await client.invalidateQueries({ queryKey: DUE });
    return t('retention.requested');
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
      <FormModal<{ reason: string }>
        open={asking}
        title={t('retention.request', { count: selected.length })}
        okText="exports.submit"
        testId="destruction-form"
        danger
        intro={<Alert type="warning" showIcon title={t('retention.warning')} style={{ marginBottom: 12 }} />}
        submit={submit}
        onClose={() => setAsking(false)}
      >
        <Form.Item
          name="reason"
          label={t('access.reason')}
          rules={[{ required: true, whitespace: true, message: t('login.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="destruction-reason" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

/** Every destruction request (the administrator's and the executive's view); the executive decides. */
function Requests({ approver }: { approver: boolean }) {
  const { t } = useI18n();
  return (
    <Card title={t('retention.requests')}>
      <ApprovalTable<DestructionRequest>
        url={REQUESTS}
        showRequester
        statusStyles={STATUS_STYLES}
        decide={approver && { approveText: 'retention.approve', approveDanger: true, alsoInvalidate: [DUE] }}
        columns={[
          {
            title: t('access.customers'),
            render: (_, r) => r.customers.map((c) => `${c.code} ${c.name}`).join(t('common.listSeparator')),
          },
          { title: t('access.reason'), dataIndex: 'reason' },
        ]}
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
