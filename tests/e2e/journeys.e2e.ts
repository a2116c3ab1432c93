import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  apiAs,
  baseUrl,
  cookieOf,
  launch,
  menuTexts,
  newContext,
  SHOTS,
  seedUser,
  signIn,
  switchToEnglish,
} from './browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  await seedUser('e2e.agent', ['agent']);
  await seedUser('e2e.am', ['account_manager']);
  await seedUser('e2e.sup', ['supervisor']);
  await seedUser('e2e.dm', ['dept_manager']);
  await seedUser('e2e.exec', ['executive']);
  await seedUser('e2e.analyst', ['analyst']);
  await seedUser('e2e.mkt', ['marketing']);
  await seedUser('e2e.admin2', ['admin']);
});
afterAll(() => browser?.close());
beforeEach(async () => {
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  page = await context.newPage();
});

describe('each role sees its own menu', () => {
  it.each([
    // Who works follow-ups has 工作台 under 回访管理 (their home page) instead of the dashboard.
    [
      'e2e.agent',
      ['客户', '客户档案', '查阅申请', '回访管理', '工作台', '回访任务', '回访记录', '问题', '知识库'],
    ],
    [
      'e2e.am',
      [
        '客户',
        '客户档案',
        '查阅申请',
        '导出申请',
        '等级申报',
        '回访管理',
        '工作台',
        '回访任务',
        '回访记录',
        '问题',
        '方案审批',
        '知识库',
      ],
    ],
    [
      'e2e.sup',
      [
        '客户',
        '客户档案',
        '查阅申请',
        '导出申请',
        '回访管理',
        '工作台',
        '回访任务',
        '回访记录',
        '记录审核',
        '问题',
        '超时看板',
        '方案审批',
        '知识库',
        '报表',
      ],
    ],
    [
      'e2e.dm',
      [
        '客户',
        '客户档案',
        '查阅申请',
        '导出申请',
        '等级申报',
        '回访管理',
        '工作台',
        '回访任务',
        '回访记录',
        '记录审核',
        '回访规则',
        '问题',
        '超时看板',
        '方案审批',
        '知识库',
        '报表',
      ],
    ],
    [
      'e2e.exec',
      [
        '客户',
        '客户档案',
        '查阅申请',
        '导出申请',
        '等级申报',
        '大客户名单',
        '回访管理',
        '工作台',
        '回访任务',
        '回访记录',
        '回访规则',
        '问题',
        '超时看板',
        '方案审批',
        '知识库',
        '报表',
        '系统设置',
        '角色变更审批',
        '数据销毁',
        '审计日志',
      ],
    ],
    ['e2e.analyst', ['工作台', '客户', '客户档案', '查阅申请', '报表']],
    ['e2e.mkt', ['工作台', '客户', '客户档案', '查阅申请']],
    [
      'e2e.admin2',
      [
        '工作台',
        '回访管理',
        '回访规则',
        '系统设置',
        '员工',
        '部门',
        '角色权限',
        '客户分级规则',
        '审批流程',
        '节假日与工作时间',
        'SLA 策略',
        '数据销毁',
        '后台任务',
        '邮件发送队列',
        '审计日志',
      ],
    ],
  ])('%s', async (username, expected) => {
    await signIn(page, username, 'Ready12345');
    await page.waitForSelector('[data-testid=greeting]');
    expect(await menuTexts(page)).toEqual(expected);
  });
});

describe('signing in', () => {
  it('shows the error for a wrong password', async () => {
    await signIn(page, 'admin', 'wrong-password9');
    await expect(page.locator('[data-testid=login-error]').textContent()).resolves.toContain(
      '用户名或密码错误',
    );
    await page.screenshot({ path: `${SHOTS}/login-error.png` });
  });

  it('admin creates a user who then signs in, must change the password, and lands on 工作台', async () => {
    await signIn(page, 'admin', 'Admin12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.screenshot({ path: `${SHOTS}/dashboard-zh.png` });
    await page.click('[data-testid=side-menu] >> text=员工');
    await page.click('button:has-text("新建员工")');
    const form = page.locator('[data-testid=user-form]');
    await form.locator('#username').fill('wang.xiaoer');
    await form.locator('#displayName').fill('王小二');
    await form.locator('#password').fill('Start2026x');
    await form.locator('#departmentId').click();
    await page.click('.ant-select-tree-node-content-wrapper:has-text("客户服务部")');
    await form.locator('.ant-form-item:has(#departmentId) .ant-select-content[title="客户服务部"]').waitFor();
    await form.locator('#roles').click();
    await page.click('.ant-select-item-option:has-text("回访专员")');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${SHOTS}/new-user-form.png` });
    await page.click('.ant-modal-footer button:has-text("保存")');
    await page.locator('[data-testid=user-form]').waitFor({ state: 'hidden' });
    // Found by name as an administrator would: by username order it sits past the first page once the other
    // files' users are in (it did, in a run where this file came late).
    await page.fill('input[placeholder="用户名 / 姓名 / 电话"]', 'wang.xiaoer');
    await page.keyboard.press('Enter');
    await page.waitForSelector('td:has-text("wang.xiaoer")');
    await page.screenshot({ path: `${SHOTS}/users-zh.png` });

    await page.click('[data-testid=user-menu]');
    await page.click('text=退出登录');
    await page.waitForSelector('#username');
    await signIn(page, 'wang.xiaoer', 'Start2026x');
    await page.waitForSelector('text=首次登录或密码被重置后，请先设置新密码。');
    await page.fill('#currentPassword', 'Start2026x');
    await page.fill('#newPassword', 'Mine2026xy');
    await page.fill('#confirm', 'Mine2026xy');
    await page.click('.ant-modal-footer button:has-text("保存")');
    await page.waitForSelector('text=首次登录或密码被重置后，请先设置新密码。', { state: 'detached' });
    await expect(page.locator('[data-testid=greeting]').textContent()).resolves.toBe('您好，王小二');
    // A 回访专员's home page is the 工作台.
    expect(new URL(page.url()).pathname).toBe('/workbench');
  });
});

describe('language', () => {
  it('switches to English and stays English after a reload', async () => {
    await signIn(page, 'e2e.exec', 'Ready12345');
    await page.waitForSelector('[data-testid=greeting]');
    await switchToEnglish(page);
    await page.waitForSelector('[data-testid=side-menu] >> text=Workbench');
    await page.reload();
    expect(await menuTexts(page)).toEqual([
      'Customers',
      'Customer archive',
      'Access requests',
      'Export requests',
      'Grade requests',
      'Key accounts',
      'Follow-up',
      'Workbench',
      'Follow-up tasks',
      'Follow-up records',
      'Follow-up rules',
      'Issues',
      'Breach board',
      'Plan approvals',
      'Knowledge base',
      'Reports',
      'Settings',
      'Role changes',
      'Data retention',
      'Audit log',
    ]);
    await page.screenshot({ path: `${SHOTS}/dashboard-en.png` });
    await page.goto(`${baseUrl()}/settings/audit`);
    await page.click('button:has-text("Verify hash chain")');
    await expect(page.locator('.ant-alert-success').textContent()).resolves.toMatch(
      /Audit chain intact: \d+ events verified/,
    );
  });

  it('a browser where nobody chose a language follows the account, until signing out', async () => {
    // Chosen English on another computer: the account keeps it.
    await apiAs(await cookieOf('e2e.mkt', 'Ready12345'), 'PUT', '/api/v1/auth/me/locale', {
      locale: 'en',
    });
    const fresh = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
    ).newPage();
    await signIn(fresh, 'e2e.mkt', 'Ready12345');
    await fresh.waitForSelector('[data-testid=side-menu] >> text=Customer archive');
    expect(await fresh.evaluate(() => document.documentElement.lang)).toBe('en');
    // Followed, not chosen here: the next person at this computer starts in Chinese again.
    expect(await fresh.evaluate(() => localStorage.getItem('huifang.locale'))).toBeNull();
    await fresh.click('[data-testid=user-menu]');
    await fresh.click('.ant-dropdown-menu-item:has-text("Sign out")');
    await fresh.waitForSelector('text=用户名');
    expect(await fresh.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await fresh.context().close();
  });
});
