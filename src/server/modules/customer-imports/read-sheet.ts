import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError, invalid } from '../../http/errors.ts';

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

export interface SheetRow {
  /** The row number the user sees (in Excel, or counting the CSV's records from 1). */
  line: number;
  cells: string[];
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** Text from byte chunks, a character split between two chunks joined again. */
async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

type SheetParser = (iterator: AsyncIterable<Buffer | string>, sheetNo: string) => Generator<unknown>;
type StringsParser = (entry: NodeJS.ReadableStream) => AsyncGenerator<unknown>;

/**
 * ExcelJS 4.4's streaming reader decodes each 16 KiB chunk of the sheet's XML on its own, so a Chinese
 * character split between two chunks became "��" (exceljs issues #2084, #2316): a customer's name could
 * change on import. Its worksheet and shared-string parsers are handed decoded text instead. These are
 * ExcelJS internals (the version is pinned); the import tests fail if they move.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(input: Readable, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>) {
    super(input, options);
    const self = this as unknown as { _parseWorksheet?: SheetParser; _parseSharedStrings?: StringsParser };
    if (typeof self._parseWorksheet !== 'function' || typeof self._parseSharedStrings !== 'function') {
      throw new Error('ExcelJS changed: the streaming reader has no _parseWorksheet/_parseSharedStrings');
    }
    const parseWorksheet = self._parseWorksheet.bind(this);
    const parseSharedStrings = self._parseSharedStrings.bind(this);
    self._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Text(iterator), sheetNo);
    self._parseSharedStrings = (entry) => {
      entry.setEncoding('utf8');
      return parseSharedStrings(entry);
    };
  }
}

async function* xlsxRows(file: Buffer): AsyncGenerator<SheetRow> {
  const reader = new Utf8WorkbookReader(Readable.from(file), {
    worksheets: 'emit',
    sharedStrings: 'cache',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      if (!blank(cells)) yield { line: row.number, cells };
    }
    return;
  }
}

async function* csvRows(file: Buffer): AsyncGenerator<SheetRow> {
  const parser = Readable.from([file]).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let line = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    line++;
    if (!blank(record)) yield { line, cells: record };
  }
}

/**
 * The first sheet, one row at a time, never all of it in memory: .xlsx through ExcelJS's streaming reader,
 * .csv through csv-parse's stream. Anything that cannot be read as either is "not a spreadsheet".
 */
export async function* sheetRows(file: Buffer): AsyncGenerator<SheetRow> {
  const isZip = file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (!isZip && looksBinary(file)) throw notASpreadsheet();
  try {
    yield* isZip ? xlsxRows(file) : csvRows(file);
  } catch (error) {
    throw error instanceof AppError ? error : notASpreadsheet();
  }
}

/** Rows in a CSV, known before reading it (for progress); null for a workbook, whose size shows only as it is read. */
export function countedRows(file: Buffer): number | null {
  if (file.subarray(0, 2).equals(Buffer.from('PK'))) return null;
  let lines = file.length > 0 && file[file.length - 1] !== 10 ? 1 : 0;
  for (let i = file.indexOf(10); i !== -1; i = file.indexOf(10, i + 1)) lines++;
  return Math.max(0, lines - 1);
}
