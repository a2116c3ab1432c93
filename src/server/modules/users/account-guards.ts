import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { conflict } from '../../http/errors.ts';
import { lockActiveAdmins } from './repository.ts';

/** Roles whose accounts only an administrator may disable (through 员工管理, never as a side effect). */
const PROTECTED_ROLES = ['admin', 'executive'];

export function holdsProtectedRole(roles: string[]): boolean {
  return roles.some((r) => PROTECTED_ROLES.includes(r));
}

/**
 * Refuses a change that would leave no active administrator (nobody could then sign in to administer).
 * Locks the active admins' rows first, so two admins disabling each other at once cannot both succeed.
 */
export async function assertAnotherAdminRemains(
  trx: Kysely<Database>,
  userId: number,
  field: 'status' | 'roles',
): Promise<void> {
  const admins = await lockActiveAdmins(trx);
  if (admins.includes(userId) && admins.length <= 1) {
    throw conflict(
      {
        zh: '这是最后一个在用的系统管理员账号，不能停用或移除其管理员角色；请先为另一位员工授予管理员角色',
        en: 'This is the last active administrator: give another user the admin role first',
      },
      [{ field, zh: '最后一个在用的系统管理员', en: 'is the last active administrator' }],
    );
  }
}
