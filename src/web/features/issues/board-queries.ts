import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, query } from '../../api/client.ts';
import type { paths } from '../../api/openapi.gen.ts';
import type { ResponseOf } from '../../api/types.ts';
import type { MessageKey } from '../../app/messages.ts';
import { ISSUES_KEY } from './queries.ts';

export type BreachBoard = ResponseOf<'/api/v1/issues/breach-board'>;
export type BoardItem = BreachBoard['items'][number];
export type BoardLevel = BoardItem['level'];
export type BoardCounts = BreachBoard['summary'];
export type BoardParams = NonNullable<paths['/api/v1/issues/breach-board']['get']['parameters']['query']>;

/** Lowest to highest: the order of the summary cards and of the chart's stacks. */
export const BOARD_LEVELS: BoardLevel[] = ['none', 'remind', 'supervisor', 'department_head'];

/** 未升级, or the level's word as the issue list shows it (已提醒 / 已升级主管 / 已升级部门负责人). */
export const levelLabel = (level: BoardLevel, t: (key: MessageKey) => string) =>
  t(level === 'none' ? 'issues.board.level.none' : `issues.level.${level}`);

/** The board as the server has it now, read again every minute so that new breaches come in by themselves. */
export function useBreachBoard(params: BoardParams) {
  return useQuery({
    queryKey: [ISSUES_KEY, 'breach-board', params],
    queryFn: () => get<BreachBoard>(`/api/v1/issues/breach-board${query({ ...params })}`),
    refetchInterval: 60_000,
    placeholderData: keepPreviousData,
  });
}

export const boardExportUrl = (params: BoardParams) =>
  `/api/v1/issues/breach-board/export${query({ ...params })}`;

/**
 * How long the row is overdue at `now`: its longest-breached deadline, each counted to now, or to the pause where
 * a paused clock stopped it.
 */
export function overdueMs(item: Pick<BoardItem, 'breaches'>, now: Date): number {
  return Math.max(
    0,
    ...item.breaches.map(
      (b) => (b.stoppedAt ? Date.parse(b.stoppedAt) : now.getTime()) - Date.parse(b.dueAt),
    ),
  );
}
