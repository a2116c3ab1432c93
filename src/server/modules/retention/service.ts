import type { Kysely } from 'kysely';
import { DEFAULT_RETENTION_YEARS, retentionCutoff } from '../../../domain/customers/retention.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { conflict, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
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

async function toJson(db: Kysely<Database>, row: repo.DestructionRequestRow) {
  return {
    id: row.id,
    requesterName: row.requester_name,
    customers: await repo.codesOf(db, row.customer_ids),
    reason: row.reason,
    status: row.status,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at?.toISOString() ?? null,
    comment: row.comment,
    createdAt: row.created_at.toISOString(),
  };
}

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
    const { id: newId } = await trx
      .insertInto('destruction_requests')
      .values({ requested_by: ctx.actor.id, customer_ids: ids, reason })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, 'destruction.requested', { type: 'destruction_request', id: newId }, { ids });
    return newId;
  });
  return toJson(db, (await repo.findRequest(db, id)) as repo.DestructionRequestRow);
}

export async function listRequests(db: Kysely<Database>, ctx: RequestContext) {
  if (!ctx.actor.permissions.has('access.approve_top_secret'))
    requirePermission(ctx.actor, 'settings.manage');
  const rows = await repo.requests(db).orderBy('r.id', 'desc').limit(100).execute();
  return Promise.all(rows.map((r) => toJson(db, r)));
}

/**
 * The executive decides (the permission that opens 绝密 data: destroying it weighs no less). Approving destroys
 * in the same transaction as the decision, so a failure leaves both undone.
 */
export async function decide(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  decision: 'approved' | 'rejected',
  comment: string | null,
) {
  requirePermission(ctx.actor, 'access.approve_top_secret');
  const row = await repo.findRequest(db, id);
  if (!row) throw notFound(REQUEST);
  if (row.requested_by === ctx.actor.id) {
    throw conflict({ zh: '不能审批自己的申请', en: 'You cannot decide your own request' });
  }
  if (decision === 'rejected' && !comment?.trim()) {
    throw invalid([{ field: 'comment', zh: '驳回时请填写原因', en: 'is required when rejecting' }]);
  }
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('destruction_requests')
      .set({
        status: decision,
        decided_by: ctx.actor.id,
        decided_at: new Date(),
        comment: comment?.trim() || null,
      })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      throw conflict({ zh: '该申请已被处理，请刷新', en: 'This request was already decided; reload' });
    }
    if (decision === 'rejected') {
      await recordAudit(trx, ctx, 'destruction.rejected', { type: 'destruction_request', id }, {});
      return;
    }
    const customers = await repo.codesOf(trx, row.customer_ids);
    const deleted = await runLifecycles(CUSTOMER_LIFECYCLES, 'destroy', trx, row.customer_ids);
    await repo.blankCustomers(trx, row.customer_ids);
    await recordAudit(
      trx,
      ctx,
      'customers.destroyed',
      { type: 'destruction_request', id },
      {
        requestedBy: row.requested_by,
        codes: customers.map((c) => c.code),
        deleted,
      },
    );
  });
  return toJson(db, (await repo.findRequest(db, id)) as repo.DestructionRequestRow);
}
