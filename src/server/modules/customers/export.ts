import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { SHEET_HEADERS } from '../../../domain/customers/import-columns.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import type { SheetColumn } from '../../http/xlsx.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { customerViewer, visibilityOf } from '../customer-access/access.ts';
import { fieldExposure } from '../customer-access/fields.ts';
import {
  type ApprovedExport,
  recordExport,
  refuseOverLimit,
  rowLimitFor,
  sendExport,
} from '../exports/policy.ts';
import { exportFilterWords, KIND, STATUS } from './export-filter-words.ts';
import { exportExtras } from './export-repository.ts';
import * as repo from './repository.ts';
import { customerFilter, type ListCustomersQuery } from './service.ts';
import { contactJson, customerExportJson } from './view.ts';

export type { ApprovedExport };

/** One row of the sheet, by header (SHEET_HEADERS): text, numbers (amounts) or nothing. */
export type ExportRow = Partial<Record<string, string | number | null>>;

const WIDTHS: Record<string, number> = {
  序号: 6,
  客户编号: 11,
  客户名称: 30,
  客户等级: 9,
  负责客户经理: 13,
  联系方式: 16,
  最近沟通时间: 17,
  沟通内容摘要: 30,
  客户反馈: 30,
  下次计划沟通时间: 17,
  备注: 24,
  客户类型: 9,
  客户状态: 9,
  年合作金额: 15,
  省份: 10,
  城市: 10,
  区县: 10,
  地址: 30,
  联系人: 10,
  电话: 16,
  邮箱: 22,
  QQ: 12,
  标签: 20,
  免打扰: 8,
};

/**
 * The 客户关系维护跟踪总表 as the template and the export write it and the import reads it back: the seed's columns
 * in its order (序号 … 备注), then the archive's own fields (SHEET_HEADERS). Amounts are numbers, shown with
 * thousands separators; the follow-up columns are written empty until the follow-up engine fills them.
 */
export const SHEET_COLUMNS: SheetColumn<ExportRow>[] = SHEET_HEADERS.map((header) => ({
  header,
  width: WIDTHS[header] ?? 14,
  value: (row) => row[header] ?? null,
  ...(header === '年合作金额' ? { numFmt: '#,##0.00' } : {}),
}));

/**
 * The filtered list as the viewer sees it: contacts and amounts only where the viewer sees them in full, masked
 * (张*, 138****5678, ***) where seen masked — such a row re-imports as 已脱敏，跳过. Exports above the configured
 * row count need an approved export request (SPEC §2.5).
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
  const extras = await exportExtras(
    db,
    rows.map((r) => r.id),
  );
  const result = rows.map((r, i): ExportRow => {
    const extra = extras.get(r.id);
    const shown = customerExportJson(ctx.actor, r, extra?.annual_amount ?? null);
    const visibility = visibilityOf(ctx.actor, r);
    const contact =
      extra?.id != null && fieldExposure(visibility, 'primaryContactMobile') !== 'hidden'
        ? contactJson(extra as Parameters<typeof contactJson>[0], visibility.confidential, cipher)
        : null;
    return {
      序号: i + 1,
      客户编号: shown.code,
      客户名称: shown.name,
      所属行业: shown.industry,
      客户等级: shown.tier,
      负责客户经理: shown.ownerName,
      联系方式: contact ? (contact.mobile ?? contact.phone) : null,
      备注: visibility.secret === 'full' ? (extra?.remark ?? null) : null,
      简称: shown.shortName,
      客户类型: shown.kind ? (KIND[shown.kind] ?? shown.kind) : null,
      客户状态: shown.status ? (STATUS[shown.status] ?? shown.status) : null,
      年合作金额: shown.annualAmount === null ? '***' : Number(shown.annualAmount),
      省份: shown.province,
      城市: shown.city,
      区县: shown.district,
      地址: shown.address,
      联系人: contact?.name ?? null,
      职务: contact?.position ?? null,
      电话: contact?.phone ?? null,
      邮箱: contact?.email ?? null,
      QQ: contact?.qq ?? null,
      微信: contact?.wechat ?? null,
      标签: shown.tags?.join('、') || null,
      免打扰: shown.doNotContact ? '是' : '否',
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
      columns: SHEET_COLUMNS,
      rows,
    },
    {
      筛选条件: exportFilterWords(
        filter,
        filter.ownerId ? (rows[0]?.负责客户经理 as string | undefined) : null,
      ),
      ...(filter.导出申请 === undefined ? {} : { 导出申请: String(filter.导出申请) }),
    },
  );
}
