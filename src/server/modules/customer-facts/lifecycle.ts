import { type CustomerLifecycle, childTable } from '../customer-lifecycle/hooks.ts';

/** Transactions, contracts and service records follow a merge and go with a destruction. */
export const customerFactLifecycles: CustomerLifecycle[] = [
  childTable('transactions'),
  childTable('contracts'),
  childTable('service_events'),
];
