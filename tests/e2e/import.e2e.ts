import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, newContext, SHOTS, seedUser, signIn } from './browser.ts';

let browser: Browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-import-'));

async function sheetFile(name: string, mobile: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('客户关系维护跟踪总表');
  sheet.addRow([
    '序号',
    '客户编号',
    '客户名称',
    '所属行业',
    '客户等级',
    '负责客户经理',
    '联系人',
    '手机',
    '年合作金额',
  ]);
  sheet.addRow([1, '', '合肥科大讯达电子有限公司', '制造业', 'A', '', '钱五', '13855556666', '700000']);
  sheet.addRow([2, '', '南昌赣江食品有限公司', '零售业', 'C', '', '赵四', mobile, '30000']);
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

/** A 总表 as filled in Excel: a merged title, a 填表人 line, seed 001's 联系方式, a blank row, a note and a 合计. */
async function seedLikeFile(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('客户关系维护跟踪总表');
  sheet.addRow(['客户关系维护跟踪总表']);
  sheet.mergeCells('A1:G1');
  sheet.addRow(['填表人：钱五', '', '', '', '填表日期：2026年11月20日']);
  sheet.addRow(['序号', '客户编号', '客户名称(简称)', '所属行业', '客户等级', '负责客户经理', '联系方式']);
  sheet.addRow([1, '', '保定恒远纸业有限公司', '制造业', 'B', '', '１３９１２３４００８８']);
  sheet.addRow([2, '', '沧州运河贸易商行', '零售业', 'C', '', '0317-2061234']);
  sheet.addRow([]);
  sheet.addRow([3, '', '衡水湖畔食品厂', '食品', 'C', '', '13800005555']);
  sheet.addRow(['注：客户等级按年合作金额划分']);
  sheet.mergeCells('A8:G8');
  sheet.addRow(['合计', '', '3 家']);
  const file = path.join(dir, 'seed-like.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  browser = await launch();
  await seedUser('i.am', ['account_manager']);
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('importing customers', () => {
  it('an account manager imports a sheet, fixes the rejected row, and sees the customers', async () => {
    const page = await (
      await newContext(browser, { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    ).newPage();
    await signIn(page, 'i.am', 'Ready12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.goto(`${baseUrl()}/customers`);
    await page.click('button:has-text("导入")');

    await page.setInputFiles('input[type=file]', await sheetFile('first.xlsx', '12345'));
    await page.waitForSelector('td:has-text("「手机」“12345”应为 11 位手机号码")');
    await expect(
      page.locator('[data-testid=count-create] .ant-statistic-content-value').textContent(),
    ).resolves.toBe('1');
    await expect(
      page.locator('[data-testid=count-reject] .ant-statistic-content-value').textContent(),
    ).resolves.toBe('1');
    // A sheet without the 总表's follow-up columns brings no history along.
    await expect(page.locator('[data-testid=import-history]').textContent()).resolves.toContain(
      '回访历史：将导入回访记录 0 条',
    );
    await page.screenshot({ path: `${SHOTS}/import-preview.png` });
    await page.click('button:has-text("导入 1 行")');
    await page.waitForSelector('text=导入完成：新建 1，更新 0，不变 0，拒绝 1');

    await page.click('button:has-text("继续导入")');
    await page.setInputFiles('input[type=file]', await sheetFile('fixed.xlsx', '13877778888'));
    await page.waitForSelector('[data-testid=count-unchanged]');
    await expect(
      page.locator('[data-testid=count-unchanged] .ant-statistic-content-value').textContent(),
    ).resolves.toBe('1');
    await page.click('button:has-text("导入 1 行")');
    await page.waitForSelector('text=导入完成：新建 1，更新 0，不变 1，拒绝 0');
    await page.click('button:has-text("查看客户")');
    // Other journeys share the server: narrow the list to this account manager's customers.
    await page.click('.ant-select:has-text("负责客户经理")');
    await page.keyboard.type('用户i.am');
    await page.keyboard.press('Enter');
    await page.waitForSelector('td:has-text("南昌赣江食品有限公司")');
    const rows = await page.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('合肥科大讯达电子有限公司') && r.includes('A'))).toBe(true);
    expect(rows.some((r) => r.includes('南昌赣江食品有限公司') && r.includes('赵* 138****8888'))).toBe(true);
  });

  it('reads a 总表 filled in Excel and says which rows it skipped', async () => {
    const page = await (
      await newContext(browser, { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
    ).newPage();
    await signIn(page, 'i.am', 'Ready12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.goto(`${baseUrl()}/customers/import`);
    await page.setInputFiles('input[type=file]', await seedLikeFile());
    await page.waitForSelector('[data-testid=import-ignored]');
    await expect(page.locator('[data-testid=import-ignored]').textContent()).resolves.toBe(
      '表头在第 3 行，上方的标题、填表人等行已忽略。 已跳过 3 行非客户数据：空行 1 行（第 6 行）；说明/备注行 1 行（第 8 行）；合计行 1 行（第 9 行）。',
    );
    await expect(
      page.locator('[data-testid=count-create] .ant-statistic-content-value').textContent(),
    ).resolves.toBe('3');
    await expect(
      page.locator('[data-testid=count-reject] .ant-statistic-content-value').textContent(),
    ).resolves.toBe('0');
    await page.waitForSelector('td:has-text("客户等级按表中的“B”设定（未填年合作金额，视为手工设定）")');
    await page.screenshot({ path: `${SHOTS}/import-seed-like-preview.png`, fullPage: true });
    await page.click('button:has-text("导入 3 行")');
    await page.waitForSelector('text=导入完成：新建 3，更新 0，不变 0，拒绝 0，跳过 0');
  });

  it('shows progress while a large file is checked and imported, and offers the error report', async () => {
    const lines = ['客户名称,所属行业,年合作金额'];
    for (let i = 1; i <= 6000; i++)
      lines.push(`进度测试${i}号商贸有限公司,零售业,${i === 4000 ? '很多' : 20000 + i}`);
    const file = path.join(dir, 'large.csv');
    fs.writeFileSync(file, lines.join('\n'));
    const page = await (
      await newContext(browser, {
        viewport: { width: 1280, height: 900 },
        locale: 'zh-CN',
        acceptDownloads: true,
      })
    ).newPage();
    await signIn(page, 'i.am', 'Ready12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.goto(`${baseUrl()}/customers/import`);
    await page.setInputFiles('input[type=file]', file);
    await page.waitForSelector('[data-testid=import-progress]:has-text("正在预检")');
    await page.screenshot({ path: `${SHOTS}/import-progress.png` });
    await page.waitForSelector('[data-testid=count-create]');
    await expect(
      page.locator('[data-testid=count-create] .ant-statistic-content-value').textContent(),
    ).resolves.toBe('5,999');
    const download = page.waitForEvent('download');
    await page.click('button:has-text("下载错误报告")');
    const report = await download;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await report.path());
    expect(book.worksheets[0]?.getRow(2).values).toEqual([
      undefined,
      4001,
      '进度测试4000号商贸有限公司',
      '年合作金额',
      expect.any(String),
    ]);
    await page.click('button:has-text("导入 5999 行")');
    await page.waitForSelector('[data-testid=import-progress]:has-text("正在导入")');
    await page.waitForSelector('text=导入完成：新建 5999，更新 0，不变 0，拒绝 1');
  });
});
