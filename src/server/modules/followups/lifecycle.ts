import { type CustomerLifecycle, childTable } from '../customer-lifecycle/hooks.ts';
import { deleteRows } from '../customer-lifecycle/repository.ts';
import { handOverTasks, mergeTasks } from './lifecycle-repository.ts';

/** Follow-up tasks follow a merge (one per source), go with a destruction, and pass to a leaver's successor. */
export const followupLifecycles: CustomerLifecycle[] = [
  childTable('followup_events'),
  {
    name: 'followup_tasks',
    merge: (trx, move) => mergeTasks(trx, move.duplicateId, move.keepId),
    destroy: (trx, customerIds) => deleteRows(trx, 'followup_tasks', customerIds),
    handOver: (trx, move) => handOverTasks(trx, move.fromUserId, move.toUserId),
  },
];
