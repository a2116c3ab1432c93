import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCT_CLASSES } from '../../src/domain/customers/product-classes.ts';
import { SERVICE_EVENT_KINDS } from '../../src/domain/customers/service-events.ts';
import { TIER_REASONS } from '../../src/domain/customers/tier.ts';
import { PERMISSIONS } from '../../src/domain/permissions.ts';
import { ROLE_KEYS } from '../../src/domain/roles.ts';
import {
  ACTION_LABELS,
  CUSTOMER_KIND_LABELS,
  CUSTOMER_STATUS_LABELS,
  LEVEL_LABELS,
  SCOPE_LABELS,
} from '../../src/web/app/labels.ts';
import { apiAs, baseUrl, cookieOf, launch, newPage, SHOTS, seedUser, signIn } from './browser.ts';
import { ADMIN_PASSWORD } from './server.ts';

/** Every stored code the UI must put in words. */
const CODES = new Set<string>([
  ...PRODUCT_CLASSES.filter((c) => c.length > 1), // A/B/C are also how people write tiers
  ...SERVICE_EVENT_KINDS,
  ...PERMISSIONS,
  ...ROLE_KEYS,
  ...Object.keys(ACTION_LABELS),
  ...Object.keys(CUSTOMER_KIND_LABELS),
  ...Object.keys(CUSTOMER_STATUS_LABELS),
  ...Object.keys(LEVEL_LABELS),
  ...Object.keys(SCOPE_LABELS),
]);

let browser: Browser;
let customer: { id: number; code: string };

/** The texts of the page's table cells once the table has rows; none is JSON or a bare code. */
async function cellsInWords(page: Page): Promise<string[]> {
  await page.waitForSelector('.ant-table-tbody tr.ant-table-row td');
  const cells = (await page.locator('.ant-table-tbody tr.ant-table-row td').allTextContents()).map((s) =>
    s.trim(),
  );
  expect(cells.filter((text) => /[{}]/.test(text))).toEqual([]);
  expect(cells.filter((text) => CODES.has(text))).toEqual([]);
  // A code inside a sentence, e.g. "客户经理 (account_manager)" or "类型：sales_visit": the compound codes only,
  // since a one-word code (admin) is also a login name people use.
  const compound = (word: string) => /[._]/.test(word) && CODES.has(word);
  expect(cells.filter((text) => text.split(/[\s()（）：:；;、,，]+/).some(compound))).toEqual([]);
  // A detail whose key has no words yet ("departmentId：2").
  expect(cells.filter((text) => /(^|；|（)[A-Za-z_]{3,}：/.test(text))).toEqual([]);
  return cells;
}

beforeAll(async () => {
  browser = await launch();
  await seedUser('nc.am', ['account_manager']);
  await seedUser('nc.boss', ['executive']);
  const am = await cookieOf('nc.am', 'Ready12345');
  customer = await apiAs(am, 'POST', '/api/v1/customers', { name: '华信精密机械有限公司' });
  const today = new Date().toISOString().slice(0, 10);
  for (const productClass of ['past', 'A'])
    await apiAs(am, 'POST', '/api/v1/transactions', {
      customerId: customer.id,
      occurredOn: today,
      amount: '1624800.00',
      productClass,
      product: '数控机床',
    });
  await apiAs(am, 'POST', '/api/v1/service-events', {
    customerId: customer.id,
    kind: 'sales_visit',
    occurredAt: new Date().toISOString(),
    summary: '外勤拜访，了解新年度采购计划',
  });
  await apiAs(am, 'GET', `/api/v1/customers/${customer.id}/contacts`);
});
afterAll(() => browser?.close());

describe('no codes or JSON in the Chinese UI', () => {
  it('the account manager reads 交易记录 and the timeline in words', async () => {
    const page = await newPage(browser, 1440, 900);
    await signIn(page, 'nc.am', 'Ready12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.goto(`${baseUrl()}/customers/${customer.id}`);
    await page.click('.ant-tabs-tab:has-text("交易记录")');
    const cells = await cellsInWords(page);
    expect(cells).toEqual(expect.arrayContaining(['往季产品', 'A类', '1,624,800.00']));
    await page.screenshot({ path: `${SHOTS}/no-codes-transactions.png` });

    await page.click('.ant-tabs-tab:has-text("时间线")');
    const timeline = page.locator('.ant-timeline');
    await timeline.waitFor();
    const text = (await timeline.textContent()) ?? '';
    expect(text).toContain('金额 ¥1,624,800.00');
    expect(text).toContain('登记服务记录');
    // The tier it got on creation, with the reason in words (the server stores the code 'created').
    expect(text).toMatch(/客户等级 — → [A-D] 新建客户/);
    expect(text).not.toMatch(new RegExp(`\\b(${TIER_REASONS.join('|')})\\b`));
    expect(text).not.toMatch(/[{}]|\d{5,}\.\d{2}|登记服务事件/);
  });

  it('the audit log describes each event and names its target; 角色权限 shows role names only', async () => {
    const page = await newPage(browser, 1440, 900);
    await signIn(page, 'nc.boss', 'Ready12345');
    await page.waitForSelector('[data-testid=greeting]');
    await page.goto(`${baseUrl()}/settings/audit`);
    const cells = await cellsInWords(page);
    expect(cells).toEqual(
      expect.arrayContaining([`客户 ${customer.code} 华信精密机械有限公司`, '类型：外勤拜访']),
    );
    expect(cells.find((text) => text.includes('用户名：nc.boss'))).toContain('角色：总经理');
    await page.screenshot({ path: `${SHOTS}/no-codes-audit.png` });

    const admin = await newPage(browser, 1440, 900);
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    await admin.waitForSelector('[data-testid=side-menu]');
    await admin.goto(`${baseUrl()}/settings/audit`);
    // The administrator does not read the customer archive: the code alone says which customer it was.
    expect(await cellsInWords(admin)).toContain(`客户 ${customer.code}`);
    await admin.goto(`${baseUrl()}/settings/roles`);
    expect(await cellsInWords(admin)).toContain('客户经理');
    await admin.screenshot({ path: `${SHOTS}/no-codes-roles.png` });
  });
});
