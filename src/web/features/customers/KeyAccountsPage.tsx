import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Segmented, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, get } from '../../api/client.ts';
import type { KeyAccounts } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { formatYuan } from '../../app/format.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { download } from '../exports/export-client.ts';
import { Explained } from './Explained.tsx';

/** 客户分级目录 totals and 大客户登记名单 (last 12 months). */
export function KeyAccountsPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const [tier, setTier] = useState('A');
  const exportList = () =>
    download(`/api/v1/reports/key-accounts/export?tier=${tier}`, `key-accounts-${tier}.xlsx`).catch(
      showApiError,
    );
  const data = useQuery({
    queryKey: ['key-accounts', tier],
    queryFn: () => get<KeyAccounts>(`/api/v1/reports/key-accounts?tier=${tier}`),
  });
  if (data.error instanceof ApiError)
    return <Alert type="warning" showIcon title={data.error.problem.detail} />;
  return (
    <Card
      title={t('keyAccounts.heading')}
      extra={
        <Space>
          <Segmented options={['A', 'B', 'C', 'D']} value={tier} onChange={(v) => setTier(String(v))} />
          {can(me, 'customers.export') && <Button onClick={exportList}>{t('common.export')}</Button>}
        </Space>
      }
    >
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(data.data?.tiers ?? []).map((total) => (
          <Col key={total.tier} span={6}>
            <Card size="small">
              <Statistic
                title={t('keyAccounts.tierCustomers', { tier: total.tier })}
                value={total.customers}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Table
        rowKey="id"
        size="small"
        loading={data.isLoading}
        dataSource={data.data?.items ?? []}
        pagination={{ pageSize: 50 }}
        // Narrow screens scroll sideways rather than squeezing the names to a character per line.
        scroll={{ x: 1000 }}
        columns={[
          { title: t('customers.code'), dataIndex: 'code', width: 100 },
          {
            title: t('customers.name'),
            dataIndex: 'name',
            width: 260,
            render: (v: string, r) => <Link to={`/customers/${r.id}`}>{v}</Link>,
          },
          { title: t('customers.industry'), dataIndex: 'industry', width: 90 },
          { title: t('customers.province'), dataIndex: 'province', width: 90 },
          { title: t('customers.owner'), dataIndex: 'ownerName', width: 100 },
          { title: t('keyAccounts.deals'), dataIndex: 'deals', width: 100 },
          { title: t('keyAccounts.quantity'), dataIndex: 'quantity', width: 90 },
          {
            // 年交易金额 is summed from transactions, unlike the profile's 年合作金额: say so on hover.
            title: <Explained label={t('grades.amount')} help={t('keyAccounts.amountHelp')} />,
            dataIndex: 'amount',
            width: 140,
            align: 'right',
            render: (v: string) => formatYuan(v),
          },
          {
            title: t('keyAccounts.returnRate'),
            dataIndex: 'returnRate',
            width: 90,
            render: (v: number) => `${v}%`,
          },
        ]}
      />
    </Card>
  );
}
