import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCookie,
  apiAs,
  baseUrl,
  cookieOf,
  launch,
  menuTexts,
  newPage,
  pickOption,
  SHOTS,
  signIn,
  switchToEnglish,
} from './browser.ts';
import { team } from './team.ts';

// 超时看板 (SPEC §4) as a supervisor meets it: an urgent complaint taken on paper five hours ago is typed in, the
// escalation job runs, and the board shows it past both its deadlines, taken to the department head, in its
// department's bar. The agent who typed it in has no board in the menu.

const PASSWORD = 'Ready12345';
const TEAM = '超时看板测试组';
let browser: Browser;
const issue = { id: 0, number: '' };

const teamMember = team(TEAM, 96, PASSWORD);

beforeAll(async () => {
  browser = await launch();
  const sup = await teamMember('board.sup', '郑主管', ['supervisor']);
  const agent = await teamMember('board.agent', '冯专员', ['agent'], sup);
  const customer = await apiAs(await cookieOf('board.sup', PASSWORD), 'POST', '/api/v1/customers', {
    name: '超时看板测试有限公司',
    agentId: agent,
  });
  const made = await apiAs(await cookieOf('board.agent', PASSWORD), 'POST', '/api/v1/issues', {
    customerId: customer.id,
    channel: 'phone',
    urgency: 'urgent',
    description: '生产线设备停机，客户要求当天到场',
    raisedAt: new Date(Date.now() - 5 * 3_600_000).toISOString(),
  });
  Object.assign(issue, { id: made.id, number: made.number });
  // 紧急 escalates at any hour: 3 h past the first response, it goes to the supervisor and on to the head.
  await apiAs(await adminCookie(), 'POST', '/api/v1/jobs/issue-escalation/run', {
    asOf: new Date().toISOString(),
  });
});
afterAll(() => browser?.close());

async function signedIn(username: string): Promise<Page> {
  const page = await newPage(browser, 1440, 900);
  await signIn(page, username, PASSWORD);
  await page.waitForSelector('[data-testid=side-menu]');
  return page;
}

const boardRow = (page: Page) =>
  page.locator('[data-testid=board-table] tr.ant-table-row', { hasText: issue.number });

describe('超时看板', () => {
  it('the supervisor finds the breached issue, its level and its department’s bar', async () => {
    const page = await signedIn('board.sup');
    await page.click('[data-testid=side-menu] >> text=超时看板');
    await page.waitForURL(/\/issues\/breach-board$/);
    const row = boardRow(page);
    await row.waitFor();
    expect(await row.locator('[data-testid=issue-escalation]').textContent()).toBe('已升级部门负责人');
    expect(await row.locator('[data-testid=board-deadline]').allTextContents()).toEqual([
      '首次响应',
      '解决方案反馈',
    ]);
    expect(await row.locator('[data-testid=board-overdue]').textContent()).toMatch(/^3小时\d+分$/);
    expect(await page.locator('[data-testid=board-count-total] .ant-statistic-content').textContent()).toBe(
      '1',
    );
    expect(
      await page.locator('[data-testid=board-count-department_head] .ant-statistic-content').textContent(),
    ).toBe('1');
    // The chart (loaded on demand) draws the department's bar, named on its axis.
    const chart = page.locator('[data-testid=board-chart] svg');
    await chart.locator('text', { hasText: TEAM }).waitFor();
    await page.mouse.move(1, 400);
    await page.waitForTimeout(800); // the bars grow in
    await page.screenshot({ path: `${SHOTS}/issue-board.png`, fullPage: true });

    // Filtered to 一般 it is gone; the export downloads the board as it is filtered.
    await pickOption(page, page.locator('[data-testid=board-filter-urgency]'), '一般');
    await page.locator('[data-testid=board-table] .ant-empty').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=board-export]'),
    ]);
    expect(download.suggestedFilename()).toBe('超时看板.xlsx');

    await page.goto(`${baseUrl()}/issues/breach-board`);
    await boardRow(page).locator('[data-testid=issue-number]').click();
    await page.waitForURL(new RegExp(`/issues/${issue.id}$`));
  });

  it('reads in English', async () => {
    const page = await signedIn('board.sup');
    await switchToEnglish(page);
    await page.click('[data-testid=side-menu] >> text=Breach board');
    await boardRow(page).waitFor();
    expect(await boardRow(page).locator('[data-testid=issue-escalation]').textContent()).toBe(
      'To department head',
    );
    await page.locator('[data-testid=board-chart] svg text', { hasText: 'To department head' }).waitFor();
    await page.mouse.move(1, 400);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SHOTS}/issue-board-en.png`, fullPage: true });
  });

  it('the agent has no board in the menu', async () => {
    const page = await signedIn('board.agent');
    const menu = await menuTexts(page);
    expect(menu).toContain('问题');
    expect(menu).not.toContain('超时看板');
  });
});
