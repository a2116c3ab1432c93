import type { Kysely, Transaction } from 'kysely';
import {
  APPROVE_ROLES_PERMISSION,
  type ApprovalRefusal,
  approvalRefusal,
  dataRoleKeys,
  needsApproval,
  rolesWhilePending,
  sameRoles,
} from '../../../domain/role-separation.ts';
import type { Database } from '../../db/schema.ts';
import { hasAnyPermission, type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError, conflict, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as repo from './role-change-repository.ts';

const REQUEST = { zh: '角色变更申请', en: 'Role change request' };

export interface RolePlan {
  /** The roles the account holds from now on. */
  rolesNow: string[];
  /** The full set asked for, when it waits for the executive. */
  pending?: string[];
}

/** Splits a requested role change into what takes effect at once and what waits for the executive. */
export async function planRoles(
  db: Kysely<Database>,
  before: string[],
  requested: string[],
): Promise<RolePlan> {
  const dataRoles = dataRoleKeys(await repo.roleShapes(db));
  if (!needsApproval(before, requested, dataRoles)) return { rolesNow: requested };
  return { rolesNow: rolesWhilePending(before, requested, dataRoles), pending: requested };
}

/**
 * Records a role edit made through 员工管理 (the caller stores `plan.rolesNow` on the user): a direct change
 * is logged and audited; a change that needs approval becomes the user's one pending request, replacing
 * an older one. Returns the pending request's id.
 */
export async function recordRoleEdit(
  trx: Transaction<Database>,
  ctx: RequestContext,
  userId: number,
  before: string[],
  plan: RolePlan,
): Promise<number | undefined> {
  const superseded = await repo.supersedePending(trx, userId, ctx.actor.id);
  if (!sameRoles(before, plan.rolesNow)) {
    await repo.insertRoleChange(trx, {
      userId,
      before,
      after: plan.rolesNow,
      status: 'direct',
      requestedBy: ctx.actor.id,
    });
    await recordAudit(
      trx,
      ctx,
      'users.roles_changed',
      { type: 'user', id: userId },
      { before, after: plan.rolesNow, via: 'direct' },
    );
  }
  if (!plan.pending) {
    if (superseded) {
      await recordAudit(
        trx,
        ctx,
        'users.role_change_withdrawn',
        { type: 'user', id: userId },
        { superseded },
      );
    }
    return undefined;
  }
  const id = await repo.insertRoleChange(trx, {
    userId,
    before: plan.rolesNow,
    after: plan.pending,
    status: 'pending',
    requestedBy: ctx.actor.id,
  });
  await recordAudit(
    trx,
    ctx,
    'users.role_change_requested',
    { type: 'user', id: userId },
    { requestId: id, before: plan.rolesNow, requested: plan.pending, ...(superseded ? { superseded } : {}) },
  );
  return id;
}

/** Whether a role edit changes anything: the roles held, or the request pending for them. */
export async function roleEditChangesAnything(
  db: Kysely<Database>,
  userId: number,
  current: string[],
  requested: string[],
): Promise<boolean> {
  const pending = await repo.findPendingFor(db, userId);
  if (pending) return !sameRoles(requested, pending.roles_after);
  return !sameRoles(requested, current);
}

function toJson(row: NonNullable<Awaited<ReturnType<typeof repo.findRoleChange>>>) {
  return {
    id: row.id,
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    rolesBefore: row.roles_before,
    rolesAfter: row.roles_after,
    status: row.status,
    requestedByName: row.requested_by_name,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at?.toISOString() ?? null,
    comment: row.comment,
    createdAt: row.created_at.toISOString(),
  };
}

/** For the executive who decides, and for the administrators who asked. */
export async function listRoleChanges(db: Kysely<Database>, ctx: RequestContext, box: 'pending' | 'recent') {
  if (!hasAnyPermission(ctx.actor, [APPROVE_ROLES_PERMISSION, 'users.manage']))
    throw new AppError('forbidden');
  return (await repo.listRoleChanges(db, box, box === 'pending' ? 500 : 100)).map(toJson);
}

const REFUSALS: Record<ApprovalRefusal, { zh: string; en: string }> = {
  holds_admin: {
    zh: '持有系统管理员角色的账号不能审批角色变更',
    en: 'An account holding the admin role cannot decide role changes',
  },
  own_request: { zh: '不能审批自己提交的角色变更', en: 'You cannot decide a role change you asked for' },
  own_account: {
    zh: '不能审批自己账号的角色变更',
    en: 'You cannot decide a role change of your own account',
  },
};

/** 批准 applies the requested roles (if the account still holds what it held when asked); 驳回 needs a reason. */
export async function decideRoleChange(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  verdict: 'approved' | 'rejected',
  comment: string | null,
) {
  requirePermission(ctx.actor, APPROVE_ROLES_PERMISSION);
  const reason = comment?.trim() || null;
  if (verdict === 'rejected' && !reason) {
    throw invalid([{ field: 'comment', zh: '请填写驳回原因', en: 'give the reason for rejecting' }]);
  }
  const subject = await repo.findRoleChange(db, id);
  if (!subject) throw notFound(REQUEST);
  await db.transaction().execute(async (trx) => {
    // The user's row first, then the request: the order a role edit in 员工管理 takes them in.
    const current = await repo.lockUserRoles(trx, subject.user_id);
    const request = await repo.lockRequest(trx, id);
    if (!request) throw notFound(REQUEST);
    const refusal = approvalRefusal(ctx.actor, {
      userId: request.user_id,
      requestedBy: request.requested_by,
    });
    if (refusal) throw new AppError('forbidden', {}, [], REFUSALS[refusal]);
    if (request.status !== 'pending') {
      throw conflict({ zh: '该申请已处理', en: 'This request has already been decided' });
    }
    const target = { type: 'user', id: request.user_id };
    if (verdict === 'rejected') {
      await repo.recordDecision(trx, id, { status: 'rejected', by: ctx.actor.id, comment: reason });
      await recordAudit(trx, ctx, 'users.role_change_rejected', target, { requestId: id, comment: reason });
      return;
    }
    if (!sameRoles(current, request.roles_before)) {
      throw conflict({
        zh: '申请提交后该员工的角色已被修改，请驳回后由管理员重新提交',
        en: "The user's roles changed since the request; reject it and ask again",
      });
    }
    await repo.setUserRoles(trx, request.user_id, request.roles_after);
    await repo.recordDecision(trx, id, { status: 'approved', by: ctx.actor.id, comment: reason });
    await recordAudit(trx, ctx, 'users.roles_changed', target, {
      before: current,
      after: request.roles_after,
      via: 'approval',
      requestId: id,
    });
  });
  const row = await repo.findRoleChange(db, id);
  if (!row) throw notFound(REQUEST);
  return toJson(row);
}
