import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError, conflict, invalid, notFound } from '../../http/errors.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { approverReach } from '../access-requests/service.ts';
import { recordAudit } from '../audit/service.ts';
import { customerViewer } from '../customer-access/access.ts';
import { type ExportRow, exportCustomers } from '../customers/export.ts';
import { countCustomers } from '../customers/repository.ts';
import { customerFilter, type ListCustomersQuery } from '../customers/service.ts';
import * as repo from './repository.ts';

const REQUEST = { zh: '导出申请', en: 'Export request' };
/** An approved export can be downloaded for this many days. */
export const DOWNLOAD_DAYS = 7;
/** Requests count at most this many rows (a whole archive is still a request, just a large one). */
const COUNT_CAP = 1_000_000;

export type ExportFilter = Omit<ListCustomersQuery, 'limit' | 'cursor'>;

type ExportStatus = 'pending' | 'approved' | 'rejected' | 'expired';

function toJson(row: repo.ExportRequestRow) {
  const expired = row.expires_at !== null && row.expires_at.getTime() <= Date.now();
  const status = (row.status === 'approved' && expired ? 'expired' : row.status) as ExportStatus;
  return {
    id: row.id,
    requesterId: row.requester_id,
    requesterName: row.requester_name,
    filter: row.filter,
    rowCount: row.row_count,
    purpose: row.purpose,
    reason: row.reason,
    status,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at?.toISOString() ?? null,
    comment: row.comment,
    expiresAt: row.expires_at?.toISOString() ?? null,
    downloads: row.downloads,
    createdAt: row.created_at.toISOString(),
  };
}

export async function createExportRequest(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  input: { filter: ExportFilter; purpose: string; reason: string },
) {
  requirePermission(ctx.actor, 'customers.export');
  const purpose = input.purpose.trim();
  const reason = input.reason.trim();
  const errors = [];
  if (!purpose) errors.push({ field: 'purpose', zh: '请填写用途', en: 'is required' });
  if (!reason) errors.push({ field: 'reason', zh: '请填写理由', en: 'is required' });
  if (errors.length > 0) throw invalid(errors);
  const viewer = await customerViewer(db, ctx);
  const rowCount = await countCustomers(
    db,
    viewer,
    customerFilter(ctx.actor, { ...input.filter, limit: 1 }, cipher),
    COUNT_CAP,
  );
  const id = await db.transaction().execute(async (trx) => {
    const newId = await repo.insertRequest(trx, {
      requesterId: ctx.actor.id,
      filter: { ...input.filter },
      rowCount,
      purpose,
      reason,
    });
    await recordAudit(trx, ctx, 'exports.requested', { type: 'export_request', id: newId }, { rowCount });
    return newId;
  });
  return toJson((await repo.findRequest(db, id)) as repo.ExportRequestRow);
}

export async function listExportRequests(
  db: Kysely<Database>,
  ctx: RequestContext,
  box: 'mine' | 'to_approve',
  limit: number,
) {
  if (box === 'mine') return (await repo.listRequests(db, { requesterId: ctx.actor.id, limit })).map(toJson);
  const reach = await approverReach(db, ctx.actor, 'confidential');
  if (reach === null) throw new AppError('forbidden');
  const rows = await repo.listRequests(db, { status: 'pending', requesterDepartmentIds: reach, limit });
  return rows.filter((r) => r.requester_id !== ctx.actor.id).map(toJson);
}

/** Approved like a 机密 查阅申请: a department manager over the requester's department, or the executive. */
export async function decideExportRequest(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  decision: 'approved' | 'rejected',
  comment: string | null,
) {
  const row = await repo.findRequest(db, id);
  if (!row) throw notFound(REQUEST);
  if (row.requester_id === ctx.actor.id) {
    throw conflict({ zh: '不能审批自己的申请', en: 'You cannot decide your own request' });
  }
  const reach = await approverReach(db, ctx.actor, 'confidential');
  if (reach === null || (reach !== undefined && !reach.includes(row.requester_department_id ?? -1))) {
    throw new AppError('forbidden');
  }
  if (decision === 'rejected' && !comment?.trim()) {
    throw invalid([{ field: 'comment', zh: '驳回时请填写原因', en: 'is required when rejecting' }]);
  }
  await db.transaction().execute(async (trx) => {
    if (!(await repo.decide(trx, id, decision, ctx.actor.id, comment?.trim() || null, DOWNLOAD_DAYS))) {
      throw conflict({ zh: '该申请已被处理，请刷新', en: 'This request was already decided; reload' });
    }
    const action = decision === 'approved' ? 'exports.approved' : 'exports.rejected';
    await recordAudit(trx, ctx, action, { type: 'export_request', id }, { requesterId: row.requester_id });
  });
  return toJson((await repo.findRequest(db, id)) as repo.ExportRequestRow);
}

/** Only the requester, only once approved and before it expires; the rows are as the requester sees them now. */
export async function downloadApprovedExport(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  id: number,
): Promise<{ rows: ExportRow[]; filter: ExportFilter }> {
  const row = await repo.findRequest(db, id);
  if (!row || row.requester_id !== ctx.actor.id) throw notFound(REQUEST);
  if (row.status !== 'approved') {
    throw conflict({ zh: '该导出申请尚未批准', en: 'This export request is not approved' });
  }
  if (!row.expires_at || row.expires_at.getTime() <= Date.now()) {
    throw conflict({
      zh: '该导出申请已过期，请重新申请',
      en: 'This export request has expired; request again',
    });
  }
  const filter = row.filter as ExportFilter;
  const rows = await exportCustomers(db, ctx, cipher, filter, { requestId: id, rowCount: row.row_count });
  await repo.countDownload(db, id);
  return { rows, filter };
}
