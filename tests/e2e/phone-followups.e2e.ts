import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_AUDIENCE, newRuleDefinition } from '../../src/domain/followups/rules.ts';
import { scrollsSideways, seriousViolations } from './axe.ts';
import { apiAs, baseUrl, companyDate, cookieOf, launch, newContext, SHOTS, signIn } from './browser.ts';
import { team } from './team.ts';

// Issue 13 item 12: the follow-up record is filled on a phone. An agent of this file's own team, at 390×844, opens
// the workbench, a task due today, writes the record with a satisfaction rating and finds the task list readable.
// The lists behind them are cards on a phone too: 回访记录 (the agent), 记录审核 (the supervisor), 回访规则 (the
// department manager) and 问题 (the agent).

const PASSWORD = 'Ready12345';
/** Its task is worked on the phone; the other's stays open for the task list. */
const CUSTOMER = '手机回访测试五金有限公司';
const WAITING = '手机回访测试轴承有限公司';
const RULE = '手机回访测试维修回访';
const ISSUE = '手机回访测试：轴承异响，客户要求上门检查';
const member = team('手机回访测试组', 95, PASSWORD);
let browser: Browser;
let customerId: number;
/** The first call's record of WAITING, waiting for the supervisor. */
let recordNumber: string;
let issueNumber: string;

beforeAll(async () => {
  browser = await launch();
  const agentId = await member('phone.agent', '孙手机', ['agent']);
  await member('phone.sup', '周主管', ['supervisor']);
  await member('phone.dm', '吴经理', ['dept_manager']);
  const sup = await cookieOf('phone.sup', PASSWORD);
  const agent = await cookieOf('phone.agent', PASSWORD);
  for (const name of [WAITING, CUSTOMER]) {
    const customer = await apiAs(sup, 'POST', '/api/v1/customers', { name, agentId });
    customerId = customer.id;
    await apiAs(sup, 'POST', `/api/v1/customers/${customerId}/contacts`, {
      name: '钱七',
      position: '设备部主任',
      mobile: name === CUSTOMER ? '13987654321' : '13987654322',
      isPrimary: true,
    });
    // A first call with the next follow-up today: a task due for the agent.
    const record = await apiAs(agent, 'POST', '/api/v1/followup-records', {
      customerId,
      method: 'phone',
      contactedAt: new Date(Date.now() - 3_600_000).toISOString(),
      keyPoints: '首次电话沟通，客户同意今天再联系',
      nextFollowupOn: companyDate(),
    });
    recordNumber ??= record.number;
  }
  // Switched on (other files expect every rule on the list to be), for customers with a tag nobody has: no task.
  const dm = await cookieOf('phone.dm', PASSWORD);
  const rule = await apiAs(dm, 'POST', '/api/v1/followup-rules', {
    definition: newRuleDefinition({
      name: RULE,
      type: 'repair',
      trigger: { kind: 'event', event: 'repair' },
      audience: { ...EMPTY_AUDIENCE, tags: ['手机回访测试：无人有此标签'] },
      within: { amount: 1, unit: 'months' },
      assignee: { kind: 'agent' },
      samplingRate: 0.3,
    }),
  });
  await apiAs(dm, 'POST', `/api/v1/followup-rules/${rule.id}/activate`, {});
  const issue = await apiAs(agent, 'POST', '/api/v1/issues', {
    customerId,
    channel: 'phone',
    urgency: 'urgent',
    description: ISSUE,
    raisedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
  });
  issueNumber = issue.number;
});
afterAll(() => browser?.close());

async function onPhone(username = 'phone.agent'): Promise<Page> {
  const context = await newContext(browser, {
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    hasTouch: true,
  });
  const page = await context.newPage();
  await signIn(page, username, PASSWORD);
  await page.waitForSelector('[data-testid=greeting]');
  return page;
}

/** Once drawers have slid in and lists have loaded: what axe and the screenshot see is what the user sees. */
async function settled(page: Page) {
  await page.waitForSelector('.ant-spin-spinning', { state: 'detached' });
  await page.waitForFunction(() => document.getAnimations().length === 0);
}

async function shoot(page: Page, name: string) {
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/phone-${name}.png`, fullPage: true });
}

/** Wholly inside the window's width: nothing of it is cut off at the left or right edge. */
async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return !!box && box.width > 0 && box.x >= 0 && box.x + box.width <= 390;
}

/**
 * An open date-time picker wholly on the screen (its date and time panels, 此刻 and 确定 not cut off), no sideways
 * scroll while it is open; 确定 closes it.
 */
async function pickerFits(page: Page, name: string) {
  const open = '.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)';
  await page.waitForSelector(open);
  await settled(page);
  await shoot(page, name);
  const box = await page.locator(`${open} .ant-picker-panel-container`).boundingBox();
  expect(box && [box.x >= 0, box.x + box.width <= 390, box.y >= 0, box.y + box.height <= 844]).toEqual([
    true,
    true,
    true,
    true,
  ]);
  for (const part of ['.ant-picker-time-panel', '.ant-picker-now-btn', '.ant-picker-ok button']) {
    expect(await inView(page, `${open} ${part}`), part).toBe(true);
  }
  expect(await scrollsSideways(page)).toBe(false);
  await page.click(`${open} .ant-picker-ok button`);
  await page.waitForSelector(open, { state: 'detached' });
}

/**
 * A list page on the phone as `username`: cards, no table; no sideways scroll, nothing serious for axe; the card
 * with `text` wholly on the screen. Returns the page and that card's text.
 */
async function cardsOn(username: string, path: string, testId: string, text: string) {
  const page = await onPhone(username);
  await page.goto(`${baseUrl()}${path}`);
  const card = page.locator(`[data-testid=${testId}]`, { hasText: text });
  await card.waitFor();
  await shoot(page, path.slice(1).replaceAll('/', '-'));
  expect(await scrollsSideways(page)).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await page.locator('.ant-table').count()).toBe(0);
  expect(await inView(page, `[data-testid=${testId}]:has-text("${text}")`)).toBe(true);
  return { page, card, text: (await card.textContent()) ?? '' };
}

describe('follow-ups on a phone (390×844)', () => {
  it('the workbench, the task and the record form: no sideways scroll, nothing serious for axe; the record saves', async () => {
    const page = await onPhone();
    const row = page.locator('[data-testid=list-now] [data-testid=task-row]', { hasText: CUSTOMER });
    await row.waitFor();
    await shoot(page, 'workbench');
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    await row.click();
    await page.locator('[data-testid=card-customer]', { hasText: CUSTOMER }).waitFor();
    await shoot(page, 'task');
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await inView(page, '[data-testid=write-record]')).toBe(true);
    expect(await inView(page, '[data-testid=log-attempt]')).toBe(true);

    await page.click('[data-testid=write-record]');
    await page.locator('[data-testid=record-form]').waitFor();
    await shoot(page, 'record-form');
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    const service = page.locator('[data-testid=serviceSatisfaction] label', { hasText: '较好' });
    await service.scrollIntoViewIfNeeded();
    expect(await inView(page, '[data-testid=serviceSatisfaction]')).toBe(true);
    await service.click();
    await page.fill('#opinions', '手机上填写：希望周末也能上门');
    await page.click('[data-testid=add-action]');
    await page.locator('[data-testid=action-items] input').first().fill('寄送周末值班表');
    await settled(page);
    await page.locator('[data-testid=action-items]').screenshot({ path: `${SHOTS}/phone-record-action.png` });
    for (const part of ['input', '.ant-picker', 'button[aria-label=删除]']) {
      expect(await inView(page, `[data-testid=action-items] ${part}`), part).toBe(true);
    }
    expect(await seriousViolations(page)).toEqual([]);
    // 回访时间: the date beside the time is wider than the phone.
    await page.locator('#contactedAt').scrollIntoViewIfNeeded();
    await page.click('#contactedAt');
    await pickerFits(page, 'record-time-picker');
    await page.locator('[data-testid=save-record]').scrollIntoViewIfNeeded();
    expect(await inView(page, '[data-testid=save-record]')).toBe(true);
    await shoot(page, 'record-filled');
    await page.click('[data-testid=save-record]');
    await page.waitForSelector('[data-testid=record-saved]');
    expect(await scrollsSideways(page)).toBe(false);

    const agent = await cookieOf('phone.agent', PASSWORD);
    const { items } = await apiAs(agent, 'GET', `/api/v1/followup-records?customerId=${customerId}`);
    const saved = items.find((r: { opinions?: string }) => r.opinions === '手机上填写：希望周末也能上门');
    expect(saved?.serviceSatisfaction).toBe(4);
    expect(saved?.taskId).toBeTruthy();
    await page.context().close();
  });

  it('回访任务 is cards (customer, status, type, due): no sideways scroll, nothing serious for axe', async () => {
    const page = await onPhone();
    await page.goto(`${baseUrl()}/followups/tasks`);
    const card = page.locator('[data-testid=task-card]', { hasText: WAITING });
    await card.waitFor();
    await shoot(page, 'tasks');
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.locator('.ant-table').count()).toBe(0);
    const text = await card.textContent();
    for (const part of ['待执行', '常规回访 · 电话', '孙手机', '截止']) expect(text).toContain(part);
    expect(await inView(page, `[data-testid=task-card]:has-text("${WAITING}")`)).toBe(true);
    await page.locator('.ant-picker-range').click();
    await page.waitForSelector('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
    await shoot(page, 'tasks-range');
    expect(await scrollsSideways(page)).toBe(false);
    await page.context().close();
  });

  it('回访记录 is cards (number, customer, method, who, review status); a filter still applies', async () => {
    const { page, card, text } = await cardsOn(
      'phone.agent',
      '/followups/records',
      'record-card',
      recordNumber,
    );
    for (const part of [WAITING, '电话', '孙手机', '待审核']) expect(text).toContain(part);
    // No column header on a card: the time says what it is.
    expect(text).toMatch(/回访时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await card.locator('[data-testid=record-number]').click();
    await page.locator('.ant-drawer-open').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=filter-method]').click();
    await page.click(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item:has-text("上门")',
    );
    await card.waitFor({ state: 'detached' });
    expect(await scrollsSideways(page)).toBe(false);
    await page.context().close();
  });

  it('记录审核 is cards for the supervisor: number, customer, who, its 审核 button on the screen', async () => {
    const { page, card, text } = await cardsOn(
      'phone.sup',
      '/followups/reviews',
      'review-card',
      recordNumber,
    );
    for (const part of [WAITING, '孙手机', '第 1 次']) expect(text).toContain(part);
    expect(text).toMatch(/回访时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(text).toMatch(/提交时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await inView(page, `[data-testid=review-card]:has-text("${recordNumber}") button`)).toBe(true);
    await card.locator('button').click();
    await page.locator('.ant-drawer-open').waitFor();
    await page.context().close();
  });

  it('回访规则 is cards for the department manager: name, trigger, who, sampling, switch and 编辑', async () => {
    const { page, card, text } = await cardsOn('phone.dm', '/followups/rules', 'rule-card', RULE);
    for (const part of ['维修回访', 'v1', '30%']) expect(text).toContain(part);
    expect(await card.locator('.ant-switch').getAttribute('aria-checked')).toBe('true');
    expect(await inView(page, `[data-testid=rule-card]:has-text("${RULE}") button:has-text("编辑")`)).toBe(
      true,
    );
    await page.context().close();
  });

  it('问题 is cards (number, customer, status, urgency, owner); the search still applies; 发生时间 fits', async () => {
    const { page, text } = await cardsOn('phone.agent', '/issues', 'issue-card', issueNumber);
    for (const part of [CUSTOMER, ISSUE, '紧急', '待处理']) expect(text).toContain(part);
    await page.fill('[data-testid=filter-q] input', '轴承异响');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=issue-card]').count()).toBe(1);
    expect(await scrollsSideways(page)).toBe(false);

    await page.click('[data-testid=register-issue]');
    await page.locator('#raisedAt').click();
    await pickerFits(page, 'issue-time-picker');
    await page.click('.ant-modal-footer button:has-text("取消")');
    await page.waitForSelector('.ant-modal-wrap', { state: 'hidden' });

    // The issue's page: its small tables are cards too. 紧急: its supervisor was told at registration; no revisit yet.
    await page.click(`[data-testid=issue-card] >> text=${issueNumber}`);
    const told = page.locator('[data-testid=issue-escalations-card]');
    await told.waitFor();
    await shoot(page, 'issue');
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.locator('.ant-table').count()).toBe(0);
    const step = await told.textContent();
    for (const part of ['升级步骤', '登记即通知主管', '通知对象', '周主管']) expect(step).toContain(part);
    expect(await page.locator('[data-testid=issue-revisits] .ant-empty').count()).toBe(1);
    await page.context().close();
  });
});
