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
  seedUser,
  signIn,
  switchToEnglish,
} from './browser.ts';

let browser: Browser;
let admin: string;
/** The chains as they were: the server is shared with the other journeys, which expect the defaults. */
let original: unknown;
let customerId: number;

beforeAll(async () => {
  browser = await launch();
  admin = await adminCookie();
  original = await apiAs(admin, 'GET', '/api/v1/settings/approval-chains');
  await seedUser('w.am', ['account_manager']);
  await seedUser('w.mkt', ['marketing']);
  await seedUser('w.dm', ['dept_manager']);
  await seedUser('w.ceo', ['executive']);
  const am = await cookieOf('w.am', 'Ready12345');
  const created = await apiAs(am, 'POST', '/api/v1/customers', {
    name: '审批流程测试公司',
    industry: '制造业',
    annualAmount: '300000',
    contacts: [{ name: '钱九', position: '采购经理', mobile: '13800009999' }],
  });
  customerId = created.id;
});
afterAll(async () => {
  if (original) await apiAs(admin, 'PUT', '/api/v1/settings/approval-chains', original);
  await browser?.close();
});

async function signedIn(username: string, password = 'Ready12345'): Promise<Page> {
  const page = await newPage(browser, 1440, 900);
  await signIn(page, username, password);
  await page.waitForSelector('[data-testid=greeting]');
  return page;
}

async function signedInAt(username: string, path: string): Promise<Page> {
  const page = await signedIn(username);
  await page.goto(`${baseUrl()}${path}`);
  return page;
}

/** w.mkt asks to see the test customer at this level; returns w.mkt's cookie. */
async function requestAccess(level: 'secret' | 'confidential', purpose: string): Promise<string> {
  const mkt = await cookieOf('w.mkt', 'Ready12345');
  await apiAs(mkt, 'POST', '/api/v1/access-requests', {
    customerIds: [customerId],
    level,
    purpose,
    reason: '需要联系人电话',
    durationDays: 7,
  });
  return mkt;
}

/** Waits for the page's transitions to end (a table's loading veil fades out), so a screenshot shows it still. */
async function still(page: Page) {
  await page.waitForFunction(
    () => document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).length === 0,
  );
}

const mine = async (cookie: string) =>
  (await apiAs(cookie, 'GET', '/api/v1/access-requests?box=mine')).items.find(
    (r: { customers: { id: number }[] }) => r.customers.some((c) => c.id === customerId),
  );

describe('系统设置 → 审批流程', () => {
  it('the admin adds the executive after the department manager to 机密; a 查阅申请 then needs both', async () => {
    const page = await signedIn('admin', 'Admin12345');
    await page.click('[data-testid=side-menu] >> text=审批流程');
    const chain = page.locator('[data-testid=chain-access-confidential]');
    await chain.locator('tbody tr.ant-table-row').first().waitFor();
    await expect(chain.locator('tbody tr.ant-table-row').count()).resolves.toBe(1);
    await still(page);
    await page.screenshot({ path: `${SHOTS}/approval-chains.png`, fullPage: true });

    // A named-department step needs its department: the field says so, and the step goes again.
    const exportChain = page.locator('[data-testid=chain-export-default]');
    await exportChain.locator('button:has-text("添加步骤")').click();
    await page.locator('.ant-dropdown-menu-item:visible', { hasText: '指定部门' }).click();
    await page.click('[data-testid=save-chains]');
    await exportChain.locator('.ant-form-item-explain-error:has-text("请输入")').first().waitFor();
    await still(page);
    await page.screenshot({ path: `${SHOTS}/approval-chains-errors.png` });
    await exportChain.locator('tbody tr.ant-table-row').nth(1).locator('button[aria-label="删除"]').click();

    await chain.locator('button:has-text("添加步骤")').click();
    await page.locator('.ant-dropdown-menu-item:visible', { hasText: '总经理' }).click();
    await expect(page.inputValue('#access_confidential_steps_1_label')).resolves.toBe('总经理');
    await page.click('[data-testid=save-chains]');
    await page.waitForSelector('text=审批流程已保存，对此后提交的申请生效');

    await page.reload();
    await page.waitForSelector('#access_confidential_steps_1_label');
    await expect(page.inputValue('#access_confidential_steps_0_label')).resolves.toBe('部门经理');
    await expect(page.inputValue('#access_confidential_steps_1_label')).resolves.toBe('总经理');
    await expect(chain.locator('tbody tr.ant-table-row').nth(1).textContent()).resolves.toContain(
      '审批查阅（绝密）',
    );
    await expect(
      page.locator('[data-testid=chain-export-default] tbody tr.ant-table-row').count(),
    ).resolves.toBe(1);
    await still(page);
    await page.screenshot({ path: `${SHOTS}/approval-chains-saved.png`, fullPage: true });

    const mkt = await requestAccess('confidential', '年度回访名单核对');
    const dm = await signedInAt('w.dm', '/access-requests');
    const atManager = dm.locator('tr:has-text("审批流程测试公司")');
    await expect(atManager.textContent()).resolves.toContain('年度回访名单核对');
    await atManager.locator('button:has-text("批准")').click();
    await atManager.waitFor({ state: 'detached' });
    // The manager's approval hands it to the executive: the request is still pending.
    expect((await mine(mkt)).status).toBe('pending');

    const ceo = await signedInAt('w.ceo', '/access-requests');
    const atExecutive = ceo.locator('tr:has-text("审批流程测试公司")');
    await atExecutive.waitFor();
    await still(ceo);
    await ceo.screenshot({ path: `${SHOTS}/access-requests-second-step.png` });
    await atExecutive.locator('button:has-text("批准")').click();
    await atExecutive.waitFor({ state: 'detached' });
    expect((await mine(mkt)).status).toBe('approved');

    const requester = await signedInAt('w.mkt', '/access-requests');
    await requester.locator('tr:has-text("审批流程测试公司") .ant-tag:has-text("已批准")').waitFor();
    await still(requester);
    await requester.screenshot({ path: `${SHOTS}/access-requests-mine.png` });
  });

  it('a rejection asks for its reason on the field', async () => {
    await requestAccess('secret', '驳回测试用途');
    const dm = await signedInAt('w.dm', '/access-requests');
    const row = dm.locator('tr:has-text("驳回测试用途")');
    await row.locator('button:has-text("驳回")').click();
    await dm.click('.ant-modal-footer button:has-text("驳回")');
    await dm.waitForSelector('.ant-form-item-explain-error:has-text("驳回时请填写原因")');
    await still(dm);
    await dm.screenshot({ path: `${SHOTS}/decide-reject.png` });
    await dm.fill('[data-testid=reject-comment]', '用途不明确');
    await dm.click('.ant-modal-footer button:has-text("驳回")');
    await row.waitFor({ state: 'detached' });

    const requester = await signedInAt('w.mkt', '/access-requests');
    const mineRow = requester.locator('tr:has-text("驳回测试用途")');
    await expect(mineRow.textContent()).resolves.toContain('用途不明确');
    await mineRow.locator('.ant-tag:has-text("已驳回")').waitFor();
  });

  it('the five request pages, as the executive sees them at 1440×900', async () => {
    const am = await cookieOf('w.am', 'Ready12345');
    await apiAs(am, 'POST', '/api/v1/grade-requests', {
      customerId,
      proposedTier: 'A',
      reasons: '年交易额增长，申请升为 A 级',
      figures: { amount: '1200000', deals: 18 },
    });
    const dm = await signedIn('w.dm');
    await dm.goto(`${baseUrl()}/grade-requests`);
    const grade = dm.locator('tr:has-text("审批流程测试公司")').first();
    await expect(grade.textContent()).resolves.toContain('待部门经理审批');
    await still(dm);
    await dm.screenshot({ path: `${SHOTS}/grade-requests-to-approve.png` });
    await grade.locator('button:has-text("批准")').click();
    await grade.waitFor({ state: 'detached' });
    // Something for the executive to decide on 数据销毁 too.
    const lost = await apiAs(am, 'POST', '/api/v1/customers', {
      name: '审批流程流失公司',
      status: 'lost',
      lostReason: '已注销',
      lostOn: '2014-03-31',
    });
    await apiAs(admin, 'POST', '/api/v1/data-retention/requests', {
      customerIds: [lost.id],
      reason: '超过保存期限（审批流程截图）',
    });

    const ceo = await signedIn('w.ceo');
    for (const [path, name, ready] of [
      ['/access-requests', 'access-requests', '.ant-tabs'],
      ['/export-requests', 'export-requests', '.ant-tabs'],
      ['/grade-requests', 'grade-requests', '.ant-tabs'],
      ['/settings/data-retention', 'data-retention', '.ant-card'],
      ['/settings/role-changes', 'role-changes', '.ant-tabs'],
    ] as const) {
      await ceo.goto(`${baseUrl()}${path}`);
      await ceo.waitForSelector(ready);
      await ceo.waitForSelector('.ant-table-thead');
      await still(ceo);
      await ceo.screenshot({ path: `${SHOTS}/${name}-1440.png` });
    }
    await switchToEnglish(ceo);
    await ceo.goto(`${baseUrl()}/grade-requests`);
    await ceo
      .locator('tr:has-text("审批流程测试公司") .ant-tag:has-text("Awaiting general manager")')
      .waitFor();
    await still(ceo);
    await ceo.screenshot({ path: `${SHOTS}/grade-requests-en.png` });
  });
});
