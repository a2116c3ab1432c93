import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrollsSideways, seriousViolations } from './axe.ts';
import { baseUrl, launch, newPage, SHOTS, seedUser, signIn } from './browser.ts';
import { ADMIN_PASSWORD } from './server.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  await seedUser('a11y.agent', ['agent']);
  await seedUser('a11y.boss', ['executive']);
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
