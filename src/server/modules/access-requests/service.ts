import type { Kysely } from 'kysely';
import { LEVEL_LABELS, type Level } from '../../../domain/customers/confidentiality.ts';
import type { Status } from '../../../domain/workflow/machine.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import type { Cursor } from '../../http/pagination.ts';
import { rowLoader, type WorkflowDefinition } from '../../workflow/definition.ts';
import * as workflow from '../../workflow/service.ts';
import * as repo from './repository.ts';

const REQUEST = { zh: '查阅申请', en: 'Access request' };

function toJson(
  row: repo.AccessRequestRow,
  approval: workflow.ApprovalRow,
  decisions: workflow.DecisionRow[],
) {
  const expired =
    approval.status === 'approved' && row.expires_at !== null && row.expires_at.getTime() <= Date.now();
  const last = workflow.lastDecision(decisions);
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
    status: expired ? ('expired' as const) : approval.status,
    decidedByName: last.decidedByName,
    decidedAt: last.decidedAt,
    decisionComment: last.comment,
    expiresAt: row.expires_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

const oneJson = (db: Kysely<Database>, id: number) =>
  workflow.oneOf(db, 'access', id, repo.findRequest, toJson);

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
    await workflow.submit(trx, ctx, {
      workflow: 'access',
      subjectId: newId,
      level: input.level,
      audit: {
        action: 'access.requested',
        target: { type: 'access_request', id: newId },
        details: { customerIds: ids, level: input.level },
      },
    });
    return newId;
  });
  return oneJson(db, id);
}

/** Mine, waiting for me, or all within my reach (SPEC §2.5: who approves each level is configuration). */
export async function listRequests(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: { box: workflow.Box; status?: Status; limit: number; after?: Cursor },
) {
  const page = await workflow.inbox(db, ctx, 'access', {
    box: query.box,
    statuses: query.status ? [query.status] : undefined,
    limit: query.limit,
    after: query.after,
  });
  return workflow.itemsOf(db, page, (ids) => repo.findRequests(db, ids), toJson);
}

const AUDIT_ACTION = {
  approved: 'access.granted',
  advanced: 'access.advanced',
  rejected: 'access.rejected',
  revoked: 'access.revoked',
} as const;

const accessWorkflow: WorkflowDefinition<{ requesterId: number; row: repo.AccessRequestRow }> = {
  key: 'access',
  noun: REQUEST,
  load: rowLoader(repo.findRequest, (row) => row.requester_id),
  async onDecided(trx, _ctx, { row }, outcome) {
    if (outcome.decision === 'approved') await repo.setGrant(trx, row.id, 'open');
    if (outcome.decision === 'revoked') await repo.setGrant(trx, row.id, 'end');
    return {
      action: AUDIT_ACTION[outcome.decision as keyof typeof AUDIT_ACTION],
      target: { type: 'access_request', id: row.id },
      details: {
        requesterId: row.requester_id,
        customerIds: row.customer_ids,
        level: row.level,
        durationDays: row.duration_days,
      },
    };
  },
};

export async function decideRequest(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  action: 'approve' | 'reject' | 'revoke',
  comment: string | null,
) {
  await workflow.decide(db, ctx, accessWorkflow, id, action, comment);
  return oneJson(db, id);
}
