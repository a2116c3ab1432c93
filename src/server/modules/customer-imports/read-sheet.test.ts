import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetRows } from './read-sheet.ts';

// Enough Chinese text that the sheet's XML spans many 16 KiB chunks, with characters cut at their edges.
const names = Array.from({ length: 3000 }, (_, i) => `杭州华兴机械制造有限公司第${i}分公司`);

async function read(file: Buffer): Promise<string[]> {
  const found: string[] = [];
  for await (const row of sheetRows(file)) found.push(row.cells[0] as string);
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
});
