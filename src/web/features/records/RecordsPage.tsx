import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { get, query } from '../../api/client.ts';
import type { CustomerDetail, Page, RecordRow } from '../../api/types.ts';
import { TableOrCards } from '../../app/CardList.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import { methodWord } from '../followups/words.ts';
import { NumberAt, Ratings, RecordMarks, ReviewStatus, Satisfaction } from './cells.tsx';
import { RECORDS_KEY } from './queries.ts';
import { RecordDrawer } from './RecordDrawer.tsx';
import { RecordFilters, type RecordFilterValues } from './RecordFilters.tsx';

const PAGE_SIZE = 50;

// What a record shows, in the table's cells on wider screens and on its card on a phone.

function CustomerLink({ row }: { row: RecordRow }) {
  return (
    <Link to={`/customers/${row.customerId}`} onClick={(e) => e.stopPropagation()}>
      {row.customerName}
    </Link>
  );
}

function StatusMarks({ row }: { row: RecordRow }) {
  return (
    <Space size={[0, 4]} wrap>
      <ReviewStatus record={row} />
      <RecordMarks record={row} />
    </Space>
  );
}

/** Below 576 px (a phone) a record is a card: the table would scroll inside itself. Its number opens it. */
function RecordCard({ row, onOpen }: { row: RecordRow; onOpen(id: number): void }) {
  const { t, locale } = useI18n();
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <NumberAt record={row} onOpen={() => onOpen(row.id)} timeLabel={t('records.contactedAt')} />
      <CustomerLink row={row} />
      <Typography.Text type="secondary">
        {methodWord(row.method, locale)} · {row.staffName}
      </Typography.Text>
      <Ratings record={row} />
      <StatusMarks row={row} />
    </Space>
  );
}

/**
 * 回访记录: the records one may read (one's own, and one's scope's), newest follow-up first — the server's only
 * order, so the columns do not sort — filtered by the server, 50 at a time with 加载更多. A row opens the record
 * as the paper form in a drawer. `?customerId=` (from the customer file) starts it on one customer.
 */
export function RecordsPage() {
  const { t, locale } = useI18n();
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
      <TableOrCards<RecordRow>
        rows={rows}
        rowKey={(row) => row.id}
        loading={records.isLoading}
        testId="records-table"
        cardTestId="record-card"
        card={(row) => <RecordCard row={row} onOpen={setOpen} />}
        table={{
          scroll: { x: 720 },
          onRow: (row) => ({ onClick: () => setOpen(row.id), style: { cursor: 'pointer' } }),
          columns: [
            {
              title: `${t('records.number')} / ${t('records.contactedAt')}`,
              width: 150,
              fixed: 'left',
              render: (_, row) => <NumberAt record={row} />,
            },
            { title: t('records.customer'), render: (_, row) => <CustomerLink row={row} /> },
            {
              title: t('records.methodStaff'),
              width: 110,
              render: (_, row) => (
                <Space orientation="vertical" size={0}>
                  <span>{methodWord(row.method, locale)}</span>
                  <Typography.Text type="secondary">{row.staffName}</Typography.Text>
                </Space>
              ),
            },
            {
              title: t('records.serviceCol'),
              width: 90,
              render: (_, row) => <Satisfaction value={row.serviceSatisfaction} />,
            },
            {
              title: t('records.productCol'),
              width: 90,
              render: (_, row) => <Satisfaction value={row.productSatisfaction} />,
            },
            {
              title: `${t('records.reviewStatus')} / ${t('records.marks')}`,
              width: 170,
              render: (_, row) => <StatusMarks row={row} />,
            },
          ],
        }}
      />
      <LoadMore list={records} />
      <RecordDrawer id={open} onClose={() => setOpen(undefined)} />
    </Card>
  );
}
