import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

/** Every export, whatever list it comes from, names who exported it and is in the audit log (SPEC §2.5). */

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', TEST_ADMIN_PASSWORD);
});
afterAll(() => t.close());

async function workbookOf(url: string) {
  const response = await t.call(admin, { method: 'GET', url });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return book;
}

const provenanceOf = (book: ExcelJS.Workbook) => {
  const facts: Record<string, unknown> = {};
  book.getWorksheet('导出信息')?.eachRow((row) => {
    facts[String(row.getCell(1).value)] = row.getCell(2).value;
  });
  return facts;
};

describe('export policy on every list', () => {
  it.each([
    ['/api/v1/users/export', '员工', 'users.exported'],
    ['/api/v1/audit-events/export', '审计日志', 'audit.exported'],
  ])('%s carries its exporter and row count and is audited', async (url, sheetName, action) => {
    const book = await workbookOf(url);
    const sheet = book.getWorksheet(sheetName) as ExcelJS.Worksheet;
    const dataRows = sheet.rowCount - 1;
    expect(dataRows).toBeGreaterThan(0);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(provenanceOf(book)).toMatchObject({
      导出人: expect.stringContaining('admin'),
      行数: String(dataRows),
    });
    const audited = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', action)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    expect(audited?.details).toMatchObject({ rows: dataRows });
  });
});
