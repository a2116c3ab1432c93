import { Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import { type BoardItem, type BoardParams, levelLabel, overdueMs } from './board-queries.ts';
import { EscalationTag, UrgencyTag } from './cells.tsx';
import { deadlineWord, durationWords } from './words.ts';

export type BoardSort = Pick<BoardParams, 'sort' | 'order'>;

/** 已超时: how long, renewed with `now`; a paused issue's time stands still and says so. */
function Overdue({ item, now }: { item: BoardItem; now: Date }) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  return (
    <Space orientation="vertical" size={2}>
      <Typography.Text type="danger" strong data-testid="board-overdue">
        {durationWords(overdueMs(item, now), t)}
      </Typography.Text>
      {item.pausedAt && (
        <Tooltip title={t('issues.pausedSince', { time: zoneDateTime(item.pausedAt, zone) })}>
          <Tag data-testid="board-paused">{t('issues.paused')}</Tag>
        </Tooltip>
      )}
    </Space>
  );
}

/** The deadlines missed, earliest first, each with its due time on hover. */
function Deadlines({ item }: { item: BoardItem }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  return (
    <Space size={[4, 4]} wrap>
      {item.breaches.map((b) => (
        <Tooltip key={b.deadline} title={t('issues.dueAt', { time: zoneDateTime(b.dueAt, zone) })}>
          <Tag color="red" variant="outlined" data-testid="board-deadline">
            {deadlineWord(b.deadline, locale)}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

function LevelTag({ level }: { level: BoardItem['level'] }) {
  const { t } = useI18n();
  if (level === 'none') return <Tag data-testid="issue-escalation">{levelLabel(level, t)}</Tag>;
  return <EscalationTag level={level} />;
}

/**
 * The breached issues, most overdue first unless a column says otherwise (the server sorts: the board may hold
 * more than it lists); each row opens its issue.
 */
export function BoardTable({
  items,
  loading,
  now,
  sort,
  onSort,
}: {
  items: BoardItem[];
  loading: boolean;
  now: Date;
  sort: BoardSort;
  onSort(sort: BoardSort): void;
}) {
  const { t } = useI18n();
  const order = (key: BoardParams['sort']): SortOrder =>
    (sort.sort ?? 'overdue') === key ? (sort.order === 'asc' ? 'ascend' : 'descend') : null;
  return (
    <Table<BoardItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 1000 }}
      tableLayout="fixed"
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('issues.board.empty')} />,
      }}
      data-testid="board-table"
      onChange={(_page, _filters, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        // A third click clears a column's order: back to the most overdue first.
        if (!s?.order) return onSort({});
        onSort({ sort: s.columnKey as BoardParams['sort'], order: s.order === 'ascend' ? 'asc' : 'desc' });
      }}
      columns={[
        {
          title: t('issues.number'),
          width: 130,
          fixed: 'left',
          render: (_, row) => (
            <Link to={`/issues/${row.id}`} data-testid="issue-number">
              {row.number}
            </Link>
          ),
        },
        {
          title: t('issues.customer'),
          ellipsis: true,
          render: (_, row) =>
            row.customerName ?? <Typography.Text type="secondary">{t('issues.anonymous')}</Typography.Text>,
        },
        {
          key: 'urgency',
          title: t('issues.urgency'),
          width: 100,
          sorter: true,
          sortOrder: order('urgency'),
          sortDirections: ['descend', 'ascend'],
          render: (_, row) => <UrgencyTag urgency={row.urgency} />,
        },
        {
          title: (
            <>
              <div>{t('issues.department')}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('issues.owner')}
              </Typography.Text>
            </>
          ),
          width: 150,
          render: (_, row) => (
            <>
              <Typography.Text ellipsis={{ tooltip: row.departmentName }} style={{ display: 'block' }}>
                {row.departmentName ?? t('issues.board.noDepartment')}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="issue-owner">
                {row.ownerName}
              </Typography.Text>
            </>
          ),
        },
        {
          title: t('issues.board.deadlines'),
          width: 210,
          render: (_, row) => <Deadlines item={row} />,
        },
        {
          key: 'overdue',
          title: t('issues.board.overdue'),
          width: 130,
          sorter: true,
          sortOrder: order('overdue'),
          sortDirections: ['descend', 'ascend'],
          render: (_, row) => <Overdue item={row} now={now} />,
        },
        {
          key: 'level',
          title: t('issues.board.level'),
          width: 150,
          sorter: true,
          sortOrder: order('level'),
          sortDirections: ['descend', 'ascend'],
          render: (_, row) => <LevelTag level={row.level} />,
        },
      ]}
    />
  );
}
