import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { apiAs, baseUrl, cookieOf, launch, newPage, pickOption, SHOTS, seedUser, signIn } from './browser.ts';

let browser: Browser;
let page: Page;
// Names of this run only: the browser tests share one server.
const run = Date.now().toString(36).slice(-5);
const graded = `申报测试精密机械${run}`;
const looked = `查阅测试商贸${run}`;
/** Until no dialog or dropdown is still opening or closing (for a screenshot of where they settle). */
const settled = () =>
  page.waitForFunction(
    () => !document.querySelector('[class*="-appear"], [class*="-enter"], [class*="-leave"]'),
  );
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  browser = await launch();
  await seedUser('req.am', ['account_manager']);
  await seedUser('req.am2', ['account_manager']);
  const am = await cookieOf('req.am', 'Ready12345');
  const { id } = await apiAs(am, 'POST', '/api/v1/customers', { name: graded });
  for (const [daysAgo, amount, quantity] of [
    [20, '120000', 10],
    [90, '45000.50', 4],
  ] as const)
    await apiAs(am, 'POST', '/api/v1/transactions', {
      customerId: id,
      occurredOn: day(daysAgo),
      amount,
      quantity,
    });
  // A colleague's customer, whose contacts the account manager may ask to see.
  await apiAs(await cookieOf('req.am2', 'Ready12345'), 'POST', '/api/v1/customers', { name: looked });
  page = await newPage(browser, 1440, 900);
  await signIn(page, 'req.am', 'Ready12345');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
});
afterAll(() => browser?.close());

describe('request pages a user can start from', () => {
  it('等级申报: 新建 picks a customer, the figures come filled in, the request shows under 我的申报', async () => {
    await page.goto(`${baseUrl()}/grade-requests`);
    // Nothing filed yet: the empty list says where a request starts.
    expect(await page.locator('[data-testid=empty-hint]').textContent()).toContain('新建申报');
    await page.click('[data-testid=new-request]');
    const form = page.locator('[data-testid=grade-form]');
    await form.waitFor();
    // Both names end with this run's mark: the search finds the colleague's customer too, but only one's own is
    // offered (the server refuses a grade request for another's).
    const customer = form.locator('[data-testid=grade-customer]');
    await customer.click();
    await page.keyboard.type(run);
    const dropdown = page.locator('.ant-select-dropdown:visible');
    await dropdown.locator('.ant-select-item-option', { hasText: graded }).waitFor();
    expect(await dropdown.locator('.ant-select-item-option', { hasText: looked }).count()).toBe(0);
    // A click while the list still slides in can be lost (seen in CI): pickOption tries again.
    await page.keyboard.press('Escape');
    await pickOption(page, customer, graded, { search: true });
    await form.locator('[data-testid=grade-figures-note]').waitFor();
    // The last 12 months as the server counts them: two sales.
    expect(await form.locator('#figures_amount').inputValue()).toBe('165000.50');
    expect(await form.locator('#figures_annualVolume').inputValue()).toBe('14');
    expect(await form.locator('#figures_deals').inputValue()).toBe('2');
    expect(await form.locator('#figures_overdueCount').inputValue()).toBe('0');
    expect(await form.textContent()).toContain('当前等级：C');
    await pickOption(page, form.locator('[data-testid=grade-tier]'), 'B');
    await form.locator('#reasons').fill('近一年交易额已超过 16 万，申请调整为 B 级');
    await settled();
    await page.screenshot({ path: `${SHOTS}/grade-request-new.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('.ant-modal-footer button:has-text("提交")');

    const row = page.locator('tr', { hasText: graded });
    await row.waitFor();
    expect(await row.textContent()).toContain('待部门经理审批');
    expect(await row.textContent()).toContain('年交易金额（元）：');
    expect(await page.locator('.ant-tabs-tab-active').textContent()).toBe('我的申报');
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await page.screenshot({ path: `${SHOTS}/grade-requests-mine.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('查阅申请: 新建 picks a customer and the request shows under 我的申请', async () => {
    await page.goto(`${baseUrl()}/access-requests`);
    expect(await page.locator('[data-testid=empty-hint]').textContent()).toContain('申请查阅');
    await page.click('[data-testid=new-request]');
    const form = page.locator('[data-testid=access-form]');
    await form.waitFor();
    await pickOption(page, form.locator('[data-testid=access-customer]'), looked, { search: true });
    await form.locator('#purpose').fill('联合报价');
    await form.locator('#reason').fill('需联系对方采购负责人确认需求');
    await page.click('.ant-modal-footer button:has-text("提交申请")');
    const row = page.locator('tr', { hasText: looked });
    await row.waitFor();
    expect(await row.textContent()).toContain('机密');
    expect(await row.textContent()).toContain('待审批');
  });

  it('导出申请: 新建 explains that an export starts from the customer list, and leads there', async () => {
    await page.goto(`${baseUrl()}/export-requests`);
    const hint = page.locator('[data-testid=empty-hint]');
    expect(await hint.textContent()).toContain('导出从客户列表开始');
    await page.waitForFunction(() => document.getAnimations().length === 0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('[data-testid=new-request]');
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/不超过 \d+ 行的直接下载/);
    await settled();
    await page.screenshot({ path: `${SHOTS}/export-requests-new.png` });
    await dialog.locator('button:has-text("去客户列表")').click();
    await page.waitForURL('**/customers');
  });
});
