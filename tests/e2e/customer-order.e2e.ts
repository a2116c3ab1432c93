import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, baseUrl, cookieOf, launch, newPage, SHOTS, seedUser, signIn } from './browser.ts';

// Issue 13.1: the customer list as an account manager meets it — 我的客户 by default, names in pinyin order,
// a total, 客户编号 on one line, a municipality named once, and search by pinyin initials.
let browser: Browser;

const names = async (page: Page) =>
  (await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2) a').allTextContents()).map((s) =>
    s.trim(),
  );

beforeAll(async () => {
  browser = await launch();
  await seedUser('o.am', ['account_manager']);
  await seedUser('o.other', ['account_manager']);
  const am = await cookieOf('o.am', 'Ready12345');
  const other = await cookieOf('o.other', 'Ready12345');
  // Code-point order would be 上海 < 北京 < 安徽 < 重庆.
  for (const [name, province, city] of [
    ['上海中联排序机械', '上海市', '上海市'],
    ['北京恒通排序科技', '北京市', '北京市'],
    ['安徽瑞丰排序食品', '安徽省', '合肥市'],
    ['重庆天成排序汽车', '重庆市', '重庆市'],
  ]) {
    await apiAs(am, 'POST', '/api/v1/customers', { name, province, city });
  }
  await apiAs(other, 'POST', '/api/v1/customers', {
    name: '东莞华兴排序商贸',
    province: '广东省',
    city: '东莞市',
  });
});
afterAll(() => browser?.close());

describe('the customer list in pinyin order', () => {
  it('opens on 我的客户 for an account manager, by name in pinyin order, with a total', async () => {
    const page = await newPage(browser, 1440, 900);
    await signIn(page, 'o.am', 'Ready12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.goto(`${baseUrl()}/customers`);
    await page.waitForSelector('td:has-text("安徽瑞丰排序食品")');
    await expect(page.locator('.ant-segmented-item-selected').textContent()).resolves.toBe('我的客户');
    expect(await names(page)).toEqual([
      '安徽瑞丰排序食品',
      '北京恒通排序科技',
      '重庆天成排序汽车',
      '上海中联排序机械',
    ]);
    // The total comes in a request of its own, after the rows: wait for it.
    await expect.poll(() => page.locator('[data-testid=customers-total]').textContent()).toBe('共 4 家');
    // 客户编号 stays on one line: its header is no taller than the name's.
    const codeHeader = await page.locator('th:has-text("客户编号")').boundingBox();
    const nameHeader = await page.locator('th:has-text("客户名称")').boundingBox();
    expect(codeHeader?.height).toBe(nameHeader?.height);
    await expect(
      page
        .locator('th:has-text("客户编号") .ant-table-column-title')
        .evaluate((e) => e.getClientRects().length),
    ).resolves.toBe(1);
    // A municipality once: 上海市, not 上海市 上海市.
    const shanghai = page.locator('tr:has-text("上海中联排序机械")');
    await expect(shanghai.locator('td:has-text("上海市")').textContent()).resolves.toBe('上海市');
    await expect(
      page.locator('tr:has-text("安徽瑞丰排序食品") td:has-text("合肥市")').textContent(),
    ).resolves.toBe('安徽省 合肥市');
    await page.screenshot({ path: `${SHOTS}/customers-list-mine-pinyin.png` });

    // 全部客户: a colleague's customer too; the choice stays in the address across a reload.
    await page.click('.ant-segmented-item:has-text("全部客户")');
    await page.waitForSelector('td:has-text("东莞华兴排序商贸")');
    expect(page.url()).toContain('mine=0');
    // More than 我的客户's four: the colleague's customer counts too.
    await expect.poll(() => page.locator('[data-testid=customers-total]').textContent()).not.toBe('共 4 家');
    await expect(page.locator('[data-testid=customers-total]').textContent()).resolves.toMatch(
      /^共 [\d,]+\+? 家$/,
    );
    await page.reload();
    await page.waitForSelector('td:has-text("东莞华兴排序商贸")');
    await expect(page.locator('.ant-segmented-item-selected').textContent()).resolves.toBe('全部客户');

    // Pinyin initials find a name: shzl → 上海中联. The count is held back: until it comes, the new rows do not
    // stand under the old total.
    let releaseCount = () => {};
    const countHeld = new Promise<void>((resolve) => {
      releaseCount = resolve;
    });
    await page.route('**/api/v1/customers/count?*', async (route) => {
      await countHeld;
      await route.continue();
    });
    await page.fill('input[placeholder^="名称"]', 'shzlpx');
    await page.press('input[placeholder^="名称"]', 'Enter');
    await page.waitForSelector('td:has-text("北京恒通排序科技")', { state: 'detached' });
    expect(await names(page)).toEqual(['上海中联排序机械']);
    await expect(page.locator('[data-testid=customers-total]').textContent()).resolves.toBe('正在统计…');
    releaseCount();
    await expect.poll(() => page.locator('[data-testid=customers-total]').textContent()).toBe('共 1 家');
    await page.screenshot({ path: `${SHOTS}/customers-list-initials.png` });
  });

  it('opens on 全部客户 for an executive', async () => {
    await seedUser('o.boss', ['executive']);
    const page = await newPage(browser, 1440, 900);
    await signIn(page, 'o.boss', 'Ready12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.goto(`${baseUrl()}/customers`);
    await page.waitForSelector('.ant-table-tbody tr.ant-table-row');
    await expect(page.locator('.ant-segmented-item-selected').textContent()).resolves.toBe('全部客户');
  });
});
