import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useI18n } from '../../app/i18n.tsx';
import { BOARD_LEVELS, type BoardCounts, levelLabel } from './board-queries.ts';

// Only what this chart draws, so the lazily loaded chunk stays small. SVG: sharp at any zoom, and its words are
// text a browser test can read.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The antd preset colours of the level tags (grey, gold, volcano, red), so the chart and the table agree. */
const LEVEL_COLORS = {
  none: '#bfbfbf',
  remind: '#faad14',
  supervisor: '#fa541c',
  department_head: '#f5222d',
};

const ROW_HEIGHT = 36;

/**
 * Breached issues per department, one bar each, stacked by escalation level; a click on a department asks for
 * its issues only. Loaded on demand (React.lazy): ECharts stays out of the main bundle.
 */
export default function BoardChart({
  departments,
  onPick,
}: {
  departments: BoardCounts['departments'];
  onPick(departmentId: number | null): void;
}) {
  const { t } = useI18n();
  // The most breached on top: ECharts draws a category axis from the bottom up.
  const rows = [...departments].sort((a, b) => a.total - b.total);
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: BOARD_LEVELS.map((l) => levelLabel(l, t)) },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: rows.map((d) => d.departmentName ?? t('issues.board.noDepartment')),
      axisTick: { show: false },
    },
    series: BOARD_LEVELS.map((level) => ({
      name: levelLabel(level, t),
      type: 'bar',
      stack: 'level',
      barMaxWidth: 24,
      itemStyle: { color: LEVEL_COLORS[level] },
      label: { show: true, formatter: ({ value }: { value: number }) => (value > 0 ? String(value) : '') },
      data: rows.map((d) => d.byLevel[level]),
    })),
  };
  return (
    <div data-testid="board-chart">
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: Math.max(160, 56 + rows.length * ROW_HEIGHT) }}
        opts={{ renderer: 'svg' }}
        onEvents={{
          click: ({ dataIndex }: { dataIndex: number }) => onPick(rows[dataIndex]?.departmentId ?? null),
        }}
      />
    </div>
  );
}
