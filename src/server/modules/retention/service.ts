import type { Kysely } from 'kysely';
import { DEFAULT_RETENTION_YEARS, retentionCutoff } from '../../../domain/customers/retention.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import type { Cursor } from '../../http/pagination.ts';
import { rowLoader, type WorkflowDefinition } from '../../workflow/definition.ts';
import * as workflow from '../../workflow/service.ts';
import { runLifecycles } from '../customer-lifecycle/hooks.ts';
import { CUSTOMER_LIFECYCLES } from '../customer-lifecycle/registry.ts';
import { readSetting } from '../settings/repository.ts';
import * as repo from './repository.ts';

const REQUEST = { zh: '销毁申请', en: 'Destruction request' };
const MAX_PER_REQUEST = 1000;

/** Today in the company's time zone (HUIFANG_TIME_ZONE), as YYYY-MM-DD. */
const today = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());

export async function retentionYears(db: Kysely<Database>): Promise<number> {
  return (await readSetting<number>(db, 'retention_years_after_lost')) ?? DEFAULT_RETENTION_YEARS;
}

async function cutoff(db: Kysely<Database>, timeZone: string) {
  return retentionCutoff(today(timeZone), await retentionYears(db));
}

export async function listDue(db: Kysely<Database>, ctx: RequestContext, timeZone: string) {
  requirePermission(ctx.actor, 'settings.manage');
  const rows = await repo.customersPastRetention(db, await cutoff(db, timeZone), MAX_PER_REQUEST);
  return {
    retentionYears: await retentionYears(db),
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      lostOn: r.lost_on,
      lostReason: r.lost_reason,
      ownerName: r.owner_name,
    })),
  };
}

async function toJson(
  db: Kysely<Database>,
  row: repo.DestructionRequestRow,
  approval: workflow.ApprovalRow,
  decisions: workflow.DecisionRow[],
) {
  const last = workflow.lastDecision(decisions);
  return {
    id: row.id,
    requesterName: row.requester_name,
    customers: await repo.codesOf(db, row.customer_ids),
    reason: row.reason,
    status: approval.status,
    decidedByName: last.decidedByName,
    decidedAt: last.decidedAt,
    comment: last.comment,
    createdAt: row.created_at.toISOString(),
  };
}

const oneJson = (db: Kysely<Database>, id: number) =>
  workflow.oneOf(db, 'destruction', id, repo.findRequest, (row, approval, decisions) =>
    toJson(db, row, approval, decisions),
  );

/** Asked by an administrator, for customers past retention only. */
export async function requestDestruction(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  input: { customerIds: number[]; reason: string },
) {
  requirePermission(ctx.actor, 'settings.manage');
  const ids = [...new Set(input.customerIds)];
  const reason = input.reason.trim();
  if (!reason) throw invalid([{ field: 'reason', zh: '请填写销毁理由', en: 'is required' }]);
  if (ids.length === 0 || ids.length > MAX_PER_REQUEST) {
    throw invalid([
      { field: 'customerIds', zh: `请选择 1–${MAX_PER_REQUEST} 个客户`, en: `choose 1–${MAX_PER_REQUEST}` },
    ]);
  }
  const due = await repo.customersPastRetention(db, await cutoff(db, timeZone), MAX_PER_REQUEST, ids);
  const notDue = ids.filter((id) => !due.some((d) => d.id === id));
  if (notDue.length > 0) {
    const codes = (await repo.codesOf(db, notDue)).map((c) => c.code).join('、');
    throw invalid([
      { field: 'customerIds', zh: `未过保存期限，不能销毁：${codes}`, en: `not past retention: ${codes}` },
    ]);
  }
  const id = await db.transaction().execute(async (trx) => {
    const newId = await repo.insertRequest(trx, { requestedBy: ctx.actor.id, customerIds: ids, reason });
    await workflow.submit(trx, ctx, {
      workflow: 'destruction',
      subjectId: newId,
      audit: {
        action: 'destruction.requested',
        target: { type: 'destruction_request', id: newId },
        details: { ids },
      },
    });
    return newId;
  });
  return oneJson(db, id);
}

/** Every request, for the administrators who ask and the executive who decides. */
export async function listRequests(
  db: Kysely<Database>,
  ctx: RequestContext,
  page: { limit: number; after?: Cursor },
) {
  if (!ctx.actor.permissions.has('access.approve_top_secret'))
    requirePermission(ctx.actor, 'settings.manage');
  return workflow.itemsOf(
    db,
    await workflow.listAll(db, 'destruction', page),
    (ids) => repo.findRequests(db, ids),
    (row, approval, decisions) => toJson(db, row, approval, decisions),
  );
}

/**
 * By default the executive decides (the permission that opens 绝密 data: destroying it weighs no less).
 * Approving destroys in the same transaction as the decision, so a failure leaves both undone.
 */
const destructionWorkflow: WorkflowDefinition<{ requesterId: number; row: repo.DestructionRequestRow }> = {
  key: 'destruction',
  noun: REQUEST,
  gate: 'access.approve_top_secret',
  load: rowLoader(repo.findRequest, (row) => row.requested_by),
  async onDecided(trx, _ctx, { row }, outcome) {
    const target = { type: 'destruction_request', id: row.id };
    if (outcome.decision !== 'approved') return { action: `destruction.${outcome.decision}`, target };
    const customers = await repo.codesOf(trx, row.customer_ids);
    const deleted = await runLifecycles(CUSTOMER_LIFECYCLES, 'destroy', trx, row.customer_ids);
    await repo.blankCustomers(trx, row.customer_ids);
    return {
      action: 'customers.destroyed',
      target,
      details: { requestedBy: row.requested_by, codes: customers.map((c) => c.code), deleted },
    };
  },
};

export async function decide(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  action: 'approve' | 'reject',
  comment: string | null,
) {
  await workflow.decide(db, ctx, destructionWorkflow, id, action, comment);
  return oneJson(db, id);
}
