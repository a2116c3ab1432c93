import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, baseUrl, cookieOf, launch, newPage, SHOTS, seedUser, signIn } from './browser.ts';

// 问题附件 (SPEC §4): the customer's photo and the written reply kept on the issue.

let browser: Browser;
let page: Page;
let issueId: number;

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const card = () => page.locator('[data-testid=issue-attachments]');
const names = () => card().locator('[data-testid=attachment-name]').allTextContents();
const choose = (name: string, mimeType: string, buffer: Buffer) =>
  card().locator('input[type=file]').setInputFiles({ name, mimeType, buffer });

beforeAll(async () => {
  browser = await launch();
  await seedUser('att.am', ['account_manager']);
  const manager = await cookieOf('att.am', 'Ready12345');
  const customer = await apiAs(manager, 'POST', '/api/v1/customers', { name: '附件测试物业有限公司' });
  const issue = await apiAs(manager, 'POST', '/api/v1/issues', {
    customerId: customer.id,
    channel: 'phone',
    urgency: 'normal',
    description: '小区门禁多次失灵，客户寄来书面投诉',
    raisedAt: new Date().toISOString(),
  });
  issueId = issue.id;
  page = await newPage(browser, 1440, 900);
  await signIn(page, 'att.am', 'Ready12345');
  await page.waitForSelector('[data-testid=side-menu]');
});
afterAll(() => browser?.close());

describe('问题附件', () => {
  it('uploads a PDF and a PNG, lists them, downloads one under its name and deletes one', async () => {
    await page.goto(`${baseUrl()}/issues/${issueId}`);
    await card().getByText('单个文件不超过 10.0 MB，每个问题最多 20 个').waitFor();
    await choose('书面答复.pdf', 'application/pdf', PDF);
    await card().locator('[data-testid=attachment-name]', { hasText: '书面答复.pdf' }).waitFor();
    await choose('门禁照片.png', 'image/png', PNG);
    await card().locator('[data-testid=attachment-name]', { hasText: '门禁照片.png' }).waitFor();
    expect(await names()).toEqual(['书面答复.pdf', '门禁照片.png']);
    await expect
      .poll(() => card().locator('[data-testid=attachment]').first().textContent())
      .toContain('1 KB · 用户att.am 上传于');
    await page.locator('.ant-message-notice').last().waitFor({ state: 'detached' });
    await card().screenshot({ path: `${SHOTS}/issue-attachments-zh.png` });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card()
        .locator('[data-testid=attachment]', { hasText: '书面答复.pdf' })
        .getByTestId('attachment-download')
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('书面答复.pdf');

    await card()
      .locator('[data-testid=attachment]', { hasText: '门禁照片.png' })
      .getByTestId('attachment-delete')
      .click();
    await page.locator('.ant-popconfirm').getByText('确定删除附件「门禁照片.png」？').waitFor();
    await page.locator('.ant-popconfirm .ant-btn-dangerous').click();
    await page.getByText('附件已删除').waitFor();
    await expect.poll(names).toEqual(['书面答复.pdf']);
    // The history says what happened.
    await page.locator('text=删除附件').first().waitFor();
  });

  it('refuses a program with the server’s words, naming the file and the types allowed', async () => {
    await choose(
      '安装程序.exe',
      'application/octet-stream',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]),
    );
    const error = card().locator('[data-testid=attachment-error]');
    await error.waitFor();
    expect(await error.textContent()).toContain(
      '不支持文件「安装程序.exe」的类型。允许的类型：图片（PNG、JPEG、GIF、WebP）、PDF',
    );
    expect(await names()).toEqual(['书面答复.pdf']);
    await card().screenshot({ path: `${SHOTS}/issue-attachments-refused-zh.png` });
  });
});
