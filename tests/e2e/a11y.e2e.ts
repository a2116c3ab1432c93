import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrollsSideways, seriousViolations } from './axe.ts';
import { apiAs, baseUrl, cookieOf, launch, newContext, newPage, SHOTS, seedUser, signIn } from './browser.ts';
import { ADMIN_PASSWORD } from './server.ts';

let browser: Browser;
/** An account manager's customer with a contact, for the list and the detail page. */
const CUSTOMER = '无障碍测试精密机械有限公司';
let customerId: number;

beforeAll(async () => {
  browser = await launch();
  await seedUser('a11y.agent', ['agent']);
  await seedUser('a11y.boss', ['executive']);
  await seedUser('a11y.am', ['account_manager']);
  await seedUser('a11y.mkt', ['marketing']);
  const am = await cookieOf('a11y.am', 'Ready12345');
  const customer = await apiAs(am, 'POST', '/api/v1/customers', {
    name: CUSTOMER,
    province: '江苏省',
    city: '苏州市',
    industry: '机械制造',
    annualAmount: 3_000_000,
  });
  customerId = customer.id;
  await apiAs(am, 'POST', `/api/v1/customers/${customerId}/contacts`, {
    name: '王五',
    position: '采购部经理',
    roleKind: 'business',
    mobile: '13812345678',
    phone: '0512-66881234',
    isPrimary: true,
  });
});
afterAll(() => browser?.close());

async function signedIn(username: string, width: number, height: number, password = 'Ready12345') {
  const page = await newPage(browser, width, height);
  await signIn(page, username, password);
  await page.waitForSelector('[data-testid=greeting]');
  return page;
}

/** Opens the page and waits for what it is about (its card, table or form) to be drawn. */
async function open(page: Page, path: string, ready: string) {
  await page.goto(`${baseUrl()}${path}`);
  await page.waitForSelector(ready);
  // Ant Design's enter motions leave half-transparent text behind for a moment; axe would measure it.
  await page.waitForFunction(() => document.getAnimations().length === 0);
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('the sign-in page has no serious or critical problem', async () => {
    const page = await newPage(browser, 1440, 900);
    await page.goto(`${baseUrl()}/login`);
    await page.waitForSelector('#username');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each([
    ['a11y.agent', '/workbench', '[data-testid=greeting]'],
    ['a11y.agent', '/issues', '[data-testid=issues-table]'],
    ['a11y.boss', '/', '[data-testid=greeting]'],
    ['a11y.boss', '/settings/audit', '.ant-table-tbody tr.ant-table-row'],
    ['admin', '/settings/users', '.ant-table-tbody tr.ant-table-row'],
  ])('%s at %s: no serious or critical problem, and the page has one h1', async (user, path, ready) => {
    const page = await signedIn(user, 1440, 900, user === 'admin' ? ADMIN_PASSWORD : undefined);
    await open(page, path, ready);
    await page.screenshot({ path: `${SHOTS}/a11y${path.replaceAll('/', '-')}.png` });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('the page’s h1 names it', async () => {
    const page = await signedIn('a11y.agent', 1440, 900);
    await open(page, '/issues', '[data-testid=issues-table]');
    expect(await page.locator('h1').textContent()).toBe('问题');
  });

  it('the user menu opens from the keyboard', async () => {
    const page = await signedIn('a11y.agent', 1440, 900);
    await page.focus('[data-testid=user-menu]');
    expect(await page.locator('[data-testid=user-menu]').getAttribute('aria-label')).toBe(
      '用户a11y.agent：账号菜单',
    );
    await page.keyboard.press('Enter');
    await page.locator('.ant-dropdown-menu-item:has-text("退出登录")').waitFor();
  });

  it('someone who asked their system for less motion gets menus and dialogs that appear at once', async () => {
    const moved = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await newContext(browser, { viewport: { width: 1440, height: 900 }, reducedMotion });
      const page = await context.newPage();
      await signIn(page, 'a11y.agent', 'Ready12345');
      await page.waitForSelector('[data-testid=greeting]');
      // Records every enter motion that runs from the click on, however short: waiting to see one would race it.
      // (A popup is "prepared" for its placement either way; the motion itself is the "active" step.)
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { motions: string[] }).motions = seen;
        const note = (node: Node) => {
          if (node instanceof Element && /ant-[a-z-]+-(appear|enter)-active/.test(node.className))
            seen.push(node.className);
        };
        new MutationObserver((changes) => {
          for (const change of changes) {
            note(change.target);
            change.addedNodes.forEach(note);
          }
        }).observe(document.body, {
          subtree: true,
          attributes: true,
          attributeFilter: ['class'],
          childList: true,
        });
      });
      await page.click('[data-testid=user-menu]');
      const item = page.locator('.ant-dropdown-menu-item:has-text("修改密码")');
      await item.waitFor();
      await page.waitForFunction(() => document.getAnimations().length === 0);
      await item.click();
      await page.locator('.ant-modal-title:has-text("修改密码")').waitFor();
      await page.waitForFunction(() => document.getAnimations().length === 0);
      const motions = await page.evaluate(() => (window as unknown as { motions: string[] }).motions);
      await context.close();
      return motions;
    };
    expect(await moved('no-preference')).not.toEqual([]);
    expect(await moved('reduce')).toEqual([]);
  });
});

describe('a phone (390×844)', () => {
  it('does not scroll sideways; the menu is a drawer behind a button', async () => {
    const page = await signedIn('a11y.agent', 390, 844);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/a11y-phone-workbench.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('[data-testid=menu-button]');
    await page.locator('[data-testid=side-menu] >> text=问题').click();
    await page.waitForSelector('[data-testid=issues-table]');
    await page.waitForFunction(() => !document.querySelector('.ant-drawer-open'));
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: `${SHOTS}/a11y-phone-issues.png` });
  });
});

/** Wholly inside the window's width: nothing of it is cut off at the left or right edge. */
async function withinWidth(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  return !!box && box.width > 0 && box.x >= 0 && box.x + box.width <= width;
}

describe('the customer list and a customer (account manager and marketing)', () => {
  it.each([
    ['a11y.am', 1440, 900],
    ['a11y.am', 390, 844],
    ['a11y.mkt', 1440, 900],
    ['a11y.mkt', 390, 844],
  ])(
    '%s at %i×%i: no serious or critical problem on the list and the customer page',
    async (user, width, height) => {
      const page = await signedIn(user, width, height);
      // Searched for: marketing sees every test file's customers, and this one need not be on the first page.
      await open(page, '/customers', '[data-testid=customers-total]');
      await page.fill('input[placeholder="名称 / 简称 / 编号 / 联系人 / 手机号"]', CUSTOMER);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`a:has-text("${CUSTOMER}")`);
      await page.waitForSelector('[data-testid=customers-total]:not(:has-text("正在统计"))');
      await page.waitForFunction(() => document.getAnimations().length === 0);
      await page.screenshot({ path: `${SHOTS}/a11y-customers-${user}-${width}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      await open(page, `/customers/${customerId}`, '[role=tab]:has-text("联系人")');
      await page.getByRole('tab', { name: '联系人' }).click();
      await page.waitForSelector('[data-testid=contacts]');
      await page.waitForFunction(() => document.getAnimations().length === 0);
      await page.screenshot({ path: `${SHOTS}/a11y-customer-${user}-${width}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
    },
  );

  it.each([
    ['zh', ['客户等级', '客户类型', '省份', '负责客户经理', '客户状态'], '搜索'],
    ['en', ['Tier', 'Kind', 'Province', 'Account manager', 'Status'], 'Search'],
  ] as const)('the filters have names a screen reader reads out (%s)', async (lang, names, search) => {
    const page = await signedIn('a11y.am', 1440, 900);
    await page.evaluate((l) => localStorage.setItem('huifang.locale', l === 'en' ? 'en' : 'zh-CN'), lang);
    await open(page, '/customers', `a:has-text("${CUSTOMER}")`);
    for (const name of names) {
      expect(await page.getByRole('combobox', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await page.getByRole('button', { name: search, exact: true }).count()).toBe(1);
  });

  it('at 1440×900 the columns fit the card without sideways scrolling; the masked contact says so on hover', async () => {
    const page = await signedIn('a11y.am', 1440, 900);
    await open(page, '/customers', `a:has-text("${CUSTOMER}")`);
    const scroller = page.locator('.ant-table-content');
    expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The browser's own tooltip (a title), where Ant Design's drew the same words.
    const contact = page.locator(`tr:has-text("${CUSTOMER}") span[title]:has-text("138****5678")`);
    await expect(contact.getAttribute('title')).resolves.toBe('已脱敏');
  });

  it.each([
    [768, 1024],
    [1024, 768],
  ])('on a tablet (%i×%i) the name stays in view when the table scrolls sideways', async (width, height) => {
    const page = await signedIn('a11y.am', width, height);
    await open(page, '/customers', `a:has-text("${CUSTOMER}")`);
    const scroller = page.locator('.ant-table-content, .ant-table-body').first();
    const scrolled = await scroller.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
      return el.scrollLeft > 0;
    });
    expect(scrolled).toBe(true);
    await page.waitForTimeout(100);
    await page.screenshot({ path: `${SHOTS}/a11y-customers-tablet-${width}.png` });
    const link = page.locator(`.ant-table-tbody a:has-text("${CUSTOMER}")`);
    const [box, frame] = [await link.boundingBox(), await scroller.boundingBox()];
    expect(box && frame && box.x >= frame.x && box.x + box.width <= frame.x + frame.width).toBe(true);
    // Not only inside the frame but on top: the cells scrolled under it do not cover it.
    expect(
      await link.evaluate((a) => {
        const r = a.getBoundingClientRect();
        return a.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      }),
    ).toBe(true);
  });
});

describe('the customer list and contacts on a phone (390×844)', () => {
  it('the list is cards (name, tier, region, owner); the title, 新建客户 and the search button are in view', async () => {
    const page = await signedIn('a11y.am', 390, 844);
    await open(page, '/customers', `a:has-text("${CUSTOMER}")`);
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: `${SHOTS}/a11y-phone-customers.png`, fullPage: true });
    expect(await page.locator('.ant-table').count()).toBe(0);
    const card = page.locator('[data-testid=customer-card]', { hasText: CUSTOMER });
    expect(await card.locator('a').first().getAttribute('href')).toBe(`/customers/${customerId}`);
    const text = await card.textContent();
    for (const part of ['江苏省 苏州市', '用户a11y.am']) expect(text).toContain(part);
    expect(await card.locator('.ant-tag').first().textContent()).toMatch(/^[ABCD]$/);
    expect(await withinWidth(page, card)).toBe(true);
    expect(await withinWidth(page, page.getByText('客户档案', { exact: true }).first())).toBe(true);
    expect(await withinWidth(page, page.getByRole('button', { name: '新建客户' }))).toBe(true);
    expect(await withinWidth(page, page.getByRole('button', { name: '搜索', exact: true }))).toBe(true);
    await card.locator('a').first().click();
    await page.waitForURL(`**/customers/${customerId}`);
  });

  it('a contact is a card with name, role and phone, and 编辑 and 删除 in reach', async () => {
    const page = await signedIn('a11y.am', 390, 844);
    await open(page, `/customers/${customerId}`, '[role=tab]:has-text("联系人")');
    await page.getByRole('tab', { name: '联系人' }).click();
    const card = page.locator('[data-testid=contact-card]', { hasText: '王五' });
    await card.waitFor();
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await page.screenshot({ path: `${SHOTS}/a11y-phone-contacts.png`, fullPage: true });
    expect(await scrollsSideways(page)).toBe(false);
    const text = await card.textContent();
    for (const part of ['采购部经理', '业务负责人', '13812345678', '0512-66881234'])
      expect(text).toContain(part);
    expect(await withinWidth(page, card)).toBe(true);
    for (const action of ['编辑', '删除']) {
      expect(await withinWidth(page, card.getByRole('button', { name: action }))).toBe(true);
    }
    await card.getByRole('button', { name: '编辑' }).click();
    await page.locator('.ant-modal input[value="王五"]').waitFor();
  });
});
