import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, post } from '../../api/client.ts';
import type { RecordRow } from '../../api/types.ts';

/** The query keys of this area: a decision refreshes all three. */
export const RECORDS_KEY = 'followup-records';
export const RECORD_KEY = 'followup-record';
export const REVIEWS_KEY = 'record-reviews';

export function useRecord(id: number | undefined) {
  return useQuery({
    queryKey: [RECORD_KEY, id],
    queryFn: () => get<RecordRow>(`/api/v1/followup-records/${id}`),
    enabled: id !== undefined,
  });
}

export type Decision = 'approve' | 'return';

/**
 * 审核签字 (comment optional) or 退回 (comment required): posts it, puts the answer in the record's cache and
 * refreshes the lists, so the row leaves 待我审核 at once. A 409 (someone decided first) refreshes them too, so
 * the record shows what was decided, and is thrown on for its words to be shown.
 */
export function useDecide() {
  const client = useQueryClient();
  const refresh = (id: number) =>
    Promise.all([
      client.invalidateQueries({ queryKey: [RECORD_KEY, id] }),
      client.invalidateQueries({ queryKey: [RECORDS_KEY] }),
      client.invalidateQueries({ queryKey: [REVIEWS_KEY] }),
    ]);
  return async (id: number, decision: Decision, comment: string | null): Promise<RecordRow> => {
    try {
      const record = await post<RecordRow>(
        `/api/v1/followup-records/${id}/${decision}`,
        comment === null ? {} : { comment },
      );
      client.setQueryData([RECORD_KEY, id], record);
      await refresh(id);
      return record;
    } catch (error) {
      if (error instanceof ApiError && error.problem.status === 409) await refresh(id);
      throw error;
    }
  };
}
