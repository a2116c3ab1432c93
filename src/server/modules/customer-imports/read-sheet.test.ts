import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import {
  rowXml,
  SHEET_END,
  SHEET_START,
  STRINGS_END,
  STRINGS_START,
  workbookParts,
  zipParts,
} from '../../test/xlsx-zip.ts';
import { importLimits } from './limits.ts';
import { sheetRows } from './read-sheet.ts';

// Enough Chinese text that the sheet's XML spans many 16 KiB chunks, with characters cut at their edges.
const names = Array.from({ length: 3000 }, (_, i) => `杭州华兴机械制造有限公司第${i}分公司`);

async function read(file: Buffer): Promise<string[]> {
  const found: string[] = [];
  for await (const row of sheetRows(file, importLimits(loadConfig({})))) found.push(row.cells[0] as string);
  return found.slice(1);
}

async function streamedWorkbook(useSharedStrings: boolean): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (part: Buffer) => parts.push(part));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings });
  const sheet = book.addWorksheet('客户关系维护跟踪总表');
  sheet.addRow(['客户名称']).commit();
  for (const name of names) sheet.addRow([name]).commit();
  sheet.commit();
  await book.commit();
  return Buffer.concat(parts);
}

describe('reading a sheet', () => {
  it('keeps every Chinese character, whether the text is inline or in the shared strings', async () => {
    expect(await read(await streamedWorkbook(false))).toEqual(names);
    expect(await read(await streamedWorkbook(true))).toEqual(names);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('客户');
    sheet.addRow(['客户名称']);
    for (const name of names) sheet.addRow([name]);
    expect(await read(Buffer.from(await book.xlsx.writeBuffer()))).toEqual(names);
  });

  it('finds the parts through the central directory, in any order, with or without zip64 fields', async () => {
    const sheet = [
      SHEET_START,
      rowXml(1, ['客户名称']),
      rowXml(2, [{ s: 0 }]),
      rowXml(3, ['苏州精工机械']),
      SHEET_END,
    ];
    const strings = [STRINGS_START, '<si><t>宁波港联物流有限公司</t></si>', STRINGS_END];
    const parts = workbookParts(sheet, strings);
    for (const zip of [zipParts(parts), zipParts([...parts].reverse()), zipParts(parts, { zip64: true })]) {
      expect(await read(zip)).toEqual(['宁波港联物流有限公司', '苏州精工机械']);
    }
  });
});
