/**
 * Separation of duties (SPEC §1): the administrator manages users, roles and settings and sees no customer
 * data unless also granted another role — and that grant is the executive's decision, not the admin's own.
 */
export const ADMIN_ROLE = 'admin';
export const APPROVE_ROLES_PERMISSION = 'users.approve_roles';

export interface RoleShape {
  key: string;
  permissions: readonly string[];
  dataScope: string;
}

/** A role sees customer data when it may read customers at all or has a data scope. */
export function seesCustomerData(role: Pick<RoleShape, 'permissions' | 'dataScope'>): boolean {
  return role.permissions.includes('customers.read') || role.dataScope !== 'none';
}

/** The role keys (among those given) that see customer data. */
export function dataRoleKeys(roles: readonly RoleShape[]): Set<string> {
  return new Set(roles.filter(seesCustomerData).map((r) => r.key));
}

export function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((r) => right.has(r));
}

/**
 * Whether changing an account's roles from `before` to `after` needs the executive's approval: it does when
 * the account ends up holding admin together with a role that sees customer data, and the change adds
 * either side (taking a role away never needs approval).
 */
export function needsApproval(
  before: readonly string[],
  after: readonly string[],
  dataRoles: ReadonlySet<string>,
): boolean {
  const holdsBoth = after.includes(ADMIN_ROLE) && after.some((r) => r !== ADMIN_ROLE && dataRoles.has(r));
  if (!holdsBoth) return false;
  const addsAdmin = !before.includes(ADMIN_ROLE);
  const addsData = after.some((r) => r !== ADMIN_ROLE && dataRoles.has(r) && !before.includes(r));
  return addsAdmin || addsData;
}

/**
 * The roles an account gets at once while the full set awaits approval: everything but the admin role
 * when admin is being added, else everything but the data roles being added.
 */
export function rolesWhilePending(
  before: readonly string[],
  after: readonly string[],
  dataRoles: ReadonlySet<string>,
): string[] {
  if (!before.includes(ADMIN_ROLE)) return after.filter((r) => r !== ADMIN_ROLE);
  return after.filter((r) => before.includes(r) || !dataRoles.has(r));
}

export type ApprovalRefusal = 'own_request' | 'own_account' | 'holds_admin';

/** Why this approver may not decide this request (they hold the permission already), or null. */
export function approvalRefusal(
  approver: { id: number; roles: readonly string[] },
  request: { userId: number; requestedBy: number | null },
): ApprovalRefusal | null {
  if (approver.roles.includes(ADMIN_ROLE)) return 'holds_admin';
  if (request.requestedBy === approver.id) return 'own_request';
  if (request.userId === approver.id) return 'own_account';
  return null;
}
