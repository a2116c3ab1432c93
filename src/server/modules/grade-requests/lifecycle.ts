import { type CustomerLifecycle, childTable } from '../customer-lifecycle/hooks.ts';

/** A grade request belongs to its customer: merged with it, destroyed with it. */
export const gradeRequestLifecycle: CustomerLifecycle = childTable('grade_change_requests');
