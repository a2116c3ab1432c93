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
import { hasAnyPermission, type RequestContext } from '../../http/actor.ts';
import { AppError, conflict, notFound } from '../../http/errors.ts';
import { type Cursor, encodeCursor } from '../../http/pagination.ts';
import type { WorkflowDefinition } from '../../workflow/definition.ts';
import * as workflow from '../../workflow/service.ts';
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
  const superseded = await workflow.withdrawOpen(trx, ctx, 'role_change', String(userId));
  if (!sameRoles(before, plan.rolesNow)) {
    await repo.insertRoleChange(trx, {
      userId,
      before,
      after: plan.rolesNow,
      direct: true,
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
    direct: false,
    requestedBy: ctx.actor.id,
  });
  await workflow.submit(trx, ctx, {
    workflow: 'role_change',
    subjectId: id,
    openKey: String(userId),
    audit: {
      action: 'users.role_change_requested',
      target: { type: 'user', id: userId },
      details: {
        requestId: id,
        before: plan.rolesNow,
        requested: plan.pending,
        ...(superseded ? { superseded } : {}),
      },
    },
  });
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

/** A direct change took effect when made; a request's status comes from its approval (withdrawn: superseded). */
function toJson(
  row: repo.RoleChangeRow,
  approval?: workflow.ApprovalRow,
  decisions: workflow.DecisionRow[] = [],
) {
  const last = workflow.lastDecision(decisions);
  const status = !approval ? 'direct' : approval.status === 'withdrawn' ? 'superseded' : approval.status;
  return {
    id: row.id,
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    rolesBefore: row.roles_before,
    rolesAfter: row.roles_after,
    status: status as 'pending' | 'approved' | 'rejected' | 'superseded' | 'direct',
    requestedByName: row.requested_by_name,
    decidedByName: approval ? last.decidedByName : row.requested_by_name,
    decidedAt: approval ? last.decidedAt : row.created_at.toISOString(),
    comment: approval ? last.comment : null,
    createdAt: row.created_at.toISOString(),
  };
}

async function oneJson(db: Kysely<Database>, id: number) {
  const row = await repo.findRoleChange(db, id);
  if (!row) throw notFound(REQUEST);
  if (row.direct) return toJson(row);
  const { approval, decisions } = await workflow.viewOf(db, 'role_change', id);
  return toJson(row, approval, decisions);
}

/** For the executive who decides, and for the administrators who asked. */
export async function listRoleChanges(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: { box: 'pending' | 'recent'; limit?: number; after?: Cursor },
) {
  if (!hasAnyPermission(ctx.actor, [APPROVE_ROLES_PERMISSION, 'users.manage']))
    throw new AppError('forbidden');
  if (query.box === 'pending') {
    const page = await workflow.listAll(db, 'role_change', {
      statuses: ['pending'],
      limit: query.limit ?? 500,
      after: query.after,
    });
    return workflow.itemsOf(db, page, (ids) => repo.findRoleChanges(db, ids), toJson);
  }
  return recentChanges(db, query.limit ?? 100, query.after);
}

async function recentChanges(db: Kysely<Database>, limit: number, after?: Cursor) {
  const keys = await repo.listRecent(db, limit + 1, after);
  const page = keys.slice(0, limit);
  const ids = page.map((k) => k.id);
  const rows = new Map((await repo.findRoleChanges(db, ids)).map((r) => [r.id, r]));
  const approvals = new Map(
    (await workflow.approvalsOf(db, 'role_change', ids)).map((a) => [a.subject_id, a]),
  );
  const decisions = await workflow.decisionsByApproval(db, [...approvals.values()]);
  const items = page.flatMap((k) => {
    const row = rows.get(k.id);
    const approval = approvals.get(k.id);
    return row ? [toJson(row, approval, approval && decisions(approval.id))] : [];
  });
  const last = page.at(-1);
  return {
    items,
    nextCursor: keys.length > limit && last ? encodeCursor({ v: last.changed_key, id: last.id }) : null,
  };
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

interface RoleChangeSubject {
  id: number;
  requesterId: number | null;
  userId: number;
  /** The roles the account holds now (locked): an approval applies only if they are still those asked from. */
  current: string[];
  rolesBefore: string[];
  rolesAfter: string[];
}

const roleChangeWorkflow: WorkflowDefinition<RoleChangeSubject> = {
  key: 'role_change',
  noun: REQUEST,
  gate: APPROVE_ROLES_PERMISSION,
  reasonRequired: { zh: '请填写驳回原因', en: 'give the reason for rejecting' },
  async load(trx, _ctx, id) {
    const subject = await repo.findRoleChange(trx, id);
    if (!subject || subject.direct) return undefined;
    // The user's row first, then the request: the order a role edit in 员工管理 takes them in.
    const current = await repo.lockUserRoles(trx, subject.user_id);
    const request = await repo.lockRequest(trx, id);
    if (!request) return undefined;
    return {
      id,
      requesterId: request.requested_by,
      userId: request.user_id,
      current,
      rolesBefore: request.roles_before,
      rolesAfter: request.roles_after,
    };
  },
  refusal(actor, subject) {
    const refusal = approvalRefusal(actor, { userId: subject.userId, requestedBy: subject.requesterId });
    return refusal ? new AppError('forbidden', {}, [], REFUSALS[refusal]) : undefined;
  },
  /** 批准 applies the requested roles, if the account still holds what it held when asked. */
  async onDecided(trx, _ctx, subject, outcome) {
    const target = { type: 'user', id: subject.userId };
    if (outcome.decision !== 'approved') {
      return {
        action: 'users.role_change_rejected',
        target,
        details: { requestId: subject.id, comment: outcome.comment },
      };
    }
    if (!sameRoles(subject.current, subject.rolesBefore)) {
      throw conflict({
        zh: '申请提交后该员工的角色已被修改，请驳回后由管理员重新提交',
        en: "The user's roles changed since the request; reject it and ask again",
      });
    }
    await repo.setUserRoles(trx, subject.userId, subject.rolesAfter);
    return {
      action: 'users.roles_changed',
      target,
      details: { before: subject.current, after: subject.rolesAfter, via: 'approval', requestId: subject.id },
    };
  },
};

/** 批准 applies the requested roles (if the account still holds what it held when asked); 驳回 needs a reason. */
export async function decideRoleChange(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  action: 'approve' | 'reject',
  comment: string | null,
) {
  await workflow.decide(db, ctx, roleChangeWorkflow, id, action, comment);
  return oneJson(db, id);
}
