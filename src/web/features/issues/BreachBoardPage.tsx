import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Row,
  Select,
  Skeleton,
  Space,
  Statistic,
  TreeSelect,
  Typography,
} from 'antd';
import { lazy, Suspense, useState } from 'react';
import { URGENCIES, type Urgency } from '../../../domain/issues/vocabulary.ts';
import { ApiError } from '../../api/client.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import { useDepartmentTree } from '../departments/useDepartments.ts';
import { download } from '../exports/export-client.ts';
import { optionsOf } from '../followups/words.ts';
import { type BoardSort, BoardTable } from './BoardTable.tsx';
import {
  BOARD_LEVELS,
  type BoardCounts,
  type BoardLevel,
  type BoardParams,
  boardExportUrl,
  levelLabel,
  useBreachBoard,
} from './board-queries.ts';
import { useNow } from './useNow.ts';

// ECharts is large and only this page draws it: its own chunk, fetched when the page first shows a chart.
const BoardChart = lazy(() => import('./BoardChart.tsx'));

type Filters = Pick<BoardParams, 'departmentId' | 'urgency' | 'level'>;

/** 超时问题 in all, then one card per escalation level. */
function SummaryCards({ summary }: { summary: BoardCounts | undefined }) {
  const { t } = useI18n();
  const cards: { key: string; title: string; value: number; color?: string }[] = [
    { key: 'total', title: t('issues.board.total'), value: summary?.total ?? 0, color: '#cf1322' },
    ...BOARD_LEVELS.map((level) => ({
      key: level,
      title: levelLabel(level, t),
      value: summary?.byLevel[level] ?? 0,
    })),
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="board-summary">
      {cards.map((card) => (
        <Col key={card.key} flex="1 1 160px">
          <Card size="small" data-testid={`board-count-${card.key}`}>
            <Statistic title={card.title} value={card.value} styles={{ content: { color: card.color } }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** 部门 / 紧急程度 / 升级级别, each applied by the server (the summary follows them too). */
function BoardFilters({ value, onChange }: { value: Filters; onChange(patch: Partial<Filters>): void }) {
  const { t, locale } = useI18n();
  const departments = useDepartmentTree();
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="board-filters">
      <TreeSelect
        allowClear
        showSearch={{ treeNodeFilterProp: 'title' }}
        treeDefaultExpandAll
        style={{ width: 200 }}
        placeholder={t('issues.department')}
        treeData={departments}
        value={value.departmentId}
        onChange={(departmentId?: number) => onChange({ departmentId })}
        data-testid="board-filter-department"
      />
      <Select<Urgency>
        allowClear
        style={{ width: 140 }}
        placeholder={t('issues.urgency')}
        value={value.urgency}
        onChange={(urgency) => onChange({ urgency })}
        options={optionsOf(URGENCIES, locale)}
        data-testid="board-filter-urgency"
      />
      <Select<BoardLevel>
        allowClear
        style={{ width: 180 }}
        placeholder={t('issues.board.level')}
        value={value.level}
        onChange={(level) => onChange({ level })}
        options={BOARD_LEVELS.map((level) => ({ value: level, label: levelLabel(level, t) }))}
        data-testid="board-filter-level"
      />
    </Space>
  );
}

/**
 * 超时看板 for supervisors, department managers and executives: what is past a deadline now within their data
 * scope, how far escalation has taken each, per department as a chart, and the issues themselves with their
 * overdue time counting on.
 */
export function BreachBoardPage() {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const now = useNow();
  const [filters, setFilters] = useState<Filters>({});
  const [sort, setSort] = useState<BoardSort>({});
  const params = { ...filters, ...sort };
  const board = useBreachBoard(params);
  if (board.error instanceof ApiError)
    return <Alert type="warning" showIcon title={board.error.problem.detail} />;
  const data = board.data;
  const filter = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const exportBoard = () => download(boardExportUrl(params), 'breach-board.xlsx').catch(showApiError);
  return (
    <Card
      title={t('issues.board.title')}
      extra={
        <Space>
          {data && (
            <Typography.Text type="secondary">
              {t('issues.board.asOf', { time: zoneDateTime(data.asOf, zone) })}
            </Typography.Text>
          )}
          <Button onClick={exportBoard} data-testid="board-export">
            {t('common.export')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('issues.board.hint')}</Typography.Paragraph>
      <BoardFilters value={filters} onChange={filter} />
      <SummaryCards summary={data?.summary} />
      <Card
        size="small"
        title={t('issues.board.chart')}
        extra={<Typography.Text type="secondary">{t('issues.board.chartHint')}</Typography.Text>}
        style={{ marginBottom: 16 }}
      >
        {data && data.summary.departments.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('issues.board.empty')} />
        ) : (
          <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
            {data && (
              <BoardChart
                departments={data.summary.departments}
                onPick={(departmentId) => departmentId && filter({ departmentId })}
              />
            )}
          </Suspense>
        )}
      </Card>
      {data && data.summary.total > data.items.length && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('issues.board.truncated', { shown: data.items.length, total: data.summary.total })}
        />
      )}
      <BoardTable
        items={data?.items ?? []}
        loading={board.isLoading}
        now={now}
        sort={sort}
        onSort={setSort}
      />
    </Card>
  );
}
