import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError, type FieldError, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { runLifecycles } from '../customer-lifecycle/hooks.ts';
import { CUSTOMER_LIFECYCLES } from '../customer-lifecycle/registry.ts';
import { type ResolvedScope, resolveDataScope } from '../departments/data-scope.ts';
import { holdsProtectedRole } from '../users/account-guards.ts';
import * as usersRepo from '../users/repository.ts';
import * as repo from './repository.ts';

type Person = usersRepo.HandoverPerson;

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
  const rows = await usersRepo.activeUsersIn(db, scope.kind === 'department' ? scope.departmentIds : null);
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
 * Other modules' open work (follow-up tasks …) passes on through their lifecycle hooks, in the same transaction.
 */
export async function handOver(
  db: Kysely<Database>,
  ctx: RequestContext,
  fromUserId: number,
  input: { toUserId: number; disableAccount?: boolean },
) {
  requirePermission(ctx.actor, 'customers.handover');
  const scope = await resolveDataScope(db, ctx.actor);
  const leaver = await usersRepo.findHandoverPerson(db, fromUserId);
  if (!leaver) throw notFound({ zh: '员工', en: 'User' });
  if (!withinReach(scope, leaver)) {
    throw new AppError('forbidden', {}, [], {
      zh: '只能为本部门（含下级部门）的员工办理离职交接',
      en: 'You can hand over only people of your own department and its sub-departments',
    });
  }
  const errors: FieldError[] = input.disableAccount ? disableErrors(ctx, leaver) : [];
  const successor =
    input.toUserId === fromUserId ? undefined : await usersRepo.findHandoverPerson(db, input.toUserId);
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
    const owned = await repo.reassignCustomers(trx, 'owner_id', fromUserId, input.toUserId);
    const served = await repo.reassignCustomers(trx, 'agent_id', fromUserId, input.toUserId);
    const work = await runLifecycles(CUSTOMER_LIFECYCLES, 'handOver', trx, {
      fromUserId,
      toUserId: input.toUserId,
    });
    if (input.disableAccount) {
      await usersRepo.disableUser(trx, fromUserId);
      await usersRepo.deleteSessionsOf(trx, fromUserId);
    }
    const result = {
      ownedCustomers: owned,
      servedCustomers: served,
      accountDisabled: input.disableAccount === true,
    };
    await recordAudit(
      trx,
      ctx,
      'customers.handed_over',
      { type: 'user', id: fromUserId },
      { toUserId: input.toUserId, ...result, work },
    );
    return result;
  });
}
