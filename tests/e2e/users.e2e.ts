import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminCookie, apiAs, baseUrl, launch, signIn } from './browser.ts';

let browser: Browser;
let page: Page;
let admin: string;
let userId: number;

beforeAll(async () => {
  browser = await launch();
  admin = await adminCookie();
  const { items } = await apiAs(admin, 'GET', '/api/v1/departments');
  const me = await apiAs(admin, 'GET', '/api/v1/auth/me');
  const created = await apiAs(admin, 'POST', '/api/v1/users', {
    username: 'e2e.edited',
    displayName: '张三',
    password: 'Initial123',
    departmentId: items[1].id,
    roles: ['agent'],
    supervisorId: me.id,
    email: 'zhangsan@example.com',
    phone: '13800000000',
  });
  userId = created.id;
});
afterAll(() => browser?.close());
beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  page = await context.newPage();
});

async function openEditor() {
  await signIn(page, 'admin', 'Admin12345');
  await page.waitForSelector('[data-testid=greeting]');
  await page.goto(`${baseUrl()}/settings/users`);
  await page.fill('input[placeholder="用户名 / 姓名 / 电话"]', 'e2e.edited');
  await page.keyboard.press('Enter');
  await page.locator('tr', { hasText: 'e2e.edited' }).locator('button:has-text("编辑")').click();
  await page.waitForSelector('.ant-modal-title:text-is("编辑员工")');
}

describe('editing a user', () => {
  it('renames the user and removes the supervisor; the list and the record show it', async () => {
    await openEditor();
    await page.fill('#displayName', '张三丰');
    const supervisor = page.locator('.ant-form-item', { has: page.locator('#supervisorId') });
    await supervisor.locator('.ant-select').hover();
    await supervisor.locator('.ant-select-clear').click();
    await page.click('.ant-modal-footer button:has-text("保存")');
    await page.waitForSelector('td:text-is("张三丰")');
    const user = await apiAs(admin, 'GET', `/api/v1/users/${userId}`);
    expect(user).toMatchObject({ displayName: '张三丰', supervisorId: null, email: 'zhangsan@example.com' });
  });

  it('shows the conflict message when someone else saved the user first', async () => {
    await openEditor();
    const current = await apiAs(admin, 'GET', `/api/v1/users/${userId}`);
    await apiAs(admin, 'PATCH', `/api/v1/users/${userId}`, {
      phone: '13900000000',
      version: current.version,
    });
    await page.fill('#displayName', '张君宝');
    await page.click('.ant-modal-footer button:has-text("保存")');
    await expect(page.locator('.ant-message-notice').textContent()).resolves.toContain(
      '该记录已被其他人修改，请刷新后重试',
    );
    expect(await page.isVisible('.ant-modal-title:text-is("编辑员工")')).toBe(true);
  });
});
