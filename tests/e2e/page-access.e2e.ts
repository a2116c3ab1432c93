import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, menuTexts, newPage, SHOTS, seedUser, signIn } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  await seedUser('pa.agent', ['agent']);
  await seedUser('pa.am', ['account_manager']);
});
afterAll(() => browser?.close());

/** Signs in, waits for the home page, then opens `path` by URL as a bookmark or a pasted link would. */
async function openAs(username: string, password: string, path: string): Promise<Page> {
  const page = await newPage(browser, 1440, 900);
  await signIn(page, username, password);
  await page.waitForSelector('[data-testid=greeting]');
  await page.goto(`${baseUrl()}${path}`);
  return page;
}

describe('a page opened by URL without its permission', () => {
  it('shows the admin 无权访问 at 客户档案, naming 查看客户, with no table', async () => {
    const page = await openAs('admin', 'Admin12345', '/customers');
    const denied = page.locator('[data-testid=no-access]');
    await denied.waitFor();
    await page.screenshot({ path: `${SHOTS}/no-access-admin-customers.png` });
    const text = await denied.textContent();
    expect(text).toContain('无权访问');
    expect(text).toContain('「查看客户」');
    // The administrator manages roles: sent to 角色权限, not told to ask the administrator.
    expect(text).not.toContain('系统管理员');
    expect(text).toContain('您负责管理角色权限');
    expect(await denied.locator('a[href="/settings/roles"]').textContent()).toBe('角色权限');
    expect(text).not.toContain('customers.read');
    expect(await page.locator('.ant-table').count()).toBe(0);
    // The menu offers no way there either.
    expect(await menuTexts(page)).not.toContain('客户档案');

    await page.click('[data-testid=no-access] button:has-text("返回首页")');
    await page.locator('[data-testid=no-access]').waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('shows an agent 无权访问 at the import page, naming 导入客户', async () => {
    const page = await openAs('pa.agent', 'Ready12345', '/customers/import');
    const denied = page.locator('[data-testid=no-access]');
    await denied.waitFor();
    expect(await denied.textContent()).toContain('此页面需要「导入客户」权限');
    expect(await denied.textContent()).toContain('请联系系统管理员');
    expect(await page.locator('text=下载模板').count()).toBe(0);
  });

  it('lets an account manager open the import page', async () => {
    const page = await openAs('pa.am', 'Ready12345', '/customers/import');
    await page.waitForSelector('text=下载模板');
    expect(await page.locator('[data-testid=no-access]').count()).toBe(0);
  });

  it('speaks English in English', async () => {
    const page = await newPage(browser, 1440, 900);
    await page.goto(`${baseUrl()}/login`);
    await page.evaluate(() => localStorage.setItem('huifang.locale', 'en'));
    await signIn(page, 'pa.agent', 'Ready12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.goto(`${baseUrl()}/settings/users`);
    const denied = page.locator('[data-testid=no-access]');
    await denied.waitFor();
    expect(await denied.textContent()).toContain('This page needs the “Manage users” permission');
  });
});
