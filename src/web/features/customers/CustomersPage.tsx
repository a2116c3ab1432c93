import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useLayoutEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isBasicOnlyViewer } from '../../../domain/roles.ts';
import { ApiError, query } from '../../api/client.ts';
import type { CustomerListItem } from '../../api/types.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { CardList } from '../../app/CardList.tsx';
import { type ChoosableColumn, useColumnChooser } from '../../app/ColumnChooser.tsx';
import { groupThousands } from '../../app/format.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import { CUSTOMER_KIND_LABELS, CUSTOMER_STATUS_LABELS, label, TIER_COLORS } from '../../app/labels.ts';
import { refetchUnlessJustStarted } from '../../app/prefetch.ts';
import { regionText } from '../../app/regions.ts';
import { useScreens } from '../../app/screens.ts';
import { zoneDate } from '../../app/zone.ts';
import { ExportRequestModal } from '../exports/ExportRequestModal.tsx';
import { download } from '../exports/export-client.ts';
import { methodWord } from '../followups/words.ts';
import { CustomerFilters, type CustomerFilterValues } from './CustomerFilters.tsx';
import { CustomerForm } from './CustomerForm.tsx';
import { HandoverModal } from './HandoverModal.tsx';
import { customerCountQuery, customerListQuery, listsMine } from './list-queries.ts';

/** The company's calendar date of an instant: 07:00 in Shanghai is that day, not the day before in UTC. */
const day = (iso: string | null, zone: string) => (iso ? zoneDate(iso, zone) : '—');

/** Columns marketing never sees values in (SPEC §2.5: name, industry and region only). */
const BASIC_HIDDEN_COLUMNS = [
  'tier',
  'kind',
  'status',
  'owner',
  'contact',
  'lastFollowup',
  'nextFollowup',
  'tags',
  'verifiedAt',
];

/**
 * 共 1,234 家, or 共 10,000+ 家 when the server stopped counting at its bound; 正在统计… while the count of a new
 * filter is on its way (the rows come first, in a request of their own: the old total would read as theirs).
 */
function totalText(
  count: { data?: { total: number; capped: boolean }; isPlaceholderData: boolean },
  t: ReturnType<typeof useI18n>['t'],
) {
  if (count.isPlaceholderData) return t('customers.counting');
  if (!count.data) return null;
  const n = groupThousands(count.data.total);
  return t('customers.total', { n: count.data.capped ? `${n}+` : n });
}

/** The table is laid out for at least this width; narrower, it scrolls sideways. */
const TABLE_WIDTH = 1100;

/**
 * Whether the card is wide enough for the table's columns (`box` is a block as wide as the card's body). Only
 * then does the table need no sideways scrolling, and no fixed columns: Ant Design measures every column of a
 * table that scrolls sideways, in a layout forced while it mounts, and then renders the table again with the
 * widths (~0.1–0.2 s of a cold load, issue 13). Checked before the first paint, and again as the card resizes.
 */
function useRoomFor(width: number) {
  const box = useRef<HTMLDivElement>(null);
  const [roomy, setRoomy] = useState(true);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const check = () => setRoomy(element.clientWidth >= width);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);
  return { box, roomy };
}

/** 下次回访's date, in red with 已逾期 once it has passed. */
function NextFollowup({ at }: { at: string }) {
  const { t } = useI18n();
  const date = day(at, useCompanyZone());
  if (new Date(at).getTime() >= Date.now()) return date;
  return (
    <Typography.Text type="danger">
      {date} {t('customers.nextFollowupOverdue')}
    </Typography.Text>
  );
}

/** Below ~600 px (a phone) the list is cards: a wide table would make the page scroll sideways. */
function CustomerCards({
  rows,
  basicOnly,
  loading,
}: {
  rows: CustomerListItem[];
  basicOnly: boolean;
  loading: boolean;
}) {
  const { t } = useI18n();
  const secondary = (key: Parameters<typeof t>[0]) => (
    <Typography.Text type="secondary">{t(key)}</Typography.Text>
  );
  return (
    <CardList items={rows} itemKey={(row) => row.id} testId="customer-card" loading={loading}>
      {(row) => (
        <>
          <div style={{ display: 'flex', alignItems: 'flex-start', gap: 8 }}>
            <Link to={`/customers/${row.id}`} style={{ flex: 1, minWidth: 0, fontWeight: 500 }}>
              {row.name}
            </Link>
            {!basicOnly && row.tier && (
              <Tag color={TIER_COLORS[row.tier]} style={{ marginInlineEnd: 0 }}>
                {row.tier}
              </Tag>
            )}
          </div>
          {(row.doNotContact || row.stale) && (
            <div style={{ marginTop: 4 }}>
              {row.doNotContact && <Tag color="volcano">{t('customers.dnc')}</Tag>}
              {row.stale && <Tag>{t('customers.stale')}</Tag>}
            </div>
          )}
          <div style={{ marginTop: 4 }}>
            <Typography.Text type="secondary">
              {[row.code, regionText(row.province, row.city), row.industry].filter(Boolean).join(' · ')}
            </Typography.Text>
          </div>
          {!basicOnly && row.ownerName && (
            <div>
              {secondary('customers.owner')} {row.ownerName}
            </div>
          )}
          {!basicOnly && row.primaryContactName && (
            <div>
              {secondary('customers.contact')} {row.primaryContactName} {row.primaryContactMobile}
            </div>
          )}
          {!basicOnly && row.nextFollowupAt && (
            <div>
              {secondary('customers.nextFollowup')} <NextFollowup at={row.nextFollowupAt} />
            </div>
          )}
        </>
      )}
    </CardList>
  );
}

export function CustomersPage() {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [stateFilters, setFilters] = useState<CustomerFilterValues>({});
  const [search, setSearch] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [handingOver, setHandingOver] = useState(false);
  const basicOnly = isBasicOnlyViewer(me?.roles ?? []);
  const phone = useScreens().sm === false;
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

  const total = totalText(count, t);
  const everyColumn: ChoosableColumn<CustomerListItem>[] = [
    {
      key: 'code',
      title: t('customers.code'),
      dataIndex: 'code',
      sorter: true,
      sortOrder: sortOrder('code'),
      // Fixed with the name, which sits right of it: a sticky name needs what is left of it to stay too.
      fixed: 'left',
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
      // On a tablet the table scrolls sideways; the name stays in view so each row is still recognisable.
      fixed: 'left',
      width: 220,
      // Plain elements per row where they do (an Ant Design <Space> per row cost the first render, issue 13).
      render: (name: string, row) => (
        <span className="hf-row-line">
          <Link to={`/customers/${row.id}`}>{name}</Link>
          {row.doNotContact && <Tag color="volcano">{t('customers.dnc')}</Tag>}
          {row.stale && <Tag>{t('customers.stale')}</Tag>}
        </span>
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
          // The browser's own tooltip: fifty Ant Design tooltips weighed on the list's first render (issue 13).
          <span title={t('customers.masked')}>
            {r.primaryContactName} {r.primaryContactMobile}
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'lastFollowup',
      title: t('customers.lastFollowup'),
      width: 150,
      render: (_, r) =>
        r.lastFollowupAt
          ? [day(r.lastFollowupAt, zone), r.lastFollowupMethod && methodWord(r.lastFollowupMethod, locale)]
              .filter(Boolean)
              .join(' ')
          : '—',
    },
    {
      key: 'nextFollowup',
      title: t('customers.nextFollowup'),
      width: 130,
      render: (_, r) => (r.nextFollowupAt ? <NextFollowup at={r.nextFollowupAt} /> : '—'),
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
      render: (iso: string | null) => day(iso, zone),
    },
    {
      key: 'createdAt',
      title: t('customers.createdAt'),
      dataIndex: 'createdAt',
      sorter: true,
      sortOrder: sortOrder('createdAt'),
      width: 120,
      render: (iso: string | null) => day(iso, zone),
    },
  ];
  const allColumns = basicOnly
    ? everyColumn.filter((c) => !BASIC_HIDDEN_COLUMNS.includes(String(c.key)))
    : everyColumn;
  const { columns, chooser } = useColumnChooser('customers', allColumns, {
    fixed: ['name'],
    defaultHidden: ['shortName', 'kind', 'lastFollowup', 'nextFollowup', 'tags', 'verifiedAt', 'createdAt'],
    // Filtering by 回访 shows 下次回访 even where 列设置 hides it: those dates are what was asked for.
    required: filters.followup ? ['nextFollowup'] : [],
  });
  const { box, roomy } = useRoomFor(
    Math.max(
      TABLE_WIDTH,
      columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0),
    ),
  );

  const newButton = can(me, 'customers.write') && (
    <Button key="new" type="primary" onClick={() => setCreating(true)}>
      {t('customers.new')}
    </Button>
  );
  const actions = [
    can(me, 'customers.handover') && (
      <Button key="handover" onClick={() => setHandingOver(true)}>
        {t('customers.handover')}
      </Button>
    ),
    can(me, 'customers.import') && (
      <Button key="import" onClick={() => navigate('/customers/import')}>
        {t('customers.import')}
      </Button>
    ),
    can(me, 'customers.export') && (
      <Button key="export" onClick={exportList}>
        {t('common.export')}
      </Button>
    ),
  ].filter(Boolean);

  return (
    <Card
      title={t('customers.title')}
      extra={
        // On a phone the buttons go under the title (they would push it off the card); 列设置 is for the table.
        phone ? null : (
          <Space>
            {actions}
            {chooser}
            {newButton}
          </Space>
        )
      }
    >
      {phone && (newButton || actions.length > 0) && (
        <Space wrap style={{ marginBottom: 12 }}>
          {newButton}
          {actions}
        </Space>
      )}
      <CustomerFilters onChange={set} basicOnly={basicOnly} mine={mine} onMineChange={setMine} />
      <div ref={box} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary" data-testid="customers-total" aria-live="polite">
          {total}
        </Typography.Text>
      </div>
      {phone ? (
        <CustomerCards rows={rows} basicOnly={basicOnly} loading={customers.isLoading} />
      ) : (
        <Table<CustomerListItem>
          rowKey="id"
          dataSource={rows}
          loading={customers.isLoading}
          pagination={false}
          // The same fixed layout either way: the columns stand where they would with the sideways scrolling.
          tableLayout="fixed"
          scroll={roomy ? undefined : { x: TABLE_WIDTH }}
          onRow={(row) => ({ onDoubleClick: () => navigate(`/customers/${row.id}`) })}
          onChange={(_p, _f, sorter) => {
            const s = sorter as SorterResult<CustomerListItem>;
            // No column sort: the server's default (by name; search results in code order).
            const field = s.order ? String(s.field) : undefined;
            set({ sort: field && s.order === 'descend' ? `-${field}` : field });
          }}
          columns={roomy ? columns.map(({ fixed: _, ...column }) => column) : columns}
        />
      )}
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
