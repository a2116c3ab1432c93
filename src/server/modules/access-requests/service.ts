import type { Kysely } from 'kysely';
import { LEVEL_LABELS, type Level } from '../../../domain/customers/confidentiality.ts';
import type { Database } from '../../db/schema.ts';
import { type Actor, type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError, conflict, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { resolveDataScope } from '../departments/data-scope.ts';
import * as repo from './repository.ts';

const REQUEST = { zh: '查阅申请', en: 'Access request' };

function toJson(row: repo.AccessRequestRow) {
  const expired =
    row.status === 'approved' && row.expires_at !== null && row.expires_at.getTime() <= Date.now();
  return {
    id: row.id,
    requesterId: row.requester_id,
    requesterName: row.requester_name,
    requesterDepartmentName: row.requester_department_name,
    customers: row.customers,
    level: row.level as Level,
    levelLabel: LEVEL_LABELS[row.level as Level],
    purpose: row.purpose,
    reason: row.reason,
    durationDays: row.duration_days,
    status: expired ? ('expired' as const) : (row.status as 'pending' | 'approved' | 'rejected' | 'revoked'),
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionComment: row.decision_comment,
    expiresAt: row.expires_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

export interface NewAccessRequest {
  customerIds: number[];
  level: Level;
  purpose: string;
  reason: string;
  durationDays: number;
}

export async function createRequest(db: Kysely<Database>, ctx: RequestContext, input: NewAccessRequest) {
  requirePermission(ctx.actor, 'access.request');
  const ids = [...new Set(input.customerIds)];
  const found = await repo.existingCustomerIds(db, ids);
  const missing = ids.filter((id) => !found.includes(id));
  if (missing.length > 0) {
    throw invalid([
      {
        field: 'customerIds',
        zh: `客户不存在：${missing.join('、')}`,
        en: `no such customers: ${missing.join(', ')}`,
      },
    ]);
  }
  const id = await db.transaction().execute(async (trx) => {
    const newId = await repo.insertRequest(trx, { ...input, customerIds: ids, requesterId: ctx.actor.id });
    await recordAudit(
      trx,
      ctx,
      'access.requested',
      { type: 'access_request', id: newId },
      { customerIds: ids, level: input.level },
    );
    return newId;
  });
  return toJson((await repo.findRequest(db, id)) as repo.AccessRequestRow);
}

/** 秘密/机密 by a department manager over the requester's department; 绝密 by the executive (SPEC §2.5). */
export async function approverReach(
  db: Kysely<Database>,
  actor: Actor,
  level: Level | undefined,
): Promise<number[] | undefined | null> {
  const permission = level === 'top_secret' ? 'access.approve_top_secret' : 'access.approve';
  if (!actor.permissions.has(permission)) return null;
  const scope = await resolveDataScope(db, actor);
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'department') return scope.departmentIds;
  return null;
}

export async function listRequests(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: { box: 'mine' | 'to_approve' | 'all'; status?: string; limit: number; beforeId?: number },
) {
  if (query.box === 'mine') {
    const rows = await repo.listRequests(db, {
      requesterId: ctx.actor.id,
      status: query.status,
      limit: query.limit,
      beforeId: query.beforeId,
    });
    return rows.map(toJson);
  }
  const reach = await approverReach(db, ctx.actor, undefined);
  const canTopSecret = ctx.actor.permissions.has('access.approve_top_secret');
  if (reach === null && !canTopSecret) throw new AppError('forbidden');
  const rows = await repo.listRequests(db, {
    status: query.box === 'to_approve' ? 'pending' : query.status,
    requesterDepartmentIds: canTopSecret ? undefined : (reach ?? undefined),
    limit: query.limit,
    beforeId: query.beforeId,
  });
  return rows.filter((r) => r.requester_id !== ctx.actor.id || query.box === 'all').map(toJson);
}

export async function decideRequest(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  decision: 'approved' | 'rejected' | 'revoked',
  comment: string | null,
) {
  const row = await repo.findRequest(db, id);
  if (!row) throw notFound(REQUEST);
  const ownRevoke = decision === 'revoked' && row.requester_id === ctx.actor.id;
  if (!ownRevoke) {
    if (row.requester_id === ctx.actor.id) {
      throw conflict({ zh: '不能审批自己的申请', en: 'You cannot decide your own request' });
    }
    const reach = await approverReach(db, ctx.actor, row.level as Level);
    if (reach === null || (reach !== undefined && !reach.includes(row.requester_department_id ?? -1))) {
      throw new AppError('forbidden');
    }
  }
  if (decision === 'rejected' && !comment?.trim()) {
    throw invalid([{ field: 'comment', zh: '驳回时请填写原因', en: 'is required when rejecting' }]);
  }
  const from = decision === 'revoked' ? 'approved' : 'pending';
  await db.transaction().execute(async (trx) => {
    if (!(await repo.decide(trx, id, from, decision, ctx.actor.id, comment?.trim() || null))) {
      throw conflict({ zh: '该申请已被处理，请刷新', en: 'This request was already decided; reload' });
    }
    const action =
      decision === 'approved'
        ? 'access.granted'
        : decision === 'rejected'
          ? 'access.rejected'
          : 'access.revoked';
    await recordAudit(
      trx,
      ctx,
      action,
      { type: 'access_request', id },
      {
        requesterId: row.requester_id,
        customerIds: row.customer_ids,
        level: row.level,
        durationDays: row.duration_days,
      },
    );
  });
  return toJson((await repo.findRequest(db, id)) as repo.AccessRequestRow);
}
