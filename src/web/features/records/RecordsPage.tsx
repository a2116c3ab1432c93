import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { get, query } from '../../api/client.ts';
import type { CustomerDetail, Page, RecordRow } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import { methodWord } from '../followups/words.ts';
import { RecordMarks, ReviewStatus, Satisfaction } from './cells.tsx';
import { RECORDS_KEY } from './queries.ts';
import { RecordDrawer } from './RecordDrawer.tsx';
import { RecordFilters, type RecordFilterValues } from './RecordFilters.tsx';

const PAGE_SIZE = 50;

/**
 * 回访记录: the records one may read (one's own, and one's scope's), newest follow-up first — the server's only
 * order, so the columns do not sort — filtered by the server, 50 at a time with 加载更多. A row opens the record
 * as the paper form in a drawer. `?customerId=` (from the customer file) starts it on one customer.
 */
export function RecordsPage() {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const customerId = Number(search.get('customerId')) || undefined;
  const [filters, setFilters] = useState<Omit<RecordFilterValues, 'customerId'>>({});
  const [open, setOpen] = useState<number>();
  const params = { ...filters, customerId };
  const records = useInfiniteQuery({
    queryKey: [RECORDS_KEY, params],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      get<Page<RecordRow>>(
        `/api/v1/followup-records${query({ ...params, limit: PAGE_SIZE, cursor: pageParam })}`,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const rows = records.data?.pages.flatMap((p) => p.items) ?? [];
  // The customer's name from its records, or from the customer file the list was opened from.
  const client = useQueryClient();
  const customerName =
    rows.find((r) => r.customerId === customerId)?.customerName ??
    client.getQueryData<CustomerDetail>(['customer', customerId])?.name ??
    (records.isLoading ? '…' : undefined);
  const change = (patch: Partial<RecordFilterValues>) => {
    const { customerId: _, ...rest } = patch;
    // The customer comes from the address: closing its tag leaves that address.
    if ('customerId' in patch) setSearch({});
    setFilters((current) => ({ ...current, ...rest }));
  };

  return (
    <Card
      title={t('menu.followupRecords')}
      extra={
        <Button onClick={() => navigate('/followups/reviews?box=mine')} data-testid="my-submissions">
          {t('records.mySubmissions')}
        </Button>
      }
    >
      <RecordFilters value={params} onChange={change} customerName={customerName} />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('records.order')}
      </Typography.Paragraph>
      <Table<RecordRow>
        rowKey="id"
        size="middle"
        loading={records.isLoading}
        dataSource={rows}
        pagination={false}
        // Each column at its least (customer and marks wrap); narrower than that, the table scrolls.
        scroll={{ x: 720 }}
        onRow={(row) => ({ onClick: () => setOpen(row.id), style: { cursor: 'pointer' } })}
        data-testid="records-table"
        columns={[
          {
            title: `${t('records.number')} / ${t('records.contactedAt')}`,
            width: 150,
            fixed: 'left',
            render: (_, row) => (
              <Space orientation="vertical" size={0}>
                <Typography.Link data-testid="record-number">{row.number}</Typography.Link>
                <Typography.Text type="secondary">{zoneDateTime(row.contactedAt, zone)}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('records.customer'),
            render: (_, row) => (
              <Link to={`/customers/${row.customerId}`} onClick={(e) => e.stopPropagation()}>
                {row.customerName}
              </Link>
            ),
          },
          {
            title: `${t('records.method')} / ${t('records.staff')}`,
            width: 100,
            render: (_, row) => (
              <Space orientation="vertical" size={0}>
                <span>{methodWord(row.method, locale)}</span>
                <Typography.Text type="secondary">{row.staffName}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('records.service'),
            width: 90,
            render: (_, row) => <Satisfaction value={row.serviceSatisfaction} />,
          },
          {
            title: t('records.product'),
            width: 90,
            render: (_, row) => <Satisfaction value={row.productSatisfaction} />,
          },
          {
            title: `${t('records.reviewStatus')} / ${t('records.marks')}`,
            width: 170,
            render: (_, row) => (
              <Space size={[0, 4]} wrap>
                <ReviewStatus record={row} />
                <RecordMarks record={row} />
              </Space>
            ),
          },
        ]}
      />
      <LoadMore list={records} />
      <RecordDrawer id={open} onClose={() => setOpen(undefined)} />
    </Card>
  );
}
