import { type CustomerLifecycle, childTable } from '../customer-lifecycle/hooks.ts';
import { deleteRows } from '../customer-lifecycle/repository.ts';
import { moveContacts } from './contacts-repository.ts';

/** The archive's own child rows: contacts (one primary per customer) and the tier history. */
export const customerLifecycles: CustomerLifecycle[] = [
  {
    name: 'contacts',
    merge: (trx, move) => moveContacts(trx, move.duplicateId, move.keepId),
    destroy: (trx, customerIds) => deleteRows(trx, 'contacts', customerIds),
  },
  childTable('customer_tier_history'),
];
