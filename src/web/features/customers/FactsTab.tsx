import { LockOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useState } from 'react';
import { ApiError, get } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { type FactField, FactModal } from './FactModal.tsx';

/**
 * A customer's transactions, contracts or service records: the list (refused with the reason when the
 * viewer may not see it) and, for who may write, the form to add one.
 */
export function FactsTab<Row extends { id: number }>({
  customerId,
  listUrl,
  postUrl,
  columns,
  fields,
  addLabel,
  canAdd,
  requestButton,
}: {
  customerId: number;
  listUrl: string;
  postUrl: string;
  columns: ColumnsType<Row>;
  fields: FactField[];
  addLabel: MessageKey;
  canAdd: boolean;
  /** 申请查阅, offered beside the reason when the list is refused. */
  requestButton?: ReactNode;
}) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const facts = useQuery({
    queryKey: ['customer', customerId, listUrl],
    queryFn: () => get<{ items: Row[] }>(listUrl),
    retry: false,
  });
  if (facts.error instanceof ApiError) {
    // Withheld, not empty: a lock, the reason, and the way to ask.
    return (
      <Alert
        type="info"
        showIcon
        icon={<LockOutlined />}
        title={facts.error.problem.detail}
        action={facts.error.problem.status === 403 ? requestButton : undefined}
      />
    );
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canAdd && <Button onClick={() => setAdding(true)}>{t(addLabel)}</Button>}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={facts.isLoading}
        dataSource={facts.data?.items ?? []}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
      <FactModal
        customerId={customerId}
        title={addLabel}
        url={postUrl}
        fields={fields}
        open={adding}
        onClose={() => setAdding(false)}
      />
    </Space>
  );
}
