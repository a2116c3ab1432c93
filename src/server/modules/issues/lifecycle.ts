import type { CustomerLifecycle } from '../customer-lifecycle/hooks.ts';
import { deleteIssues, handOverIssues, moveIssues } from './repository.ts';

/**
 * Issues follow a merge, go with a destruction (before the follow-up rows they point at), and a leaver's open
 * ones pass to the successor.
 */
export const issueLifecycle: CustomerLifecycle = {
  name: 'issues',
  merge: (trx, move) => moveIssues(trx, move.duplicateId, move.keepId),
  destroy: (trx, customerIds) => deleteIssues(trx, customerIds),
  handOver: (trx, move) => handOverIssues(trx, move.fromUserId, move.toUserId),
};
