import type { Kysely } from 'kysely';
import { parseYuan } from '../../../domain/money.ts';
import { STATUS_LABELS } from '../../../domain/workflow/machine.ts';
import type { Database } from '../../db/schema.ts';
import { type Actor, type RequestContext, requirePermission } from '../../http/actor.ts';
import { conflict, invalid } from '../../http/errors.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { WorkflowDefinition } from '../../workflow/definition.ts';
import * as workflow from '../../workflow/service.ts';
import {
  customerViewer,
  topSecretOrThrow,
  visibilityOf,
  writableOrThrow,
} from '../customer-access/access.ts';
import type { Viewer } from '../customer-access/fragments.ts';
import { insertTierHistory } from '../customers/repository.ts';
import { yearFigures } from '../reports/repository.ts';
import * as repo from './repository.ts';

const REQUEST = { zh: '等级申报', en: 'Grade request' };

/** 'pending_<step>' while a step waits (pending_dept, pending_exec by default), else the final status. */
function statusOf(approval: workflow.ApprovalRow) {
  const step = approval.chain[approval.step];
  if (approval.status !== 'pending' || !step) {
    return { status: approval.status, statusLabel: STATUS_LABELS[approval.status].zh };
  }
  return { status: `pending_${step.key}`, statusLabel: `待${step.label}审批` };
}

/** The first step's decision and, in a longer chain, the last one's (部门经理 → 总经理 by default). */
function stepDecisions(approval: workflow.ApprovalRow, decisions: workflow.DecisionRow[]) {
  const at = (step: number) => decisions.filter((d) => d.step === step).at(-1);
  const first = at(0);
  const last = approval.chain.length > 1 ? at(approval.chain.length - 1) : undefined;
  return {
    deptDecidedByName: first?.decided_by_name ?? null,
    deptComment: first?.comment ?? null,
    execDecidedByName: last?.decided_by_name ?? null,
    execComment: last?.comment ?? null,
  };
}

/** The figures (amount, deals, credit …) are 绝密: shown only to those who see that customer's 绝密 data. */
function toJson(
  actor: Actor,
  row: repo.GradeRequestRow,
  approval: workflow.ApprovalRow,
  decisions: workflow.DecisionRow[],
) {
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
    ...statusOf(approval),
    requesterName: row.requester_name,
    ...stepDecisions(approval, decisions),
    createdAt: row.created_at.toISOString(),
  };
}

async function oneJson(db: Kysely<Database>, actor: Actor, viewer: Viewer, id: number) {
  const { approval, decisions } = await workflow.viewOf(db, 'grade', id);
  const row = (await repo.findGradeRequest(db, viewer, id)) as repo.GradeRequestRow;
  return toJson(actor, row, approval, decisions);
}

/**
 * What a new 等级申报 for this customer starts from: its tier and the last 12 months' figures (年销量, 年交易金额,
 * 交易次数, 逾期次数). For whoever may file one (its own customer); the figures are 绝密, so reading them is audited.
 */
export async function gradeFigures(db: Kysely<Database>, ctx: RequestContext, customerId: number) {
  requirePermission(ctx.actor, 'grades.request');
  const customer = await writableOrThrow(db, ctx, customerId);
  await topSecretOrThrow(db, ctx, customerId, 'transactions');
  const figures = await yearFigures(db, customerId);
  return {
    customerId,
    tier: customer.tier,
    since: figures.since,
    annualVolume: figures.quantity,
    amount: Number(figures.amount).toFixed(2),
    deals: figures.deals,
    overdueCount: figures.overdue,
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
    await workflow.submit(trx, ctx, {
      workflow: 'grade',
      subjectId: newId,
      audit: {
        action: 'grades.requested',
        target: { type: 'customer', id: input.customerId },
        details: { requestId: newId, from: customer.tier, to: input.proposedTier },
      },
    });
    return newId;
  });
  return oneJson(db, ctx.actor, viewer, id);
}

/** My requests (figures as I see them now), or those waiting at a step I decide on customers in my scope. */
export async function listGradeRequests(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: { box: 'mine' | 'to_approve'; limit: number; after?: Cursor },
) {
  const viewer = await customerViewer(db, ctx);
  const page = await workflow.inbox(db, ctx, 'grade', {
    ...query,
    customerInScope: repo.customerInScope(viewer),
  });
  return workflow.itemsOf(
    db,
    page,
    (ids) => repo.findGradeRequests(db, viewer, ids),
    (row, approval, decisions) => toJson(ctx.actor, row, approval, decisions),
  );
}

const gradeWorkflow: WorkflowDefinition<{
  requesterId: number;
  customerInScope: boolean;
  row: repo.GradeRequestRow;
}> = {
  key: 'grade',
  noun: REQUEST,
  async load(trx, ctx, id) {
    const row = await repo.findGradeRequest(trx, await customerViewer(trx, ctx), id);
    return row && { requesterId: row.requested_by, customerInScope: row.in_scope === true, row };
  },
  refusal: (actor, subject) =>
    subject.requesterId === actor.id
      ? conflict({ zh: '不能审批自己的申报', en: 'You cannot decide your own request' })
      : undefined,
  outsideReach: {
    zh: '该客户不在您的管理范围内，不能审批其等级申报',
    en: 'This customer is outside your scope: you cannot decide its grade request',
  },
  /** The last step's approval sets the tier, kept until the next approved request. */
  async onDecided(trx, ctx, { row }, outcome) {
    if (outcome.decision === 'approved') {
      await repo.setManualTier(trx, row.customer_id, row.proposed_tier);
      await insertTierHistory(trx, {
        customerId: row.customer_id,
        fromTier: row.from_tier,
        toTier: row.proposed_tier,
        reason: 'grade_approved',
        gradeRequestId: row.id,
        userId: ctx.actor.id,
      });
    }
    const now = outcome.next ? `pending_${outcome.next.key}` : outcome.decision;
    return {
      action: `grades.${now}`,
      target: { type: 'customer', id: row.customer_id },
      details: { requestId: row.id, step: `pending_${outcome.step.key}` },
    };
  },
};

/** One step of the chain (部门经理 → 总经理 by default); the last approval sets the tier. */
export async function decideGradeChange(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  action: 'approve' | 'reject',
  comment: string | null,
) {
  const viewer = await customerViewer(db, ctx);
  await workflow.decide(db, ctx, gradeWorkflow, id, action, comment);
  return oneJson(db, ctx.actor, viewer, id);
}
