import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCookie,
  apiAs,
  baseUrl,
  cookieOf,
  launch,
  newPage,
  SHOTS,
  seedUser,
  signIn,
} from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  await seedUser('x.am', ['account_manager']);
  await seedUser('x.dm', ['dept_manager']);
  await seedUser('x.ceo', ['executive']);
  const am = await cookieOf('x.am', 'Ready12345');
  for (const name of ['导出测试一号公司', '导出测试二号公司', '导出测试三号公司']) {
    await apiAs(am, 'POST', '/api/v1/customers', { name, tags: ['导出测试'] });
  }
  const admin = await adminCookie();
  const rules = await apiAs(admin, 'GET', '/api/v1/settings/customer-rules');
  await apiAs(admin, 'PUT', '/api/v1/settings/customer-rules', { ...rules, exportRowLimit: 2 });
});
afterAll(async () => {
  const admin = await adminCookie();
  const rules = await apiAs(admin, 'GET', '/api/v1/settings/customer-rules');
  await apiAs(admin, 'PUT', '/api/v1/settings/customer-rules', { ...rules, exportRowLimit: 5000 });
  await browser?.close();
});

describe('exporting above the limit', () => {
  it('the account manager requests the export, the department manager approves, the file downloads', async () => {
    const am = await newPage(browser, 1440, 860);
    await signIn(am, 'x.am', 'Ready12345');
    await am.waitForSelector('[data-testid=greeting]');
    await am.goto(`${baseUrl()}/customers`);
    await am.fill('input[placeholder="标签"]', '导出测试');
    await am.press('input[placeholder="标签"]', 'Enter');
    await am.waitForSelector('td:has-text("导出测试三号公司")');
    await am.click('button:has-text("导出")');
    const form = am.locator('[data-testid=export-request-form]');
    await form.waitFor();
    await form.locator('#purpose').fill('季度客户盘点');
    await form.locator('#reason').fill('核对联系人资料');
    await am.click('.ant-modal-footer button:has-text("提交申请")');
    await am.waitForSelector('text=导出申请已提交（3 行），等待审批');

    const dm = await newPage(browser, 1440, 860);
    await signIn(dm, 'x.dm', 'Ready12345');
    await dm.waitForSelector('[data-testid=greeting]');
    await dm.goto(`${baseUrl()}/export-requests`);
    const row = dm.locator('tr:has-text("季度客户盘点")');
    await row.waitFor();
    await dm.screenshot({ path: `${SHOTS}/export-requests-to-approve.png` });
    await row.locator('button:has-text("批准")').click();
    await dm.waitForSelector('tr:has-text("季度客户盘点")', { state: 'detached' });

    await am.goto(`${baseUrl()}/export-requests`);
    const mine = am.locator('tr:has-text("季度客户盘点")');
    await mine.locator('.ant-tag:has-text("已批准")').waitFor();
    await am.screenshot({ path: `${SHOTS}/export-requests-mine.png` });
    const downloading = am.waitForEvent('download');
    await mine.locator('button:has-text("下载")').click();
    const file = await downloading;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await file.path());
    // The sheet is laid out like the seed's 总表 (序号, 客户编号, 客户名称 …): the names are under their header.
    const sheet = book.getWorksheet('客户');
    const header = (sheet?.getRow(1).values ?? []) as unknown[];
    const names = sheet?.getColumn(header.indexOf('客户名称')).values.slice(2);
    expect([...(names ?? [])].sort()).toEqual(['导出测试一号公司', '导出测试三号公司', '导出测试二号公司']);
  });

  it('the executive exports the 大客户登记名单 of the tier on screen', async () => {
    const ceo = await newPage(browser, 1440, 860);
    await signIn(ceo, 'x.ceo', 'Ready12345');
    await ceo.waitForSelector('[data-testid=greeting]');
    await ceo.goto(`${baseUrl()}/key-accounts`);
    await ceo.click('.ant-segmented-item:has-text("C")');
    const downloading = ceo.waitForEvent('download');
    await ceo.click('button:has-text("导出")');
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('大客户登记名单_C类.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await file.path());
    const sheet = book.getWorksheet('C类客户');
    expect(sheet?.getRow(1).values).toContain('交易金额（元）');
    expect(book.getWorksheet('导出信息')?.getRow(1).values).toContain('导出人');
  });
});
