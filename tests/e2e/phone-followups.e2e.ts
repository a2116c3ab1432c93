import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrollsSideways, seriousViolations } from './axe.ts';
import { apiAs, baseUrl, cookieOf, launch, SHOTS, signIn } from './browser.ts';
import { team } from './team.ts';

// Issue 13 item 12: the follow-up record is filled on a phone. An agent of this file's own team, at 390×844, opens
// the workbench, a task due today, writes the record with a satisfaction rating and finds the task list readable.

const PASSWORD = 'Ready12345';
/** Its task is worked on the phone; the other's stays open for the task list. */
const CUSTOMER = '手机回访测试五金有限公司';
const WAITING = '手机回访测试轴承有限公司';
const ZONE = 'Asia/Shanghai';
const member = team('手机回访测试组', 95, PASSWORD);
let browser: Browser;
let customerId: number;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());

beforeAll(async () => {
  browser = await launch();
  const agentId = await member('phone.agent', '孙手机', ['agent']);
  await member('phone.sup', '周主管', ['supervisor']);
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
    await apiAs(agent, 'POST', '/api/v1/followup-records', {
      customerId,
      method: 'phone',
      contactedAt: new Date(Date.now() - 3_600_000).toISOString(),
      keyPoints: '首次电话沟通，客户同意今天再联系',
      nextFollowupOn: today(),
    });
  }
});
afterAll(() => browser?.close());

async function onPhone(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    hasTouch: true,
  });
  const page = await context.newPage();
  await signIn(page, 'phone.agent', PASSWORD);
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
});
