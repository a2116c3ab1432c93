import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCookie,
  apiAs,
  baseUrl,
  cookieOf,
  launch,
  newPage,
  pickOption,
  SHOTS,
  signIn,
  switchToEnglish,
} from './browser.ts';

// 回访记录 and 记录审核 (SPEC §3.5) as a 客户服务部 team meets them: an agent's records wait for the supervisor, who
// signs one and sends one back with comments; the agent finds the one sent back, reads why and goes to correct it.

const PASSWORD = 'Ready12345';
const CUSTOMER = '记录审核测试有限公司';
let browser: Browser;
const records: Record<'returned' | 'signed' | 'poor' | 'raced' | 'late', { id: number; number: string }> =
  {} as never;

let teamId: number | undefined;

/**
 * A user of this file's own 回访组, ready to sign in, with the display name the pages show. The group is the
 * file's own: other browser tests share the server, and their records must not enter its counts.
 */
async function teamMember(username: string, displayName: string, roles: string[]): Promise<number> {
  const admin = await adminCookie();
  // Top-level (a sub-department would change the tree the departments test sees) and last (seedUser takes the
  // second department of the list).
  teamId ??= (
    await apiAs(admin, 'POST', '/api/v1/departments', {
      name: '记录审核测试组',
      parentId: null,
      sortOrder: 99,
    })
  ).id;
  const user = await apiAs(admin, 'POST', '/api/v1/users', {
    username,
    displayName,
    password: 'Initial123',
    departmentId: teamId,
    roles,
  });
  const first = await cookieOf(username, 'Initial123');
  await apiAs(first, 'POST', '/api/v1/auth/password', {
    currentPassword: 'Initial123',
    newPassword: PASSWORD,
  });
  return user.id;
}

beforeAll(async () => {
  browser = await launch();
  const agentId = await teamMember('rec.agent', '李回访', ['agent']);
  await teamMember('rec.sup', '王主管', ['supervisor']);
  await teamMember('rec.dm', '赵经理', ['dept_manager']);
  const supervisor = await cookieOf('rec.sup', PASSWORD);
  const customer = await apiAs(supervisor, 'POST', '/api/v1/customers', { name: CUSTOMER, agentId });
  const agent = await cookieOf('rec.agent', PASSWORD);
  const log = (hoursAgo: number, values: object) =>
    apiAs(agent, 'POST', '/api/v1/followup-records', {
      customerId: customer.id,
      method: 'phone',
      contactedAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
      ...values,
    });
  // Ten days ago and entered today: 补录, and past the 3 working days for review.
  records.late = await log(240, { serviceSatisfaction: 3, opinions: '上月的回访，今天补录' });
  records.raced = await log(0.04, { serviceSatisfaction: 4, opinions: '两位主管都会看到的记录' });
  records.poor = await log(0.03, {
    serviceSatisfaction: 1,
    productSatisfaction: 2,
    complaint: true,
    opinions: '设备故障两周未修复',
  });
  records.signed = await log(0.02, { serviceSatisfaction: 5, productSatisfaction: 5, opinions: '服务很好' });
  records.returned = await log(0.01, {
    serviceSatisfaction: 4,
    opinions: '希望缩短响应时间',
    answers: [{ question: '是否了解基本功能？', answer: '基本了解' }],
  });
});
afterAll(() => browser?.close());

async function signedIn(username: string, width = 1440, height = 900): Promise<Page> {
  const page = await newPage(browser, width, height);
  await signIn(page, username, PASSWORD);
  await page.waitForSelector('[data-testid=side-menu]');
  return page;
}

async function toEnglish(page: Page) {
  await switchToEnglish(page);
  await page.waitForSelector('[data-testid=side-menu] >> text=Workbench');
  await page.waitForSelector('.ant-dropdown', { state: 'hidden' });
}

/** A picture once drawers have slid in and lists have loaded. */
async function shoot(page: Page, name: string) {
  // Away from the header, where a hover would open the user menu into the picture.
  await page.mouse.move(1, 400);
  await page.waitForSelector('.ant-spin-spinning', { state: 'detached' });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const row = (page: Page, table: string, text: string) =>
  page.locator(`[data-testid=${table}] tr.ant-table-row`, { hasText: text });

const rowTexts = async (page: Page, table: string) =>
  page.locator(`[data-testid=${table}] tr.ant-table-row`).allTextContents();

async function openDrawer(page: Page, table: string, number: string) {
  await row(page, table, number).click();
  await page.waitForSelector(`[data-testid=record-detail]:has-text("${number}")`);
}

async function closeDrawer(page: Page) {
  await page.click('.ant-drawer-close');
  await page.waitForSelector('[data-testid=record-drawer]', { state: 'hidden' });
}

describe('主管审核', () => {
  let sup: Page;

  it('the supervisor opens 记录审核 and sees the team’s records waiting, the late one overdue', async () => {
    sup = await signedIn('rec.sup');
    await sup.click('[data-testid=side-menu] >> text=记录审核');
    await row(sup, 'reviews-to_approve', records.returned.number).waitFor();
    const waiting = await rowTexts(sup, 'reviews-to_approve');
    for (const r of Object.values(records)) expect(waiting.join('\n')).toContain(r.number);
    const late = row(sup, 'reviews-to_approve', records.late.number);
    expect(await late.textContent()).toContain('李回访');
    expect(await late.textContent()).toContain('第 1 次');
    expect(await late.locator('[data-testid=queue-overdue]').textContent()).toBe('逾期');
    expect(await row(sup, 'reviews-to_approve', records.signed.number).textContent()).not.toContain('逾期');
    await shoot(sup, 'records-queue-zh');
  });

  it('sends one back: the form asks for a comment, then the record leaves 待我审核', async () => {
    await openDrawer(sup, 'reviews-to_approve', records.returned.number);
    const detail = sup.locator('[data-testid=record-detail]');
    expect(await detail.textContent()).toContain('希望缩短响应时间');
    expect(await detail.textContent()).toContain('是否了解基本功能？');
    expect(await detail.locator('[data-testid=service-boxes] [data-checked]').textContent()).toBe('☑ 较好');
    expect(await detail.textContent()).toContain('电话回访');
    await shoot(sup, 'records-detail-review-zh');

    await sup.click('[data-testid=return]');
    await sup.locator('[data-testid=decision-form]').waitFor();
    await sup.click('.ant-modal-footer button:has-text("退回")');
    await expect(
      sup.locator('.ant-form-item:has(#comment) .ant-form-item-explain-error').textContent(),
    ).resolves.toBe('退回时请填写意见，告诉登记人要改什么');
    await sup.fill('[data-testid=decision-comment]', '请补充对策与建议');
    await sup.click('.ant-modal-footer button:has-text("退回")');
    await sup.waitForSelector('.ant-message-notice:has-text("已退回给 李回访")');
    await sup.waitForSelector('[data-testid=record-drawer]', { state: 'hidden' });
    await row(sup, 'reviews-to_approve', records.returned.number).waitFor({ state: 'detached' });
  });

  it('signs another without a comment, and 我管辖的全部 shows both decisions', async () => {
    await openDrawer(sup, 'reviews-to_approve', records.signed.number);
    await sup.click('[data-testid=approve]');
    await sup.click('.ant-modal-footer button:has-text("审核签字")');
    await sup.waitForSelector('.ant-message-notice:has-text("已审核签字")');
    await row(sup, 'reviews-to_approve', records.signed.number).waitFor({ state: 'detached' });
    expect((await rowTexts(sup, 'reviews-to_approve')).join('\n')).toContain(records.poor.number);

    await sup.click('.ant-tabs-tab:has-text("我管辖的全部")');
    const back = row(sup, 'reviews-all', records.returned.number);
    await back.waitFor();
    expect(await back.locator('[data-testid=submission-status]').textContent()).toBe('已退回');
    expect(await back.textContent()).toContain('王主管：请补充对策与建议');
    const signed = row(sup, 'reviews-all', records.signed.number);
    expect(await signed.locator('[data-testid=submission-status]').textContent()).toBe('已签字');
    await shoot(sup, 'records-queue-all-zh');

    // The signed record reads as signed, and offers no buttons any more.
    await openDrawer(sup, 'reviews-all', records.signed.number);
    const panel = sup.locator('[data-testid=review-panel]');
    expect(await panel.locator('[data-testid=review-status]').textContent()).toBe('已审核');
    expect(await panel.textContent()).toContain('王主管');
    expect(await sup.locator('[data-testid=approve]').count()).toBe(0);
    await closeDrawer(sup);
  });

  it('a record someone else signed meanwhile: the sign-off says so and the record shows their decision', async () => {
    await sup.click('.ant-tabs-tab:has-text("待我审核")');
    await openDrawer(sup, 'reviews-to_approve', records.raced.number);
    const manager = await cookieOf('rec.dm', PASSWORD);
    await apiAs(manager, 'POST', `/api/v1/followup-records/${records.raced.id}/approve`, {
      comment: '已核实',
    });
    await sup.click('[data-testid=approve]');
    await sup.click('.ant-modal-footer button:has-text("审核签字")');
    await sup.waitForSelector('.ant-message-notice:has-text("该回访记录已批准")');
    const panel = sup.locator('[data-testid=review-panel]');
    await panel.locator('[data-testid=review-status]:has-text("已审核")').waitFor();
    expect(await panel.textContent()).toContain('赵经理');
    expect(await panel.textContent()).toContain('已核实');
    expect(await sup.locator('[data-testid=approve]').count()).toBe(0);
    await closeDrawer(sup);
    await row(sup, 'reviews-to_approve', records.raced.number).waitFor({ state: 'detached' });
  });
});

describe('回访记录 for the supervisor', () => {
  it('filters by 回访人, 方式, 日期, 审核逾期 and 待立案', async () => {
    const sup = await signedIn('rec.sup');
    await sup.click('[data-testid=side-menu] >> text=回访记录');
    await row(sup, 'records-table', records.late.number).waitFor();
    expect(await rowTexts(sup, 'records-table')).toHaveLength(5);
    await pickOption(sup, sup.locator('[data-testid=filter-staff]'), '王主管');
    await sup.waitForSelector('[data-testid=records-table] .ant-empty');
    expect(await rowTexts(sup, 'records-table')).toHaveLength(0);
    await pickOption(sup, sup.locator('[data-testid=filter-staff]'), '李回访');
    await row(sup, 'records-table', records.late.number).waitFor();
    expect(await rowTexts(sup, 'records-table')).toHaveLength(5);
    await pickOption(sup, sup.locator('[data-testid=filter-method]'), '上门/面谈');
    await sup.waitForSelector('[data-testid=records-table] .ant-empty');

    // The day of the late record (its number carries it: HF + yyyymmdd), in the company's calendar.
    await sup.goto(`${baseUrl()}/followups/records`);
    await row(sup, 'records-table', records.late.number).waitFor();
    const day = records.late.number.slice(2, 10).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
    await sup.locator('[data-testid=record-filters] .ant-picker-range input').first().click();
    await sup.keyboard.type(day);
    await sup.keyboard.press('Enter');
    await sup.keyboard.type(day);
    await sup.keyboard.press('Enter');
    await row(sup, 'records-table', records.poor.number).waitFor({ state: 'detached' });
    expect((await rowTexts(sup, 'records-table')).map((r) => r.slice(0, 14))).toEqual([records.late.number]);

    // 审核逾期 and 待立案, each alone.
    const only = async (filter: string, record: { number: string }) => {
      await sup.goto(`${baseUrl()}/followups/records`);
      await row(sup, 'records-table', records.returned.number).waitFor();
      await sup.click(`[data-testid=${filter}]`);
      await row(sup, 'records-table', records.returned.number).waitFor({ state: 'detached' });
      expect((await rowTexts(sup, 'records-table')).map((r) => r.slice(0, 14))).toEqual([record.number]);
    };
    await only('filter-overdue', records.late);
    await only('filter-issue', records.poor);
    await sup.context().close();
  });

  it('opens a record as a page of its own', async () => {
    const sup = await signedIn('rec.sup');
    await sup.goto(`${baseUrl()}/followups/records`);
    await row(sup, 'records-table', records.poor.number).waitFor();
    await openDrawer(sup, 'records-table', records.poor.number);
    await sup.click('.ant-drawer-extra button:has-text("整页查看")');
    await sup.waitForURL(`${baseUrl()}/followups/records/${records.poor.id}`);
    const page = sup.locator('[data-testid=record-detail]');
    expect(await page.locator('[data-testid=record-number]').textContent()).toBe(records.poor.number);
    expect(await page.locator('[data-testid=service-boxes] [data-checked]').textContent()).toBe('☑ 很差');
    expect(await sup.locator('[data-testid=approve]').textContent()).toBe('审核签字');
    await shoot(sup, 'records-page-zh');
    await sup.context().close();
  });
});

describe('回访记录', () => {
  let agent: Page;

  it('the agent filters 已退回, reads the supervisor’s comment and goes to correct the record', async () => {
    agent = await signedIn('rec.agent');
    expect(await agent.locator('[data-testid=side-menu] >> text=记录审核').count()).toBe(0);
    await agent.click('[data-testid=side-menu] >> text=回访记录');
    await row(agent, 'records-table', records.late.number).waitFor();
    expect(await rowTexts(agent, 'records-table')).toHaveLength(5);
    // Newest follow-up first.
    const numbers = await agent
      .locator('[data-testid=records-table] [data-testid=record-number]')
      .allTextContents();
    expect(numbers).toEqual(
      [records.returned, records.signed, records.poor, records.raced, records.late].map((r) => r.number),
    );
    const late = row(agent, 'records-table', records.late.number);
    expect(await late.textContent()).toContain('补录');
    expect(await late.locator('[data-testid=review-overdue]').textContent()).toBe('审核逾期');
    expect(await row(agent, 'records-table', records.poor.number).textContent()).toContain('待立案');
    await shoot(agent, 'records-list-zh');

    await pickOption(agent, agent.locator('[data-testid=filter-review-status]'), '已退回');
    await row(agent, 'records-table', records.late.number).waitFor({ state: 'detached' });
    const rows = await rowTexts(agent, 'records-table');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(records.returned.number);
    expect(rows[0]).toContain('已退回');

    await openDrawer(agent, 'records-table', records.returned.number);
    expect(await agent.locator('[data-testid=return-comment]').textContent()).toBe(
      '主管意见：请补充对策与建议',
    );
    expect(await agent.locator('[data-testid=approve]').count()).toBe(0);
    const panel = agent.locator('[data-testid=review-panel]');
    expect(await panel.textContent()).toContain('王主管');
    expect(await panel.textContent()).toContain('退回 1 次');
    await shoot(agent, 'records-detail-returned-zh');
    await agent.locator('.ant-drawer-body').evaluate((body) => body.scrollTo(0, body.scrollHeight));
    await shoot(agent, 'records-detail-foot-zh');
    await agent.click('[data-testid=resubmit]');
    await agent.waitForURL(`${baseUrl()}/workbench/records/${records.returned.id}/edit`);
  });

  it('差评 only shows the records rated 差 or 很差', async () => {
    await agent.goto(`${baseUrl()}/followups/records`);
    await row(agent, 'records-table', records.late.number).waitFor();
    await agent.click('[data-testid=filter-poor]');
    await row(agent, 'records-table', records.late.number).waitFor({ state: 'detached' });
    const rows = await rowTexts(agent, 'records-table');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(records.poor.number);
    const ratings = await row(agent, 'records-table', records.poor.number)
      .locator('[data-testid=satisfaction]')
      .allTextContents();
    expect(ratings).toEqual(['很差', '差']);
  });

  it('the customer file opens the customer’s records', async () => {
    await agent.goto(`${baseUrl()}/followups/records`);
    await row(agent, 'records-table', records.late.number).locator(`a:has-text("${CUSTOMER}")`).click();
    await agent.click('[data-testid=customer-records]');
    await row(agent, 'records-table', records.late.number).waitFor();
    await expect(agent.locator('[data-testid=customer-filter]').textContent()).resolves.toBe(
      `客户：${CUSTOMER}`,
    );
    expect(agent.url()).toMatch(/\/followups\/records\?customerId=\d+$/);
    expect(await rowTexts(agent, 'records-table')).toHaveLength(5);
  });

  it('我提交的 shows the agent’s submissions and what became of them', async () => {
    await agent.goto(`${baseUrl()}/followups/records`);
    await agent.click('[data-testid=my-submissions]');
    const back = row(agent, 'reviews-mine', records.returned.number);
    await back.waitFor();
    expect(await agent.locator('.ant-tabs-tab').allTextContents()).toEqual(['我提交的']);
    expect(await back.locator('[data-testid=submission-status]').textContent()).toBe('已退回');
    expect(await back.textContent()).toContain('请补充对策与建议');
    const waiting = row(agent, 'reviews-mine', records.poor.number);
    expect(await waiting.locator('[data-testid=submission-status]').textContent()).toBe('待审核');
  });
});

describe('screens', () => {
  it.each([
    [1024, 768],
    [1440, 900],
  ] as const)('reads in English at %i×%i', async (width, height) => {
    const suffix = width === 1024 ? '-1024' : '';
    const agent = await signedIn('rec.agent', width, height);
    await agent.goto(`${baseUrl()}/followups/records`);
    await row(agent, 'records-table', records.late.number).waitFor();
    if (width === 1024) {
      await shoot(agent, `records-list-zh${suffix}`);
      await openDrawer(agent, 'records-table', records.returned.number);
      await shoot(agent, `records-detail-zh${suffix}`);
      await closeDrawer(agent);
    }
    await toEnglish(agent);
    await agent.waitForSelector('.ant-card-head-title:has-text("Follow-up records")');
    expect(await row(agent, 'records-table', records.returned.number).textContent()).toContain('Sent back');
    expect(await row(agent, 'records-table', records.poor.number).textContent()).toContain('Very poor');
    await shoot(agent, `records-list-en${suffix}`);
    await openDrawer(agent, 'records-table', records.returned.number);
    expect(await agent.locator('[data-testid=return-comment]').textContent()).toBe(
      'Supervisor’s comment: 请补充对策与建议',
    );
    expect(await agent.locator('[data-testid=resubmit]').textContent()).toBe('Correct and resubmit');
    await shoot(agent, `records-detail-en${suffix}`);

    const sup = await signedIn('rec.sup', width, height);
    await sup.goto(`${baseUrl()}/followups/reviews`);
    await row(sup, 'reviews-to_approve', records.poor.number).waitFor();
    if (width === 1024) {
      await shoot(sup, `records-queue-zh${suffix}`);
      await openDrawer(sup, 'reviews-to_approve', records.poor.number);
      await shoot(sup, `records-detail-review-zh${suffix}`);
      await closeDrawer(sup);
    }
    await toEnglish(sup);
    await sup.waitForSelector('.ant-tabs-tab:has-text("To review")');
    expect(await row(sup, 'reviews-to_approve', records.late.number).textContent()).toContain('Overdue');
    await shoot(sup, `records-queue-en${suffix}`);
    await openDrawer(sup, 'reviews-to_approve', records.poor.number);
    expect(await sup.locator('[data-testid=approve]').textContent()).toBe('Sign off');
    await shoot(sup, `records-detail-review-en${suffix}`);
    await agent.context().close();
    await sup.context().close();
  });
});
