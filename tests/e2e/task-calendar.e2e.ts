import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { apiAs, companyDate, cookieOf, launch, newContext, SHOTS, seedUser, signIn } from './browser.ts';

/**
 * 回访日历 (工作台 → 回访日历): an agent finds today's tasks on the month calendar and opens one; a supervisor
 * looks at a team member's month and the whole team's. The browser runs in New York time: the calendar's days
 * are still the company's (Asia/Shanghai).
 */

let browser: Browser;
const FIRST = '日历回访甲有限公司';
const SECOND = '日历回访乙有限公司';
const THIRD = '日历回访丙有限公司';
let sup: string;
let agentId: number;
let agent2Id: number;

const today = () => companyDate();

beforeAll(async () => {
  browser = await launch();
  await seedUser('cal.agent', ['agent']);
  await seedUser('cal.agent2', ['agent']);
  await seedUser('cal.sup', ['supervisor']);
  sup = await cookieOf('cal.sup', 'Ready12345');
  const agent = await cookieOf('cal.agent', 'Ready12345');
  const agent2 = await cookieOf('cal.agent2', 'Ready12345');
  agentId = (await apiAs(agent, 'GET', '/api/v1/auth/me')).id;
  agent2Id = (await apiAs(agent2, 'GET', '/api/v1/auth/me')).id;
  // Each agent calls their customers once, with the next follow-up today: a task starting today for them.
  for (const [cookie, id, name] of [
    [agent, agentId, FIRST],
    [agent, agentId, SECOND],
    [agent2, agent2Id, THIRD],
  ] as const) {
    const customer = await apiAs(sup, 'POST', '/api/v1/customers', { name, agentId: id });
    await apiAs(cookie, 'POST', '/api/v1/followup-records', {
      customerId: customer.id,
      method: 'phone',
      contactedAt: new Date(Date.now() - 3_600_000).toISOString(),
      keyPoints: '首次电话沟通，约定今天再联系',
      nextFollowupOn: today(),
    });
  }
});

afterAll(async () => {
  await browser?.close();
});

async function signedIn(username: string, { width = 1280, height = 800, english = false } = {}) {
  const context = await newContext(browser, {
    viewport: { width, height },
    locale: 'zh-CN',
    timezoneId: 'America/New_York',
  });
  if (english) await context.addInitScript(() => localStorage.setItem('huifang.locale', 'en'));
  const page = await context.newPage();
  await signIn(page, username, 'Ready12345');
  await page.waitForSelector('[data-testid=greeting]');
  return page;
}

async function openCalendar(page: Page) {
  await page.click('[data-testid=tab-calendar]');
  await page.waitForSelector('[data-testid=task-calendar]');
}

const todayCell = (page: Page) => page.locator(`[data-testid=cal-day-${today()}]`);
/** Today's 待办 badge once it says `text` (the month shown before stays until the next one arrives). */
const openToday = (page: Page, text: string) =>
  todayCell(page).locator('[data-testid=cal-open]', { hasText: new RegExp(`^${text}$`) });

async function shoot(page: Page, name: string) {
  await page.waitForSelector('.ant-spin-spinning', { state: 'detached' });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function choose(page: Page, label: string) {
  await page.click('[data-testid=cal-whose]');
  // Typed, as a supervisor of a big team would: the list shows only the first names of a long team (other
  // browser tests share this server and add people to it).
  await page.keyboard.type(label);
  // The list slides in: an option clicked while it moves may miss.
  await page.waitForSelector('.ant-select-dropdown:not(.ant-slide-up-appear):not(.ant-slide-up-enter)');
  await page.waitForTimeout(300);
  await page.locator('.ant-select-item-option', { hasText: label }).first().click();
}

describe('回访日历', () => {
  it('shows an agent today’s tasks on the calendar, and opens one from the day', async () => {
    const page = await signedIn('cal.agent');
    await openCalendar(page);
    // No choice of whose month for an agent.
    expect(await page.locator('[data-testid=cal-whose]').count()).toBe(0);
    await expect(todayCell(page).locator('[data-testid=cal-open]').textContent()).resolves.toBe('待办 2');
    expect(await todayCell(page).getAttribute('class')).toContain('hf-cal-today');
    // This browser is in New York: its own today (Ant Design's) gets no box; only the company's today is marked.
    const browserTodayBox = await page.evaluate(() => {
      const inner = document.querySelector('.ant-picker-cell-today .ant-picker-cell-inner');
      if (!inner) return 'none';
      const before = getComputedStyle(inner, '::before');
      const hidden = before.display === 'none' || before.content === 'none';
      return hidden || before.borderTopColor === 'rgba(0, 0, 0, 0)' ? 'none' : before.borderTopColor;
    });
    expect(browserTodayBox).toBe('none');
    await shoot(page, 'calendar-agent-1280');

    await todayCell(page).click();
    await page.waitForSelector('[data-testid=day-drawer] [data-testid=day-task]');
    await expect(page.locator('[data-testid=day-title]').textContent()).resolves.toBe(
      `${today()} 开始的回访任务`,
    );
    const rows = page.locator('[data-testid=day-task]');
    expect(await rows.count()).toBe(2);
    const listed = (await rows.allTextContents()).join(' ');
    for (const text of [FIRST, SECOND, '待执行', '用户cal.agent']) expect(listed).toContain(text);
    await shoot(page, 'calendar-day-1280');
    await rows.filter({ hasText: SECOND }).click();
    await expect(page.locator('[data-testid=card-customer]').textContent()).resolves.toBe(SECOND);
    // Their own open task: it can be worked from here.
    await page.waitForSelector('[data-testid=write-record]');
    await shoot(page, 'calendar-task-1280');
    await page.context().close();
  });

  it('shows a supervisor a team member’s month and the whole team’s', async () => {
    const page = await signedIn('cal.sup', { width: 1024, height: 768 });
    await openCalendar(page);
    // Their own month has nothing today: the day says so, legibly.
    expect(await todayCell(page).locator('[data-testid=cal-counts]').count()).toBe(0);
    await todayCell(page).click();
    await page.waitForSelector('[data-testid=day-drawer] >> text=这一天没有回访任务');
    await page.waitForFunction(() => document.getAnimations().length === 0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await openCalendar(page);

    await choose(page, '用户cal.agent2');
    await openToday(page, '待办 1').waitFor();

    await choose(page, '全组');
    const team = await apiAs(sup, 'GET', '/api/v1/worklist/calendar?team=true');
    const open = team.days.find((d: { date: string }) => d.date === today())?.open;
    expect(open).toBeGreaterThanOrEqual(3);
    await openToday(page, `待办 ${open}`).waitFor();
    await shoot(page, 'calendar-team-1024');

    await todayCell(page).click();
    await page.waitForSelector('[data-testid=day-task]');
    const text = (await page.locator('[data-testid=day-drawer]').textContent()) ?? '';
    for (const name of [FIRST, SECOND, THIRD, '用户cal.agent', '用户cal.agent2'])
      expect(text).toContain(name);
    await shoot(page, 'calendar-team-day-1024');
    await page.context().close();
  });

  it('reads in English', async () => {
    const page = await signedIn('cal.sup', { english: true });
    await openCalendar(page);
    await choose(page, 'Whole team');
    await todayCell(page).locator('[data-testid=cal-open]').waitFor();
    expect(await todayCell(page).locator('[data-testid=cal-open]').textContent()).toMatch(/^\d+ open$/);
    await expect(page.locator('[data-testid=tab-calendar]').textContent()).resolves.toBe('Calendar');
    await expect(page.locator('[data-testid=cal-month]').textContent()).resolves.toMatch(
      /^[A-Z][a-z]+ \d{4}$/,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'calendar-team-en-1280');
    await todayCell(page).click();
    await page.waitForSelector('[data-testid=day-task]');
    await shoot(page, 'calendar-team-day-en-1280');
    await page.context().close();
  });

  it('fits a busy day’s four counts in a cell at 1024 wide, in both languages', async () => {
    for (const english of [false, true]) {
      const page = await signedIn('cal.sup', { width: 1024, height: 768, english });
      // A month with every kind of count, two digits each (the counts themselves are tested above).
      await page.route('**/api/v1/worklist/calendar*', async (route) => {
        const month = new URL(route.request().url()).searchParams.get('month') ?? today().slice(0, 7);
        const busy = { open: 12, overdue: 10, done: 25, unreachable: 11 };
        await route.fulfill({
          json: {
            month,
            from: `${month}-01`,
            to: `${month}-28`,
            assigneeId: null,
            team: true,
            days: ['05', '12', '13', '21'].map((d) => ({ date: `${month}-${d}`, ...busy })),
          },
        });
      });
      await openCalendar(page);
      await page.locator('[data-testid=cal-counts]').first().waitFor();
      await shoot(page, `calendar-busy-1024${english ? '-en' : ''}`);
      // Neither a line cut short nor a cell that scrolls.
      const overflowing = await page.locator('[data-testid=cal-counts]').evaluateAll((cells) =>
        cells.flatMap((c) => {
          const box = c.parentElement as HTMLElement;
          // The text's own width, to the fraction of a pixel (an ellipsis shows for any fraction too much).
          const cut = (l: Element) => {
            const range = document.createRange();
            range.selectNodeContents(l);
            return range.getBoundingClientRect().width > l.getBoundingClientRect().width;
          };
          const lines = [...c.children].filter(cut);
          return [
            ...lines.map((l) => l.textContent),
            ...(box.scrollHeight > box.clientHeight ? ['a cell scrolls'] : []),
          ];
        }),
      );
      await page.context().close();
      expect(overflowing).toEqual([]);
    }
  });

  it('marks the days on a phone, and opens a day there too', async () => {
    const page = await signedIn('cal.agent', { width: 390, height: 844 });
    await openCalendar(page);
    const day = page.locator('.ant-picker-cell-in-view .hf-cal-mini-today');
    expect(await day.locator('.hf-cal-dot').count()).toBe(1);
    await shoot(page, 'calendar-agent-phone');
    await day.click();
    await page.waitForSelector('[data-testid=day-task]');
    expect(await page.locator('[data-testid=day-task]').count()).toBe(2);
    await shoot(page, 'calendar-day-phone');
    await page.context().close();
  });
});
