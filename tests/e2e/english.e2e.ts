import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
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
  switchToEnglish,
} from './browser.ts';

// The English switch, as an English-speaking user meets the archive: every word the system writes (headers,
// labels, buttons, the server's messages, notification titles, import row messages) is English. Chinese is left
// only where the user's own data is: names of customers and people, departments, free text they typed.

const PASSWORD = 'Ready12345';
const run = Date.now().toString(36).slice(-5);
const names = {
  customer: `英文界面精密机械${run}`,
  duplicate: `英文界面精密机械重复${run}`,
  imported: `英文导入电子${run}`,
  badMobile: `英文导入食品${run}`,
};
const freeText = {
  service: '外勤拜访，了解新年度采购计划',
  contract: '年度维保合同',
  product: '数控机床',
  issue: '月结账单多收了两次安装费',
  reasons: '近一年交易额已超过十六万',
  contact: '钱五',
  importContact: '赵四',
  badAmount: '很多',
};
/**
 * The user's own data on these pages: removed from the page's text before looking for Chinese. The product's name
 * keeps its Chinese in English too (app.name).
 */
const data: string[] = [...Object.values(names), ...Object.values(freeText), 'Huifang 回访'];

let browser: Browser;
let customerId = 0;
let duplicateCode = '';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-english-'));

/** Chinese (or full-width punctuation) in the page's visible text once the data are taken out, line by line. */
async function chineseLeft(page: Page): Promise<string[]> {
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton'));
  // biome-ignore lint/performance/useDomNodeTextContent: what a user reads is the rendered text, hidden nodes left out
  let text = await page.evaluate(() => document.body.innerText);
  for (const item of [...data].sort((a, b) => b.length - a.length)) text = text.split(item).join('·');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(line));
}

async function shoot(page: Page, name: string) {
  await page.waitForFunction(() => document.getAnimations().length === 0);
  await page.screenshot({ path: `${SHOTS}/english-${name}.png` });
}

async function importSheet(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('客户关系维护跟踪总表');
  sheet.addRow(['客户关系维护跟踪总表']);
  sheet.mergeCells('A1:F1');
  sheet.addRow(['序号', '客户名称', '客户等级', '联系人', '手机', '年合作金额']);
  sheet.addRow([1, names.imported, 'B', '', '', '']);
  sheet.addRow([2, names.badMobile, 'E', freeText.importContact, '1381234', '很多']);
  sheet.addRow([]);
  sheet.addRow(['合计', '2 家']);
  const file = path.join(dir, 'english.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  browser = await launch();
  await seedUser('en.am', ['account_manager']);
  await seedUser('en.boss', ['executive']);
  const admin = await adminCookie();
  const departments = await apiAs(admin, 'GET', '/api/v1/departments');
  data.push(...departments.items.map((d: { name: string }) => d.name), '用户en.am', '用户en.boss');
  const am = await cookieOf('en.am', PASSWORD);
  const me = await apiAs(am, 'GET', '/api/v1/auth/me');
  const customer = await apiAs(am, 'POST', '/api/v1/customers', {
    name: names.customer,
    // A number no other browser test uses: a customer outside the manager's reach may not share it (409).
    contacts: [{ name: freeText.contact, mobile: '13811117373' }],
  });
  customerId = customer.id;
  duplicateCode = (await apiAs(am, 'POST', '/api/v1/customers', { name: names.duplicate })).code;
  data.push(customer.code, duplicateCode);
  const today = new Date().toISOString().slice(0, 10);
  await apiAs(am, 'POST', '/api/v1/transactions', {
    customerId,
    occurredOn: today,
    amount: '165000.50',
    quantity: 12,
    productClass: 'A',
    product: freeText.product,
  });
  await apiAs(am, 'POST', '/api/v1/contracts', {
    customerId,
    title: freeText.contract,
    amount: '80000',
    startsOn: today,
    endsOn: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`,
  });
  await apiAs(am, 'POST', '/api/v1/service-events', {
    customerId,
    kind: 'sales_visit',
    occurredAt: new Date().toISOString(),
    summary: freeText.service,
  });
  // The executive registers an issue the account manager owns: 「问题 … 由你负责」 in the bell.
  const boss = await cookieOf('en.boss', PASSWORD);
  await apiAs(boss, 'POST', '/api/v1/issues', {
    customerId,
    channel: 'phone',
    urgency: 'urgent',
    category: '收费',
    description: freeText.issue,
    raisedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    ownerId: me.user?.id ?? me.id,
  });
  data.push('收费');
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A page signed in as `username`, switched to English through the account menu. */
async function inEnglish(username: string): Promise<Page> {
  const page = await newPage(browser, 1440, 900);
  await signIn(page, username, PASSWORD);
  await page.waitForSelector('[data-testid=side-menu]');
  await switchToEnglish(page);
  return page;
}

describe('the English switch translates what the system writes', () => {
  let am: Page;

  it('the import wizard: preview counts, skipped rows and each rejected row’s reasons', async () => {
    am = await inEnglish('en.am');
    await am.goto(`${baseUrl()}/customers/import`);
    await am.waitForSelector('input[type=file]', { state: 'attached' });
    expect.soft(await chineseLeft(am)).toEqual([]);
    await am.setInputFiles('input[type=file]', await importSheet());
    await am.waitForSelector('[data-testid=count-reject]');
    await am.waitForSelector('td:has-text("must be an 11-digit mobile number")');
    expect.soft(await chineseLeft(am)).toEqual([]);
    const reasons = (await am.locator('tr', { hasText: names.badMobile }).textContent()) ?? '';
    expect(reasons).toContain('Mobile: "1381234" must be an 11-digit mobile number');
    expect(reasons).toContain('Tier: "E" must be A, B, C or D');
    expect(reasons).toContain('Annual amount: "很多" must be an amount in CNY, e.g. 500000 or 500,000.00');
    // The row with no amount takes the sheet's tier, and says so.
    expect(await am.locator('tr', { hasText: names.imported }).textContent()).toContain(
      'Tier set to the sheet’s "B" (no annual amount given: taken as set by hand)',
    );
    await shoot(am, 'import-preview');
  });

  it('a customer’s page: every tab, and the merge dialog with the server’s answer', async () => {
    await am.goto(`${baseUrl()}/customers/${customerId}`);
    await am.waitForSelector(`h3:has-text("${names.customer}")`);
    expect.soft(await chineseLeft(am)).toEqual([]);
    await shoot(am, 'customer-profile');
    for (const tab of ['Contacts', 'Transactions', 'Contracts', 'Service records', 'Timeline']) {
      await am.click(`.ant-tabs-tab:has-text("${tab}")`);
      await shoot(am, `customer-${tab.toLowerCase().replace(' ', '-')}`);
      await am.waitForSelector('[role=tabpanel][aria-hidden=false] :is(.ant-table-row, .ant-timeline-item)');
      expect.soft({ tab, chinese: await chineseLeft(am) }).toEqual({ tab, chinese: [] });
    }
    await am.click('button:has-text("Merge duplicate")');
    const dialog = am.locator('.ant-modal');
    await dialog.waitFor();
    await dialog.locator('input').fill('KH99999999');
    await dialog.locator('.ant-btn-primary').click();
    await dialog.locator('.ant-form-item-explain-error').waitFor();
    expect.soft(await chineseLeft(am)).toEqual([]);
    await shoot(am, 'merge');
    await dialog.locator('input').fill(duplicateCode);
    await dialog.locator('.ant-btn-primary').click();
    await am.waitForSelector('.ant-message-notice');
    expect.soft(await chineseLeft(am)).toEqual([]);
  });

  it('等级申报: the list and the new-request dialog', async () => {
    await am.goto(`${baseUrl()}/grade-requests`);
    await am.waitForSelector('[data-testid=new-request]');
    expect.soft(await chineseLeft(am)).toEqual([]);
    await am.goto(`${baseUrl()}/customers/${customerId}`);
    await am.click('button:has-text("Propose tier")');
    const form = am.locator('[data-testid=grade-form]');
    await form.waitFor();
    await form.locator('[data-testid=grade-figures-note]').waitFor();
    expect.soft(await chineseLeft(am)).toEqual([]);
    await shoot(am, 'grade-request-new');
    await form.locator('[data-testid=grade-tier]').click();
    await am.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'B' }).click();
    await form.locator('#reasons').fill(freeText.reasons);
    await am.click('.ant-modal-footer .ant-btn-primary');
    await am.waitForSelector('.ant-modal', { state: 'hidden' });
    await am.goto(`${baseUrl()}/grade-requests`);
    await am.waitForSelector(`tr:has-text("${names.customer}")`);
    expect.soft(await chineseLeft(am)).toEqual([]);
    await shoot(am, 'grade-requests');
  });

  it('大客户名单 and 离职交接 as the executive', async () => {
    const boss = await inEnglish('en.boss');
    await boss.goto(`${baseUrl()}/key-accounts`);
    await boss.waitForSelector('.ant-table');
    // Other browser tests' customers (their names, regions, owners: data) share the server: only this test's rows
    // are read, with the page's own words around them.
    await boss.evaluate((ours) => {
      for (const row of document.querySelectorAll<HTMLElement>('.ant-table-tbody tr.ant-table-row')) {
        if (!ours.some((name) => row.textContent?.includes(name))) row.style.display = 'none';
      }
    }, Object.values(names));
    expect.soft(await chineseLeft(boss)).toEqual([]);
    await shoot(boss, 'key-accounts');
    await boss.goto(`${baseUrl()}/customers`);
    await boss.click('button:has-text("Handover")');
    const dialog = boss.locator('.ant-modal');
    await dialog.waitFor();
    await dialog.locator('.ant-btn-primary').click();
    await dialog.locator('.ant-form-item-explain-error').first().waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, line by line
    const inDialog = (await dialog.innerText()).split('\n').filter((l) => /[\u3400-\u9fff]/.test(l));
    expect(inDialog).toEqual([]);
    await shoot(boss, 'handover');
  });
});
