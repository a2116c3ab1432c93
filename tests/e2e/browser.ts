import fs from 'node:fs';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { inject } from 'vitest';

export const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp/hf-shots';

export function launch(): Promise<Browser> {
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const baseUrl = () => inject('baseUrl');

/** Signs in through the API and returns the Cookie header value. */
export async function cookieOf(username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

/**
 * A fresh zh-CN browser context (its own cookies and storage) where the user chose Chinese unless the test chooses
 * otherwise. A browser with no choice follows the account's saved language, and the accounts are shared by the
 * test files: without a choice, one file's switch to English would meet the next file signing in as that user.
 * The browser asks for reduced motion, which the app honours: a click on a dialog or menu that is still zooming or
 * sliding in can be lost (seen in CI), and a screenshot would catch it half-drawn.
 */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    reducedMotion: 'reduce',
    ...options,
  });
  await context.addInitScript(() => {
    if (localStorage.getItem('huifang.locale') === null) localStorage.setItem('huifang.locale', 'zh-CN');
  });
  return context;
}

/** A fresh page in its own context (see newContext). */
export async function newPage(browser: Browser, width = 1280, height = 800): Promise<Page> {
  const context = await newContext(browser, { viewport: { width, height } });
  return context.newPage();
}

/** Seeds through the API as admin: returns the admin cookie. */
export async function adminCookie(): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Admin12345' }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

export async function apiAs(cookie: string, method: string, url: string, body?: unknown) {
  const response = await fetch(`${baseUrl()}${url}`, {
    method,
    headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** A user ready to sign in (initial password already changed to `password`). */
export async function seedUser(username: string, roles: string[], password = 'Ready12345') {
  const admin = await adminCookie();
  const { items } = await apiAs(admin, 'GET', '/api/v1/departments');
  await apiAs(admin, 'POST', '/api/v1/users', {
    username,
    displayName: `用户${username}`,
    password: 'Initial123',
    departmentId: items[1].id,
    roles,
  });
  const login = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Initial123' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  await apiAs(cookie, 'POST', '/api/v1/auth/password', {
    currentPassword: 'Initial123',
    newPassword: password,
  });
}

export async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${baseUrl()}/login`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
}

/**
 * Switches the signed-in page to English through the user menu and waits until the page says so. A click that
 * lands while antd's dropdown is still sliding in can be lost (seen in CI): then it opens the menu again. The
 * entry toggles the language, so it is clicked only while the page is still in Chinese.
 */
export async function switchToEnglish(page: Page) {
  for (let attempt = 1; ; attempt++) {
    await page.click('[data-testid=user-menu]');
    await page.click('.ant-dropdown-menu-item:has-text("English")');
    const switched = await page
      .waitForSelector('html[lang=en]', { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (switched) break;
    if (attempt === 3) throw new Error('the user menu did not switch the page to English');
    await page.keyboard.press('Escape');
  }
  await page.waitForSelector('.ant-dropdown', { state: 'hidden' });
}

export async function menuTexts(page: Page): Promise<string[]> {
  await page.waitForSelector('[data-testid=side-menu]');
  const items = await page.locator('[data-testid=side-menu] .ant-menu-title-content').allTextContents();
  return items.map((s) => s.trim());
}

/**
 * Opens a single select (typing the text first where `search` says so) and picks the option with this text, until
 * the select shows it. antd's dropdown slides in,
 * and a click that lands while it moves can be lost (seen in CI); picking a shown choice again changes nothing.
 */
export async function pickOption(
  page: Page,
  select: Locator,
  option: string,
  options: { search?: boolean } = {},
) {
  const chosen = select.locator('.ant-select-content', { hasText: option });
  for (let tries = 1; ; tries++) {
    await select.click();
    // A searchable select over many rows (a shared test server's customers) lists the option once it is typed.
    if (options.search) await page.keyboard.type(option);
    const open = page.locator(
      '.ant-select-dropdown:visible:not(.ant-slide-up-appear):not(.ant-slide-up-enter)',
    );
    await open.locator('.ant-select-item-option', { hasText: option }).first().click();
    try {
      await chosen.waitFor({ timeout: 2000 });
      return;
    } catch (error) {
      if (tries === 3) throw error;
    }
  }
}

/**
 * Waits until the element's enter motion is over: a screenshot does not catch it half-drawn, and a click lands on
 * a control that has stopped moving (a checkbox clicked during a popover's zoom can stay unticked).
 */
export async function settled(page: Page, selector: string) {
  await page.waitForSelector(selector, { state: 'visible' });
  await page.waitForFunction((sel) => {
    const element = document.querySelector(sel);
    return (
      !!element &&
      !/-(appear|enter)/.test(element.className) &&
      getComputedStyle(element).opacity === '1' &&
      element.getAnimations({ subtree: true }).length === 0
    );
  }, selector);
}

/** The company's time zone in the test server (its default). */
export const COMPANY_ZONE = 'Asia/Shanghai';

/** A moment's calendar date in the company's zone (the test server's Asia/Shanghai), YYYY-MM-DD. */
export function companyDate(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: COMPANY_ZONE }).format(at);
}
