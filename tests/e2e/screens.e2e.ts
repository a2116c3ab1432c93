import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, newContext, SHOTS, settled } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function texts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map((s) => s.trim()).filter(Boolean);
}

const SCREENS = {
  zh: {
    login: ['用户名', '密码'],
    submit: '登录',
    subtitle: '客户回访管理系统',
    greeting: '您好，系统管理员',
    usersMenu: '员工',
    columns: ['用户名', '姓名', '部门', '角色', '上级', '状态', '最近登录', '创建时间', '操作'],
    newUser: '新建员工',
    formLabels: ['用户名', '姓名', '初始密码', '部门', '角色', '上级', '邮箱', '电话'],
  },
  en: {
    login: ['Username', 'Password'],
    submit: 'Sign in',
    subtitle: 'Customer follow-up management',
    greeting: 'Hello, 系统管理员',
    usersMenu: 'Users',
    columns: [
      'Username',
      'Name',
      'Department',
      'Roles',
      'Supervisor',
      'Status',
      'Last sign-in',
      'Created',
      'Actions',
    ],
    newUser: 'New user',
    formLabels: [
      'Username',
      'Name',
      'Initial password',
      'Department',
      'Roles',
      'Supervisor',
      'Email',
      'Phone',
    ],
  },
} as const;

describe('the main screens, in each language', () => {
  it.each(['zh', 'en'] as const)('login, workbench, users and the new-user form in %s', async (lang) => {
    const want = SCREENS[lang];
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`);
    if (lang === 'en') await page.click('button:has-text("English")');
    await page.waitForSelector(`button[type=submit]:has-text("${want.submit}")`);
    expect(await texts(page, '.ant-form-item-label label')).toEqual(want.login);
    expect(await page.textContent('body')).toContain(want.subtitle);
    await page.screenshot({ path: `${SHOTS}/login-${lang}.png` });

    await page.fill('#username', 'admin');
    await page.fill('#password', 'Admin12345');
    await page.click('button[type=submit]');
    await expect(page.locator('[data-testid=greeting]').textContent()).resolves.toBe(want.greeting);
    await page.screenshot({ path: `${SHOTS}/workbench-${lang}.png` });

    await page.click(`[data-testid=side-menu] .ant-menu-title-content:text-is("${want.usersMenu}")`);
    await page.waitForSelector('td:text-is("admin")');
    expect(await texts(page, '.ant-table-thead th')).toEqual(want.columns);
    await page.screenshot({ path: `${SHOTS}/users-list-${lang}.png` });

    await page.click(`button:has-text("${want.newUser}")`);
    await settled(page, '.ant-modal');
    expect(await page.textContent('.ant-modal-title')).toBe(want.newUser);
    expect(await texts(page, '[data-testid=user-form] .ant-form-item-label label')).toEqual(want.formLabels);
    await page.screenshot({ path: `${SHOTS}/user-form-${lang}.png` });
    await context.close();
  });
});
