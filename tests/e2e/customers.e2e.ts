import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, baseUrl, cookieOf, launch, newPage, SHOTS, seedUser, signIn } from './browser.ts';

let browser: Browser;
let customerId: number;

beforeAll(async () => {
  browser = await launch();
  await seedUser('c.am', ['account_manager']);
  await seedUser('c.mkt', ['marketing']);
  await seedUser('c.dm', ['dept_manager']);
  const am = await cookieOf('c.am', 'Ready12345');
  const created = await apiAs(am, 'POST', '/api/v1/customers', {
    name: '远航物流有限公司',
    industry: '服务业',
    province: '浙江省',
    city: '宁波市',
    annualAmount: '650000',
    contacts: [{ name: '孙七', position: '物流经理', mobile: '13700001234' }],
  });
  customerId = created.id;
});
afterAll(() => browser?.close());

describe('customer confidentiality in the browser', () => {
  it('marketing sees name, industry and region only and requests access; the department manager approves; the contacts open', async () => {
    const mkt = await newPage(browser);
    await signIn(mkt, 'c.mkt', 'Ready12345');
    await mkt.waitForSelector('[data-testid=greeting]');
    await mkt.goto(`${baseUrl()}/customers`);
    // Other journeys share the server and add thousands of customers: find this one as a user would.
    await mkt.fill('input[placeholder^="名称"]', '远航物流');
    await mkt.press('input[placeholder^="名称"]', 'Enter');
    await mkt.waitForSelector('td:has-text("远航物流有限公司")');
    const row = mkt.locator('tr:has-text("远航物流有限公司")');
    await expect(row.textContent()).resolves.toContain('浙江省 宁波市');
    // Not even a masked contact or the owner (SPEC §2.5: name, industry and region).
    await expect(row.textContent()).resolves.not.toContain('137****1234');
    await expect(mkt.locator('th:has-text("负责客户经理")').count()).resolves.toBe(0);
    await mkt.screenshot({ path: `${SHOTS}/customers-list-marketing.png` });

    await mkt.click('a:has-text("远航物流有限公司")');
    await mkt.click('.ant-tabs-tab:has-text("联系人")');
    await mkt.waitForSelector('text=联系人属于机密信息');
    expect(await mkt.locator('body').textContent()).not.toContain('1234');
    await mkt.screenshot({ path: `${SHOTS}/customer-contacts-hidden.png` });
    await mkt.click('[data-testid=request-confidential]');
    const form = mkt.locator('[data-testid=access-form]');
    await form.locator('#purpose').fill('客户答谢会邀请');
    await form.locator('#reason').fill('需要联系人手机发送邀请');
    await mkt.click('.ant-modal-footer button:has-text("提交申请")');
    await mkt.waitForSelector('text=申请已提交，等待审批');

    const dm = await newPage(browser);
    await signIn(dm, 'c.dm', 'Ready12345');
    await dm.waitForSelector('[data-testid=greeting]');
    await dm.goto(`${baseUrl()}/access-requests`);
    const pending = dm.locator('tr:has-text("远航物流有限公司")');
    await expect(pending.textContent()).resolves.toContain('客户答谢会邀请');
    await dm.screenshot({ path: `${SHOTS}/access-requests-to-approve.png` });
    await pending.locator('button:has-text("批准")').click();
    await dm.waitForSelector('tr:has-text("远航物流有限公司")', { state: 'detached' });

    await mkt.goto(`${baseUrl()}/customers/${customerId}`);
    await mkt.click('.ant-tabs-tab:has-text("联系人")');
    await mkt.waitForSelector('td:has-text("13700001234")');
    await expect(mkt.locator('td:has-text("孙七")').count()).resolves.toBe(1);
  });

  it('the account manager creates a customer in the form and lands on its page', async () => {
    const am = await newPage(browser);
    await signIn(am, 'c.am', 'Ready12345');
    await am.waitForSelector('[data-testid=greeting]');
    await am.goto(`${baseUrl()}/customers`);
    await am.click('button:has-text("新建客户")');
    const form = am.locator('[data-testid=customer-form]');
    await form.locator('#name').fill('青岛海风贸易');
    await form.locator('#annualAmount').fill('120000');
    await form.locator('#contactName').fill('周八');
    await form.locator('#contactMobile').fill('123');
    await am.click('.ant-modal-footer button:has-text("保存")');
    await am.waitForSelector('text=应为 11 位手机号码');
    await form.locator('#contactMobile').fill('13600006666');
    await am.click('.ant-modal-footer button:has-text("保存")');
    await am.waitForSelector('h3:has-text("青岛海风贸易")');
    await expect(am.locator('.ant-tag:has-text("B")').count()).resolves.toBeGreaterThan(0);
    await am.screenshot({ path: `${SHOTS}/customer-detail-owner.png` });
  });
});
