import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';
import {
  rowXml,
  type Segment,
  SHEET_END,
  SHEET_START,
  STRINGS_END,
  STRINGS_START,
  workbookParts,
  type ZipPart,
  zipParts,
} from '../../test/xlsx-zip.ts';

// Issue 9: a 3 MB .xlsx of 30 cells of 100 MB each took 76 s and 4.3 GB, answered 500, and three at once
// killed the server. Such files are refused while they are read, in bounded memory.

let t: TestApp;
let am: string;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MB = 1024 * 1024;

beforeAll(async () => {
  t = await createTestApp({ IMPORT_MAX_CONCURRENT: '1', IMPORT_MAX_SHARED_STRINGS_BYTES: String(MB) });
  const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  await createUserAs(t, admin, { username: 'lin.tao', roles: ['account_manager'], departmentName: '销售部' });
  am = await t.login('lin.tao', 'Passw0rd!');
});
afterAll(() => t.close());

const upload = (
  step: 'preview' | 'apply' | 'errors',
  body: Buffer | string,
  type = XLSX,
  headers: Record<string, string> = {},
) =>
  t.call(am, {
    method: 'POST',
    url: `/api/v1/customer-imports/${step}`,
    headers: { 'content-type': type, ...headers },
    payload: body,
  });

const fileErrors = (response: { json(): { errors?: unknown } }) => response.json().errors;

/** The most the heap grew while `work` ran, sampled every few milliseconds (reading awaits between chunks). */
async function heapGrowthMB<T>(work: () => Promise<T>): Promise<{ result: T; grewMB: number }> {
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { result, grewMB: (peak - before) / MB };
  } finally {
    clearInterval(sample);
  }
}

const HEADER = rowXml(1, ['客户名称', '所属行业']);
/** A sheet whose row 2 holds one cell of 100 MB of "A": 100 KB zipped. */
const bombSheet: Segment[] = [
  SHEET_START,
  HEADER,
  '<row r="2"><c r="A2" t="inlineStr"><is><t>',
  { repeat: 'A', times: 100 * MB },
  '</t></is></c></row>',
  SHEET_END,
];
/** The parts with headers that claim a kilobyte each, so that only counting what inflates can stop them. */
const lying = (parts: ZipPart[]) => parts.map((part) => ({ ...part, declaredSize: 1000 }));

describe('import limits', () => {
  it('refuses a zip bomb at once from the sizes its zip claims', async () => {
    const response = await upload('preview', zipParts(workbookParts(bombSheet)));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(fileErrors(response)).toEqual([
      { field: 'file', message: '表格解压后超过文件大小的 100 倍（10.1 MB），疑似压缩炸弹，已拒绝' },
    ]);
  });

  it('stops a bomb whose zip lies about its sizes while it inflates, in bounded memory', async () => {
    const bomb = zipParts(lying(workbookParts(bombSheet)));
    const { result, grewMB } = await heapGrowthMB(() => upload('preview', bomb));
    expect(result.statusCode).toBe(400);
    expect(fileErrors(result)).toEqual([
      { field: 'file', message: '第 2 行有单元格超过 32,767 个字符的上限' },
    ]);
    // Reading on gathered the 100 MB cell whole (900 MB of server memory).
    expect(grewMB).toBeLessThan(200);
    const english = await upload('preview', bomb, XLSX, { 'accept-language': 'en' });
    expect(fileErrors(english)).toEqual([
      { field: 'file', message: 'row 2: a cell holds more than the limit of 32,767 characters' },
    ]);
  });

  it('stops a shared-string bomb, and shared strings beyond what may be held', async () => {
    const sheet = [SHEET_START, HEADER, rowXml(2, [{ s: 0 }]), SHEET_END];
    const oneString = [STRINGS_START, '<si><t>', { repeat: 'A', times: 100 * MB }, '</t></si>', STRINGS_END];
    const { result, grewMB } = await heapGrowthMB(() =>
      upload('preview', zipParts(lying(workbookParts(sheet, oneString)))),
    );
    expect(fileErrors(result)).toEqual([
      { field: 'file', message: '表格中有单元格超过 32,767 个字符的上限' },
    ]);
    expect(grewMB).toBeLessThan(200);
    // This server holds at most 1 MB of shared strings (IMPORT_MAX_SHARED_STRINGS_BYTES): 60 000 distinct names.
    const names = Array.from({ length: 60_000 }, (_, i) => `<si><t>宁波港联物流有限公司${i}</t></si>`).join(
      '',
    );
    const many = zipParts(workbookParts(sheet, [STRINGS_START, names, STRINGS_END]));
    expect(fileErrors(await upload('preview', many))).toEqual([
      { field: 'file', message: '表格的共享字符串（xl/sharedStrings.xml）解压后超过 1 MB 的上限' },
    ]);
  });

  it('refuses a CSV with one 10 MB field, naming its row', async () => {
    const csv = `客户名称,所属行业\n宁波港联物流有限公司,服务业\n${'A'.repeat(10 * MB)},制造业\n`;
    const { result, grewMB } = await heapGrowthMB(() => upload('preview', csv, 'text/csv'));
    expect(result.statusCode).toBe(400);
    expect(fileErrors(result)).toEqual([
      { field: 'file', message: '第 3 行超过 8 MB 的上限（单元格最多 32,767 个字符）' },
    ]);
    expect(grewMB).toBeLessThan(200);
  });

  it('names the row and column of a cell just over the limit; one at the limit is read', async () => {
    const over = `${'长'.repeat(32_768)}`;
    const csv = `所属行业,客户名称\n服务业,宁波港联物流有限公司\n制造业,${over}\n`;
    expect(fileErrors(await upload('preview', csv, 'text/csv'))).toEqual([
      { field: 'file', message: '第 3 行第 2 列有 32,768 个字符，超过单元格 32,767 个字符的上限' },
    ]);
    const book = zipParts(workbookParts([SHEET_START, HEADER, rowXml(2, ['宁波港联', over]), SHEET_END]));
    expect(fileErrors(await upload('preview', book))).toEqual([
      { field: 'file', message: '第 2 行第 2 列有 32,768 个字符，超过单元格 32,767 个字符的上限' },
    ]);
    const atLimit = zipParts(
      workbookParts([SHEET_START, HEADER, rowXml(2, ['宁波港联', over.slice(1)]), SHEET_END]),
    );
    const read = await upload('preview', atLimit);
    expect(read.statusCode).toBe(200);
    expect(read.json().summary).toEqual({ create: 1, update: 0, unchanged: 0, skip: 0, reject: 0 });
  });

  it('refuses a zip of thousands of parts, and a part that claims gigabytes, before unzipping', async () => {
    const crowd = Array.from({ length: 10_001 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: 'x' }));
    expect(
      fileErrors(await upload('preview', zipParts([...workbookParts(bombSheet.slice(0, 2)), ...crowd]))),
    ).toEqual([{ field: 'file', message: '文件中的部件超过 10,000 个，不是正常的 .xlsx 表格' }]);
    const claims = workbookParts([SHEET_START, HEADER, SHEET_END]).map((part) =>
      part.name.includes('sheet1') ? { ...part, declaredSize: 4_000_000_000 } : part,
    );
    expect(fileErrors(await upload('preview', zipParts(claims)))).toEqual([
      { field: 'file', message: expect.stringContaining('表格解压后超过') },
    ]);
  });

  it('still reads a normal workbook, with its shared strings after the sheet as Excel writes them', async () => {
    const sheet = [
      SHEET_START,
      HEADER,
      rowXml(2, [{ s: 0 }, { s: 1 }]),
      rowXml(3, ['苏州精工机械', { s: 1 }]),
      SHEET_END,
    ];
    const strings = [
      STRINGS_START,
      '<si><t>宁波港联物流有限公司</t></si><si><t>制造业</t></si>',
      STRINGS_END,
    ];
    const response = await upload('preview', zipParts(workbookParts(sheet, strings)));
    expect(response.statusCode).toBe(200);
    expect(response.json().rows.map((r: { name: string }) => r.name)).toEqual([
      '宁波港联物流有限公司',
      '苏州精工机械',
    ]);
  });

  it('runs IMPORT_MAX_CONCURRENT imports at once: one more is told to come back (429, Retry-After)', async () => {
    const csv = [
      '客户名称,所属行业',
      ...Array.from({ length: 3000 }, (_, i) => `并发测试${i}号公司,制造业`),
    ].join('\n');
    const [first, second] = await Promise.all([
      upload('preview', csv, 'text/csv'),
      upload('preview', csv, 'text/csv', { 'accept-language': 'en' }),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 429]);
    const refused = first.statusCode === 429 ? first : second;
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['retry-after']).toBe('10');
    expect(refused.json()).toMatchObject({ status: 429, code: 'import_busy' });
    // The slot is free again once the first has answered.
    expect((await upload('preview', csv, 'text/csv')).statusCode).toBe(200);
  });

  it('frees the slot of an import that failed or streamed its answer', async () => {
    expect((await upload('preview', 'not,a\u0000sheet', 'text/csv')).statusCode).toBe(400);
    const streamed = await upload('apply', '客户名称\n流式导入公司\n', 'text/csv', {
      accept: 'application/x-ndjson',
    });
    expect(streamed.body).toContain('"type":"result"');
    expect((await upload('preview', '客户名称\n之后的公司\n', 'text/csv')).statusCode).toBe(200);
  });

  it('shows only the start of a long value in the preview and the error report', async () => {
    const name = '长'.repeat(5000);
    const owner = '某'.repeat(5000);
    const csv = `客户名称,负责客户经理\n${name},\n宁波港联物流有限公司,${owner}\n`;
    const preview = (await upload('preview', csv, 'text/csv')).json();
    const shown = `${'长'.repeat(200)}…`;
    expect(preview.rows).toEqual([
      {
        line: 2,
        action: 'reject',
        name: shown,
        code: null,
        errors: [
          {
            column: '客户名称',
            field: 'name',
            code: 'tooLong',
            params: { max: '200' },
            message: '最多 200 个字符',
          },
        ],
        notes: [],
      },
      {
        line: 3,
        action: 'reject',
        name: '宁波港联物流有限公司',
        code: null,
        errors: [
          {
            column: '负责客户经理',
            field: 'owner',
            code: 'unknownOwner',
            params: { value: `${'某'.repeat(200)}…` },
            message: `找不到在职员工“${'某'.repeat(200)}…”`,
          },
        ],
        notes: [],
      },
    ]);
    const report = await upload('errors', csv, 'text/csv');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0]?.getSheetValues().slice(2) as (string | number)[][];
    expect(rows.map((r) => [r[1], r[2], r[4]])).toEqual([
      [2, shown, '最多 200 个字符'],
      [3, '宁波港联物流有限公司', `找不到在职员工“${'某'.repeat(200)}…”`],
    ]);
  });
});
