import type { Config } from '../../config.ts';
import { type AppError, invalid } from '../../http/errors.ts';

/**
 * What one import may make the server read and hold, checked while the file is read: a 3 MB .xlsx can unzip
 * to gigabytes, and one cell of it can be 100 MB of text (issue 9).
 */
export interface ImportLimits {
  /** Characters in one cell (Excel's own limit is 32 767). */
  cellChars: number;
  /** Bytes the parts of a workbook that are read may unzip to, together. */
  unzippedBytes: number;
  /** …and at most this many times the size of the uploaded file (real sheets unzip to 5–20 times). */
  unzipRatio: number;
  /** Bytes a workbook's shared strings (xl/sharedStrings.xml) may unzip to: they are held while its sheet is read. */
  sharedStringBytes: number;
}

/** The limits as configured (IMPORT_MAX_* in config.ts). */
export const importLimits = (config: Config): ImportLimits => ({
  cellChars: config.importMaxCellChars,
  unzippedBytes: config.importMaxUnzippedBytes,
  unzipRatio: config.importMaxUnzipRatio,
  sharedStringBytes: config.importMaxSharedStringsBytes,
});

/**
 * Characters one cell's text may take in the file's XML: entities (`&amp;`, `&#12345;`) take several for one.
 * What a cell holds exactly is checked when its row is read; this bounds what is gathered before that.
 */
export const rawCellChars = (limits: ImportLimits) => limits.cellChars * 8;
/** Characters of one row in the file (its XML, or a CSV record): room for 32 cells at their largest. */
export const rawRowChars = (limits: ImportLimits) => rawCellChars(limits) * 32;
/** Entries a workbook's zip may hold (real ones hold 10–100); more is refused before anything is unzipped. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Bytes a workbook's small parts (workbook.xml, its relationships) may unzip to, each. */
export const MAX_SMALL_PART_BYTES = 8 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;
const count = (n: number) => n.toLocaleString('en-US');

const refused = (zh: string, en: string): AppError => invalid([{ field: 'file', zh, en }]);

export const tooManyEntries = () =>
  refused(
    `文件中的部件超过 ${count(MAX_ZIP_ENTRIES)} 个，不是正常的 .xlsx 表格`,
    `holds more than ${count(MAX_ZIP_ENTRIES)} parts; not a regular .xlsx workbook`,
  );

/** The parts read unzip to more than the limits allow (`allowed` is the lesser of the two). */
export function unzippedTooLarge(limits: ImportLimits, fileBytes: number): AppError {
  const allowed = Math.min(limits.unzippedBytes, limits.unzipRatio * fileBytes);
  return allowed < limits.unzippedBytes
    ? refused(
        `表格解压后超过文件大小的 ${limits.unzipRatio} 倍（${megabytes(allowed)}），疑似压缩炸弹，已拒绝`,
        `unzips to more than ${limits.unzipRatio} times its size (${megabytes(allowed)}); refused as a possible zip bomb`,
      )
    : refused(
        `表格解压后超过 ${megabytes(allowed)} 的上限`,
        `unzips to more than the limit of ${megabytes(allowed)}`,
      );
}

export const smallPartTooLarge = (name: string) =>
  refused(
    `表格部件 ${name} 解压后超过 ${megabytes(MAX_SMALL_PART_BYTES)} 的上限`,
    `the part ${name} unzips to more than ${megabytes(MAX_SMALL_PART_BYTES)}`,
  );

export const sharedStringsTooLarge = (limits: ImportLimits) =>
  refused(
    `表格的共享字符串（xl/sharedStrings.xml）解压后超过 ${megabytes(limits.sharedStringBytes)} 的上限`,
    `the shared strings (xl/sharedStrings.xml) unzip to more than the limit of ${megabytes(limits.sharedStringBytes)}`,
  );

const nearRow = (row: number | undefined) => (row ? { zh: `第 ${row} 行`, en: `row ${row}` } : undefined);

/** A cell's text in the file's XML is longer than any cell within the limit can be. */
export function rawCellTooLong(limits: ImportLimits, row: number | undefined): AppError {
  const where = nearRow(row);
  return refused(
    `${where ? `${where.zh}有` : '表格中有'}单元格超过 ${count(limits.cellChars)} 个字符的上限`,
    `${where ? `${where.en}: a` : 'a'} cell holds more than the limit of ${count(limits.cellChars)} characters`,
  );
}

/** One row (or one shared string with its formatting) takes more of the file than any row within the limits. */
export function rawRowTooLong(limits: ImportLimits, row: number | undefined): AppError {
  const where = nearRow(row);
  const most = count(rawRowChars(limits));
  return refused(
    `${where ? where.zh : '表格中有一行'}超过 ${most} 个字符的上限（单元格最多 ${count(limits.cellChars)} 个字符）`,
    `${where ? where.en : 'a row'} is longer than ${most} characters (a cell holds at most ${count(limits.cellChars)})`,
  );
}

/** A CSV line (or a quoted record over several lines) longer than a row may be. */
export const csvLineTooLong = (limits: ImportLimits, line: number) =>
  refused(
    `第 ${line} 行超过 ${megabytes(rawRowChars(limits))} 的上限（单元格最多 ${count(limits.cellChars)} 个字符）`,
    `row ${line} is longer than ${megabytes(rawRowChars(limits))} (a cell holds at most ${count(limits.cellChars)} characters)`,
  );

/** One cell, read, is longer than the limit: the row and column named as the user sees them. */
export const cellTooLong = (limits: ImportLimits, row: number, column: number, length: number) =>
  refused(
    `第 ${row} 行第 ${column} 列有 ${count(length)} 个字符，超过单元格 ${count(limits.cellChars)} 个字符的上限`,
    `row ${row}, column ${column}: ${count(length)} characters, above the limit of ${count(limits.cellChars)} per cell`,
  );
