import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { invalid } from '../../http/errors.ts';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

const notASpreadsheet = () =>
  invalid([
    {
      field: 'file',
      zh: '文件不是 .xlsx 或 .csv 表格，请使用下载的模板',
      en: 'is not an .xlsx or .csv spreadsheet',
    },
  ]);

/** A binary file that is not a workbook has control bytes a CSV never has (tab, CR and LF aside). */
function looksBinary(file: Buffer): boolean {
  for (const byte of file.subarray(0, 4096)) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return true;
  }
  return false;
}

/** The first sheet as rows of cell text; .xlsx is read as a stream (ExcelJS WorkbookReader). */
export async function readSheet(file: Buffer): Promise<string[][]> {
  const isZip = file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (isZip) {
    const rows: string[][] = [];
    try {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file), {
        worksheets: 'emit',
        sharedStrings: 'cache',
      });
      for await (const sheet of reader) {
        for await (const row of sheet) {
          const values = (row.values as ExcelJS.CellValue[]).slice(1);
          rows[row.number - 1] = values.map(cellText);
        }
        break;
      }
    } catch {
      throw notASpreadsheet();
    }
    return Array.from(rows, (r) => r ?? []);
  }
  if (looksBinary(file)) throw notASpreadsheet();
  const text = file.toString('utf8');
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch {
    throw notASpreadsheet();
  }
}
