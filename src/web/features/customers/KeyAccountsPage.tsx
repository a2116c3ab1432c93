import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Segmented, Statistic, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, get } from '../../api/client.ts';

interface KeyAccounts {
  tiers: { tier: string; customers: number }[];
  items: {
    id: number;
    code: string;
    name: string;
    industry: string | null;
    province: string | null;
    ownerName: string | null;
    deals: number;
    quantity: number;
    amount: string;
    returnRate: number;
  }[];
}

/** 客户分级目录 totals and 大客户登记名单 (last 12 months). */
export function KeyAccountsPage() {
  const [tier, setTier] = useState('A');
  const data = useQuery({
    queryKey: ['key-accounts', tier],
    queryFn: () => get<KeyAccounts>(`/api/v1/reports/key-accounts?tier=${tier}`),
  });
  if (data.error instanceof ApiError)
    return <Alert type="warning" showIcon title={data.error.problem.detail} />;
  return (
    <Card
      title="客户分级目录 · 大客户登记名单"
      extra={<Segmented options={['A', 'B', 'C', 'D']} value={tier} onChange={(v) => setTier(String(v))} />}
    >
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(data.data?.tiers ?? []).map((t) => (
          <Col key={t.tier} span={6}>
            <Card size="small">
              <Statistic title={`${t.tier} 级客户`} value={t.customers} />
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
        columns={[
          { title: '客户编号', dataIndex: 'code', width: 100 },
          {
            title: '客户名称',
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/customers/${r.id}`}>{v}</Link>,
          },
          { title: '行业', dataIndex: 'industry', width: 90 },
          { title: '省份', dataIndex: 'province', width: 90 },
          { title: '客户经理', dataIndex: 'ownerName', width: 100 },
          { title: '年交易次数', dataIndex: 'deals', width: 100 },
          { title: '年销量', dataIndex: 'quantity', width: 90 },
          { title: '年交易金额（元）', dataIndex: 'amount', width: 140 },
          { title: '退货率', dataIndex: 'returnRate', width: 90, render: (v: number) => `${v}%` },
        ]}
      />
    </Card>
  );
}
