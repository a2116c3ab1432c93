import { type CustomerLifecycle, childTable } from '../customer-lifecycle/hooks.ts';
import { deleteRows, moveRows } from '../customer-lifecycle/repository.ts';
import { deleteReviewsOf } from '../record-reviews/service.ts';
import {
  deleteRecordActions,
  handOverTasks,
  mergeTasks,
  recordIdsOf,
  unlinkRecords,
} from './lifecycle-repository.ts';
import { dropSummary } from './summary-repository.ts';

/** Follow-up records and tasks follow a merge (one per source), go with a destruction, and pass to a leaver's successor. */
export const followupLifecycles: CustomerLifecycle[] = [
  childTable('followup_events'),
  // Before tasks: an attempt points at its task.
  childTable('followup_attempts'),
  {
    name: 'followup_records',
    merge: (trx, move) => moveRows(trx, 'followup_records', move.duplicateId, move.keepId),
    async destroy(trx, customerIds) {
      await unlinkRecords(trx, customerIds);
      const recordIds = await recordIdsOf(trx, customerIds);
      await deleteReviewsOf(trx, recordIds);
      await deleteRecordActions(trx, recordIds);
      return deleteRows(trx, 'followup_records', customerIds);
    },
  },
  {
    name: 'followup_tasks',
    merge: (trx, move) => mergeTasks(trx, move.duplicateId, move.keepId),
    destroy: (trx, customerIds) => deleteRows(trx, 'followup_tasks', customerIds),
    handOver: (trx, move) => handOverTasks(trx, move.fromUserId, move.toUserId),
  },
  {
    name: 'customer_followups',
    merge: (trx, move) => dropSummary(trx, move.duplicateId),
    destroy: (trx, customerIds) => deleteRows(trx, 'customer_followups', customerIds),
  },
];
