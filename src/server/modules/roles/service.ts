import type { Kysely } from 'kysely';
import { isPermission, PERMISSIONS } from '../../../domain/permissions.ts';
import { ADMIN_ROLE, APPROVE_ROLES_PERMISSION, seesCustomerData } from '../../../domain/role-separation.ts';
import { type DataScope, DEFAULT_ROLES } from '../../../domain/roles.ts';
import type { Database, RoleRow } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { conflict, type FieldError, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as repo from './repository.ts';

function toJson(row: RoleRow) {
  return {
    key: row.key,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    dataScope: row.data_scope as DataScope,
    permissions: row.permissions,
    builtin: DEFAULT_ROLES.some((r) => r.key === row.key),
  };
}

export async function listRoles(db: Kysely<Database>, _ctx: RequestContext) {
  const rows = await repo.listRoles(db);
  const order = (key: string) => {
    const i = DEFAULT_ROLES.findIndex((r) => r.key === key);
    return i === -1 ? DEFAULT_ROLES.length : i;
  };
  return rows.sort((a, b) => order(a.key) - order(b.key)).map(toJson);
}

export function listPermissions() {
  return [...PERMISSIONS];
}

/**
 * Separation of duties (SPEC §1) on role definitions: the admin role never sees customer data (that would
 * hand it to every administrator at once, past the executive's approval of individual accounts); who may
 * approve role changes is not configurable here; and a role an administrator's account holds cannot be
 * widened into customer data (that would bypass the approval too).
 */
async function separationErrors(
  db: Kysely<Database>,
  key: string,
  before: { permissions: string[]; dataScope: string },
  after: { permissions: string[]; dataScope: string },
): Promise<void> {
  const errors: FieldError[] = [];
  if (key === ADMIN_ROLE && after.permissions.includes('customers.read')) {
    errors.push({
      field: 'permissions',
      zh: '系统管理员角色不能查看客户（职责分离）；需要时请为该员工另行申请业务角色',
      en: 'the admin role cannot read customers (separation of duties); ask for a second role instead',
    });
  }
  if (key === ADMIN_ROLE && after.dataScope !== 'none') {
    errors.push({
      field: 'dataScope',
      zh: '系统管理员角色的数据范围只能为“无”（职责分离）',
      en: 'the admin role has no data scope (separation of duties)',
    });
  }
  if (
    before.permissions.includes(APPROVE_ROLES_PERMISSION) !==
    after.permissions.includes(APPROVE_ROLES_PERMISSION)
  ) {
    errors.push({
      field: 'permissions',
      zh: '“审批角色变更”权限属于总经理角色，不能在此增减',
      en: 'users.approve_roles stays with the executive role and cannot be changed here',
    });
  }
  if (errors.length > 0) throw invalid(errors);
  if (key !== ADMIN_ROLE && !seesCustomerData(before) && seesCustomerData(after)) {
    const admins = await repo.adminsHolding(db, ADMIN_ROLE, key);
    if (admins.length > 0) {
      const names = admins.join(', ');
      throw conflict(
        {
          zh: `系统管理员账号（${names}）持有此角色，扩大为可见客户数据须总经理批准：请先移除其该角色`,
          en: `Administrator accounts (${names}) hold this role; remove it from them before letting it see customer data`,
        },
        [
          {
            field: 'permissions',
            zh: '会让系统管理员看到客户数据',
            en: 'would show customer data to an administrator',
          },
        ],
      );
    }
  }
}

/** Role permissions are configuration (SPEC §1): an admin may widen or narrow them; it is audited. */
export async function updateRole(
  db: Kysely<Database>,
  ctx: RequestContext,
  key: string,
  input: { permissions?: string[]; dataScope?: DataScope },
) {
  requirePermission(ctx.actor, 'roles.manage');
  const unknown = (input.permissions ?? []).filter((p) => !isPermission(p));
  if (unknown.length > 0) {
    throw invalid([
      { field: 'permissions', zh: `未知权限：${unknown.join('、')}`, en: `unknown: ${unknown.join(', ')}` },
    ]);
  }
  if (key === 'admin' && input.permissions && !input.permissions.includes('roles.manage')) {
    throw invalid([
      { field: 'permissions', zh: '管理员角色必须保留“角色管理”权限', en: 'admin must keep roles.manage' },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    const before = await repo.lockRole(trx, key);
    if (!before) throw notFound({ zh: '角色', en: 'Role' });
    await separationErrors(
      trx,
      key,
      { permissions: before.permissions, dataScope: before.data_scope },
      {
        permissions: input.permissions ?? before.permissions,
        dataScope: input.dataScope ?? before.data_scope,
      },
    );
    const row = await repo.updateRole(trx, key, {
      permissions: input.permissions ? [...new Set(input.permissions)] : before.permissions,
      data_scope: input.dataScope ?? before.data_scope,
    });
    await recordAudit(
      trx,
      ctx,
      'roles.updated',
      { type: 'role', id: key },
      {
        before: { permissions: before.permissions, dataScope: before.data_scope },
        after: { permissions: row.permissions, dataScope: row.data_scope },
      },
    );
    return toJson(row);
  });
}
