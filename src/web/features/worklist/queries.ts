import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import { WORKLIST_SECTIONS, type WorklistSection } from '../../../domain/followups/vocabulary.ts';
import { get, query } from '../../api/client.ts';
import type { TaskCard, Worklist } from '../../api/types.ts';

export const SECTIONS = WORKLIST_SECTIONS;
export type Section = WorklistSection;

/**
 * One's worklist, or a team member's (assigneeId): the first rows of each part. Refreshed every minute: what is
 * due, and who is in their best time to call, changes with the clock.
 */
export function useWorklist(assigneeId?: number) {
  return useQuery({
    queryKey: ['worklist', assigneeId ?? 'mine'],
    queryFn: () => get<Worklist>(`/api/v1/worklist${query({ assigneeId })}`),
    refetchInterval: 60_000,
  });
}

/** One part of a worklist with `limit` rows (加载更多); nothing is asked while `limit` is undefined. */
export function useWorklistPart(assigneeId: number | undefined, section: Section, limit: number | undefined) {
  return useQuery({
    queryKey: ['worklist', assigneeId, section, limit],
    queryFn: () => get<Worklist>(`/api/v1/worklist${query({ assigneeId, section, limit })}`),
    enabled: assigneeId !== undefined && limit !== undefined,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export function useTaskCard(id: number | undefined) {
  return useQuery({
    queryKey: ['followup-task', id],
    queryFn: () => get<TaskCard>(`/api/v1/followup-tasks/${id}`),
    enabled: id !== undefined,
  });
}

/**
 * After an attempt, a record or a reassignment: every list that shows tasks. Worklists are fetched again even
 * when no page shows them (the record page returns to one), so that a finished task never flashes back.
 */
export async function refreshTasks(client: QueryClient, card?: TaskCard) {
  if (card) client.setQueryData(['followup-task', card.id], card);
  await Promise.all([
    client.invalidateQueries({ queryKey: ['worklist'], refetchType: 'all' }),
    client.invalidateQueries({ queryKey: ['worklist-team'] }),
    client.invalidateQueries({ queryKey: ['worklist-calendar'] }),
    client.invalidateQueries({ queryKey: ['followup-tasks'] }),
    card ? undefined : client.invalidateQueries({ queryKey: ['followup-task'] }),
  ]);
}
