import { deleteApprovals } from '../../workflow/service.ts';
import type { CustomerLifecycle } from '../customer-lifecycle/hooks.ts';
import { deleteRows, moveRows } from '../customer-lifecycle/repository.ts';
import { requestIdsOf } from './repository.ts';

/** A grade request belongs to its customer: merged with it, destroyed with it (its approval and decisions too). */
export const gradeRequestLifecycle: CustomerLifecycle = {
  name: 'grade_change_requests',
  merge: (trx, move) => moveRows(trx, 'grade_change_requests', move.duplicateId, move.keepId),
  async destroy(trx, customerIds) {
    await deleteApprovals(trx, 'grade', await requestIdsOf(trx, customerIds));
    return deleteRows(trx, 'grade_change_requests', customerIds);
  },
};
