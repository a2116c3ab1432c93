import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError, invalid } from '../../http/errors.ts';
import {
  cellTooLong,
  csvLineTooLong,
  type ImportLimits,
  MAX_SMALL_PART_BYTES,
  MAX_ZIP_ENTRIES,
  rawCellChars,
  rawCellTooLong,
  rawRowChars,
  rawRowTooLong,
  sharedStringsTooLarge,
  smallPartTooLarge,
  tooManyEntries,
  unzippedTooLarge,
} from './limits.ts';
import { guarded, XmlGuard, type XmlRules } from './xml-guard.ts';
import { unzipped, type ZipEntry, zipEntries } from './zip-entries.ts';

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

/** Every cell within the limit, or the first one above it named by row and column. */
function checkCells(cells: (string | undefined)[], line: number, limits: ImportLimits): void {
  for (let i = 0; i < cells.length; i++) {
    const length = cells[i]?.length ?? 0;
    if (length > limits.cellChars) throw cellTooLong(limits, line, i + 1, length);
  }
}

/** Text from byte chunks, a character split between two chunks joined again. */
async function* utf8Text(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

const sheetRules = (limits: ImportLimits): XmlRules => ({
  values: new Set(['v', 't', 'is', 'f']),
  units: new Set(['row']),
  stopAt: 'sheetData',
  maxValueChars: rawCellChars(limits),
  maxUnitChars: rawRowChars(limits),
  valueTooLong: (row) => rawCellTooLong(limits, row),
  unitTooLong: (row) => rawRowTooLong(limits, row),
  doctype: notASpreadsheet,
});

const sharedStringRules = (limits: ImportLimits): XmlRules => ({
  values: new Set(['t']),
  units: new Set(['si']),
  maxValueChars: rawCellChars(limits),
  maxUnitChars: rawRowChars(limits),
  valueTooLong: () => rawCellTooLong(limits, undefined),
  unitTooLong: () => rawCellTooLong(limits, undefined),
  doctype: notASpreadsheet,
});

/** ExcelJS's streaming reader's own steps, which the reader below feeds (the version is pinned). */
interface ReaderSteps {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<unknown>;
}

/**
 * ExcelJS's streaming reader, fed by our own unzipping (zip-entries.ts) instead of its unzipper stream: only the
 * parts the first sheet needs (the workbook, its relationships, the shared strings, the sheet), in that order
 * whatever order the zip has them in, each counted as it inflates and watched as it parses (xml-guard.ts); the
 * sheet is never written to a temporary file. Every part is handed over as decoded text: ExcelJS 4.4 decodes
 * each 16 KiB chunk on its own and split a Chinese character between two chunks into "��" (exceljs issues
 * #2084, #2316). These are ExcelJS internals; the import tests fail if they move.
 */
class GuardedWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  readonly #file: Buffer;
  readonly #limits: ImportLimits;
  #unzipped = 0;

  constructor(file: Buffer, limits: ImportLimits) {
    super(Readable.from([]), { worksheets: 'emit', sharedStrings: 'cache' });
    const steps = this as unknown as Partial<ReaderSteps>;
    for (const step of ['_parseRels', '_parseWorkbook', '_parseSharedStrings', '_parseWorksheet'] as const) {
      if (typeof steps[step] !== 'function') {
        throw new Error(`ExcelJS changed: the streaming reader has no ${step}`);
      }
    }
    this.#file = file;
    this.#limits = limits;
  }

  get #allowed(): number {
    return Math.min(this.#limits.unzippedBytes, this.#limits.unzipRatio * this.#file.length);
  }

  /** The part's text as it inflates, counted against the limits (`most` bounds the part on its own). */
  #text(entry: ZipEntry, most?: { bytes: number; error: () => AppError }): AsyncGenerator<string> {
    let partBytes = 0;
    const count = (bytes: number) => {
      this.#unzipped += bytes;
      partBytes += bytes;
      if (this.#unzipped > this.#allowed) throw unzippedTooLarge(this.#limits, this.#file.length);
      if (most && partBytes > most.bytes) throw most.error();
    };
    return utf8Text(unzipped(this.#file, entry, count));
  }

  override async *parse(): AsyncGenerator<unknown> {
    const steps = this as unknown as ReaderSteps;
    const entries = zipEntries(this.#file, MAX_ZIP_ENTRIES, tooManyEntries);
    const sheet = [...entries.values()].find((e) => SHEET.test(e.name));
    const rels = entries.get('xl/_rels/workbook.xml.rels');
    const book = entries.get('xl/workbook.xml');
    const strings = entries.get('xl/sharedStrings.xml');
    // What the zip claims is refused at once; what it holds is counted as it inflates, whatever it claims.
    const claimed = [rels, book, strings, sheet].reduce((sum, e) => sum + (e?.size ?? 0), 0);
    if (claimed > this.#allowed) throw unzippedTooLarge(this.#limits, this.#file.length);
    for (const part of [rels, book]) {
      if (!part) continue;
      const most = { bytes: MAX_SMALL_PART_BYTES, error: () => smallPartTooLarge(part.name) };
      if (part.size > most.bytes) throw most.error();
      const text = Readable.from(this.#text(part, most));
      await (part === rels ? steps._parseRels(text) : steps._parseWorkbook(text));
    }
    if (strings) {
      const most = {
        bytes: this.#limits.sharedStringBytes,
        error: () => sharedStringsTooLarge(this.#limits),
      };
      if (strings.size > most.bytes) throw most.error();
      const text = guarded(this.#text(strings, most), new XmlGuard(sharedStringRules(this.#limits)));
      yield* steps._parseSharedStrings(Readable.from(text, { highWaterMark: 1 }));
    }
    if (sheet) {
      const text = guarded(this.#text(sheet), new XmlGuard(sheetRules(this.#limits)));
      yield* steps._parseWorksheet(text, SHEET.exec(sheet.name)?.[1] as string);
    }
  }
}

async function* xlsxRows(file: Buffer, limits: ImportLimits): AsyncGenerator<SheetRow> {
  for await (const sheet of new GuardedWorkbookReader(file, limits)) {
    for await (const row of sheet) {
      const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      checkCells(cells, row.number, limits);
      if (!blank(cells)) yield { line: row.number, cells };
    }
    return;
  }
}

/**
 * The first physical line longer than a row may be, if any. csv-parse bounds the text of a record
 * (max_record_size) but not how many fields it has: 30 MB of commas would be 30 million empty fields.
 */
function overlongLine(file: Buffer, most: number): number | undefined {
  let line = 1;
  let start = 0;
  for (let end = file.indexOf(10); ; end = file.indexOf(10, start)) {
    if ((end === -1 ? file.length : end) - start > most) return line;
    if (end === -1) return undefined;
    start = end + 1;
    line++;
  }
}

async function* csvRows(file: Buffer, limits: ImportLimits): AsyncGenerator<SheetRow> {
  const most = rawRowChars(limits);
  const overlong = overlongLine(file, most);
  if (overlong !== undefined) throw csvLineTooLong(limits, overlong);
  const parser = Readable.from([file]).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: false, max_record_size: most }),
  );
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line++;
      checkCells(record, line, limits);
      if (!blank(record)) yield { line, cells: record };
    }
  } catch (error) {
    // A quoted field may run over many lines: its record is bounded all the same.
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') throw csvLineTooLong(limits, line + 1);
    throw error;
  }
}

const isZip = (file: Buffer) => file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/**
 * The first sheet, one row at a time, never all of it in memory: .xlsx through ExcelJS's streaming reader,
 * .csv through csv-parse's stream, both within the limits (limits.ts). Anything that cannot be read as either
 * is "not a spreadsheet".
 */
export async function* sheetRows(file: Buffer, limits: ImportLimits): AsyncGenerator<SheetRow> {
  const zip = isZip(file);
  if (!zip && looksBinary(file)) throw notASpreadsheet();
  try {
    yield* zip ? xlsxRows(file, limits) : csvRows(file, limits);
  } catch (error) {
    throw error instanceof AppError ? error : notASpreadsheet();
  }
}

/** Rows in a CSV, known before reading it (for progress); null for a workbook, whose size shows only as it is read. */
export function countedRows(file: Buffer): number | null {
  if (isZip(file)) return null;
  let lines = file.length > 0 && file[file.length - 1] !== 10 ? 1 : 0;
  for (let i = file.indexOf(10); i !== -1; i = file.indexOf(10, i + 1)) lines++;
  return Math.max(0, lines - 1);
}
