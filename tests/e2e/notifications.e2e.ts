import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCookie,
  apiAs,
  baseUrl,
  cookieOf,
  launch,
  newPage,
  SHOTS,
  signIn,
  switchToEnglish,
} from './browser.ts';

// 消息 (SPEC §7) as a supervisor meets it: an agent of their team registers an issue, and the supervisor, owner of
// it, sees the bell count go up at once (the live stream), finds 「问题 … 由你负责」 in the bell, opens it, and the
// count drops. They turn one kind's mail off in 通知设置. The administrator edits the SLA 策略 and reads the mail
// outbox.

const PASSWORD = 'Ready12345';
let browser: Browser;
const people = {} as Record<'sup' | 'agent', number>;
let teamId: number | undefined;
let customerId = 0;
/** The first issue's number is mailed to the supervisor, the second's (mail turned off) is not. */
const mailed = { number: '' };
let unmailed = '';

/** A user of this file's own team, ready to sign in, under the supervisor given. */
async function teamMember(
  username: string,
  displayName: string,
  roles: string[],
  supervisorId?: number,
  email?: string,
) {
  const admin = await adminCookie();
  teamId ??= (
    await apiAs(admin, 'POST', '/api/v1/departments', { name: '消息测试组', parentId: null, sortOrder: 97 })
  ).id;
  const user = await apiAs(admin, 'POST', '/api/v1/users', {
    username,
    displayName,
    password: 'Initial123',
    departmentId: teamId,
    roles,
    supervisorId: supervisorId ?? null,
    ...(email ? { email } : {}),
  });
  const first = await cookieOf(username, 'Initial123');
  await apiAs(first, 'POST', '/api/v1/auth/password', {
    currentPassword: 'Initial123',
    newPassword: PASSWORD,
  });
  return user.id as number;
}

beforeAll(async () => {
  browser = await launch();
  people.sup = await teamMember('ntf.sup', '郑主管', ['supervisor'], undefined, 'ntf.sup@example.com');
  people.agent = await teamMember('ntf.agent', '冯专员', ['agent'], people.sup);
  // The supervisor files the customer the agent serves.
  customerId = (
    await apiAs(await cookieOf('ntf.sup', PASSWORD), 'POST', '/api/v1/customers', {
      name: '消息提醒测试有限公司',
      agentId: people.agent,
      ownerId: people.sup,
    })
  ).id;
});
afterAll(() => browser?.close());

async function signedIn(username: string, password = PASSWORD): Promise<Page> {
  const page = await newPage(browser, 1440, 900);
  await signIn(page, username, password);
  await page.waitForSelector('[data-testid=side-menu]');
  return page;
}

/** A picture once lists have loaded. */
async function shoot(page: Page, name: string) {
  await page.waitForSelector('.ant-spin-spinning', { state: 'detached' });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const badge = (page: Page) => page.locator('[data-testid=bell] .ant-badge-count');

describe('消息', () => {
  let sup: Page;
  const issue = { id: 0, number: '' };

  it('the supervisor sees a new issue of theirs in the bell without reloading, and opens it', async () => {
    sup = await signedIn('ntf.sup');
    await sup.goto(`${baseUrl()}/notifications`);
    await sup.locator('[data-testid=notification-list]').waitFor();
    expect(await badge(sup).count()).toBe(0);
    // The stream is open once the page has settled; the count it sends at once is 0.
    await sup.waitForTimeout(500);

    const agent = await cookieOf('ntf.agent', PASSWORD);
    const registered = await apiAs(agent, 'POST', '/api/v1/issues', {
      customerId,
      channel: 'phone',
      urgency: 'normal',
      category: '收费',
      description: '月结账单多收了两次安装费',
      raisedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    });
    Object.assign(issue, { id: registered.id, number: registered.number });
    expect(issue.number).toMatch(/^WT/);
    mailed.number = issue.number;
    const title = `问题 ${issue.number} 由你负责`;

    // Live: the count, a toast, and the open list, all without a reload.
    await expect.poll(() => badge(sup).textContent(), { timeout: 15_000 }).toBe('1');
    await sup.locator('.ant-notification-notice', { hasText: title }).waitFor();
    const row = sup.locator('[data-testid=notification-row]', { hasText: title });
    await row.waitFor();
    expect(await row.getAttribute('data-unread')).toBe('true');
    expect(await row.locator('.ant-tag').textContent()).toBe('问题指派给我');
    await sup.locator('.ant-notification-notice-close').first().click();
    await sup.locator('.ant-notification-notice').waitFor({ state: 'detached' });
    await shoot(sup, 'notifications-center-zh');

    await sup.click('[data-testid=bell]');
    const item = sup.locator('[data-testid=bell-popover] [data-testid=bell-item]', { hasText: title });
    await item.waitFor();
    expect(await item.getAttribute('data-unread')).toBe('true');
    expect(await item.locator('strong').count()).toBeGreaterThan(0);
    await shoot(sup, 'notifications-bell-zh');

    await item.click();
    await sup.waitForURL(`${baseUrl()}/issues/${issue.id}`);
    await sup.locator('[data-testid=issue-title]').waitFor();
    await badge(sup).waitFor({ state: 'detached' });
    const { unreadCount } = await apiAs(
      await cookieOf('ntf.sup', PASSWORD),
      'GET',
      '/api/v1/notifications/stream',
    );
    expect(unreadCount).toBe(0);
  });

  it('the bell shows the read one plain, and 查看全部 leads to 消息中心', async () => {
    await sup.click('[data-testid=bell]');
    const item = sup.locator('[data-testid=bell-item]', { hasText: issue.number });
    await item.waitFor();
    expect(await item.getAttribute('data-unread')).toBeNull();
    await sup.click('[data-testid=bell-view-all]');
    await sup.waitForURL(`${baseUrl()}/notifications`);
    await sup.locator('.ant-tabs-tab', { hasText: '未读' }).click();
    await sup.locator('[data-testid=notification-list] >> text=没有未读消息').waitFor();
  });

  it('通知设置: mail off for one kind stays off after a reload', async () => {
    await sup.goto(`${baseUrl()}/notifications?tab=settings`);
    const mail = sup.locator('[data-testid=pref-email-issue_assigned]');
    await mail.waitFor();
    expect(await mail.getAttribute('aria-checked')).toBe('true');
    await mail.click();
    expect(await mail.getAttribute('aria-checked')).toBe('false');
    await sup.click('[data-testid=save-preferences]');
    await sup.locator('.ant-message-notice:has-text("通知设置已保存")').waitFor();
    await sup.reload();
    await mail.waitFor();
    expect(await sup.locator('[data-testid=pref-email-issue_assigned]').getAttribute('aria-checked')).toBe(
      'false',
    );
    expect(await sup.locator('[data-testid=pref-email-issue_urgent]').getAttribute('aria-checked')).toBe(
      'true',
    );
    expect(await sup.locator('[data-testid=pref-inApp-issue_assigned]').getAttribute('aria-checked')).toBe(
      'true',
    );
    // The next issue of theirs is shown, not mailed (the outbox test below looks).
    const agent = await cookieOf('ntf.agent', PASSWORD);
    const second = await apiAs(agent, 'POST', '/api/v1/issues', {
      customerId,
      channel: 'phone',
      urgency: 'normal',
      category: '服务态度',
      description: '上门人员迟到一小时且未提前告知',
      raisedAt: new Date(Date.now() - 60_000).toISOString(),
    });
    unmailed = second.number;
    await expect.poll(() => badge(sup).textContent(), { timeout: 15_000 }).toBe('1');
  });

  it('消息中心 in English', async () => {
    await switchToEnglish(sup);
    // The choice is saved on the account, where the server reads it to write this person's mails.
    const supCookie = await cookieOf('ntf.sup', PASSWORD);
    await expect
      .poll(async () => (await apiAs(supCookie, 'GET', '/api/v1/auth/me')).locale, { timeout: 10_000 })
      .toBe('en');
    await sup.goto(`${baseUrl()}/notifications`);
    await sup.locator('[data-testid=notification-row]').first().waitFor();
    expect(await sup.locator('.ant-card-head-title').first().textContent()).toBe('Notifications');
    expect(await sup.locator('[data-testid=notification-row] .ant-tag').first().textContent()).toBe(
      'Issue assigned to me',
    );
    // Titles are worded from the kind and its parameters (here only issue numbers), with no Chinese left.
    const titles = await sup.locator('[data-testid=notification-title]').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((title) => /\p{Script=Han}/u.test(title))).toEqual([]);
    expect(titles).toContain(`Issue ${unmailed} is yours`);
    await shoot(sup, 'notifications-center-en');
    await sup.goto(`${baseUrl()}/notifications?tab=settings`);
    await sup.locator('[data-testid=preferences-table]').waitFor();
    await shoot(sup, 'notifications-settings-en');
    await sup.context().close();
  });
});

describe('SLA 策略与邮件队列', () => {
  let admin: Page;
  const rows = () => admin.locator('[data-testid=sla-table] tr.ant-table-row');

  it('the administrator sees the three general policies and adds one for 收费 in working hours', async () => {
    admin = await signedIn('admin', 'Admin12345');
    await admin.click('[data-testid=side-menu] >> text=SLA 策略');
    await admin.waitForURL(`${baseUrl()}/settings/sla-policies`);
    await rows().first().waitFor();
    expect(await rows().count()).toBe(3);
    const urgencies = await admin
      .locator('[data-testid=sla-table] [data-testid=sla-urgency] .ant-select-content')
      .allTextContents();
    expect(urgencies.map((s) => s.trim())).toEqual(['一般', '紧急', '重大']);

    await admin.click('[data-testid=sla-add]');
    await expect.poll(() => rows().count()).toBe(4);
    const added = rows().nth(3);
    await added.locator('[data-testid=sla-category] input').fill('收费');
    await admin.keyboard.press('Escape');
    expect((await added.locator('[data-testid=sla-clock] .ant-select-content').textContent())?.trim()).toBe(
      '工作时间',
    );
    await admin.click('[data-testid=sla-save]');
    await admin.locator('.ant-message-notice:has-text("SLA 策略已保存")').waitFor();
    const saved = await apiAs(await adminCookie(), 'GET', '/api/v1/sla-policies');
    expect(saved.items).toHaveLength(4);
    expect(saved.items).toContainEqual(
      expect.objectContaining({ urgency: 'normal', category: '收费', clock: 'working' }),
    );
  });

  it('removing the general 重大 policy shows the server’s objection', async () => {
    const major = rows().filter({
      has: admin.locator('[data-testid=sla-urgency] .ant-select-content', { hasText: '重大' }),
    });
    expect(await major.count()).toBe(1);
    await major.locator('[data-testid=sla-remove]').click();
    await expect.poll(() => rows().count()).toBe(3);
    await admin.click('[data-testid=sla-save]');
    const errors = admin.locator('[data-testid=sla-errors]');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('缺少「重大」的通用策略');
    await shoot(admin, 'sla-policies-zh');
    const kept = await apiAs(await adminCookie(), 'GET', '/api/v1/sla-policies');
    expect(kept.items).toHaveLength(4);
  });

  it('the mail outbox lists by status', async () => {
    await admin.click('[data-testid=side-menu] >> text=邮件发送队列');
    await admin.waitForURL(`${baseUrl()}/settings/email-outbox`);
    const table = admin.locator('[data-testid=outbox-table]');
    const mail = table.locator('tr.ant-table-row', { hasText: `问题 ${mailed.number} 由你负责` });
    await mail.waitFor();
    expect(await mail.textContent()).toContain('ntf.sup@example.com');
    expect(await table.locator('tr.ant-table-row', { hasText: unmailed }).count()).toBe(0);
    const status = (await mail.locator('.ant-tag').textContent()) ?? '';
    expect(['待发送', '发送失败']).toContain(status);
    await shoot(admin, 'email-outbox-zh');
    // Filtered by the other status, the mail is gone; by its own, it is there.
    const other = status === '待发送' ? '已发送' : '待发送';
    await admin.locator('[data-testid=outbox-status]').getByText(other, { exact: true }).click();
    await mail.waitFor({ state: 'detached' });
    await admin.locator('[data-testid=outbox-status]').getByText(status, { exact: true }).click();
    await mail.waitFor();
  });
});
