import type { Kysely } from 'kysely';
import { sameRoles } from '../../../domain/role-separation.ts';
import type { Database, UserUpdate } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError, conflict, type FieldError, invalid, notFound } from '../../http/errors.ts';
import { decodeCursor, pageOf } from '../../http/pagination.ts';
import { hashPassword } from '../../security/secrets.ts';
import { recordAudit } from '../audit/service.ts';
import { checkNewPassword, revokeTokensAfterPasswordChange, unlockAccount } from '../auth/service.ts';
import { recordExport } from '../exports/policy.ts';
import { assertAnotherAdminRemains } from './account-guards.ts';
import * as repo from './repository.ts';
import { planRoles, type RolePlan, recordRoleEdit, roleEditChangesAnything } from './role-changes.ts';

const USER = { zh: '用户', en: 'User' };

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  departmentId: number;
  roles: string[];
  supervisorId?: number | null;
  email?: string | null;
  phone?: string | null;
}

export interface UpdateUserInput {
  displayName?: string;
  password?: string;
  departmentId?: number;
  roles?: string[];
  supervisorId?: number | null;
  status?: 'active' | 'disabled';
  email?: string | null;
  phone?: string | null;
  unlock?: boolean;
  version?: number;
}

export function toUserJson(row: repo.UserView) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    supervisorId: row.supervisor_id,
    supervisorName: row.supervisor_name,
    roles: row.roles,
    status: row.status as 'active' | 'disabled',
    email: row.email,
    phone: row.phone,
    locked: row.locked,
    pendingRoleChange: row.pending_role_change
      ? {
          id: row.pending_role_change.id,
          roles: row.pending_role_change.roles,
          createdAt: new Date(row.pending_role_change.createdAt).toISOString(),
        }
      : null,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export type ListUsersQuery = Omit<repo.UserFilter, 'sort' | 'desc'> & {
  sort?: string;
  limit: number;
  cursor?: string;
};

function parseSort(sort: string | undefined): { sort: repo.UserSort; desc: boolean } {
  const desc = sort?.startsWith('-') ?? false;
  const key = (sort ?? 'username').replace(/^-/, '');
  if (key !== 'username' && key !== 'displayName' && key !== 'createdAt') {
    throw invalid([{ field: 'sort', zh: '排序字段无效', en: 'must be username, displayName or createdAt' }]);
  }
  return { sort: key, desc };
}

export async function listUsers(db: Kysely<Database>, ctx: RequestContext, query: ListUsersQuery) {
  requirePermission(ctx.actor, 'users.manage');
  const filter = { ...query, ...parseSort(query.sort) };
  const rows = await repo.listUsers(db, filter, query.limit + 1, decodeCursor(query.cursor));
  const page = pageOf(rows, query.limit, (r) => ({
    v:
      filter.sort === 'username'
        ? r.username
        : filter.sort === 'displayName'
          ? r.display_name
          : r.created_key,
    id: r.id,
  }));
  return {
    items: page.items.map(toUserJson),
    nextCursor: page.nextCursor,
    total: await repo.countUsers(db, query),
  };
}

/** All matching users for an export (bounded: users are at most thousands). */
export async function exportUsers(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: Omit<ListUsersQuery, 'limit'>,
) {
  requirePermission(ctx.actor, 'users.manage');
  const rows = await repo.listUsers(db, { ...query, ...parseSort(query.sort) }, 100_000);
  await recordExport(db, ctx, 'users.exported', { rows: rows.length });
  return rows.map(toUserJson);
}

export async function getUser(db: Kysely<Database>, ctx: RequestContext, id: number) {
  requirePermission(ctx.actor, 'users.manage');
  const row = await repo.findUserById(db, id);
  if (!row) throw notFound(USER);
  return toUserJson(row);
}

async function checkReferences(
  db: Kysely<Database>,
  input: { departmentId?: number; roles?: string[]; supervisorId?: number | null },
  userId?: number,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (input.departmentId !== undefined && !(await repo.departmentExists(db, input.departmentId))) {
    errors.push({ field: 'departmentId', zh: '部门不存在', en: 'no such department' });
  }
  if (input.roles !== undefined) {
    const known = await repo.existingRoleKeys(db);
    const unknown = input.roles.filter((r) => !known.includes(r));
    if (input.roles.length === 0)
      errors.push({ field: 'roles', zh: '至少选择一个角色', en: 'needs at least one role' });
    if (unknown.length > 0) {
      errors.push({
        field: 'roles',
        zh: `未知角色：${unknown.join('、')}`,
        en: `unknown roles: ${unknown.join(', ')}`,
      });
    }
  }
  if (input.supervisorId !== undefined && input.supervisorId !== null) {
    if (input.supervisorId === userId) {
      errors.push({ field: 'supervisorId', zh: '不能把自己设为上级', en: 'cannot be the user themself' });
    } else if (!(await repo.activeUserExists(db, input.supervisorId))) {
      errors.push({ field: 'supervisorId', zh: '上级不存在或已停用', en: 'no such active user' });
    } else if (
      userId !== undefined &&
      (await repo.supervisorChain(db, input.supervisorId)).includes(userId)
    ) {
      errors.push({ field: 'supervisorId', zh: '上级关系不能形成循环', en: 'would make a reporting loop' });
    }
  }
  return errors;
}

export async function createUser(db: Kysely<Database>, ctx: RequestContext, input: CreateUserInput) {
  requirePermission(ctx.actor, 'users.manage');
  checkNewPassword('password', input.password);
  const errors = await checkReferences(db, input);
  if (errors.length > 0) throw invalid(errors);
  const passwordHash = await hashPassword(input.password);
  // Admin together with a role that sees customer data waits for the executive (SPEC §1).
  const plan = await planRoles(db, [], [...new Set(input.roles)]);
  const id = await db.transaction().execute(async (trx) => {
    if (await repo.usernameTaken(trx, input.username)) {
      throw conflict({ zh: `用户名 ${input.username} 已被使用`, en: `Username ${input.username} is taken` }, [
        { field: 'username', zh: '已被使用', en: 'is already taken' },
      ]);
    }
    const newId = await repo.insertUser(trx, {
      username: input.username,
      display_name: input.displayName.trim(),
      password_hash: passwordHash,
      department_id: input.departmentId,
      supervisor_id: input.supervisorId ?? null,
      roles: plan.rolesNow,
      email: input.email ?? null,
      phone: input.phone ?? null,
      must_change_password: true,
    });
    await recordAudit(
      trx,
      ctx,
      'users.created',
      { type: 'user', id: newId },
      {
        username: input.username,
        roles: plan.rolesNow,
        departmentId: input.departmentId,
      },
    );
    await recordRoleEdit(trx, ctx, newId, [], plan);
    return newId;
  });
  return getUser(db, ctx, id);
}

export async function updateUser(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  input: UpdateUserInput,
) {
  requirePermission(ctx.actor, 'users.manage');
  const existing = await repo.findUserById(db, id);
  if (!existing) throw notFound(USER);
  if (input.password !== undefined) checkNewPassword('password', input.password);
  const errors = await checkReferences(db, input, id);
  if (id === ctx.actor.id && input.status === 'disabled') {
    errors.push({ field: 'status', zh: '不能停用自己的账号', en: 'you cannot disable your own account' });
  }
  const rolesEdit = input.roles === undefined ? undefined : [...new Set(input.roles)];
  // Nobody changes their own roles: not to give themselves customer data, not to drop their last admin.
  if (id === ctx.actor.id && rolesEdit && !sameRoles(rolesEdit, existing.roles)) {
    errors.push({
      field: 'roles',
      zh: '不能修改自己的角色，请由其他管理员修改',
      en: 'you cannot change your own roles; ask another administrator',
    });
  }
  if (errors.length > 0) throw invalid(errors);

  // A role edit that lets an administrator's account see customer data waits for the executive;
  // the rest takes effect now. The version check keeps the plan's "before" from going stale.
  let plan: RolePlan | undefined;
  if (rolesEdit && (await roleEditChangesAnything(db, id, existing.roles, rolesEdit))) {
    plan = await planRoles(db, existing.roles, rolesEdit);
  }

  const changes: UserUpdate = {};
  if (input.displayName !== undefined) changes.display_name = input.displayName.trim();
  if (input.departmentId !== undefined) changes.department_id = input.departmentId;
  if (plan) changes.roles = plan.rolesNow;
  if (input.supervisorId !== undefined) changes.supervisor_id = input.supervisorId;
  if (input.status !== undefined) changes.status = input.status;
  if (input.email !== undefined) changes.email = input.email;
  if (input.phone !== undefined) changes.phone = input.phone;
  if (input.password !== undefined) {
    Object.assign(changes, { password_hash: await hashPassword(input.password), must_change_password: true });
  }

  const losesAdmin =
    existing.roles.includes('admin') &&
    (input.status === 'disabled' || (plan !== undefined && !plan.rolesNow.includes('admin')));
  const expectedVersion = input.version ?? (plan ? existing.version : undefined);
  await db.transaction().execute(async (trx) => {
    if (losesAdmin)
      await assertAnotherAdminRemains(trx, id, input.status === 'disabled' ? 'status' : 'roles');
    if (!(await repo.updateUser(trx, id, changes, expectedVersion))) throw new AppError('stale_version');
    if (plan) await recordRoleEdit(trx, ctx, id, existing.roles, plan);
    if (input.unlock) await unlockAccount(trx, existing.username);
    // A new password or a disabled account ends the user's open sessions; a new password also their tokens.
    if (input.password !== undefined || input.status === 'disabled') await repo.deleteSessionsOf(trx, id);
    if (input.password !== undefined) await revokeTokensAfterPasswordChange(trx, ctx, id, 'password_reset');
    const { password: _omit, version: _v, roles: _r, ...audited } = input;
    await recordAudit(
      trx,
      ctx,
      'users.updated',
      { type: 'user', id },
      {
        ...audited,
        // The roles held now; a change waiting for approval is its own event (users.role_change_requested).
        ...(plan ? { roles: plan.rolesNow } : {}),
        passwordReset: input.password !== undefined,
      },
    );
  });
  return getUser(db, ctx, id);
}

/** Names for pickers (owner, successor, supervisor): every signed-in user may see who works here. */
export async function userDirectory(db: Kysely<Database>, _ctx: RequestContext) {
  const rows = await repo.listUsers(db, { status: 'active', sort: 'displayName', desc: false }, 5000);
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    departmentName: r.department_name,
    roles: r.roles,
  }));
}
