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

// 知识库 as a service team builds it: the supervisor turns a resolved paper-jam complaint into an article, finds
// it again by a word of it, and an agent typing in a like complaint is shown that article and the customer's
// issue still open about the same jam.

const PASSWORD = 'Ready12345';
const CUSTOMER = '知识库测试印务有限公司';
let browser: Browser;
let teamId: number | undefined;
const people = {} as Record<'sup' | 'agent', number>;
let customerId = 0;
const solved = { id: 0, number: '' };
const stillOpen = { id: 0, number: '' };
let articleId = 0;

/** A user of this file's own team, ready to sign in. */
async function teamMember(username: string, displayName: string, roles: string[], supervisorId?: number) {
  const admin = await adminCookie();
  // Top-level and last, like the other files' teams: the departments test sees the tree it expects.
  teamId ??= (
    await apiAs(admin, 'POST', '/api/v1/departments', { name: '知识库测试组', parentId: null, sortOrder: 97 })
  ).id;
  const user = await apiAs(admin, 'POST', '/api/v1/users', {
    username,
    displayName,
    password: 'Initial123',
    departmentId: teamId,
    roles,
    supervisorId: supervisorId ?? null,
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
  people.sup = await teamMember('kb.sup', '郑主管', ['supervisor']);
  people.agent = await teamMember('kb.agent', '冯专员', ['agent'], people.sup);
  const sup = await cookieOf('kb.sup', PASSWORD);
  customerId = (await apiAs(sup, 'POST', '/api/v1/customers', { name: CUSTOMER, agentId: people.agent })).id;
  const raise = async (description: string) =>
    apiAs(sup, 'POST', '/api/v1/issues', {
      customerId,
      channel: 'phone',
      urgency: 'normal',
      category: '售后维修',
      description,
      ownerId: people.sup,
      raisedAt: new Date(Date.now() - 30 * 60_000).toISOString(),
    });
  const first = await raise('复印机频繁卡纸，每天打印时卡纸十几次，进纸时有异响');
  Object.assign(solved, { id: first.id, number: first.number });
  await apiAs(sup, 'POST', `/api/v1/issues/${solved.id}/transitions`, { to: 'in_progress' });
  await apiAs(sup, 'POST', `/api/v1/issues/${solved.id}/transitions`, {
    to: 'resolved',
    solution: '更换磨损的搓纸轮，清洁进纸通道，\n并提醒客户使用 70 克以上的复印纸。',
  });
  const second = await raise('另一台复印机也开始卡纸');
  Object.assign(stillOpen, { id: second.id, number: second.number });
});
afterAll(() => browser?.close());

async function signedIn(username: string): Promise<Page> {
  const page = await newPage(browser, 1440, 900);
  await signIn(page, username, PASSWORD);
  await page.waitForSelector('[data-testid=side-menu]');
  return page;
}

async function shoot(page: Page, name: string, fullPage = false) {
  await page.mouse.move(1, 400);
  await page.waitForSelector('.ant-spin-spinning', { state: 'detached' });
  await page.waitForSelector('.ant-message-notice', { state: 'detached' });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

describe('知识库', () => {
  it('the supervisor turns the resolved issue into an article and finds it by a word of it', async () => {
    const sup = await signedIn('kb.sup');
    await sup.goto(`${baseUrl()}/issues/${solved.id}`);
    await sup.locator('[data-testid=issue-title]').waitFor();
    await sup.click('[data-testid=action-to-article]');
    const form = sup.locator('[data-testid=article-form]');
    await form.waitFor();
    // Filled in from the issue: its category and the start of its description, the description, the solution.
    expect(await form.locator('[data-testid=article-title]').inputValue()).toBe(
      '售后维修：复印机频繁卡纸，每天打印时卡纸十几次，进纸时有异响',
    );
    expect(await form.locator('[data-testid=article-solution]').inputValue()).toContain('更换磨损的搓纸轮');
    await form.locator('[data-testid=article-title]').fill('复印机频繁卡纸：更换搓纸轮');
    await form.locator('[data-testid=article-typical]').click();
    await shoot(sup, 'knowledge-from-issue-zh');
    await sup.click('.ant-modal-footer button:has-text("保存")');
    await sup.waitForURL(/\/knowledge\/\d+$/);
    articleId = Number(new URL(sup.url()).pathname.split('/').pop());
    await sup.locator('[data-testid=article-heading]').waitFor();
    expect(await sup.locator('[data-testid=article-heading]').textContent()).toBe(
      '复印机频繁卡纸：更换搓纸轮',
    );
    expect(await sup.locator('[data-testid=article-typical-tag]').textContent()).toBe('典型案例');
    expect(await sup.locator('[data-testid=article-source]').textContent()).toBe(solved.number);
    expect(await sup.locator('[data-testid=article-solution-text]').textContent()).toContain('\n并提醒客户');
    await shoot(sup, 'knowledge-article-zh', true);

    await sup.click('[data-testid=side-menu] >> text=知识库');
    await sup.waitForURL(`${baseUrl()}/knowledge`);
    await sup.locator('[data-testid=kb-search] input').fill('卡纸');
    await sup.locator('[data-testid=kb-search] input').press('Enter');
    const hit = sup.locator('[data-testid=kb-item]', { hasText: '复印机频繁卡纸：更换搓纸轮' });
    await hit.waitFor();
    expect(await sup.locator('[data-testid=kb-item]').first().textContent()).toContain('更换搓纸轮');
    expect(await hit.locator('[data-testid=kb-item-source]').textContent()).toBe(solved.number);
    await shoot(sup, 'knowledge-list-zh');

    await switchToEnglish(sup);
    await sup.waitForSelector('[data-testid=side-menu] >> text=Knowledge base');
    await sup.waitForSelector('.ant-dropdown', { state: 'hidden' });
    await hit.waitFor();
    expect(await sup.locator('[data-testid=kb-order]').textContent()).toContain('Best match first');
    await shoot(sup, 'knowledge-list-en');
    await sup.click('[data-testid=user-menu]');
    await sup.click('.ant-dropdown-menu-item:has-text("中文")');
    await sup.context().close();
  });

  it('an agent typing a like complaint sees the article and the open issue of the same customer', async () => {
    expect(articleId).toBeGreaterThan(0);
    const agent = await signedIn('kb.agent');
    await agent.goto(`${baseUrl()}/issues`);
    await agent.click('[data-testid=register-issue]');
    const form = agent.locator('[data-testid=issue-form]');
    await form.waitFor();
    await pickOption(agent, form.locator('[data-testid=issue-customer]'), CUSTOMER, { search: true });
    // Under four characters nothing is asked.
    await form.locator('[data-testid=issue-description]').fill('卡纸');
    await agent.waitForTimeout(800);
    expect(await agent.locator('[data-testid=issue-suggestions]').count()).toBe(0);
    await form.locator('[data-testid=issue-description]').fill('复印机打印时总是卡纸，进纸有异响');
    const panel = agent.locator('[data-testid=issue-suggestions]');
    await panel.waitFor();
    await panel.locator('[data-testid=suggested-articles] >> text=复印机频繁卡纸：更换搓纸轮').waitFor();
    const issues = panel.locator('[data-testid=suggested-issues]');
    await issues.locator(`text=${stillOpen.number}`).waitFor();
    expect(await issues.textContent()).toContain('同一客户');
    // The resolved one too, not yet closed: someone may be answering the same customer already.
    expect(await issues.textContent()).toContain(solved.number);
    expect(await issues.locator(`a:has-text("${stillOpen.number}")`).getAttribute('target')).toBe('_blank');
    await shoot(agent, 'knowledge-register-suggestions-zh');
    await agent.context().close();
  });

  it("修改 after someone else saved first shows the server's words, and saves on the article as it now is", async () => {
    const sup = await signedIn('kb.sup');
    await sup.goto(`${baseUrl()}/knowledge/${articleId}`);
    await sup.locator('[data-testid=article-heading]').waitFor();
    // A colleague changes it meanwhile.
    const other = await cookieOf('kb.sup', PASSWORD);
    const current = await apiAs(other, 'GET', `/api/v1/knowledge-articles/${articleId}`);
    await apiAs(other, 'PUT', `/api/v1/knowledge-articles/${articleId}`, {
      version: current.version,
      category: '产品质量',
    });
    await sup.click('[data-testid=article-edit]');
    const form = sup.locator('[data-testid=article-form]');
    await form.locator('[data-testid=article-title]').fill('复印机卡纸：更换搓纸轮');
    await sup.click('.ant-modal-footer button:has-text("保存")');
    await sup.locator('[data-testid=article-conflict]').waitFor();
    await shoot(sup, 'knowledge-edit-conflict-zh');
    await sup.click('.ant-modal-footer button:has-text("保存")');
    await form.waitFor({ state: 'detached' });
    await sup.locator('[data-testid=article-heading]', { hasText: '复印机卡纸：更换搓纸轮' }).waitFor();
    await sup.context().close();
  });
});
