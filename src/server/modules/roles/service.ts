import { type Kysely, sql } from 'kysely';
import { isPermission, PERMISSIONS } from '../../../domain/permissions.ts';
import { type DataScope, DEFAULT_ROLES } from '../../../domain/roles.ts';
import type { Database, RoleRow } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';

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
  const rows = await db.selectFrom('roles').selectAll().execute();
  const order = (key: string) => {
    const i = DEFAULT_ROLES.findIndex((r) => r.key === key);
    return i === -1 ? DEFAULT_ROLES.length : i;
  };
  return rows.sort((a, b) => order(a.key) - order(b.key)).map(toJson);
}

export function listPermissions() {
  return [...PERMISSIONS];
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
    const before = await trx
      .selectFrom('roles')
      .selectAll()
      .where('key', '=', key)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound({ zh: '角色', en: 'Role' });
    const row = await trx
      .updateTable('roles')
      .set({
        permissions: input.permissions ? [...new Set(input.permissions)] : before.permissions,
        data_scope: input.dataScope ?? before.data_scope,
        updated_at: sql`now()`,
      })
      .where('key', '=', key)
      .returningAll()
      .executeTakeFirstOrThrow();
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
