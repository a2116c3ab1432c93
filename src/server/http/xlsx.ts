import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { localTime } from '../../domain/calendar/hours.ts';
import { XLSX_TYPE } from './schemas.ts';
import './xlsx-quote-prefix.ts';

export interface SheetColumn<T> {
  header: string;
  width?: number;
  /** Excel's number format for the column's numbers (amounts: '#,##0.00'). */
  numFmt?: string;
  value: (row: T) => string | number | Date | null | undefined;
}

/** A time in an export: the company's wall clock as the pages write it (2026-12-04 14:30:05), whatever the server's zone. */
export function zoneTime(instant: Date | string, timeZone: string): string {
  const at = new Date(instant);
  const { date, minute } = localTime(at, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date} ${two(Math.floor(minute / 60))}:${two(minute % 60)}:${two(at.getUTCSeconds())}`;
}

/** Who exported, and when (in the company's time zone): the start of every export's provenance sheet. */
export function exportedBy(actor: { displayName: string; username: string }, timeZone: string) {
  return {
    导出人: `${actor.displayName}（${actor.username}）`,
    导出时间: zoneTime(new Date(), timeZone),
  };
}

/**
 * Text that a spreadsheet would take for a formula if typed, edited or saved as CSV (OWASP "CSV injection"):
 * starting with = + - @, a tab or a carriage return; the full-width ＝＋－＠ too, which a Chinese input method types.
 */
export const FORMULA_LIKE = /^[=+\-@\t\r＝＋－＠]/;

/** A text cell that looks like a formula gets Excel's quotePrefix style: shown and kept as text, never evaluated. */
function addRow(sheet: ExcelJS.Worksheet, values: unknown[]): void {
  const row = sheet.addRow(values);
  row.eachCell((cell) => {
    if (typeof cell.value === 'string' && FORMULA_LIKE.test(cell.value)) {
      cell.style = { ...cell.style, quotePrefix: true } as Partial<ExcelJS.Style>;
    }
  });
  row.commit();
}

/**
 * Sends rows as a one-sheet .xlsx download with a bold, frozen header row; formula-like text stays text
 * (its value unchanged, so a re-import reads back exactly what was exported; numbers stay numbers). The
 * workbook streams to the client row by row: a 50 000-row export never exists whole in memory as a workbook.
 */
export async function sendXlsx<T>(
  reply: FastifyReply,
  fileName: string,
  sheetName: string,
  columns: SheetColumn<T>[],
  rows: Iterable<T>,
  /** Who exported what, on a second sheet: exports of customer data carry the exporter's name. */
  provenance?: Record<string, string>,
): Promise<FastifyReply> {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  if (provenance) workbook.creator = provenance.导出人 ?? 'Huifang';
  reply
    .type(XLSX_TYPE)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  const written = (async () => {
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({
      width: c.width ?? 16,
      ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
    }));
    const header = sheet.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    for (const row of rows)
      addRow(
        sheet,
        columns.map((c) => c.value(row) ?? null),
      );
    sheet.commit();
    if (provenance) {
      const info = workbook.addWorksheet('导出信息');
      info.columns = [{ width: 14 }, { width: 60 }];
      for (const [key, value] of Object.entries(provenance)) addRow(info, [key, value]);
      info.commit();
    }
    await workbook.commit();
  })();
  written.catch((error) => stream.destroy(error));
  return reply.send(stream);
}
