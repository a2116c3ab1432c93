import { useInfiniteQuery } from '@tanstack/react-query';
import { Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useState } from 'react';
import { get, type Page, query } from '../../api/client.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { type Locale, useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { textBelowRows } from '../../app/text-below.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import type { Inbox } from './ApprovalBoxes.tsx';
import { type DecideOptions, useDecisions } from './Decisions.tsx';
import { type HasStatus, type StatusStyle, StatusTag } from './StatusTag.tsx';

/** What every request list's rows carry (each workflow adds its own payload). */
export interface ApprovalRow extends HasStatus {
  id: number;
  createdAt: string;
  requesterName?: string | null;
  requesterDepartmentName?: string | null;
  decidedByName?: string | null;
  comment?: string | null;
}

/** Times as the company's clock reads them (not the browser's), '—' for none. */
export function useTimeFormat() {
  const zone = useCompanyZone();
  return (v: string | null | undefined) => zoneDateTime(v, zone) || '—';
}

/** "张经理：资料不全" ("张经理: 资料不全" in English): the last decider and their comment. */
export function defaultDecision(
  row: { decidedByName?: string | null; comment?: string | null },
  locale: Locale = 'zh-CN',
) {
  return [row.decidedByName, row.comment].filter(Boolean).join(locale === 'en' ? ': ' : '：');
}

const PAGE_SIZE = 50;
/** The least a column without a set width (purpose, reason, figures) gets before the table scrolls. */
const FLEX_WIDTH = 120;
const minWidth = (columns: { width?: number | string }[]) =>
  columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : FLEX_WIDTH), 0);

interface Props<T> {
  /** The list's address; each request's is below it (`…/42`), where decisions are posted. */
  url: string;
  /**
   * The box of a list with 待我审批 and 我的申请: the approver's inbox shows the requester and the decisions,
   * and leaves out who decided (every row still waits).
   */
  inbox?: Inbox;
  /** Query parameters besides box, limit and cursor. */
  params?: Record<string, string>;
  columns: ColumnsType<T>;
  showRequester?: boolean;
  requesterOf?: (row: T) => string | null;
  time?: { title: MessageKey; of(row: T): string | null };
  statusStyles?: Record<string, StatusStyle>;
  statusNote?: (row: T) => ReactNode;
  /** The statuses the list's API filters by, when it has the filter. */
  statusFilter?: string[];
  /** Who decided and why; false: no such column. */
  decisionOf?: ((row: T) => string) | false;
  decisionTitle?: MessageKey;
  /** Whether this user decides the waiting rows here (the approver's inbox does), and how. */
  decide?: boolean | DecideOptions;
  actions?: (row: T) => ReactNode;
  below?: { label: string; text(row: T): string };
  /** What an empty list says instead of 暂无数据: where such requests come from. */
  empty?: ReactNode;
  testId?: string;
}

/**
 * One list of approval requests of any workflow: #, time, requester, the workflow's own columns, the status
 * tag, who decided and why, and the decisions; more rows on 加载更多 through the list's `nextCursor`.
 */
export function ApprovalTable<T extends ApprovalRow>(props: Props<T>) {
  const { url, inbox, statusFilter, below, empty, testId } = props;
  const { t } = useI18n();
  const [status, setStatus] = useState<string>();
  const params = { ...props.params, ...(inbox && { box: inbox }) };
  const list = useInfiniteQuery({
    queryKey: [url, params, status],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      get<Page<T>>(`${url}${query({ ...params, status, limit: PAGE_SIZE, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const decide = props.decide ?? inbox === 'to_approve';
  const decisions = useDecisions(url, typeof decide === 'object' ? decide : {});
  const columns = useColumns(props, decide ? decisions.buttons : undefined);

  return (
    <>
      {statusFilter && (
        <Space style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{t('access.status')}</Typography.Text>
          <Select
            value={status ?? ''}
            onChange={(v) => setStatus(v || undefined)}
            style={{ width: 140 }}
            data-testid="status-filter"
            options={[
              { value: '', label: t('common.all') },
              ...statusFilter.map((s) => ({ value: s, label: t(`workflow.status.${s}` as MessageKey) })),
            ]}
          />
        </Space>
      )}
      <Table<T>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        // Wide enough for every column (the text columns at least FLEX_WIDTH, wrapping); narrower, it scrolls.
        scroll={{ x: minWidth(columns) }}
        expandable={below && textBelowRows(rows, t('common.labelled', { label: below.label }), below.text)}
        columns={columns}
        locale={empty && !status ? { emptyText: empty } : undefined}
        data-testid={testId}
      />
      <LoadMore list={list} />
      {decide && decisions.dialog}
    </>
  );
}

/** The shared columns around the workflow's own: #, time, requester | own | status, decision, actions. */
function useColumns<T extends ApprovalRow>(
  props: Props<T>,
  decideButtons: ((id: number) => ReactNode) | undefined,
): ColumnsType<T> {
  const { t, locale } = useI18n();
  const { inbox, time, statusStyles, statusNote, decisionOf, actions } = props;
  const formatTime = useTimeFormat();
  const approving = inbox === 'to_approve';
  const requester = props.requesterOf ?? defaultRequester(t);
  const waits = (row: T) => row.status.startsWith('pending');
  return [
    { title: '#', dataIndex: 'id', width: 56 },
    {
      title: t(time?.title ?? 'workflow.requestedAt'),
      width: 140,
      render: (_, row) => formatTime(time ? time.of(row) : row.createdAt),
    },
    ...((props.showRequester ?? approving)
      ? [{ title: t('access.requester'), width: 130, render: (_: unknown, row: T) => requester(row) ?? '—' }]
      : []),
    ...props.columns,
    {
      title: t('access.status'),
      // A tag does not wrap: "Awaiting general manager" needs the room.
      width: locale === 'en' ? 180 : 120,
      render: (_, row) => (
        <>
          <StatusTag row={row} styles={statusStyles} />
          {statusNote && <div>{statusNote(row)}</div>}
        </>
      ),
    },
    ...(decisionOf === false || approving
      ? []
      : [
          {
            title: t(props.decisionTitle ?? 'access.comment'),
            render: (_: unknown, row: T) =>
              (decisionOf ? decisionOf(row) : defaultDecision(row, locale)) || '—',
          },
        ]),
    ...(decideButtons || actions
      ? [
          {
            title: t('common.actions'),
            width: 150,
            fixed: 'right' as const,
            render: (_: unknown, row: T) => (
              <Space size={0}>
                {decideButtons && waits(row) && decideButtons(row.id)}
                {actions?.(row)}
              </Space>
            ),
          },
        ]
      : []),
  ];
}

function defaultRequester(t: ReturnType<typeof useI18n>['t']) {
  return (row: ApprovalRow) =>
    row.requesterDepartmentName
      ? t('accessRequests.requesterWithDepartment', {
          name: row.requesterName ?? '',
          department: row.requesterDepartmentName,
        })
      : (row.requesterName ?? null);
}
