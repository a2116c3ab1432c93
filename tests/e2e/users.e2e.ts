import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminCookie, apiAs, baseUrl, launch, newContext, SHOTS, seedUser, signIn } from './browser.ts';

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
  await seedUser('e2e.ceo', ['executive']);
  await seedUser('e2e.it', ['admin']);
});
afterAll(() => browser?.close());
beforeEach(async () => {
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  page = await context.newPage();
});

async function openEditor(username = 'e2e.edited', signedIn = false) {
  if (!signedIn) {
    await signIn(page, 'admin', 'Admin12345');
    await page.waitForSelector('[data-testid=greeting]');
  }
  await page.goto(`${baseUrl()}/settings/users`);
  await page.fill('input[placeholder="用户名 / 姓名 / 电话"]', username);
  await page.keyboard.press('Enter');
  await page.locator('tr', { hasText: username }).locator('button:has-text("编辑")').click();
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

describe('separation of duties', () => {
  it('an administrator getting a customer role waits for the executive, who approves it on 角色变更审批', async () => {
    await openEditor('e2e.it');
    await page.locator('[data-testid=user-form] #roles').click();
    await page.click('.ant-select-item-option:has-text("回访专员")');
    await page.keyboard.press('Escape');
    await page.click('.ant-modal-footer button:has-text("保存")');
    await expect(page.locator('.ant-message-notice').textContent()).resolves.toContain('已提交审批');
    const row = page.locator('tr', { hasText: 'e2e.it' });
    await row.locator('.ant-tag:text-is("角色待审批")').waitFor();
    await openEditor('e2e.it', true);
    await expect(page.locator('[data-testid=pending-role-change]').textContent()).resolves.toContain(
      '角色变更待总经理审批：系统管理员、回访专员',
    );
    await page.screenshot({ path: `${SHOTS}/user-role-change-pending.png` });

    const ceo = await newContext(browser, { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const ceoPage = await ceo.newPage();
    await signIn(ceoPage, 'e2e.ceo', 'Ready12345');
    await ceoPage.click('[data-testid=side-menu] >> text=角色变更审批');
    const pending = ceoPage.locator('[data-testid=role-changes-pending] tr', { hasText: 'e2e.it' });
    await expect(pending.textContent()).resolves.toContain('+ 回访专员');
    await ceoPage.screenshot({ path: `${SHOTS}/role-changes-pending.png` });
    await pending.locator('button:has-text("批准")').click();
    await ceoPage.click('.ant-popconfirm button:has-text("确定"), .ant-popconfirm button:has-text("OK")');
    await pending.waitFor({ state: 'detached' });
    await ceoPage.click('.ant-tabs-tab:has-text("最近变更")');
    const recent = ceoPage.locator('[data-testid=role-changes-recent] tr', { hasText: 'e2e.it' }).first();
    await expect(recent.textContent()).resolves.toContain('已批准');
    await ceoPage.screenshot({ path: `${SHOTS}/role-changes-recent.png` });
    await ceo.close();

    const { items } = await apiAs(admin, 'GET', '/api/v1/users?q=e2e.it');
    expect(items[0]).toMatchObject({ roles: ['admin', 'agent'], pendingRoleChange: null });
  });
});
