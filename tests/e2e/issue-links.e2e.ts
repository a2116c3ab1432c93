import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, baseUrl, cookieOf, launch, newPage, SHOTS, seedUser, signIn } from './browser.ts';

// 重复反映 and 公开信 (SPEC §4): the same problem reported twice becomes one issue; one open letter answers two.

let browser: Browser;
let page: Page;
const issues: { id: number; number: string }[] = [];

beforeAll(async () => {
  browser = await launch();
  await seedUser('lk.exec', ['executive']);
  await seedUser('lk.am', ['account_manager']);
  const manager = await cookieOf('lk.am', 'Ready12345');
  const customer = await apiAs(manager, 'POST', '/api/v1/customers', { name: '重复反映测试有限公司' });
  const exec = await cookieOf('lk.exec', 'Ready12345');
  for (const description of ['三号楼电梯频繁停运', '三号楼电梯又停了，住户被困十分钟']) {
    const made = await apiAs(exec, 'POST', '/api/v1/issues', {
      customerId: customer.id,
      channel: 'phone',
      urgency: 'normal',
      description,
      raisedAt: new Date().toISOString(),
    });
    issues.push({ id: made.id, number: made.number });
  }
  page = await newPage(browser, 1440, 900);
  await signIn(page, 'lk.exec', 'Ready12345');
  await page.waitForSelector('[data-testid=side-menu]');
});
afterAll(() => browser?.close());

describe('重复反映与公开信', () => {
  it('joins the second report to the first, and both pages say so', async () => {
    const [first, second] = issues as [(typeof issues)[0], (typeof issues)[0]];
    await page.goto(`${baseUrl()}/issues/${second.id}`);
    await page.click('[data-testid=join-duplicate]');
    const picker = page.locator('[data-testid=duplicate-form] .ant-select');
    await picker.click();
    await page.keyboard.type(first.number);
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
      hasText: first.number,
    });
    await option.waitFor();
    await page.waitForTimeout(300); // the dropdown slides in
    await option.click();
    await page.click('.ant-modal-footer button.ant-btn-primary');
    await page.locator('[data-testid=duplicate-of]', { hasText: first.number }).waitFor();
    expect(await page.locator('[data-testid=join-duplicate]').count()).toBe(0); // set aside: no longer open
    await page.screenshot({ path: `${SHOTS}/issue-duplicate-zh.png`, fullPage: true });
    await page.goto(`${baseUrl()}/issues/${first.id}`);
    await page.locator('[data-testid=duplicates]', { hasText: second.number }).waitFor();
  });

  it('sends an open letter that the issue keeps', async () => {
    const [first] = issues as [(typeof issues)[0]];
    await page.goto(`${baseUrl()}/issues/${first.id}`);
    await page.click('[data-testid=send-letter]');
    await page.fill('[data-testid=letter-name]', '关于三号楼电梯停运的说明');
    await page.fill('[data-testid=letter-body]', '电梯主板已更换，本周内完成全面检修。');
    await page.click('.ant-modal-footer button.ant-btn-primary');
    await page.locator('[data-testid=letters]', { hasText: '关于三号楼电梯停运的说明' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/issue-letter-zh.png`, fullPage: true });
  });
});
