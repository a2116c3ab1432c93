import type { Kysely } from 'kysely';
import type { Status } from '../../../domain/workflow/machine.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { conflict, invalid, notFound } from '../../http/errors.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { rowLoader, type WorkflowDefinition } from '../../workflow/definition.ts';
import * as workflow from '../../workflow/service.ts';
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

function toJson(
  row: repo.ExportRequestRow,
  approval: workflow.ApprovalRow,
  decisions: workflow.DecisionRow[],
) {
  const expired = row.expires_at !== null && row.expires_at.getTime() <= Date.now();
  // An export is never revoked: its window simply closes.
  const status = (approval.status === 'approved' && expired ? 'expired' : approval.status) as Exclude<
    Status,
    'revoked'
  >;
  const last = workflow.lastDecision(decisions);
  return {
    id: row.id,
    requesterId: row.requester_id,
    requesterName: row.requester_name,
    filter: row.filter,
    rowCount: row.row_count,
    purpose: row.purpose,
    reason: row.reason,
    status,
    decidedByName: last.decidedByName,
    decidedAt: last.decidedAt,
    comment: last.comment,
    expiresAt: row.expires_at?.toISOString() ?? null,
    downloads: row.downloads,
    createdAt: row.created_at.toISOString(),
  };
}

const oneJson = (db: Kysely<Database>, id: number) =>
  workflow.oneOf(db, 'export', id, repo.findRequest, toJson);

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
    await workflow.submit(trx, ctx, {
      workflow: 'export',
      subjectId: newId,
      audit: {
        action: 'exports.requested',
        target: { type: 'export_request', id: newId },
        details: { rowCount },
      },
    });
    return newId;
  });
  return oneJson(db, id);
}

export async function listExportRequests(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: { box: 'mine' | 'to_approve'; limit: number; after?: Cursor },
) {
  const page = await workflow.inbox(db, ctx, 'export', query);
  return workflow.itemsOf(db, page, (ids) => repo.findRequests(db, ids), toJson);
}

const exportWorkflow: WorkflowDefinition<{ requesterId: number; row: repo.ExportRequestRow }> = {
  key: 'export',
  noun: REQUEST,
  load: rowLoader(repo.findRequest, (row) => row.requester_id),
  async onDecided(trx, _ctx, { row }, outcome) {
    if (outcome.decision === 'approved') await repo.openDownload(trx, row.id, DOWNLOAD_DAYS);
    return {
      action: `exports.${outcome.decision}`,
      target: { type: 'export_request', id: row.id },
      details: { requesterId: row.requester_id },
    };
  },
};

/** By default approved like a 机密 查阅申请: a department manager over the requester's department, or the executive. */
export async function decideExportRequest(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  action: 'approve' | 'reject',
  comment: string | null,
) {
  await workflow.decide(db, ctx, exportWorkflow, id, action, comment);
  return oneJson(db, id);
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
  const { approval } = await workflow.viewOf(db, 'export', id);
  if (approval.status !== 'approved') {
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
