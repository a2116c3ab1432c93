import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError, type FieldError, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { type ResolvedScope, resolveDataScope } from '../departments/data-scope.ts';
import { holdsProtectedRole } from '../users/account-guards.ts';
import { deleteSessionsOf } from '../users/repository.ts';

interface Person {
  id: number;
  department_id: number | null;
  roles: string[];
  status: string;
}

function findPerson(db: Kysely<Database>, id: number): Promise<Person | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'department_id', 'roles', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A handover stays inside what the actor manages: everyone (all) or their department subtree. */
function withinReach(scope: ResolvedScope, person: Person): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind !== 'department') return false;
  return person.department_id !== null && scope.departmentIds.includes(person.department_id);
}

function disableErrors(ctx: RequestContext, leaver: Person): FieldError[] {
  if (leaver.id === ctx.actor.id) {
    return [{ field: 'disableAccount', zh: '不能停用自己的账号', en: 'you cannot disable your own account' }];
  }
  if (holdsProtectedRole(leaver.roles)) {
    return [
      {
        field: 'disableAccount',
        zh: '系统管理员和总经理的账号只能由系统管理员在员工管理中停用',
        en: 'administrator and executive accounts are disabled only by an administrator under Users',
      },
    ];
  }
  return [];
}

/** The people a handover may name, as leaver or successor: active users within the actor's reach. */
export async function handoverCandidates(db: Kysely<Database>, ctx: RequestContext) {
  requirePermission(ctx.actor, 'customers.handover');
  const scope = await resolveDataScope(db, ctx.actor);
  if (scope.kind !== 'all' && scope.kind !== 'department') return [];
  let query = db
    .selectFrom('users as u')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .select(['u.id', 'u.username', 'u.display_name', 'd.name as department_name'])
    .where('u.status', '=', 'active');
  if (scope.kind === 'department') query = query.where('u.department_id', 'in', scope.departmentIds);
  const rows = await query.orderBy('u.display_name').orderBy('u.id').execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    departmentName: r.department_name,
  }));
}

/**
 * 离职交接: every customer a leaving employee owns or serves goes to their successor in one statement each,
 * in one transaction; optionally the account is disabled at the same time. A department manager hands over
 * only people of their department subtree, to a successor inside it (SPEC §2.5: whose data, whose account).
 * (Open follow-up tasks join this when the follow-up module exists.)
 */
export async function handOver(
  db: Kysely<Database>,
  ctx: RequestContext,
  fromUserId: number,
  input: { toUserId: number; disableAccount?: boolean },
) {
  requirePermission(ctx.actor, 'customers.handover');
  const scope = await resolveDataScope(db, ctx.actor);
  const leaver = await findPerson(db, fromUserId);
  if (!leaver) throw notFound({ zh: '员工', en: 'User' });
  if (!withinReach(scope, leaver)) {
    throw new AppError('forbidden', {}, [], {
      zh: '只能为本部门（含下级部门）的员工办理离职交接',
      en: 'You can hand over only people of your own department and its sub-departments',
    });
  }
  const errors: FieldError[] = input.disableAccount ? disableErrors(ctx, leaver) : [];
  const successor = input.toUserId === fromUserId ? undefined : await findPerson(db, input.toUserId);
  if (input.toUserId === fromUserId) {
    errors.push({ field: 'toUserId', zh: '接手人不能是离职员工本人', en: 'must be someone else' });
  } else if (successor?.status !== 'active') {
    errors.push({ field: 'toUserId', zh: '接手人不存在或已停用', en: 'no such active user' });
  } else if (!withinReach(scope, successor)) {
    errors.push({
      field: 'toUserId',
      zh: '接手人须是本部门（含下级部门）的在职员工',
      en: 'must work in your department or one of its sub-departments',
    });
  }
  if (errors.length > 0) throw invalid(errors);
  return db.transaction().execute(async (trx) => {
    const owned = await trx
      .updateTable('customers')
      .set({ owner_id: input.toUserId, updated_at: sql`now()`, version: sql`version + 1` })
      .where('owner_id', '=', fromUserId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    const served = await trx
      .updateTable('customers')
      .set({ agent_id: input.toUserId, updated_at: sql`now()`, version: sql`version + 1` })
      .where('agent_id', '=', fromUserId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (input.disableAccount) {
      await trx
        .updateTable('users')
        .set({ status: 'disabled', updated_at: sql`now()` })
        .where('id', '=', fromUserId)
        .execute();
      await deleteSessionsOf(trx, fromUserId);
    }
    const result = {
      ownedCustomers: Number(owned.numUpdatedRows),
      servedCustomers: Number(served.numUpdatedRows),
      accountDisabled: input.disableAccount === true,
    };
    await recordAudit(
      trx,
      ctx,
      'customers.handed_over',
      { type: 'user', id: fromUserId },
      { toUserId: input.toUserId, ...result },
    );
    return result;
  });
}
