import { customerFactLifecycles } from '../customer-facts/lifecycle.ts';
import { customerLifecycles } from '../customers/lifecycle.ts';
import { followupLifecycles } from '../followups/lifecycle.ts';
import { gradeRequestLifecycle } from '../grade-requests/lifecycle.ts';
import { issueLifecycle } from '../issues/lifecycle.ts';
import type { CustomerLifecycle } from './hooks.ts';

/**
 * Every module's rows that reference customers, in the order merge, destruction and handover process them.
 * A new module with such rows adds its lifecycle file and one line here.
 *
 * Not listed, on purpose: access grants (access_requests) stay on the customer they were approved for — a
 * merge must not widen them, and a destroyed customer's grants open nothing.
 */
export const CUSTOMER_LIFECYCLES: CustomerLifecycle[] = [
  ...customerLifecycles,
  ...customerFactLifecycles,
  gradeRequestLifecycle,
  // Before the follow-up rows: an issue points at its record, events and revisit task.
  issueLifecycle,
  ...followupLifecycles,
];
