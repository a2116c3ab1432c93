import type { Kysely } from 'kysely';
import { parseYuan } from '../../../domain/money.ts';
import type { Database } from '../../db/schema.ts';
import { type Actor, type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError, conflict, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { customerViewer, visibilityOf, writableOrThrow } from '../customer-access/access.ts';
import { insertTierHistory } from '../customers/repository.ts';
import * as repo from './repository.ts';

const STEP_LABEL = {
  pending_dept: '待部门经理审批',
  pending_exec: '待总经理审批',
  approved: '已批准',
  rejected: '已驳回',
};

/** The figures (amount, deals, credit …) are 绝密: shown only to those who see that customer's 绝密 data. */
function toJson(actor: Actor, row: repo.GradeRequestRow) {
  const figuresShown = visibilityOf(actor, row).top_secret === 'full';
  return {
    id: row.id,
    customerId: row.customer_id,
    customerCode: row.customer_code,
    customerName: row.customer_name,
    fromTier: row.from_tier,
    proposedTier: row.proposed_tier,
    reasons: row.reasons,
    figures: figuresShown ? row.figures : null,
    status: row.status as keyof typeof STEP_LABEL,
    statusLabel: STEP_LABEL[row.status as keyof typeof STEP_LABEL],
    requesterName: row.requester_name,
    deptDecidedByName: row.dept_decided_by_name,
    deptComment: row.dept_comment,
    execDecidedByName: row.exec_decided_by_name,
    execComment: row.exec_comment,
    createdAt: row.created_at.toISOString(),
  };
}

export interface GradeRequestInput {
  customerId: number;
  proposedTier: string;
  reasons: string;
  figures?: Record<string, unknown>;
}

/** 客户等级申报: a proposed tier with reasons and figures, for the department manager then the executive. */
export async function requestGradeChange(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: GradeRequestInput,
) {
  requirePermission(ctx.actor, 'grades.request');
  const customer = await writableOrThrow(db, ctx, input.customerId);
  const viewer = await customerViewer(db, ctx);
  if (customer.tier === input.proposedTier) {
    throw invalid([
      {
        field: 'proposedTier',
        zh: `客户已是 ${customer.tier} 级`,
        en: `the customer is already tier ${customer.tier}`,
      },
    ]);
  }
  const amount = input.figures?.amount;
  if (amount !== undefined && parseYuan(String(amount)) === undefined) {
    throw invalid([{ field: 'figures.amount', zh: '金额格式不正确', en: 'is not an amount' }]);
  }
  const id = await db.transaction().execute(async (trx) => {
    const newId = await repo.insertGradeRequest(trx, {
      customerId: input.customerId,
      fromTier: customer.tier,
      proposedTier: input.proposedTier,
      reasons: input.reasons.trim(),
      figures: input.figures ?? {},
      requestedBy: ctx.actor.id,
    });
    await recordAudit(
      trx,
      ctx,
      'grades.requested',
      { type: 'customer', id: input.customerId },
      {
        requestId: newId,
        from: customer.tier,
        to: input.proposedTier,
      },
    );
    return newId;
  });
  return toJson(ctx.actor, (await repo.findGradeRequest(db, viewer, id)) as repo.GradeRequestRow);
}

export async function listGradeRequests(
  db: Kysely<Database>,
  ctx: RequestContext,
  box: 'mine' | 'to_approve',
) {
  const viewer = await customerViewer(db, ctx);
  const json = (row: repo.GradeRequestRow) => toJson(ctx.actor, row);
  if (box === 'mine')
    return (await repo.listGradeRequests(db, viewer, { requestedBy: ctx.actor.id, limit: 200 })).map(json);
  const statuses = [
    ...(ctx.actor.permissions.has('grades.approve_dept') ? ['pending_dept'] : []),
    ...(ctx.actor.permissions.has('grades.approve_exec') ? ['pending_exec'] : []),
  ];
  if (statuses.length === 0) throw new AppError('forbidden');
  return (await repo.listGradeRequests(db, viewer, { statuses, limit: 200 })).map(json);
}

/** Two steps: the department manager moves it to the executive, whose approval sets the tier. */
export async function decideGradeChange(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  decision: 'approve' | 'reject',
  comment: string | null,
) {
  const viewer = await customerViewer(db, ctx);
  const row = await repo.findGradeRequest(db, viewer, id);
  if (!row) throw notFound({ zh: '等级申报', en: 'Grade request' });
  if (row.status !== 'pending_dept' && row.status !== 'pending_exec') {
    throw conflict({ zh: '该申报已处理完毕', en: 'This request is already decided' });
  }
  const step = row.status;
  requirePermission(ctx.actor, step === 'pending_dept' ? 'grades.approve_dept' : 'grades.approve_exec');
  if (row.requested_by === ctx.actor.id)
    throw conflict({ zh: '不能审批自己的申报', en: 'You cannot decide your own request' });
  if (row.in_scope !== true) {
    throw new AppError('forbidden', {}, [], {
      zh: '该客户不在您的管理范围内，不能审批其等级申报',
      en: 'This customer is outside your scope: you cannot decide its grade request',
    });
  }
  if (decision === 'reject' && !comment?.trim()) {
    throw invalid([{ field: 'comment', zh: '驳回时请填写原因', en: 'is required when rejecting' }]);
  }
  const next = decision === 'reject' ? 'rejected' : step === 'pending_dept' ? 'pending_exec' : 'approved';
  await db.transaction().execute(async (trx) => {
    if (!(await repo.decideStep(trx, id, step, next, ctx.actor.id, comment?.trim() || null))) {
      throw conflict({ zh: '该申报已被处理，请刷新', en: 'Already decided; reload' });
    }
    if (next === 'approved') {
      await repo.setManualTier(trx, row.customer_id, row.proposed_tier);
      await insertTierHistory(trx, {
        customerId: row.customer_id,
        fromTier: row.from_tier,
        toTier: row.proposed_tier,
        reason: `等级申报 #${id} 获批`,
        userId: ctx.actor.id,
      });
    }
    await recordAudit(
      trx,
      ctx,
      `grades.${next}`,
      { type: 'customer', id: row.customer_id },
      { requestId: id, step },
    );
  });
  return toJson(ctx.actor, (await repo.findGradeRequest(db, viewer, id)) as repo.GradeRequestRow);
}
