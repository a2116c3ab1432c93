import { Button, Card, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { IssueSummary } from '../../api/types.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { TableOrCards } from '../../app/CardList.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import { inZone, zoneDate } from '../../app/zone.ts';
import { Countdown, EscalationTag, StatusTag, UrgencyTag } from './cells.tsx';
import { IssueFilters, type IssueFilterValues, listParams } from './IssueFilters.tsx';
import { useIssueList } from './queries.ts';
import { RegisterIssueModal } from './RegisterIssueModal.tsx';
import { useNow } from './useNow.ts';

// What an issue shows, in the table's cells on wider screens and on its card on a phone.

function IssueNumber({ row }: { row: IssueSummary }) {
  return (
    <Link to={`/issues/${row.id}`} data-testid="issue-number">
      {row.number}
    </Link>
  );
}

function CustomerCell({ row }: { row: IssueSummary }) {
  const { t } = useI18n();
  return row.customerId ? (
    <Link to={`/customers/${row.customerId}`}>{row.customerName}</Link>
  ) : (
    <Typography.Text type="secondary">{t('issues.anonymous')}</Typography.Text>
  );
}

/** The day it was raised and, beside it (a card) or under it (a table's Space), the time. */
function RaisedAt({ row }: { row: IssueSummary }) {
  const zone = useCompanyZone();
  return (
    <>
      <span>{zoneDate(row.raisedAt, zone)} </span>
      <Typography.Text type="secondary">{inZone(row.raisedAt, zone).format('HH:mm')}</Typography.Text>
    </>
  );
}

/** Below 576 px (a phone) an issue is a card: the table would scroll inside itself. */
function IssueCard({ row, now }: { row: IssueSummary; now: Date }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Space size={[8, 4]} wrap>
        <IssueNumber row={row} />
        <StatusTag status={row.status} />
        <UrgencyTag urgency={row.urgency} />
        {row.escalationLevel ? <EscalationTag level={row.escalationLevel} /> : null}
      </Space>
      <CustomerCell row={row} />
      <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginBottom: 0 }}>
        {row.description}
      </Typography.Paragraph>
      <Typography.Text type="secondary">
        {row.ownerName}
        {row.departmentName ? ` · ${row.departmentName}` : ''}
      </Typography.Text>
      <span>
        <Typography.Text type="secondary">{t('issues.raisedAt')} </Typography.Text>
        <RaisedAt row={row} />
      </span>
      <Space size={8} align="start">
        <Typography.Text type="secondary">{t('issues.remaining')}</Typography.Text>
        <Countdown issue={row} now={now} />
      </Space>
    </Space>
  );
}

/**
 * 问题与投诉: the issues one may read, newest raised first (the server's only order, so the columns do not
 * sort), 50 at a time with 加载更多. Who handles issues starts on 我负责的, who only registers them on 全部. Each
 * row counts down to the deadline that counts now, renewed every half minute.
 */
export function IssuesPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const now = useNow();
  const handles = can(me, 'issues.handle');
  const [filters, setFilters] = useState<IssueFilterValues>(() => ({
    view: handles ? 'mine' : 'all',
    status: [],
    urgency: [],
  }));
  const [registering, setRegistering] = useState(false);
  const issues = useIssueList(listParams(filters));
  const rows = issues.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card
      title={t('issues.title')}
      extra={
        can(me, 'issues.register', 'issues.handle') ? (
          <Button type="primary" onClick={() => setRegistering(true)} data-testid="register-issue">
            {t('issues.register')}
          </Button>
        ) : null
      }
    >
      <IssueFilters value={filters} onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))} />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('issues.order')}
      </Typography.Paragraph>
      <TableOrCards<IssueSummary>
        rows={rows}
        rowKey={(row) => row.id}
        loading={issues.isLoading}
        testId="issues-table"
        cardTestId="issue-card"
        card={(row) => <IssueCard row={row} now={now} />}
        table={{
          scroll: { x: 1130 },
          tableLayout: 'fixed',
          columns: [
            {
              title: t('issues.number'),
              width: 125,
              fixed: 'left',
              render: (_, row) => <IssueNumber row={row} />,
            },
            {
              title: t('issues.customer'),
              width: 150,
              ellipsis: true,
              render: (_, row) => <CustomerCell row={row} />,
            },
            {
              title: t('issues.description'),
              ellipsis: { showTitle: false },
              render: (_, row) => (
                <Tooltip title={row.description} placement="topLeft">
                  {row.description}
                </Tooltip>
              ),
            },
            {
              title: t('issues.urgency'),
              width: 76,
              render: (_, row) => <UrgencyTag urgency={row.urgency} />,
            },
            { title: t('issues.status'), width: 100, render: (_, row) => <StatusTag status={row.status} /> },
            {
              // One column for both: the owner, and under it the department answering for it.
              title: (
                <>
                  <div>{t('issues.owner')}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('issues.department')}
                  </Typography.Text>
                </>
              ),
              width: 130,
              render: (_, row) => (
                <>
                  <div data-testid="issue-owner">{row.ownerName}</div>
                  <Typography.Text
                    type="secondary"
                    ellipsis={{ tooltip: row.departmentName }}
                    style={{ display: 'block', fontSize: 12 }}
                  >
                    {row.departmentName ?? '—'}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('issues.raisedAt'),
              width: 100,
              render: (_, row) => (
                <Space orientation="vertical" size={0}>
                  <RaisedAt row={row} />
                </Space>
              ),
            },
            {
              title: t('issues.remaining'),
              width: 140,
              render: (_, row) => <Countdown issue={row} now={now} />,
            },
            {
              title: t('issues.escalation'),
              width: 120,
              render: (_, row) => <EscalationTag level={row.escalationLevel} />,
            },
          ],
        }}
      />
      <LoadMore list={issues} />
      <RegisterIssueModal open={registering} onClose={() => setRegistering(false)} />
    </Card>
  );
}
