import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, baseUrl, cookieOf, launch, newContext, SHOTS, seedUser } from './browser.ts';

/**
 * A cold load of the customer list (issue 13, first load): the app asks for the signed-in user and the list's
 * first page as its script starts, not one after the other once each part has rendered, and the page shows
 * those rows without asking for them again.
 */
let browser: Browser;
let amCookie: string;

beforeAll(async () => {
  browser = await launch();
  await seedUser('fl.am', ['account_manager']);
  await seedUser('fl.other', ['account_manager']);
  amCookie = await cookieOf('fl.am', 'Ready12345');
  await apiAs(amCookie, 'POST', '/api/v1/customers', { name: '首载测试自己的公司', province: '江苏省' });
  const other = await cookieOf('fl.other', 'Ready12345');
  await apiAs(other, 'POST', '/api/v1/customers', { name: '首载测试同事的公司', province: '江苏省' });
});
afterAll(() => browser?.close());

/** A fresh browser signed in as fl.am (cookie only), in the given language, with every API request recorded. */
async function coldPage(language: 'zh-CN' | 'en' = 'zh-CN'): Promise<{ page: Page; api: Request[] }> {
  const context = await newContext(browser, { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const [name, value] = amCookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: baseUrl() }]);
  if (language === 'en') await context.addInitScript(() => localStorage.setItem('huifang.locale', 'en'));
  const page = await context.newPage();
  const api: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) api.push(request);
  });
  return { page, api };
}

const asked = (api: Request[], path: string) => api.filter((r) => new URL(r.url()).pathname === path);

describe('a cold load of the customer list', () => {
  it("shows an account manager's own customers (我的客户), each request made once", async () => {
    const { page, api } = await coldPage();
    await page.goto(`${baseUrl()}/customers`);
    await page.locator('td', { hasText: '首载测试自己的公司' }).waitFor();
    await page.locator('[data-testid=customers-total]', { hasText: /共 \d+ 家/ }).waitFor();
    expect(await page.locator('td', { hasText: '首载测试同事的公司' }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/first-load-customers.png` });

    const lists = asked(api, '/api/v1/customers');
    expect(lists).toHaveLength(1);
    expect(new URL(lists[0]?.url() as string).searchParams.get('mine')).toBe('true');
    expect(asked(api, '/api/v1/customers/count')).toHaveLength(1);
    expect(asked(api, '/api/v1/auth/me')).toHaveLength(1);
    await page.context().close();
  });

  it("asks for the user before the page's code, and draws the page with the shell, never its loading skeleton", async () => {
    const { page } = await coldPage();
    const order: string[] = [];
    page.on('request', (request) => order.push(new URL(request.url()).pathname));
    // The page's placeholder (PageSuspense's skeleton), had it been drawn at any moment of the load.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('.ant-skeleton')) document.documentElement.dataset.skeletonShown = '1';
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl()}/customers`);
    await page.locator('td', { hasText: '首载测试自己的公司' }).waitFor();

    const me = order.indexOf('/api/v1/auth/me');
    const pageCode = order.findIndex((path) => /\/assets\/CustomersPage-/.test(path));
    expect(me).toBeGreaterThan(-1);
    expect(pageCode).toBeGreaterThan(me);
    expect(await page.evaluate(() => document.documentElement.dataset.skeletonShown)).toBeUndefined();
    await page.context().close();
  });

  it('keeps 全部客户 from the address, and the language chosen on the browser', async () => {
    const { page, api } = await coldPage('en');
    await page.goto(`${baseUrl()}/customers?mine=0`);
    // 全部客户: the colleague's customer is counted too. (Its row need not be on the first page: other browser
    // tests' customers share the server and come first in the list's order.)
    const total = page.locator('[data-testid=customers-total]', { hasText: /[\d,]+ customers/ });
    await total.waitFor();
    expect(Number((await total.textContent())?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(2);
    await page.locator('tbody tr.ant-table-row').first().waitFor();

    const lists = asked(api, '/api/v1/customers');
    expect(lists).toHaveLength(1);
    expect(new URL(lists[0]?.url() as string).searchParams.has('mine')).toBe(false);
    expect(await lists[0]?.headerValue('x-huifang-locale')).toBe('en');
    await page.context().close();
  });

  it('asks for the colleagues (负责客户经理) only when that filter is reached, and then filters by them', async () => {
    const { page, api } = await coldPage();
    await page.goto(`${baseUrl()}/customers?mine=0`);
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    await page.locator('[data-testid=customers-total]', { hasText: /共 [\d,]+ 家/ }).waitFor();
    expect(asked(api, '/api/v1/users/directory')).toHaveLength(0);

    const owner = page.getByRole('combobox', { name: '负责客户经理', exact: true });
    await owner.click();
    await owner.fill('用户fl.other');
    await page.locator('.ant-select-item-option', { hasText: '用户fl.other' }).click();
    await page.locator('td', { hasText: '首载测试同事的公司' }).waitFor();
    expect(await page.locator('td', { hasText: '首载测试自己的公司' }).count()).toBe(0);
    expect(asked(api, '/api/v1/users/directory')).toHaveLength(1);
    await page.context().close();
  });
});
