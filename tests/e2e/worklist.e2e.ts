import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRuleDefinition, type RuleDefinition } from '../../src/domain/followups/rules.ts';
import {
  apiAs,
  baseUrl,
  COMPANY_ZONE,
  companyDate,
  cookieOf,
  launch,
  menuTexts,
  newContext,
  SHOTS,
  seedUser,
  signIn,
} from './browser.ts';

/**
 * 工作台: an agent works their worklist (home page), logs 未接通, writes records (one rated 较好, one on site with
 * the customer's signature); a supervisor sees the team and reassigns; 回访设置 ends a task after two failures.
 * The browser runs in New York time: every time shown must still be the company's (Asia/Shanghai).
 */

let browser: Browser;
const ZONE = COMPANY_ZONE;
const BROWSER_ZONE = 'America/New_York';
const CALL = '工作台未接通测试有限公司';
const RATED = '工作台满意度测试有限公司';
const ONSITE = '工作台上门签字测试有限公司';
const ONSITE_SHOTS = '工作台签字截图有限公司';
const MOVED = '工作台改派测试有限公司';
const SIGN_TAG = '工作台签字测试';
let admin: string;
let sup: string;
let agentId: number;
let settingsBefore: { weeklyCap: number; maxFailedAttempts: number };

const today = () => companyDate();
const shanghaiClock = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

beforeAll(async () => {
  browser = await launch();
  await seedUser('wb.agent', ['agent']);
  await seedUser('wb.agent2', ['agent']);
  await seedUser('wb.sup', ['supervisor']);
  admin = await cookieOf('admin', 'Admin12345');
  sup = await cookieOf('wb.sup', 'Ready12345');
  const agent = await cookieOf('wb.agent', 'Ready12345');
  agentId = (await apiAs(agent, 'GET', '/api/v1/auth/me')).id;
  settingsBefore = await apiAs(admin, 'GET', '/api/v1/settings/followups');

  // An on-site visit with the customer's signature when a customer tagged 工作台签字测试 is created.
  await activeTaggedRule(SIGN_TAG, {
    name: '新客户上门回访（工作台测试）',
    type: 'onsite',
    method: 'onsite',
    priority: 'high',
    script: '您好，我是回访专员，今天上门了解设备的使用情况。',
    questionnaire: [
      { question: '设备运行是否正常？', kind: 'choice', options: ['正常', '偶有故障', '经常故障'] },
      { question: '对安装服务的评分', kind: 'rating', options: [] },
    ],
    signatureRequired: true,
  });

  // The supervisor files the customers with the agent as their service agent.
  const customer = (name: string, tags: string[] = []) =>
    apiAs(sup, 'POST', '/api/v1/customers', { name, agentId, tags });
  const call = await customer(CALL);
  await apiAs(sup, 'POST', `/api/v1/customers/${call.id}/contacts`, {
    name: '张三',
    position: '设备科长',
    mobile: '13812345678',
    isPrimary: true,
  });
  const rated = await customer(RATED);
  const moved = await customer(MOVED);
  await customer(ONSITE, [SIGN_TAG]);
  await customer(ONSITE_SHOTS, [SIGN_TAG]);
  await apiAs(admin, 'POST', '/api/v1/jobs/followup-generation/run', {});

  // A first call to each phone customer, with the next follow-up today: a task for the agent.
  for (const c of [call, rated, moved]) {
    await apiAs(agent, 'POST', '/api/v1/followup-records', {
      customerId: c.id,
      method: 'phone',
      contactedAt: new Date(Date.now() - 3_600_000).toISOString(),
      keyPoints: '首次电话沟通，客户同意今天再联系',
      nextFollowupOn: today(),
    });
  }
});

/** An active rule: a task for the customer's service agent when a customer with `tag` is created. */
async function activeTaggedRule(tag: string, definition: Partial<RuleDefinition>) {
  const rule = await apiAs(admin, 'POST', '/api/v1/followup-rules', {
    definition: newRuleDefinition({
      trigger: { kind: 'event', event: 'customer_created' },
      audience: { ...newRuleDefinition().audience, tags: [tag] },
      within: { amount: 5, unit: 'calendar_days' },
      assignee: { kind: 'agent' },
      proactive: false,
      ...definition,
    }),
  });
  await apiAs(admin, 'POST', `/api/v1/followup-rules/${rule.id}/activate`, {});
}

afterAll(async () => {
  if (settingsBefore) await apiAs(admin, 'PUT', '/api/v1/settings/followups', settingsBefore);
  await browser?.close();
});

async function signedIn(
  username: string,
  { width = 1440, height = 900, english = false } = {},
): Promise<Page> {
  const context = await newContext(browser, {
    viewport: { width, height },
    locale: 'zh-CN',
    timezoneId: BROWSER_ZONE,
    hasTouch: width < 500,
  });
  if (english) await context.addInitScript(() => localStorage.setItem('huifang.locale', 'en'));
  const page = await context.newPage();
  await signIn(page, username, username === 'admin' ? 'Admin12345' : 'Ready12345');
  await page.waitForSelector('[data-testid=greeting]');
  return page;
}

async function shoot(page: Page, name: string) {
  await page.waitForSelector('.ant-spin-spinning', { state: 'detached' });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const row = (page: Page, section: string, customer: string) =>
  page.locator(`[data-testid=list-${section}] [data-testid=task-row]`, { hasText: customer });

async function count(page: Page, section: string): Promise<number> {
  return Number(await page.locator(`[data-testid=count-${section}]`).first().textContent());
}

async function openSection(page: Page, section: string) {
  await page.locator(`[data-testid=section-${section}]`).first().click();
}

/** Signs on the pad: with the mouse, or with a finger where the screen is a phone's. */
async function drawSignature(page: Page) {
  const pad = page.locator('[data-testid=signature-pad]');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature pad');
  const points = Array.from({ length: 13 }, (_, i) => ({
    x: box.x + 30 + i * 18,
    y: box.y + box.height * (i === 0 ? 0.6 : 0.6 + (i % 2 ? -0.25 : 0.15)),
  }));
  if ((page.viewportSize()?.width ?? 1440) < 500) {
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: { x: number; y: number }) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [{ x: p.x, y: p.y }] : [] });
    await touch('touchStart', points[0]);
    for (const p of points.slice(1)) await touch('touchMove', p);
    await touch('touchEnd');
    return;
  }
  const [first, ...rest] = points;
  await page.mouse.move(first?.x ?? 0, first?.y ?? 0);
  await page.mouse.down();
  for (const p of rest) await page.mouse.move(p.x, p.y, { steps: 3 });
  await page.mouse.up();
}

/** How much ink the pad shows (dark pixels). */
function ink(page: Page): Promise<number> {
  return page.locator('[data-testid=signature-pad]').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
    return dark;
  });
}

describe('工作台', () => {
  let agent: Page;

  it('is the agent’s home page, under 回访管理, with the task due now in Shanghai time', async () => {
    agent = await signedIn('wb.agent');
    expect(new URL(agent.url()).pathname).toBe('/workbench');
    expect(await menuTexts(agent)).toEqual([
      '客户',
      '客户档案',
      '查阅申请',
      '回访管理',
      '工作台',
      '回访任务',
      '回访记录',
      '问题',
      '知识库',
    ]);
    await expect(agent.locator('[data-testid=greeting]').textContent()).resolves.toBe('您好，用户wb.agent');

    const call = row(agent, 'now', CALL);
    await call.waitFor();
    const text = (await call.textContent()) ?? '';
    expect(text).toContain('常规回访 · 电话');
    expect(text).toContain('优先时段 10:00–11:30、15:30–17:00');
    expect(text).toContain('张* 138****5678');
    // Due at midnight in Shanghai (noon or 11:00 in New York, where the browser is).
    expect(text).toContain('截止 明天 00:00');
    const onsite = row(agent, 'now', ONSITE);
    expect(await onsite.textContent()).toContain('需签字');
    expect(await onsite.textContent()).toContain('现场回访 · 上门/面谈');
    expect(await count(agent, 'now')).toBeGreaterThanOrEqual(5);
    await shoot(agent, 'workbench-zh');
  });

  it('logs 未接通 on a call: the task moves to 待回拨 with its next time', async () => {
    const callbacksBefore = await count(agent, 'callbacks');
    await row(agent, 'now', CALL).click();
    const drawer = agent.locator('.ant-drawer-section');
    await drawer.locator(`[data-testid=card-customer]:has-text("${CALL}")`).waitFor();
    expect(await drawer.locator('[data-testid=card-contacts]').textContent()).toContain('13812345678');
    expect(await drawer.locator('[data-testid=card-records]').textContent()).toContain(
      '首次电话沟通，客户同意今天再联系',
    );
    expect(await drawer.locator('[data-testid=card-preparation]').textContent()).toContain('情绪良好');
    await drawer.locator('[data-testid=card-preparation] .ant-checkbox-wrapper:has-text("嗓音清晰")').click();
    await shoot(agent, 'workbench-drawer-zh');

    await agent.click('[data-testid=log-attempt]');
    const form = agent.locator('[data-testid=attempt-form]');
    await form.locator('label:has-text("未接通")').click();
    await form.locator('textarea').fill('无人接听');
    await agent.click('.ant-modal-footer button:has-text("保存")');
    const notice = agent.locator('.ant-message-notice:has-text("已登记，下次联系：")');
    await notice.waitFor();
    const next = drawer.locator('[data-testid=card-next-attempt]');
    await next.waitFor();
    expect(await drawer.locator('[data-testid=card-attempts]').textContent()).toMatch(
      /未接通.*用户wb\.agent.*无人接听/,
    );

    const list = await apiAs(await cookieOf('wb.agent', 'Ready12345'), 'GET', '/api/v1/worklist');
    const task = list.callbacks.find((t: { customerName: string }) => t.customerName === CALL);
    expect(task.nextAttemptAt).toBeTruthy();
    const clock = shanghaiClock(task.nextAttemptAt);
    expect(await next.textContent()).toContain(clock);
    await agent.click('.ant-drawer-close');

    await expect.poll(() => count(agent, 'callbacks')).toBe(callbacksBefore + 1);
    expect(await row(agent, 'now', CALL).count()).toBe(0);
    await openSection(agent, 'callbacks');
    const waiting = row(agent, 'callbacks', CALL);
    await waiting.waitFor();
    expect(await waiting.textContent()).toMatch(new RegExp(`回拨 (今天|明天|\\d\\d-\\d\\d) ${clock}`));
    expect(await waiting.textContent()).toContain('已联系 1 次，1 次未果');
    await shoot(agent, 'workbench-callbacks-zh');
    await openSection(agent, 'now');
  });

  it('saves a record rated 较好 with opinions: a number HF…, and the task leaves the list', async () => {
    await row(agent, 'now', RATED).click();
    await agent.click('[data-testid=write-record]');
    await agent.waitForURL(/\/workbench\/tasks\/\d+\/record$/);
    const form = agent.locator('[data-testid=record-form]');
    await form.waitFor();
    expect(await agent.locator('[data-testid=record-customer]').textContent()).toContain(RATED);
    await agent.locator('[data-testid=serviceSatisfaction] label:has-text("较好")').click();
    await form.locator('#opinions').fill('希望增加操作培训');
    await form.locator('#countermeasures').fill('安排下周上门培训');
    await agent.click('[data-testid=add-action]');
    await form.locator('#actionItems_0_text').fill('提供培训日程');

    // A time tomorrow: the server refuses it, and says so on 回访时间.
    const tomorrow = new Date(Date.now() + 86_400_000);
    const later = `${companyDate(tomorrow)} 10:00`;
    const when = form.locator('#contactedAt');
    await when.click();
    await when.press('ControlOrMeta+a');
    await when.fill(later);
    await agent.click('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-ok button');
    await agent.click('[data-testid=save-record]');
    await expect(
      agent.locator('.ant-form-item:has(#contactedAt) .ant-form-item-explain-error').textContent(),
    ).resolves.toBe('回访时间不能晚于现在');

    const now = new Intl.DateTimeFormat('sv-SE', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(Date.now() - 60_000));
    await when.click();
    await when.press('ControlOrMeta+a');
    await when.fill(now);
    await agent.click('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-ok button');
    await agent.click('[data-testid=save-record]');
    const saved = agent.locator('[data-testid=record-saved]');
    await saved.waitFor();
    expect(new URL(agent.url()).pathname).toBe('/workbench');
    expect(await saved.textContent()).toMatch(/回访记录 HF\d{8}\d+ 已保存，任务已完成/);
    expect(await saved.textContent()).not.toContain('问题登记');
    await agent.locator(`[data-testid=list-now] [data-testid=task-row]`).first().waitFor();
    await expect.poll(() => agent.locator('[data-testid=task-row]', { hasText: RATED }).count()).toBe(0);
  });

  it('an on-site record needs the signature: a photo over 1 MB is refused, one drawn on the pad is saved', async () => {
    await row(agent, 'now', ONSITE).click();
    const drawer = agent.locator('.ant-drawer-section');
    await drawer.locator('[data-testid=agree-by]').waitFor();
    expect(await drawer.locator('[data-testid=agree-by]').textContent()).toMatch(
      /上门回访请于 \d{4}-\d\d-\d\d 前与客户约定时间和地点/,
    );
    expect(await drawer.locator('[data-testid=card-script]').textContent()).toContain(
      '今天上门了解设备的使用情况',
    );
    expect(await drawer.locator('[data-testid=card-questionnaire]').textContent()).toContain(
      '设备运行是否正常？',
    );
    expect(await drawer.locator('[data-testid=card-preparation]').textContent()).toContain('仪容仪表');
    await agent.click('[data-testid=write-record]');
    const form = agent.locator('[data-testid=record-form]');
    await form.waitFor();
    await form.locator('label:has-text("偶有故障")').click();
    await agent.locator('[data-testid=productSatisfaction] label:has-text("好")').first().click();

    await agent.click('[data-testid=save-record]');
    await expect(
      agent
        .locator('.ant-form-item:has([data-testid=signature-field]) .ant-form-item-explain-error')
        .textContent(),
    ).resolves.toBe('现场回访须有客户签字');

    await agent.click('[data-testid=signature-field] .ant-segmented-item:has-text("上传签字表照片")');
    await agent.setInputFiles('[data-testid=signature-field] input[type=file]', {
      name: '签字表.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.alloc(1_300_000, 1),
    });
    await expect(agent.locator('[data-testid=photo-problem]').textContent()).resolves.toContain(
      '照片不能超过 1 MB，这张有 1.2 MB',
    );

    await agent.click('[data-testid=signature-field] .ant-segmented-item:has-text("手写签字")');
    await drawSignature(agent);
    await agent.waitForSelector(
      '.ant-form-item:has([data-testid=signature-field]) .ant-form-item-explain-error',
      { state: 'detached' },
    );
    await agent.click('[data-testid=save-record]');
    const saved = agent.locator('[data-testid=record-saved]');
    await saved.waitFor();
    expect(await saved.textContent()).toMatch(/回访记录 HF\d{8}\d+ 已保存/);
    await agent.locator(`[data-testid=list-now] [data-testid=task-row]`).first().waitFor();
    await expect.poll(() => agent.locator('[data-testid=task-row]', { hasText: ONSITE }).count()).toBe(0);
  });

  it('a record rated 很差 says an issue request was raised', async () => {
    // The customer who did not answer calls back, unhappy.
    const agentCookie = await cookieOf('wb.agent', 'Ready12345');
    const list = await apiAs(agentCookie, 'GET', '/api/v1/worklist');
    const call = list.callbacks.find((t: { customerName: string }) => t.customerName === CALL);
    await agent.goto(`${baseUrl()}/workbench/tasks/${call.id}/record`);
    const form = agent.locator('[data-testid=record-form]');
    await form.waitFor();
    await agent.locator('[data-testid=serviceSatisfaction] label:has-text("很差")').click();
    await form.locator('#opinions').fill('多次打不通客服电话');
    await agent.click('[data-testid=save-record]');
    const saved = agent.locator('[data-testid=record-saved]');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('客户评价为差/很差或明确投诉，已提交问题登记请求');
  });
});

describe('团队视图', () => {
  it('the supervisor sees the team’s week and reassigns a task to a colleague', async () => {
    const page = await signedIn('wb.sup');
    expect(new URL(page.url()).pathname).toBe('/workbench');
    await page.click('[data-testid=tab-team]');
    const grid = page.locator('[data-testid=team-grid]');
    await grid.locator('[data-testid=team-person]:has-text("用户wb.agent2")').waitFor();
    const week = (await page.locator('[data-testid=team-week]').textContent()) ?? '';
    expect(week).toMatch(/^\d{4}-\d\d-\d\d ~ \d{4}-\d\d-\d\d$/);
    expect(week.slice(0, 10) <= today() && today() <= week.slice(-10)).toBe(true);
    const agentRow = grid.locator('tr.ant-table-row', {
      has: page.locator('[data-testid=team-person]', { hasText: /^用户wb\.agent$/ }),
    });
    // Today: the moved customer's task is still open; the two records done; one task overdue or open.
    expect(await agentRow.textContent()).toMatch(/待办 \d+/);
    expect(await agentRow.textContent()).toMatch(/完成 \d+/);
    await shoot(page, 'workbench-team-zh');

    await agentRow.locator('[data-testid=team-person]').click();
    const theirs = page.locator('[data-testid=person-worklist]');
    await expect(theirs.locator('[data-testid=person-worklist-title]').textContent()).resolves.toBe(
      '用户wb.agent的工作台',
    );
    const task = theirs.locator('[data-testid=task-row]', { hasText: MOVED });
    await task.waitFor();
    await task.locator('[data-testid=reassign]').click();
    const form = page.locator('[data-testid=reassign-form]');
    await form.locator('#assigneeId').click();
    await page.click('.ant-select-item-option:has-text("用户wb.agent2")');
    await form.locator('#reason').fill('专员请假');
    await page.click('.ant-modal-footer button:has-text("改派")');
    await page.waitForSelector('.ant-message-notice:has-text("已改派给 用户wb.agent2")');
    await expect.poll(() => theirs.locator('[data-testid=task-row]', { hasText: MOVED }).count()).toBe(0);

    await grid.locator('[data-testid=team-person]:has-text("用户wb.agent2")').click();
    await theirs.locator('[data-testid=task-row]', { hasText: MOVED }).waitFor();
    await shoot(page, 'workbench-team-person-zh');

    await page.click('[data-testid=next-week]');
    await expect
      .poll(async () => (await page.locator('[data-testid=team-week]').textContent()) !== week)
      .toBe(true);
  });
});

describe('回访设置', () => {
  it('the admin sets two failed attempts, after which a second busy line ends the task as 未接通', async () => {
    const page = await signedIn('admin');
    await page.click('[data-testid=side-menu] >> text=回访规则');
    await page.click('.ant-tabs-tab:has-text("回访设置")');
    const form = page.locator('[data-testid=followup-settings]');
    await form.waitFor();
    await form.locator('#maxFailedAttempts').fill('2');
    await page.click('[data-testid=save-settings]');
    await page.waitForSelector('.ant-message-notice:has-text("回访设置已保存")');
    await shoot(page, 'followup-settings-zh');

    // The agent2 now holds the moved task. The customer asks to be called back tomorrow at 10:00 (Shanghai).
    const agent2 = await signedIn('wb.agent2');
    await row(agent2, 'now', MOVED).click();
    await agent2.click('[data-testid=log-attempt]');
    await agent2.locator('[data-testid=attempt-form] label:has-text("约定回拨")').click();
    const callbackAt = agent2.locator('[data-testid=attempt-form] #callbackAt');
    await callbackAt.click();
    const tomorrow = companyDate(new Date(Date.now() + 86_400_000));
    await callbackAt.fill(`${tomorrow} 10:00`);
    await agent2.click('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-ok button');
    await shoot(agent2, 'attempt-callback-zh');
    await agent2.click('.ant-modal-footer button:has-text("保存")');
    await agent2.waitForSelector('.ant-message-notice:has-text("已登记，下次联系：明天 10:00")');
    const drawer = agent2.locator('.ant-drawer-section');
    await expect(drawer.locator('[data-testid=card-next-attempt]').textContent()).resolves.toBe(
      '下次联系 明天 10:00',
    );
    expect(await drawer.locator('[data-testid=card-attempts]').textContent()).toContain(
      `约定 ${tomorrow} 10:00 回拨`,
    );

    // Two busy lines end it: 回访设置 says two failures.
    for (const _ of [1, 2]) {
      await agent2.click('[data-testid=log-attempt]');
      await agent2.locator('[data-testid=attempt-form] label:has-text("忙线")').click();
      await agent2.click('.ant-modal-footer button:has-text("保存")');
      await agent2.waitForSelector('.ant-modal', { state: 'hidden' });
    }
    await agent2.waitForSelector('.ant-message-notice:has-text("已登记，任务结束：2 次联系未果")');
    await expect(drawer.locator('[data-testid=card-status]').textContent()).resolves.toBe('未接通');
    expect(await drawer.locator('[data-testid=log-attempt]').count()).toBe(0);
  });
});

describe('a long worklist', () => {
  it('shows the first 20 due now, and 加载更多 brings the rest', async () => {
    await seedUser('wb.busy', ['agent']);
    const busy = await apiAs(await cookieOf('wb.busy', 'Ready12345'), 'GET', '/api/v1/auth/me');
    const tag = '工作台分页测试';
    await activeTaggedRule(tag, { name: '新客户电话回访（分页测试）', type: 'first', method: 'phone' });
    for (let i = 1; i <= 23; i++) {
      await apiAs(sup, 'POST', '/api/v1/customers', {
        name: `分页测试客户${i}号`,
        agentId: busy.id,
        tags: [tag],
      });
    }
    await apiAs(admin, 'POST', '/api/v1/jobs/followup-generation/run', {});

    const page = await signedIn('wb.busy');
    const rows = page.locator('[data-testid=list-now] [data-testid=task-row]');
    await rows.first().waitFor();
    expect(await count(page, 'now')).toBe(23);
    expect(await rows.count()).toBe(20);
    expect(await page.locator('[data-testid=list-now]').textContent()).toContain('仅显示前 20 条，共 23 条');
    await page.locator('[data-testid=more-now]').scrollIntoViewIfNeeded();
    await shoot(page, 'worklist-more-before-zh');
    await page.click('[data-testid=more-now]');
    await rows.nth(22).waitFor();
    expect(await rows.count()).toBe(23);
    expect(await page.locator('[data-testid=more-now]').count()).toBe(0);
    await shoot(page, 'worklist-more-zh');
    await page.context().close();
  });
});

describe('reads well at every size, in Chinese and English', () => {
  const sizes = [
    [1440, 900],
    [1024, 768],
    [390, 844],
  ] as const;
  for (const english of [false, true]) {
    for (const [width, height] of sizes) {
      const tag = `${english ? 'en' : 'zh'}-${width}`;
      it(`工作台, drawer and record form with a signature (${tag})`, async () => {
        const page = await signedIn('wb.agent', { width, height, english });
        const onsite = row(page, 'now', ONSITE_SHOTS);
        await onsite.waitFor();
        await shoot(page, `workbench-${tag}`);
        await onsite.click();
        await page.locator('[data-testid=agree-by]').waitFor();
        await shoot(page, `workbench-drawer-${tag}`);
        await page.click('[data-testid=write-record]');
        await page.locator('[data-testid=record-form]').waitFor();
        await shoot(page, `record-form-${tag}`);
        if (english) {
          expect(await page.locator('[data-testid=record-form]').textContent()).toContain('Fairly good');
        }
        expect(await ink(page)).toBe(0);
        await drawSignature(page);
        expect(await ink(page)).toBeGreaterThan(100);
        await page.locator('[data-testid=signature-pad]').scrollIntoViewIfNeeded();
        await shoot(page, `record-signature-${tag}`);
        await page.screenshot({ path: `${SHOTS}/record-full-${tag}.png`, fullPage: true });
        await page.context().close();
      });

      it(`团队视图 (${tag})`, async () => {
        const page = await signedIn('wb.sup', { width, height, english });
        await page.click('[data-testid=tab-team]');
        await page.locator('[data-testid=team-person]').first().waitFor();
        await page.click(`[data-testid=team-person]:text-is("用户wb.agent")`);
        await page.locator('[data-testid=person-worklist] [data-testid=task-row]').first().waitFor();
        await shoot(page, `workbench-team-${tag}`);
        await page.screenshot({ path: `${SHOTS}/workbench-team-full-${tag}.png`, fullPage: true });
        await page.context().close();
      });
    }
  }
});
