import { Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { TASK_STATUSES } from '../../../domain/followups/vocabulary.ts';
import type { Issue } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { TableOrCards } from '../../app/CardList.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import { typeWord, word } from '../followups/words.ts';
import { Satisfaction } from '../records/cells.tsx';
import { deadlineText } from '../records/words.ts';
import { deadlineWord, stepWord } from './words.ts';

type Escalation = Issue['escalations'][number];
type Revisit = Issue['revisits'][number];

/**
 * A small table of the issue page; below 576 px (a phone) one card per row, each cell under its column's title:
 * the columns would not fit beside each other and the page would scroll sideways.
 */
function SmallTable<T extends object>({
  rows,
  rowKey,
  testId,
  columns,
}: {
  rows: T[];
  rowKey(row: T): string | number;
  testId: string;
  columns: (Omit<ColumnType<T>, 'title' | 'render'> & {
    title: string;
    render(value: unknown, row: T): ReactNode;
  })[];
}) {
  return (
    <TableOrCards<T>
      rows={rows}
      rowKey={rowKey}
      loading={false}
      testId={testId}
      cardTestId={`${testId}-card`}
      card={(row) => (
        <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px' }}>
          {columns.map((column) => (
            <div key={column.title} style={{ display: 'contents' }}>
              <dt>
                <Typography.Text type="secondary">{column.title}</Typography.Text>
              </dt>
              <dd style={{ margin: 0 }}>{column.render(undefined, row)}</dd>
            </div>
          ))}
        </dl>
      )}
      table={{ size: 'small', columns }}
    />
  );
}

/** 升级记录: each step taken (the supervisor told at registration, reminders, escalations), when and to whom. */
export function EscalationTable({ issue }: { issue: Issue }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  return (
    <SmallTable<Escalation>
      rowKey={(e) => `${e.deadline}-${e.step}-${e.cycle}-${e.at}`}
      rows={issue.escalations}
      testId="issue-escalations"
      columns={[
        { title: t('issues.esc.at'), width: 140, render: (_, e) => zoneDateTime(e.at, zone) },
        {
          title: t('issues.esc.step'),
          render: (_, e) => (
            <Tag color={e.step === 'remind' ? 'gold' : 'volcano'} style={{ marginInlineEnd: 0 }}>
              {stepWord(e.step, t)}
            </Tag>
          ),
        },
        {
          title: t('issues.esc.deadline'),
          width: 110,
          render: (_, e) => (e.deadline ? deadlineWord(e.deadline, locale) : '—'),
        },
        { title: t('issues.esc.recipient'), width: 110, render: (_, e) => e.recipientName ?? '—' },
        { title: t('issues.esc.cycle'), width: 60, render: (_, e) => e.cycle ?? '—' },
      ]}
    />
  );
}

const TASK_STATUS_COLORS: Record<string, string> = {
  pending: 'blue',
  in_progress: 'processing',
  done: 'green',
  overdue: 'red',
  unreachable: 'orange',
  cancelled: 'default',
};

/** 解决后回访: the account manager's revisit of each resolution, its record and the satisfaction it found. */
export function RevisitTable({ issue }: { issue: Issue }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  return (
    <SmallTable<Revisit>
      rowKey={(r) => r.taskId}
      rows={issue.revisits}
      testId="issue-revisits"
      columns={[
        { title: t('issues.rv.assignee'), render: (_, r) => r.assigneeName ?? '—' },
        { title: t('issues.rv.type'), render: (_, r) => typeWord(r.type, locale) },
        { title: t('issues.rv.due'), width: 140, render: (_, r) => deadlineText(r.dueAt, zone) },
        {
          title: t('issues.rv.status'),
          width: 90,
          render: (_, r) => (
            <Tag color={TASK_STATUS_COLORS[r.status] ?? 'default'} data-testid="revisit-status">
              {word(TASK_STATUSES, r.status, locale)}
            </Tag>
          ),
        },
        {
          title: t('issues.rv.record'),
          width: 130,
          render: (_, r) =>
            r.recordId ? (
              <Link to={`/followups/records/${r.recordId}`} data-testid="revisit-record">
                {r.recordNumber ?? `#${r.recordId}`}
              </Link>
            ) : (
              '—'
            ),
        },
        {
          title: t('issues.rv.satisfaction'),
          width: 90,
          render: (_, r) => <Satisfaction value={r.satisfaction} />,
        },
      ]}
    />
  );
}
