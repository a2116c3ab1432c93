import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  baseUrl,
  cookieOf,
  launch,
  newPage,
  pickOption,
  SHOTS,
  seedUser,
  signIn,
  switchToEnglish,
} from './browser.ts';

let browser: Browser;
let customerName: string;

beforeAll(async () => {
  browser = await launch();
  await seedUser('fr.am', ['account_manager']);
  const am = await cookieOf('fr.am', 'Ready12345');
  customerName = '回访规则测试有限公司';
  // 800 000 a year makes it an A customer, whom 通用 B2B calls every week and visits every month.
  const created = await apiAs(am, 'POST', '/api/v1/customers', {
    name: customerName,
    annualAmount: '800000',
  });
  expect(created.tier).toBe('A');
});
afterAll(() => browser?.close());

async function signedIn(username: string, password: string, width = 1440, height = 900): Promise<Page> {
  const page = await newPage(browser, width, height);
  await signIn(page, username, password);
  await page.waitForSelector('[data-testid=greeting]');
  return page;
}

async function toEnglish(page: Page) {
  await switchToEnglish(page);
  await page.waitForSelector('[data-testid=side-menu] >> text=Workbench');
  await page.waitForSelector('.ant-dropdown', { state: 'hidden' });
}

/** A picture once drawers have slid in and lists have loaded. */
async function shoot(page: Page, name: string) {
  await page.waitForSelector('.ant-spin-spinning', { state: 'detached' });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

describe('回访规则 and 回访任务', () => {
  let admin: Page;

  it('the admin installs 通用 B2B and sees its rules switched on', async () => {
    admin = await signedIn('admin', 'Admin12345');
    await admin.click('[data-testid=side-menu] >> text=回访规则');
    await admin.click('.ant-tabs-tab:has-text("行业模板")');
    const preset = admin.locator('[data-testid=preset-b2b]');
    await preset.waitFor();
    expect(await preset.textContent()).toContain('已安装 0/');
    await shoot(admin, 'followup-presets-zh');
    await admin.click('[data-testid=install-b2b]');
    await admin.waitForSelector('.ant-modal-confirm:has-text("安装后规则立即启用，可再逐条编辑或停用")');
    await admin.click('.ant-modal-confirm-btns button:has-text("安装")');
    const result = preset.locator('[data-testid=preset-result]');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/已安装 [1-9]\d* 条，跳过 0 条/);

    await admin.click('.ant-tabs-tab:has-text("规则")');
    const row = admin.locator('[data-testid=rules-table] tr.ant-table-row', {
      hasText: 'A 类客户每周电话沟通',
    });
    await row.waitFor();
    expect(await row.textContent()).toContain('每周 1 次');
    expect(await row.locator('.ant-switch').getAttribute('aria-checked')).toBe('true');
    const rows = admin.locator('[data-testid=rules-table] tr.ant-table-row');
    const switchedOn = admin.locator('[data-testid=rules-table] tr.ant-table-row .ant-switch-checked');
    expect(await switchedOn.count()).toBe(await rows.count());
    await admin.waitForSelector(
      '[data-testid=rules-table] tr.ant-table-row:has-text("A 类客户每周电话沟通"):has-text("客户经理")',
    );
    const contract = admin.locator('[data-testid=rules-table] tr.ant-table-row', {
      hasText: '合同到期前 30 天告知',
    });
    expect(await contract.textContent()).toContain('事件：合同到期前 30 自然日起，5 工作日内');
    await shoot(admin, 'followup-rules-zh');
  });

  it('edits a rule’s sampling rate and sees version 2 with its history', async () => {
    const row = admin.locator('[data-testid=rules-table] tr.ant-table-row', {
      hasText: 'B 类客户每月邮件回访',
    });
    await row.locator('button:has-text("编辑")').click();
    const form = admin.locator('[data-testid=rule-form]');
    await form.waitFor();
    await shoot(admin, 'followup-rule-editor-zh');
    await form.locator('#samplingRate').fill('50');
    await admin.click('[data-testid=save-rule]');
    await admin.waitForSelector('.ant-message-notice:has-text("已保存")');
    await admin.waitForSelector(
      '[data-testid=rules-table] tr.ant-table-row:has-text("B 类客户每月邮件回访"):has-text("v2")',
    );
    expect(await row.textContent()).toContain('50%');

    await row.locator('button:has-text("编辑")').click();
    const versions = admin.locator('[data-testid=rule-versions] tr.ant-table-row');
    await versions.first().waitFor();
    const history = await versions.allTextContents();
    expect(history.map((v) => v.slice(0, 2))).toEqual(['v2', 'v1']);
    expect(await admin.locator('#samplingRate').inputValue()).toBe('50');
    await admin.click('.ant-drawer-footer button:has-text("取消")');
  });

  it('saving over someone else’s change says so and shows their version', async () => {
    const row = admin.locator('[data-testid=rules-table] tr.ant-table-row', {
      hasText: 'A 类客户每月上门拜访',
    });
    await row.locator('button:has-text("编辑")').click();
    await admin.locator('[data-testid=rule-form]').waitFor();
    // Meanwhile someone saves the rule through the API.
    const id = Number(await row.getAttribute('data-row-key'));
    const cookie = await cookieOf('admin', 'Admin12345');
    const rule = await apiAs(cookie, 'GET', `/api/v1/followup-rules/${id}`);
    await apiAs(cookie, 'PUT', `/api/v1/followup-rules/${id}`, {
      version: rule.version,
      definition: { ...rule.definition, script: '他人修改的话术' },
    });
    await admin.locator('#samplingRate').fill('80');
    await admin.click('[data-testid=save-rule]');
    await admin.waitForSelector('.ant-message-notice:has-text("规则已被他人修改")');
    // Their version is fetched after the message shows: wait for it to fill the form (a combined run read the old text).
    await admin.waitForSelector('.ant-drawer-title:has-text("v2")');
    await expect.poll(() => admin.locator('#script').inputValue()).toBe('他人修改的话术');
    await admin.click('.ant-drawer-footer button:has-text("取消")');
  });

  it('a new rule without a name shows the error on the name', async () => {
    await admin.click('[data-testid=new-rule]');
    await admin.locator('[data-testid=rule-form]').waitFor();
    await admin.click('[data-testid=save-rule]');
    await expect(
      admin.locator('.ant-form-item:has(#name) .ant-form-item-explain-error').textContent(),
    ).resolves.toBe('请填写规则名称');
    await shoot(admin, 'followup-rule-new-zh');

    await admin.click('.ant-drawer-footer button:has-text("取消")');
  });

  it('a new rule every 3 days that leaves out a tag is saved and listed as 每 3 天 1 次', async () => {
    await admin.click('[data-testid=new-rule]');
    await admin.locator('[data-testid=rule-form]').waitFor();
    await admin.locator('#name').fill('重点客户每三天电话（浏览器测试）');
    await admin.locator('#trigger_every').fill('3');
    await pickOption(admin, admin.locator('.ant-select:has(#trigger_unit)'), '天');
    await admin.locator('#audience_excludeTags').fill('暂停回访');
    await admin.keyboard.press('Enter');
    await shoot(admin, 'followup-rule-days-zh');
    await admin.click('[data-testid=save-rule]');
    const row = admin.locator('[data-testid=rules-table] tr.ant-table-row', {
      hasText: '重点客户每三天电话（浏览器测试）',
    });
    await row.waitFor();
    expect(await row.textContent()).toContain('每 3 天 1 次');
  });

  it('the admin generates the tasks now and the account manager sees them on 回访任务', async () => {
    await admin.click('[data-testid=generate-now]');
    await admin.click('.ant-popconfirm-buttons button:has-text("立即生成")');
    const notice = admin.locator('.ant-message-notice:has-text("个任务")');
    await notice.waitFor();
    // Usually it makes them now; the hourly run (at :05) may have made them first.
    expect(await notice.textContent()).toMatch(/新建 \d+ 个任务/);

    const am = await signedIn('fr.am', 'Ready12345');
    await am.click('[data-testid=side-menu] >> text=回访任务');
    const task = am.locator('[data-testid=tasks-table] tr.ant-table-row', { hasText: customerName });
    await task.first().waitFor();
    expect(await task.first().locator('[data-testid=task-status]').textContent()).toMatch(/待执行|已逾期/);
    await shoot(am, 'followup-tasks-zh');
    const link = task.first().locator(`a:has-text("${customerName}")`);
    expect(await link.getAttribute('href')).toMatch(/^\/customers\/\d+$/);
  });

  it('reads well in English and on a small screen', async () => {
    const small = await signedIn('admin', 'Admin12345', 1024, 768);
    await small.click('[data-testid=side-menu] >> text=回访规则');
    await small.waitForSelector(
      '[data-testid=rules-table] tr.ant-table-row:has-text("A 类客户每周电话沟通")',
    );
    await shoot(small, 'followup-rules-zh-1024');
    await toEnglish(small);
    await small.waitForSelector('[data-testid=rules-table] tr.ant-table-row:has-text("Weekly")');
    await shoot(small, 'followup-rules-en-1024');
    await small.click('.ant-tabs-tab:has-text("Industry presets")');
    await small.locator('[data-testid=preset-b2b]').waitFor();
    await shoot(small, 'followup-presets-en-1024');
    await small.click('.ant-tabs-tab:has-text("Rules")');
    await small
      .locator('[data-testid=rules-table] tr.ant-table-row', { hasText: 'B 类客户每月邮件回访' })
      .locator('button:has-text("Edit")')
      .click();
    await small.locator('[data-testid=rule-form]').waitFor();
    await shoot(small, 'followup-rule-editor-en-1024');

    const am = await signedIn('fr.am', 'Ready12345', 1024, 768);
    await am.click('[data-testid=side-menu] >> text=回访任务');
    await am.locator('[data-testid=tasks-table] tr.ant-table-row').first().waitFor();
    await shoot(am, 'followup-tasks-zh-1024');
    await toEnglish(am);
    await am.waitForSelector('.ant-card-head-title:has-text("Follow-up tasks")');
    await shoot(am, 'followup-tasks-en-1024');
    const wide = await signedIn('admin', 'Admin12345');
    await toEnglish(wide);
    await wide.goto(`${baseUrl()}/followups/rules`);
    await wide.waitForSelector('[data-testid=rules-table] tr.ant-table-row:has-text("Weekly")');
    await shoot(wide, 'followup-rules-en');
  });
});
