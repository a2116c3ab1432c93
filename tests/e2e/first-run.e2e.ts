import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { launch, newContext, SHOTS } from './browser.ts';
import { ADMIN_PASSWORD, startServer } from './server.ts';

// A company nobody has touched: this file's own server, not the one the other browser tests fill.
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

async function api(cookie: string, method: string, url: string, body?: unknown) {
  const response = await fetch(`${server.baseUrl}${url}`, {
    method,
    headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

async function login(username: string, password: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

const step = (key: string) => page.locator(`[data-testid=setup-step-${key}]`);

beforeAll(async () => {
  server = await startServer({ databaseUrl: '' });
  browser = await launch();
  const context = await newContext(browser, { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page = await context.newPage();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('first run', () => {
  it('shows the administrator what comes next, and each step turns done as it is done', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.fill('#username', 'admin');
    await page.fill('#password', ADMIN_PASSWORD);
    await page.click('button[type=submit]');
    await page.locator('[data-testid=setup-checklist]').waitFor();

    const admin = await login('admin', ADMIN_PASSWORD);
    const fresh = await api(admin, 'GET', '/api/v1/setup/checklist');
    // Nothing done but, in a year whose and whose next year's holidays ship with the system, the calendar.
    expect(fresh.doneCount).toBe(fresh.calendar.done ? 1 : 0);
    expect(await page.locator('[data-testid=setup-progress]').textContent()).toBe(
      `已完成 ${fresh.doneCount}/5`,
    );
    for (const key of ['departments', 'users', 'preset', 'customers']) {
      expect(await step(key).getAttribute('data-done')).toBe('false');
    }
    // The administrator may not import customers: the step says who does, and links to creating that user.
    expect(await step('customers').textContent()).toContain('导入客户由「客户经理」负责');
    expect(await step('customers').locator('button').textContent()).toBe('创建客户经理');
    if (!fresh.calendar.done)
      expect(await step('calendar').textContent()).toContain(`${fresh.calendar.missingYears.join('、')} 年`);
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await page.screenshot({ path: `${SHOTS}/first-run-admin.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // Its link leads to the page that does it; back home, the step is done.
    await step('departments').locator('button').click();
    await page.waitForURL('**/settings/departments');
    await page.click('button:has-text("新建部门")');
    await page.fill('#name', '华北销售部');
    await page.click('.ant-modal-footer button:has-text("保存")');
    await page.locator('td:has-text("华北销售部")').waitFor();
    await page.goto(`${server.baseUrl}/`);
    await page.locator('[data-testid=setup-step-departments][data-done=true]').waitFor();
    expect(await step('departments').textContent()).toContain('现有 8 个部门');
    expect(await page.locator('[data-testid=setup-progress]').textContent()).toBe(
      `已完成 ${fresh.doneCount + 1}/5`,
    );
    await page.screenshot({ path: `${SHOTS}/first-run-department-done.png`, fullPage: true });
  });

  it('folds into one line once everything is done, which the administrator may close', async () => {
    const admin = await login('admin', ADMIN_PASSWORD);
    // Each step's data, made through the API (this test does not rely on the one before).
    await api(admin, 'POST', '/api/v1/departments', { name: '华南销售部' });
    const { items } = await api(admin, 'GET', '/api/v1/departments');
    await api(admin, 'POST', '/api/v1/users', {
      username: 'firstam',
      displayName: '周杰',
      password: 'Initial123',
      departmentId: items.find((d: { name: string }) => d.name === '销售部').id,
      roles: ['account_manager'],
    });
    await api(admin, 'POST', '/api/v1/followup-presets/b2b/install', {});
    const first = await login('firstam', 'Initial123');
    await api(first, 'POST', '/api/v1/auth/password', {
      currentPassword: 'Initial123',
      newPassword: 'Ready12345',
    });
    await api(await login('firstam', 'Ready12345'), 'POST', '/api/v1/customers', {
      name: '保定恒通商贸有限公司',
    });
    for (const year of (await api(admin, 'GET', '/api/v1/setup/checklist')).calendar.missingYears)
      await api(admin, 'PUT', `/api/v1/calendar/years/${year}`, {
        holidays: [`${year}-01-01`],
        workdays: [],
      });
    expect((await api(admin, 'GET', '/api/v1/setup/checklist')).doneCount).toBe(5);

    await page.goto(`${server.baseUrl}/`);
    const note = page.locator('[data-testid=setup-checklist][data-complete=true]');
    await note.waitFor();
    expect(await note.textContent()).toContain('初始设置已全部完成');
    await page.screenshot({ path: `${SHOTS}/first-run-complete.png` });
    await note.locator('button[aria-label="不再显示"]').click();
    await note.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('[data-testid=greeting]').waitFor();
    expect(await page.locator('[data-testid=setup-checklist]').count()).toBe(0);
  });
});
