import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { localTime as localTimeOf } from '../../../domain/calendar/hours.ts';
import { FOLLOWUP_METHODS } from '../../../domain/followups/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import type { SheetColumn } from '../../http/xlsx.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { customerViewer } from '../customer-access/access.ts';
import {
  type ApprovedExport,
  recordExport,
  refuseOverLimit,
  rowLimitFor,
  sendExport,
} from '../exports/policy.ts';
import { exportFilterWords, KIND, STATUS } from './export-filter-words.ts';
import * as repo from './repository.ts';
import { customerFilter, type ListCustomersQuery } from './service.ts';
import { customerExportJson } from './view.ts';

const METHOD = Object.fromEntries(
  Object.entries(FOLLOWUP_METHODS).map(([key, word]) => [key, word.zh]),
) as Record<string, string>;

export type { ApprovedExport };

export interface ExportRow {
  code: string;
  name: string;
  shortName: string | null;
  kind: string | null;
  industry: string | null;
  province: string | null;
  city: string | null;
  tier: string | null;
  status: string | null;
  ownerName: string | null;
  annualAmount: string | null;
  contactName: string | null;
  contactMobile: string | null;
  doNotContact: string;
  tags: string | null;
  lastFollowupAt: string | null;
  lastFollowupMethod: string | null;
  lastFollowupSummary: string | null;
  lastFeedback: string | null;
  lastSatisfaction: number | null;
  nextFollowupAt: string | null;
}

/** A moment as the company reads it: 2026-12-03 10:15 (a sheet has no time zone). */
function localTime(iso: string | null, timeZone: string): string | null {
  if (!iso) return null;
  const { date, minute } = localTimeOf(new Date(iso), timeZone);
  return `${date} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/**
 * Columns laid out like the 客户关系维护跟踪总表 the import reads back (the follow-up columns are read by the
 * follow-up history import, not by the customer import, which ignores them).
 */
const exportColumns = (timeZone: string): SheetColumn<ExportRow>[] => [
  { header: '客户编号', value: (r) => r.code, width: 12 },
  { header: '客户名称', value: (r) => r.name, width: 30 },
  { header: '简称', value: (r) => r.shortName },
  { header: '客户类型', value: (r) => (r.kind ? (KIND[r.kind] ?? r.kind) : null), width: 10 },
  { header: '所属行业', value: (r) => r.industry },
  { header: '省份', value: (r) => r.province, width: 10 },
  { header: '城市', value: (r) => r.city, width: 10 },
  { header: '客户等级', value: (r) => r.tier, width: 10 },
  { header: '客户状态', value: (r) => (r.status ? (STATUS[r.status] ?? r.status) : null), width: 10 },
  { header: '负责客户经理', value: (r) => r.ownerName },
  { header: '年合作金额', value: (r) => r.annualAmount ?? '***' },
  { header: '联系人', value: (r) => r.contactName },
  { header: '手机', value: (r) => r.contactMobile, width: 16 },
  { header: '免打扰', value: (r) => r.doNotContact, width: 8 },
  { header: '标签', value: (r) => r.tags, width: 24 },
  { header: '最近回访时间', value: (r) => localTime(r.lastFollowupAt, timeZone), width: 17 },
  {
    header: '回访方式',
    value: (r) => (r.lastFollowupMethod ? (METHOD[r.lastFollowupMethod] ?? r.lastFollowupMethod) : null),
  },
  { header: '回访摘要', value: (r) => r.lastFollowupSummary, width: 30 },
  { header: '客户反馈', value: (r) => r.lastFeedback, width: 30 },
  { header: '满意度', value: (r) => r.lastSatisfaction, width: 8 },
  { header: '下次计划回访时间', value: (r) => localTime(r.nextFollowupAt, timeZone), width: 17 },
];

/**
 * The filtered list as the viewer sees it: contacts and amounts only where the viewer sees them in full.
 * Exports above the configured row count need an approved export request (SPEC §2.5).
 */
export async function exportCustomers(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  query: Omit<ListCustomersQuery, 'limit' | 'cursor'>,
  approved?: ApprovedExport,
): Promise<ExportRow[]> {
  requirePermission(ctx.actor, 'customers.export');
  const viewer = await customerViewer(db, ctx);
  const limit = await rowLimitFor(db, approved);
  const rows = await repo.listCustomers(
    db,
    viewer,
    customerFilter(ctx.actor, { ...query, limit }, cipher),
    limit + 1,
  );
  refuseOverLimit(rows.length, limit, approved, { zh: '客户', en: 'customers' });
  const result = rows.map((r) => {
    const shown = customerExportJson(ctx.actor, r, cipher);
    return {
      code: shown.code,
      name: shown.name,
      shortName: shown.shortName,
      kind: shown.kind,
      industry: shown.industry,
      province: shown.province,
      city: shown.city,
      tier: shown.tier,
      status: shown.status,
      ownerName: shown.ownerName,
      annualAmount: shown.annualAmount,
      contactName: shown.primaryContactName,
      contactMobile: shown.primaryContactMobile,
      doNotContact: shown.doNotContact ? '是' : '否',
      tags: shown.tags?.join('、') ?? null,
      lastFollowupAt: shown.lastFollowupAt,
      lastFollowupMethod: shown.lastFollowupMethod,
      lastFollowupSummary: shown.lastFollowupSummary,
      lastFeedback: shown.lastFeedback,
      lastSatisfaction: shown.lastSatisfaction,
      nextFollowupAt: shown.nextFollowupAt,
    };
  });
  await recordExport(db, ctx, 'customers.exported', {
    rows: result.length,
    filter: { ...query },
    ...(approved ? { exportRequestId: approved.requestId } : {}),
  });
  return result;
}

/** The .xlsx of an export, naming who exported what and when on a second sheet. */
export function sendCustomerExport(
  reply: FastifyReply,
  ctx: RequestContext,
  rows: ExportRow[],
  filter: Record<string, unknown>,
  timeZone: string,
) {
  return sendExport(
    reply,
    ctx,
    timeZone,
    {
      fileName: `客户档案_${new Date().toISOString().slice(0, 10)}.xlsx`,
      sheetName: '客户',
      columns: exportColumns(timeZone),
      rows,
    },
    {
      筛选条件: exportFilterWords(filter, filter.ownerId ? rows[0]?.ownerName : null),
      ...(filter.导出申请 === undefined ? {} : { 导出申请: String(filter.导出申请) }),
    },
  );
}
