/** Permission keys checked on the server. Roles grant sets of them (configurable, see roles table). */
export const PERMISSIONS = [
  'users.manage',
  'users.approve_roles',
  'departments.manage',
  'roles.manage',
  'settings.manage',
  'jobs.manage',
  'audit.read',
  'customers.read',
  'customers.write',
  'customers.import',
  'customers.export',
  'customers.handover',
  'access.request',
  'access.approve',
  'access.approve_top_secret',
  'grades.request',
  'grades.approve_dept',
  'grades.approve_exec',
  'followups.work',
  'followups.assign',
  'followups.plan',
  'followups.approve_plan',
  'followups.rules',
  'records.review',
  'issues.register',
  'issues.handle',
  'issues.escalate',
  'reports.read',
  'reports.review_weekly',
  'campaigns.manage',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
