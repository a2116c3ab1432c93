import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequestContext } from '../../http/actor.ts';
import { AppError, conflict } from '../../http/errors.ts';
import { exportedBy, type SheetColumn, sendXlsx } from '../../http/xlsx.ts';
import { recordReadAudit } from '../audit/service.ts';
import { exportRowLimit } from '../settings/values.ts';

/**
 * Export policy (SPEC §2.5), for any list: above the configured row count an export needs an approved 导出申请;
 * every export is audited; every workbook names who exported what, and when, on its 导出信息 sheet.
 */

/** An approved 导出申请: its rows may exceed the limit, by a little more than were counted when it was asked. */
export interface ApprovedExport {
  requestId: number;
  rowCount: number;
}

/** How many rows this export may have: the setting, or what was approved with some room for new rows. */
export async function rowLimitFor(db: Kysely<Database>, approved?: ApprovedExport): Promise<number> {
  if (!approved) return exportRowLimit(db);
  return Math.max(approved.rowCount + 100, Math.ceil(approved.rowCount * 1.1));
}

/** Refuses an export that found more rows than it may have (read one past the limit to know). */
export function refuseOverLimit(
  found: number,
  limit: number,
  approved: ApprovedExport | undefined,
  rowsAre: { zh: string; en: string },
): void {
  if (found <= limit) return;
  if (approved) {
    throw conflict({
      zh: `符合条件的${rowsAre.zh}已超过批准的 ${approved.rowCount} 行，请重新申请`,
      en: `More ${rowsAre.en} match than the ${approved.rowCount} approved; request again`,
    });
  }
  throw new AppError('approval_required', { limit });
}

/** The audit record of an export: what was exported, how many rows, under which approval. */
export async function recordExport(
  db: Kysely<Database>,
  ctx: RequestContext,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  await recordReadAudit(db, ctx, action, undefined, details);
}

/** Sends the rows as an .xlsx whose 导出信息 sheet names the exporter, the time, the row count and `facts`. */
export function sendExport<T>(
  reply: FastifyReply,
  ctx: RequestContext,
  timeZone: string,
  sheet: { fileName: string; sheetName: string; columns: SheetColumn<T>[]; rows: T[] },
  facts: Record<string, string> = {},
): Promise<FastifyReply> {
  return sendXlsx(reply, sheet.fileName, sheet.sheetName, sheet.columns, sheet.rows, {
    ...exportedBy(ctx.actor, timeZone),
    行数: String(sheet.rows.length),
    ...facts,
  });
}
