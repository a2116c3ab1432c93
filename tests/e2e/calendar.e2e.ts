import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, apiAs, baseUrl, launch, newPage, SHOTS, seedUser, signIn } from './browser.ts';

let browser: Browser;
let page: Page;
/** The company hours as they were: the server is shared with the other journeys. */
let hours: unknown;

/** A subscription file with 2027's New Year and a make-up day, and 2028's New Year. */
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//huifang//e2e//CN',
  ...[
    ['20270101', '20270104', '元旦 休'],
    ['20270214', '20270215', '春节 补班'],
    ['20280101', '20280102', '元旦 休'],
  ].flatMap(([start, end, summary], i) => [
    'BEGIN:VEVENT',
    `UID:e2e-${i}@huifang`,
    'DTSTAMP:20261201T000000Z',
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${end}`,
    `SUMMARY:${summary}`,
    'END:VEVENT',
  ]),
  'END:VCALENDAR',
].join('\r\n');

const NOTICE =
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n' +
  '二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月14日（周日）上班。\n' +
  '三、节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。请于1月5日前报送。';

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser, 1440, 900);
  hours = await apiAs(await adminCookie(), 'GET', '/api/v1/calendar/hours');
  await seedUser('cal.exec', ['executive']);
});
afterAll(async () => {
  // The server is shared with the other journeys: 2027 goes back to nobody's.
  const admin = await adminCookie();
  await apiAs(admin, 'DELETE', '/api/v1/calendar/years/2027').catch(() => undefined);
  if (hours) await apiAs(admin, 'PUT', '/api/v1/calendar/hours', hours);
  await browser?.close();
});

/** Types a date into an antd DatePicker and takes it. */
async function pickDate(page: Page, selector: string, date: string) {
  await page.click(selector);
  await page.fill(selector, date);
  await page.keyboard.press('Enter');
}

async function computeWorkingDay(from: string, days: number) {
  await page.click('.ant-tabs-tab:has-text("工作日计算")');
  await pickDate(page, '#from', from);
  await page.fill('#days', String(days));
  await page.click('[data-testid=compute]');
  await page.waitForSelector('[data-testid=working-day]');
}

describe('节假日与工作时间', () => {
  it('the admin enters 2027 from the notice; the banner goes and working days count it', async () => {
    // Someone who cannot enter the year is not told about it.
    const exec = await newPage(browser, 1440, 900);
    await signIn(exec, 'cal.exec', 'Ready12345');
    await exec.waitForSelector('[data-testid=greeting]');
    await exec.waitForLoadState('networkidle');
    await expect(exec.locator('[data-testid=calendar-banner]').count()).resolves.toBe(0);
    await exec.context().close();

    await signIn(page, 'admin', 'Admin12345');
    await page.waitForSelector('[data-testid=greeting]');
    const banner = page.locator('[data-testid=calendar-banner]');
    await expect(banner.textContent()).resolves.toContain('2027 年节假日安排尚未录入，截止日期按周末计算。');
    await page.screenshot({ path: `${SHOTS}/calendar-banner-zh.png` });

    await banner.locator('a:has-text("去录入")').click();
    await page.waitForURL(/\/settings\/calendar\?year=2027$/);
    const detail = page.locator('[data-testid=year-detail]');
    await expect(detail.locator('[data-testid=source-tag]').textContent()).resolves.toBe('未录入');

    // Until 2027 is entered, a count that runs into it says it went by weekends only.
    await computeWorkingDay('2026-12-30', 5);
    await expect(page.locator('[data-testid=working-day]').textContent()).resolves.toContain('2027-01-06');
    await expect(page.locator('[data-testid=uncovered]').textContent()).resolves.toBe(
      '包含未录入节假日安排的年份 2027，仅按周末计算',
    );
    await page.click('.ant-tabs-tab:has-text("年度节假日安排")');

    await page.click('[data-testid=edit-year]');
    await page.click('[data-testid=paste-notice]');
    await page.fill('[data-testid=notice-text]', NOTICE);
    await page.click('[data-testid=read-notice]');
    const preview = page.locator('[data-testid=parse-preview]');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('放假日（11）');
    expect(await preview.textContent()).toContain('调休上班日（1）');
    await expect(page.locator('[data-testid=unread]').textContent()).resolves.toContain('请于1月5日前报送');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/calendar-notice-zh.png` });
    await page.click('[data-testid=adopt]');
    await expect(page.locator('[data-testid=holidays-list] .ant-picker').count()).resolves.toBe(11);
    await expect(page.locator('[data-testid=workdays-list] .ant-picker').count()).resolves.toBe(1);

    // A make-up day that is also a day off: the server's error stands next to that date.
    await pickDate(page, '#add-workdays', '2027-01-02');
    await expect(page.locator('[data-testid=workdays-list] .ant-picker').count()).resolves.toBe(2);
    await page.click('[data-testid=save-year]');
    const error = page.locator('[data-testid=workdays-list] .ant-form-item-explain-error');
    await expect(error.textContent()).resolves.toBe('2027-01-02 已列为放假日');
    await page.screenshot({ path: `${SHOTS}/calendar-field-error-zh.png` });
    await page
      .locator('[data-testid=workdays-list] .ant-form-item', {
        has: page.locator('.ant-form-item-explain-error'),
      })
      .locator('button')
      .click();
    await expect(page.locator('[data-testid=workdays-list] .ant-picker').count()).resolves.toBe(1);

    await page.fill('#note', '国办发明电〔2026〕7号');
    await page.click('[data-testid=save-year]');
    await page.waitForSelector('.ant-message-notice:has-text("2027 年节假日安排已保存")');
    const row = page.locator('[data-testid=years-table] tr.ant-table-row', { hasText: '2027' });
    await expect(row.locator('[data-testid=source-tag]').textContent()).resolves.toBe('管理员录入');
    expect(await row.textContent()).toContain('国办发明电〔2026〕7号');
    await expect(detail.locator('[data-kind=holiday]').count()).resolves.toBe(11);
    await expect(detail.locator('[data-day="2027-02-14"]').getAttribute('data-kind')).resolves.toBe(
      'workday',
    );
    await expect(banner.count()).resolves.toBe(0);
    await page.screenshot({ path: `${SHOTS}/calendar-2027-zh.png`, fullPage: true });

    await computeWorkingDay('2025-09-30', 2);
    await expect(page.locator('[data-testid=working-day]').textContent()).resolves.toContain('2025-10-10');
    await expect(page.locator('[data-testid=uncovered]').count()).resolves.toBe(0);
  });

  it('an .ics file of several years fills the year being edited and says the others were ignored', async () => {
    await page.click('.ant-tabs-tab[data-node-key=years]');
    await page.click('[data-testid=edit-year]');
    await page.setInputFiles('[data-testid=ics-file]', {
      name: 'holidays.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(ICS),
    });
    const preview = page.locator('[data-testid=parse-preview]');
    await preview.waitFor();
    await expect(page.locator('[data-testid=other-years]').textContent()).resolves.toBe(
      '文件中还有 2028 年的安排，已忽略；只采用 2027 年。',
    );
    expect(await preview.textContent()).toContain('放假日（3）');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/calendar-ics-zh.png` });
    await page.click('[data-testid=adopt]');
    await expect(page.locator('[data-testid=holidays-list] .ant-picker').count()).resolves.toBe(3);
    await page.click('.ant-drawer-footer button:has-text("取消")');
    await page.locator('.ant-drawer-content').waitFor({ state: 'detached' });
    // Not saved: 2027 keeps the notice's eleven days.
    await expect(page.locator('[data-testid=year-detail] [data-kind=holiday]').count()).resolves.toBe(11);
  });

  it('the admin switches lunch off and a reversed window is marked on its field', async () => {
    await page.click('.ant-tabs-tab:has-text("工作时间")');
    const form = page.locator('[data-testid=hours-form]');
    await form.waitFor();
    await page.click('[data-testid=lunch-switch]');
    await expect(page.locator('#lunchBreak').count()).resolves.toBe(0);
    await page.click('[data-testid=save-hours]');
    await page.waitForSelector('.ant-message-notice:has-text("工作时间已保存")');
    const saved = await apiAs(await adminCookie(), 'GET', '/api/v1/calendar/hours');
    expect(saved.lunchBreak).toBeNull();

    // A rest window that ends before it starts: the server's error lands on that window.
    await page.click('[data-testid=restHours-list] button:has-text("添加时段")');
    await page.click('#restHours_0');
    await page.fill('#restHours_0', '16:00');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.click('[data-testid=save-hours]');
    await expect(
      page.locator('[data-testid=restHours-list] .ant-form-item-explain-error').first().textContent(),
    ).resolves.toBe('结束时间须晚于开始时间');
    await page.locator('[data-testid=restHours-list] .ant-form-item-explain-error').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/calendar-hours-zh.png` });
  });

  it('looks right at 1440×900 and 1024×768, in Chinese and English', async () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const [width, height] of [
        [1440, 900],
        [1024, 768],
      ] as const) {
        const shot = await newPage(browser, width, height);
        if (locale === 'en') await shot.addInitScript(() => localStorage.setItem('huifang.locale', 'en'));
        await signIn(shot, 'admin', 'Admin12345');
        await shot.waitForSelector('[data-testid=greeting]');
        await shot.goto(`${baseUrl()}/settings/calendar?year=2027`);
        await shot.waitForSelector('[data-testid=year-picture]');
        const name = `${SHOTS}/calendar-${locale}-${width}`;
        await shot.screenshot({ path: `${name}-years.png` });
        await shot.click('[data-testid=edit-year]');
        await shot.waitForSelector('[data-testid=year-form]');
        await shot.waitForTimeout(400);
        await shot.screenshot({ path: `${name}-edit.png` });
        await shot.keyboard.press('Escape');
        await shot.click('.ant-tabs-tab[data-node-key=hours]');
        await shot.waitForSelector('[data-testid=save-hours]:not([disabled])');
        await shot.screenshot({ path: `${name}-hours.png` });
        await shot.click('.ant-tabs-tab[data-node-key=tool]');
        await pickDate(shot, '#from', '2028-12-28');
        await shot.fill('#days', '5');
        await shot.click('[data-testid=compute]');
        await shot.waitForSelector('[data-testid=working-day]');
        await shot.screenshot({ path: `${name}-tool.png` });
        await shot.context().close();
      }
    }
  });

  it('deleting the entry takes 2027 back to 未录入 and the banner back', async () => {
    await page.goto(`${baseUrl()}/settings/calendar?year=2027`);
    await page.click('[data-testid=reset-year]');
    await page.click('.ant-popconfirm-buttons button:has-text("删除录入")');
    await page.waitForSelector('.ant-message-notice:has-text("已删除 2027 年的录入")');
    const row = page.locator('[data-testid=years-table] tr.ant-table-row', { hasText: '2027' });
    await expect(row.locator('[data-testid=source-tag]').textContent()).resolves.toBe('未录入');
    await page.waitForSelector('[data-testid=calendar-banner]');
  });
});
