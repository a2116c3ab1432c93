import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  baseUrl,
  companyDate,
  cookieOf,
  launch,
  newContext,
  newPage,
  pickOption,
  SHOTS,
  seedUser,
  signIn,
} from './browser.ts';

let browser: Browser;
let customerId: number;
let cookie: string;
/** A customer with a first cooperation date and an amount, but no short name, district or founding date. */
let reviewedId: number;

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
  await seedUser('d.mkt', ['marketing']);
  await seedUser('d.am2', ['account_manager']);
  reviewedId = (
    await apiAs(cookie, 'POST', '/api/v1/customers', {
      name: '江夏光电器件有限公司',
      industry: '制造业',
      province: '湖北省',
      city: '武汉市',
      firstCooperationOn: '2018-05-20',
      annualAmount: '760000',
      employees: 85,
      contacts: [{ name: '黄十', mobile: '13811112222' }],
    })
  ).id;
});

/** The profile's value for a label (the cell beside its <th>). */
async function profileValue(page: Page, label: string): Promise<string> {
  const cell = page.locator('.ant-descriptions-item-label', { hasText: label }).first();
  return (await cell.locator('xpath=following-sibling::*[1]').textContent()) ?? '';
}

async function openDetail(username: string, password: string, id: number): Promise<Page> {
  const page = await newPage(browser, 1440, 900);
  await signIn(page, username, password);
  await page.waitForSelector('[data-testid=greeting]');
  await page.goto(`${baseUrl()}/customers/${id}`);
  return page;
}
afterAll(() => browser?.close());

describe('the customer page', () => {
  it('the owner edits the profile, adds a contact, a sale and a service visit, and sees them in the timeline', async () => {
    // A laptop set to New York: the visit's time is typed, shown and stored as the company's (Shanghai) clock.
    const context = await newContext(browser, {
      viewport: { width: 1440, height: 900 },
      timezoneId: 'America/New_York',
    });
    const page = await context.newPage();
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
    await page.waitForSelector('td:has-text("2026-11-03 10:00")');
    await page.screenshot({ path: `${SHOTS}/customer-service-events.png` });
    const events = await apiAs(cookie, 'GET', `/api/v1/customers/${customerId}/service-events`);
    expect(events.items.map((e: { occurredAt: string }) => e.occurredAt)).toContain(
      '2026-11-03T02:00:00.000Z',
    );

    await page.click('.ant-tabs-tab:has-text("时间线")');
    await expect(
      page.locator('.ant-timeline-item:has-text("设备安装调试完成")').textContent(),
    ).resolves.toContain('2026-11-03 10:00');
    const detail = await apiAs(cookie, 'GET', `/api/v1/customers/${customerId}`);
    expect(detail).toMatchObject({ industry: '制造业', doNotContact: true, stale: false });
    // 最近核定时间 and the day 免打扰 was set: the company's calendar date, not New York's.
    await page.click('.ant-tabs-tab:has-text("基本资料")');
    expect(await profileValue(page, '最近核定时间')).toBe(companyDate(new Date(detail.verifiedAt)));
    expect(await profileValue(page, '免打扰原因')).toContain(companyDate(new Date(detail.dncSetAt)));
    expect(detail.score).toBeGreaterThan(0);
  });

  it('hidden is not empty: marketing sees a lock, 无权查看 and 申请查阅 where a field is withheld, "—" only where it is empty', async () => {
    const page = await openDetail('d.mkt', 'Ready12345', reviewedId);
    await page.waitForSelector('h3:has-text("江夏光电器件有限公司")');
    await page.waitForSelector('[data-testid=withheld]');
    // Withheld: the first cooperation date, the owner, the amount — never a bare "—".
    for (const label of ['首次合作时间', '负责客户经理', '年合作金额', '客户类型', '成立日期']) {
      const value = await profileValue(page, label);
      expect(value, label).toContain('无权查看');
      expect(value, label).toContain('申请查阅');
      expect(value, label).not.toContain('—');
    }
    // Seen: industry and region; empty: the short name.
    expect(await profileValue(page, '所属行业')).toBe('制造业');
    expect(await profileValue(page, '区域')).toBe('湖北省 武汉市');
    expect(await profileValue(page, '简称')).toBe('—');
    // Not 免打扰 (a flag marketing sees, so that campaigns honour it): no reason to withhold.
    expect(await profileValue(page, '免打扰原因')).toBe('—');
    expect(await page.locator('body').textContent()).not.toContain('2018-05-20');
    await page.screenshot({ path: `${SHOTS}/customer-detail-marketing.png`, fullPage: true });
    // 申请查阅 beside a 秘密 field asks for 秘密; beside the amount, for 绝密.
    const firstCooperation = page.locator('.ant-descriptions-item-label', { hasText: '首次合作时间' });
    await firstCooperation
      .locator('xpath=following-sibling::*[1]')
      .locator('[data-testid=withheld-request]')
      .click();
    const form = page.locator('[data-testid=access-form]');
    await form.waitFor();
    expect(await form.locator('.ant-select').first().textContent()).toContain('秘密');
    await page.click('.ant-modal-footer button:has-text("取消")');
    await form.waitFor({ state: 'detached' });
    const amount = page.locator('.ant-descriptions-item-label', { hasText: '年合作金额' });
    await amount.locator('xpath=following-sibling::*[1]').locator('[data-testid=withheld-request]').click();
    await form.waitFor();
    expect(await form.locator('.ant-select').first().textContent()).toContain('绝密');
  });

  it('an account manager outside the scope sees the profile with only the cooperation figures locked', async () => {
    const page = await openDetail('d.am2', 'Ready12345', reviewedId);
    await page.waitForSelector('h3:has-text("江夏光电器件有限公司")');
    expect(await profileValue(page, '首次合作时间')).toBe('2018-05-20');
    expect(await profileValue(page, '年合作金额')).toContain('无权查看');
    expect(await profileValue(page, '成立日期')).toBe('—');
    await page.screenshot({ path: `${SHOTS}/customer-detail-other-am.png`, fullPage: true });
  });

  it('the owner sees every value, "—" where empty, and no lock; the admin sees no customer data', async () => {
    const page = await openDetail('d.am', 'Ready12345', reviewedId);
    await page.waitForSelector('h3:has-text("江夏光电器件有限公司")');
    expect(await profileValue(page, '年合作金额')).toBe('760,000.00');
    expect(await profileValue(page, '简称')).toBe('—');
    expect(await page.locator('[data-testid=withheld]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/customer-detail-owner-profile.png`, fullPage: true });

    const admin = await openDetail('admin', 'Admin12345', reviewedId);
    await admin.locator('[data-testid=no-access]').waitFor();
    expect(await admin.locator('body').textContent()).not.toContain('江夏光电');
    await admin.screenshot({ path: `${SHOTS}/customer-detail-admin.png` });
  });

  it('the owner edits an individual customer’s 性别, 年龄, 年营收 and the two preference questions; 年合作金额 explains itself', async () => {
    const person = await apiAs(cookie, 'POST', '/api/v1/customers', {
      name: '汉阳区王秀英',
      kind: 'individual',
      annualAmount: '86000',
    });
    const page = await openDetail('d.am', 'Ready12345', person.id);
    await page.waitForSelector('h3:has-text("汉阳区王秀英")');
    expect(await profileValue(page, '性别')).toBe('—');
    await page.click('button:has-text("编辑客户资料")');
    const form = page.locator('[data-testid=customer-edit-form]');
    await pickOption(page, form.locator('.ant-select:has(#gender)'), '女');
    await form.locator('#age').fill('42');
    await form.locator('#annualRevenue').fill('1500000');
    await pickOption(page, form.locator('.ant-select:has(#preferredMethod)'), '上门回访');
    await pickOption(page, form.locator('.ant-select:has(#preferredChannel)'), '普通信件');
    await page.screenshot({ path: `${SHOTS}/customer-edit-individual.png` });
    await page.click('.ant-modal-footer button:has-text("保存")');
    await form.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.body.textContent?.includes('42 岁'));
    expect(await profileValue(page, '性别')).toBe('女');
    expect(await profileValue(page, '年龄')).toBe('42 岁');
    expect(await profileValue(page, '年营收')).toBe('1,500,000.00');
    expect(await profileValue(page, '偏好回访方式')).toBe('上门回访');
    expect(await profileValue(page, '偏好联系渠道')).toBe('普通信件');
    // Left empty in the form, left empty: not 0 (a weekly cap of 0 would stop every proactive contact).
    expect(await profileValue(page, '每周最多主动联系')).toBe('—');
    expect(await profileValue(page, '员工人数')).toBe('—');
    // 年合作金额 says on hover that it is entered by hand, unlike the key-account list's sum of transactions.
    await page.hover('.ant-descriptions-item-label:has-text("年合作金额") .anticon-question-circle');
    const tip = page.locator('.ant-tooltip:visible');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('不随交易记录自动变化');
    await page.screenshot({ path: `${SHOTS}/customer-detail-individual.png`, fullPage: true });

    // A company has neither field.
    await page.goto(`${baseUrl()}/customers/${reviewedId}`);
    await page.waitForSelector('h3:has-text("江夏光电器件有限公司")');
    expect(await page.locator('.ant-descriptions-item-label', { hasText: '性别' }).count()).toBe(0);
  });
});
