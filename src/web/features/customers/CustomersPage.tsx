import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isBasicOnlyViewer } from '../../../domain/roles.ts';
import { ApiError, query } from '../../api/client.ts';
import type { CustomerListItem } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { type ChoosableColumn, useColumnChooser } from '../../app/ColumnChooser.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import { CUSTOMER_KIND_LABELS, CUSTOMER_STATUS_LABELS, label, TIER_COLORS } from '../../app/labels.ts';
import { refetchUnlessJustStarted } from '../../app/prefetch.ts';
import { regionText } from '../../app/regions.ts';
import { ExportRequestModal } from '../exports/ExportRequestModal.tsx';
import { download } from '../exports/export-client.ts';
import { CustomerFilters, type CustomerFilterValues } from './CustomerFilters.tsx';
import { CustomerForm } from './CustomerForm.tsx';
import { HandoverModal } from './HandoverModal.tsx';
import { customerCountQuery, customerListQuery, listsMine } from './list-queries.ts';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

/** Columns marketing never sees values in (SPEC §2.5: name, industry and region only). */
const BASIC_HIDDEN_COLUMNS = ['tier', 'kind', 'status', 'owner', 'contact', 'tags', 'verifiedAt'];

/** 共 1,234 家, or 共 10,000+ 家 when the server stopped counting at its bound. */
function totalText(
  count: { total: number; capped: boolean } | undefined,
  locale: string,
  t: ReturnType<typeof useI18n>['t'],
) {
  if (!count) return null;
  const n = count.total.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN');
  return t('customers.total', { n: count.capped ? `${n}+` : n });
}

export function CustomersPage() {
  const { t, locale } = useI18n();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [stateFilters, setFilters] = useState<CustomerFilterValues>({});
  const [search, setSearch] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [handingOver, setHandingOver] = useState(false);
  const basicOnly = isBasicOnlyViewer(me?.roles ?? []);
  // 我的客户 lives in the address (?mine=1 / ?mine=0); without it, the role decides (list-queries.ts).
  const mine = listsMine(me, search.get('mine'));
  const filters: CustomerFilterValues = { ...stateFilters, mine: mine || undefined };
  const setMine = (value: boolean) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('mine', value ? '1' : '0');
        return next;
      },
      { replace: true },
    );
  const customers = useInfiniteQuery({
    ...customerListQuery(filters),
    // The default (我的客户 or not) depends on who is signed in.
    enabled: me !== undefined,
    // A cold load of /customers asked for the first rows at start-up (app/prefetch.ts).
    refetchOnMount: refetchUnlessJustStarted,
    // The old rows stay while a new filter loads, instead of the table flashing empty.
    placeholderData: keepPreviousData,
  });
  const count = useQuery({
    ...customerCountQuery(filters),
    enabled: me !== undefined,
    refetchOnMount: refetchUnlessJustStarted,
    placeholderData: keepPreviousData,
  });
  const rows = customers.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (patch: CustomerFilterValues) => setFilters((current) => ({ ...current, ...patch }));
  const [requestingExport, setRequestingExport] = useState(false);
  // Above the row limit the server asks for an approved 导出申请 instead of sending the file.
  const exportList = () =>
    download(`/api/v1/customers/export${query({ ...filters })}`, 'customers.xlsx').catch((error) => {
      if (error instanceof ApiError && error.problem.code === 'approval_required') setRequestingExport(true);
      else showApiError(error);
    });
  const sortOrder = (field: string) =>
    filters.sort === field ? ('ascend' as const) : filters.sort === `-${field}` ? ('descend' as const) : null;

  const total = totalText(count.data, locale, t);
  const everyColumn: ChoosableColumn<CustomerListItem>[] = [
    {
      key: 'code',
      title: t('customers.code'),
      dataIndex: 'code',
      sorter: true,
      sortOrder: sortOrder('code'),
      // 客户编号 and its sort arrows on one line (it wrapped as 客户编/号 at 100 px).
      width: 124,
      onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
    },
    {
      key: 'name',
      title: t('customers.name'),
      dataIndex: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, row) => (
        <Space size={4}>
          <Link to={`/customers/${row.id}`}>{name}</Link>
          {row.doNotContact && <Tag color="volcano">{t('customers.dnc')}</Tag>}
          {row.stale && <Tag>{t('customers.stale')}</Tag>}
        </Space>
      ),
    },
    { key: 'shortName', title: t('customers.shortName'), dataIndex: 'shortName', width: 120 },
    {
      key: 'tier',
      title: t('customers.tier'),
      dataIndex: 'tier',
      width: 90,
      render: (v: string | null) => v && <Tag color={TIER_COLORS[v]}>{v}</Tag>,
    },
    {
      key: 'kind',
      title: t('customers.kind'),
      dataIndex: 'kind',
      width: 90,
      render: (v: string | null) => v && label(CUSTOMER_KIND_LABELS, v, locale),
    },
    { key: 'industry', title: t('customers.industry'), dataIndex: 'industry', width: 100 },
    {
      key: 'region',
      title: t('customers.region'),
      width: 150,
      render: (_, r) => regionText(r.province, r.city),
    },
    {
      key: 'status',
      title: t('customers.status'),
      dataIndex: 'status',
      width: 90,
      render: (v: string | null) => v && label(CUSTOMER_STATUS_LABELS, v, locale),
    },
    { key: 'owner', title: t('customers.owner'), dataIndex: 'ownerName', width: 120 },
    {
      key: 'contact',
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
    {
      key: 'tags',
      title: t('customers.tags'),
      dataIndex: 'tags',
      width: 160,
      render: (tags: string[] | null) => tags?.map((tag) => <Tag key={tag}>{tag}</Tag>),
    },
    {
      key: 'verifiedAt',
      title: t('customers.verifiedAt'),
      dataIndex: 'verifiedAt',
      width: 120,
      render: day,
    },
    {
      key: 'createdAt',
      title: t('customers.createdAt'),
      dataIndex: 'createdAt',
      sorter: true,
      sortOrder: sortOrder('createdAt'),
      width: 120,
      render: day,
    },
  ];
  const allColumns = basicOnly
    ? everyColumn.filter((c) => !BASIC_HIDDEN_COLUMNS.includes(String(c.key)))
    : everyColumn;
  const { columns, chooser } = useColumnChooser('customers', allColumns, {
    fixed: ['name'],
    defaultHidden: ['shortName', 'kind', 'tags', 'verifiedAt', 'createdAt'],
  });

  return (
    <Card
      title={t('customers.title')}
      extra={
        <Space>
          {can(me, 'customers.handover') && (
            <Button onClick={() => setHandingOver(true)}>{t('customers.handover')}</Button>
          )}
          {can(me, 'customers.import') && (
            <Button onClick={() => navigate('/customers/import')}>{t('customers.import')}</Button>
          )}
          {can(me, 'customers.export') && <Button onClick={exportList}>{t('common.export')}</Button>}
          {chooser}
          {can(me, 'customers.write') && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('customers.new')}
            </Button>
          )}
        </Space>
      }
    >
      <CustomerFilters onChange={set} basicOnly={basicOnly} mine={mine} onMineChange={setMine} />
      <div style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary" data-testid="customers-total">
          {total}
        </Typography.Text>
      </div>
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
        columns={columns}
      />
      <LoadMore list={customers} />
      <HandoverModal open={handingOver} onClose={() => setHandingOver(false)} />
      <ExportRequestModal
        filter={filters}
        open={requestingExport}
        onClose={() => setRequestingExport(false)}
      />
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
