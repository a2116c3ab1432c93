import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { get, query } from '../../api/client.ts';
import type { CustomerListItem, Page } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { CUSTOMER_STATUS_LABELS, label, TIER_COLORS } from '../../app/labels.ts';
import { CustomerForm } from './CustomerForm.tsx';
import { HandoverModal } from './HandoverModal.tsx';

interface Filters {
  q?: string;
  tier?: string;
  province?: string;
  status?: string;
  doNotContact?: boolean;
  staleDays?: number;
  sort?: string;
}

export function CustomersPage() {
  const { t, locale } = useI18n();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>({});
  const [creating, setCreating] = useState(false);
  const [handingOver, setHandingOver] = useState(false);
  const customers = useInfiniteQuery({
    queryKey: ['customers', filters],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      get<Page<CustomerListItem>>(`/api/v1/customers${query({ ...filters, limit: 50, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = customers.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (patch: Filters) => setFilters({ ...filters, ...patch });

  return (
    <Card
      title={t('customers.title')}
      extra={
        <Space>
          {can(me, 'customers.handover') && <Button onClick={() => setHandingOver(true)}>离职交接</Button>}
          {can(me, 'customers.import') && <Button onClick={() => navigate('/customers/import')}>导入</Button>}
          {can(me, 'customers.export') && (
            <Button href={`/api/v1/customers/export${query({ ...filters })}`}>{t('common.export')}</Button>
          )}
          {can(me, 'customers.write') && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('customers.new')}
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder={t('customers.keyword')}
          allowClear
          style={{ width: 300 }}
          onSearch={(q) => set({ q })}
        />
        <Select
          placeholder={t('customers.tier')}
          allowClear
          style={{ width: 110 }}
          options={['A', 'B', 'C', 'D'].map((v) => ({ value: v, label: v }))}
          onChange={(tier) => set({ tier })}
        />
        <Input
          placeholder={t('customers.province')}
          allowClear
          style={{ width: 120 }}
          onChange={(e) => set({ province: e.target.value || undefined })}
        />
        <Select
          placeholder={t('customers.status')}
          allowClear
          style={{ width: 110 }}
          options={Object.keys(CUSTOMER_STATUS_LABELS).map((k) => ({
            value: k,
            label: label(CUSTOMER_STATUS_LABELS, k, locale),
          }))}
          onChange={(status) => set({ status })}
        />
        <Checkbox onChange={(e) => set({ doNotContact: e.target.checked || undefined })}>
          {t('customers.dnc')}
        </Checkbox>
        <Checkbox onChange={(e) => set({ staleDays: e.target.checked ? 30 : undefined })}>
          {t('customers.stale')}
        </Checkbox>
      </Space>
      <Table<CustomerListItem>
        rowKey="id"
        dataSource={rows}
        loading={customers.isLoading}
        pagination={false}
        scroll={{ x: 1100 }}
        onRow={(row) => ({ onDoubleClick: () => navigate(`/customers/${row.id}`) })}
        onChange={(_p, _f, sorter) => {
          const s = sorter as SorterResult<CustomerListItem>;
          // No column sort: the server's default (by name; search results in code order).
          const field = s.order ? String(s.field) : undefined;
          set({ sort: field && s.order === 'descend' ? `-${field}` : field });
        }}
        columns={[
          { title: t('customers.code'), dataIndex: 'code', sorter: true, width: 100 },
          {
            title: t('customers.name'),
            dataIndex: 'name',
            sorter: true,
            render: (name: string, row) => (
              <Space size={4}>
                <Link to={`/customers/${row.id}`}>{name}</Link>
                {row.doNotContact && <Tag color="volcano">{t('customers.dnc')}</Tag>}
                {row.stale && <Tag>{t('customers.stale')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('customers.tier'),
            dataIndex: 'tier',
            width: 90,
            render: (v: string) => <Tag color={TIER_COLORS[v]}>{v}</Tag>,
          },
          { title: t('customers.industry'), dataIndex: 'industry', width: 100 },
          {
            title: t('customers.region'),
            width: 150,
            render: (_, r) => [r.province, r.city].filter(Boolean).join(' '),
          },
          {
            title: t('customers.status'),
            dataIndex: 'status',
            width: 90,
            render: (v: string) => label(CUSTOMER_STATUS_LABELS, v, locale),
          },
          { title: t('customers.owner'), dataIndex: 'ownerName', width: 120 },
          {
            title: t('customers.contact'),
            width: 190,
            render: (_, r) =>
              r.primaryContactName ? (
                <Tooltip title={t('customers.masked')}>
                  {r.primaryContactName} {r.primaryContactMobile}
                </Tooltip>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {customers.hasNextPage && (
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button onClick={() => customers.fetchNextPage()} loading={customers.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        </div>
      )}
      <HandoverModal open={handingOver} onClose={() => setHandingOver(false)} />
      <CustomerForm
        open={creating}
        onClose={(id) => {
          setCreating(false);
          if (id) navigate(`/customers/${id}`);
        }}
      />
    </Card>
  );
}
