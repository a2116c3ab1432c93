import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, newContext, SHOTS, signIn } from './browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  page = await context.newPage();
});
afterAll(() => browser?.close());

describe('departments', () => {
  it('admin adds a sub-department, sees it nested, and cannot delete its parent', async () => {
    await signIn(page, 'admin', 'Admin12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.goto(`${baseUrl()}/settings/departments`);
    await page.waitForSelector('td:has-text("客户服务部")');
    expect(
      await page.locator('.ant-table-row-expand-icon:not(.ant-table-row-expand-icon-spaced)').count(),
    ).toBe(0);

    await page.click('button:has-text("新建部门")');
    await page.fill('#name', '大客户服务组');
    await page.click('#parentId');
    await page.click('.ant-select-tree-node-content-wrapper:has-text("客户服务部")');
    // Last in the list, so other journeys that take the second department still get 客户服务部.
    await page.fill('#sortOrder', '99');
    await page.click('.ant-modal-footer button:has-text("保存")');
    const child = page.locator('tr.ant-table-row-level-1', { hasText: '大客户服务组' });
    await child.waitFor();
    await page.waitForSelector('.ant-modal', { state: 'hidden' });
    await page.screenshot({ path: `${SHOTS}/departments-zh.png` });

    await page
      .locator('tr.ant-table-row-level-0', { hasText: '客户服务部' })
      .locator('button:has-text("删除")')
      .click();
    await page.click('.ant-popconfirm-buttons button.ant-btn-primary');
    await expect(page.locator('.ant-message-notice').textContent()).resolves.toContain('不能删除');
    expect(await page.isVisible('tr.ant-table-row-level-0:has-text("客户服务部")')).toBe(true);
  });
});
