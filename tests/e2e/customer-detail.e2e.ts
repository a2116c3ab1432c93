import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, baseUrl, cookieOf, launch, newPage, SHOTS, seedUser, signIn } from './browser.ts';

let browser: Browser;
let customerId: number;
let cookie: string;

/** Picks a date in the open antd date picker by typing it. */
async function typeDate(page: Page, selector: string, value: string) {
  await page.click(selector);
  await page.fill(selector, value);
  await page.press(selector, 'Enter');
}

beforeAll(async () => {
  browser = await launch();
  await seedUser('d.am', ['account_manager']);
  cookie = await cookieOf('d.am', 'Ready12345');
  customerId = (await apiAs(cookie, 'POST', '/api/v1/customers', { name: '东湖精密机械有限公司' })).id;
});
afterAll(() => browser?.close());

describe('the customer page', () => {
  it('the owner edits the profile, adds a contact, a sale and a service visit, and sees them in the timeline', async () => {
    const page = await newPage(browser, 1440, 900);
    await signIn(page, 'd.am', 'Ready12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.goto(`${baseUrl()}/customers/${customerId}`);
    await page.waitForSelector('h3:has-text("东湖精密机械有限公司")');

    await page.click('button:has-text("编辑客户资料")');
    const form = page.locator('[data-testid=customer-edit-form]');
    await form.locator('#industry').fill('制造业');
    await form.locator('#city').fill('武汉市');
    await form.locator('#doNotContact').check();
    await page.click('.ant-modal-footer button:has-text("保存")');
    await page.waitForSelector('text=请输入');
    await form.locator('#dncReason').fill('客户要求暂停电话回访');
    await form.locator('#verified').check();
    await page.screenshot({ path: `${SHOTS}/customer-edit-form.png` });
    await page.click('.ant-modal-footer button:has-text("保存")');
    await page.waitForSelector('.ant-tag:has-text("免打扰：客户要求暂停电话回访")');
    await expect(page.locator('.ant-descriptions').textContent()).resolves.toContain('武汉市');

    await page.click('.ant-tabs-tab:has-text("联系人")');
    await page.click('[data-testid=add-contact]');
    const contact = page.locator('[data-testid=contact-form]');
    await contact.locator('#name').fill('钱九');
    await contact.locator('#mobile').fill('13912345678');
    await contact.locator('#wechat').fill('qianjiu_wx');
    await typeDate(page, '[data-testid=contact-form] #birthday', '1980-12-09');
    await contact.locator('#isPrimary').check();
    await page.click('.ant-modal-footer button:has-text("保存")');
    const saved = page.locator('tr', { hasText: '13912345678' });
    await saved.waitFor();
    expect(await saved.textContent()).toContain('1980-12-09');
    expect(await saved.textContent()).toContain('qianjiu_wx');
    await page.waitForSelector('[data-testid=contact-form]', { state: 'detached' });
    await page.screenshot({ path: `${SHOTS}/customer-contacts.png` });

    await page.click('.ant-tabs-tab:has-text("交易记录")');
    await page.click('button:has-text("登记交易")');
    const sale = page.locator('[data-testid=fact-form]');
    await typeDate(page, '[data-testid=fact-form] #occurredOn', '2026-11-02');
    await sale.locator('#amount').fill('88000');
    await page.click('.ant-modal-footer button:has-text("保存")');
    await page.waitForSelector('td:has-text("88,000.00")');

    await page.click('.ant-tabs-tab:has-text("服务记录")');
    await page.click('button:has-text("登记服务记录")');
    await page.click('[data-testid=fact-form] #kind');
    // The real-estate and property presets' events are service records too.
    await page.waitForSelector('.ant-select-item-option:has-text("来电咨询")');
    await page.waitForTimeout(300); // the dropdown's opening animation
    await page.screenshot({ path: `${SHOTS}/customer-service-kinds.png` });
    await page.click('.ant-select-item-option:has-text("安装/交付")');
    await typeDate(page, '[data-testid=fact-form] #occurredAt', '2026-11-03 10:00:00');
    await page.locator('[data-testid=fact-form] #summary').fill('设备安装调试完成');
    await page.click('.ant-modal-footer button:has-text("保存")');
    await page.waitForSelector('td:has-text("设备安装调试完成")');
    await page.screenshot({ path: `${SHOTS}/customer-service-events.png` });

    await page.click('.ant-tabs-tab:has-text("时间线")');
    await page.waitForSelector('.ant-timeline-item:has-text("设备安装调试完成")');
    const detail = await apiAs(cookie, 'GET', `/api/v1/customers/${customerId}`);
    expect(detail).toMatchObject({ industry: '制造业', doNotContact: true, stale: false });
    expect(detail.score).toBeGreaterThan(0);
  });
});
