import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import './xlsx-quote-prefix.ts';

export interface SheetColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | Date | null | undefined;
}

/** Who exported, and when (in the company's time zone): the start of every export's provenance sheet. */
export function exportedBy(actor: { displayName: string; username: string }, timeZone: string) {
  return {
    导出人: `${actor.displayName}（${actor.username}）`,
    导出时间: new Date().toLocaleString('zh-CN', { timeZone }),
  };
}

/**
 * Text that a spreadsheet would take for a formula if typed, edited or saved as CSV (OWASP "CSV injection"):
 * starting with = + - @, a tab or a carriage return; the full-width ＝＋－＠ too, which a Chinese input method types.
 */
export const FORMULA_LIKE = /^[=+\-@\t\r＝＋－＠]/;

/**
 * Marks every text cell that looks like a formula with Excel's quotePrefix style: shown and kept as text,
 * never evaluated, its value unchanged (a re-import reads back exactly what was exported). Numbers stay numbers.
 */
function neutraliseFormulas(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && FORMULA_LIKE.test(cell.value)) {
        cell.style = { ...cell.style, quotePrefix: true } as Partial<ExcelJS.Style>;
      }
    });
  });
}

/** Sends rows as a one-sheet .xlsx download with a bold, frozen header row; formula-like text stays text. */
export async function sendXlsx<T>(
  reply: FastifyReply,
  fileName: string,
  sheetName: string,
  columns: SheetColumn<T>[],
  rows: T[],
  /** Who exported what, on a second sheet: exports of customer data carry the exporter's name. */
  provenance?: Record<string, string>,
): Promise<FastifyReply> {
  const workbook = new ExcelJS.Workbook();
  if (provenance) workbook.creator = provenance.导出人 ?? 'Huifang';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? null));
  if (provenance) {
    const info = workbook.addWorksheet('导出信息');
    info.columns = [{ width: 14 }, { width: 60 }];
    for (const [key, value] of Object.entries(provenance)) info.addRow([key, value]);
    neutraliseFormulas(info);
  }
  neutraliseFormulas(sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(Buffer.from(buffer));
}
