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
} from './browser.ts';

let browser: Browser;

const headers = async (page: Page) =>
  (await page.locator('.ant-table-thead th').allTextContents()).map((s) => s.trim()).filter(Boolean);

beforeAll(async () => {
  browser = await launch();
  await seedUser('l.am', ['account_manager']);
  await seedUser('l.boss', ['executive']);
  const am = await cookieOf('l.am', 'Ready12345');
  for (const [name, province] of [
    ['列表测试甲公司', '江苏省'],
    ['列表测试乙公司', '四川省'],
  ]) {
    await apiAs(am, 'POST', '/api/v1/customers', { name, province, tags: ['列表测试'] });
  }
});
afterAll(() => browser?.close());

describe('the customer list', () => {
  it('filters by province and tag, and remembers the columns the user chose', async () => {
    const page = await newPage(browser, 1440, 860);
    await signIn(page, 'l.boss', 'Ready12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.goto(`${baseUrl()}/customers`);
    await page.waitForSelector('.ant-table-tbody tr.ant-table-row');
    expect(await headers(page)).not.toContain('创建时间');

    await page.fill('input[placeholder="标签"]', '列表测试');
    await page.press('input[placeholder="标签"]', 'Enter');
    await page.waitForSelector('td:has-text("列表测试甲公司")');
    await page.click('.ant-select:has-text("省份")');
    await page.keyboard.type('四川');
    await page.keyboard.press('Enter');
    await page.waitForSelector('td:has-text("列表测试甲公司")', { state: 'detached' });
    await page.waitForSelector('td:has-text("列表测试乙公司")');
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);

    await page.click('button:has-text("列设置")');
    // check() fails with its own message if the click (e.g. during the popover's opening animation) did not tick the box.
    const createdAtBox = page.locator('.ant-popover .ant-checkbox-wrapper:has-text("创建时间") input');
    await createdAtBox.waitFor({ state: 'visible' });
    await createdAtBox.check();
    await page.waitForSelector('th:has-text("创建时间")');
    await page.screenshot({ path: `${SHOTS}/customers-list-columns.png` });
    await page.reload();
    await page.waitForSelector('.ant-table-tbody tr.ant-table-row');
    expect(await headers(page)).toContain('创建时间');
    // The name cannot be hidden: a row must stay recognisable.
    await page.click('button:has-text("列设置")');
    await expect(
      page.locator('.ant-popover .ant-checkbox-wrapper:has-text("客户名称") input').isDisabled(),
    ).resolves.toBe(true);
  });

  it('shows the score weights and refuses weights that do not add up to 100', async () => {
    const admin = await adminCookie();
    expect((await apiAs(admin, 'GET', '/api/v1/settings/customer-rules')).weights.credit).toBe(20);
    const page = await newPage(browser, 1440, 860);
    await signIn(page, 'admin', 'Admin12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.goto(`${baseUrl()}/settings/customer-rules`);
    await page.waitForSelector('text=合计 100 分');
    await page.fill('#weights_credit', '25');
    await page.waitForSelector('text=各项权重合计应为 100，现为 105');
    await page.screenshot({ path: `${SHOTS}/customer-rules-weights.png` });
    await page.click('button:has-text("保存并重新分级")');
    await page.fill('#weights_credit', '20');
    await page.waitForSelector('text=合计 100 分');
    expect((await apiAs(admin, 'GET', '/api/v1/settings/customer-rules')).weights.credit).toBe(20);
  });
});

describe('数据销毁 in the browser', () => {
  it('the administrator asks to destroy a long-lost customer; the executive approves; it is gone', async () => {
    const am = await cookieOf('l.am', 'Ready12345');
    const lost = await apiAs(am, 'POST', '/api/v1/customers', {
      name: '十年前流失公司',
      status: 'lost',
      lostReason: '已注销',
      lostOn: '2015-06-30',
    });
    const admin = await newPage(browser, 1440, 860);
    await signIn(admin, 'admin', 'Admin12345');
    await admin.waitForSelector('[data-testid=greeting]');
    await admin.goto(`${baseUrl()}/settings/data-retention`);
    const row = admin.locator('tr:has-text("十年前流失公司")');
    await row.locator('input[type=checkbox]').check();
    await admin.click('button:has-text("申请销毁（1）")');
    await admin.fill('[data-testid=destruction-reason]', '超过保存期限');
    await admin.click('.ant-modal-footer button:has-text("提交申请")');
    await admin.waitForSelector('text=销毁申请已提交，等待总经理审批');

    const boss = await newPage(browser, 1440, 860);
    await signIn(boss, 'l.boss', 'Ready12345');
    await boss.waitForSelector('[data-testid=greeting]');
    await boss.goto(`${baseUrl()}/settings/data-retention`);
    const pending = boss.locator('tr:has-text("十年前流失公司")');
    await pending.locator('button:has-text("批准并销毁")').click();
    // The request now names the customer by its tombstone: the name itself was destroyed.
    await boss.locator(`tr:has-text("已销毁客户 ${lost.code}") .ant-tag:has-text("已销毁")`).waitFor();
    await boss.screenshot({ path: `${SHOTS}/data-retention.png` });
    const response = await fetch(`${baseUrl()}/api/v1/customers/${lost.id}`, { headers: { cookie: am } });
    expect(response.status).toBe(404);
  });
});
