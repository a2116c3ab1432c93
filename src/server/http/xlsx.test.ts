import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../test/app-helper.ts';
import { FORMULA_LIKE, sendXlsx } from './xlsx.ts';

/** One file of a .xlsx (a ZIP), read through its central directory. */
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let offset = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(offset + 10);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const skip = nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    if (zip.toString('utf8', offset + 46, offset + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    offset += 46 + skip;
  }
  throw new Error(`${name} is not in the file`);
}

/** For each cell address of the first sheet: whether its style has quotePrefix="1". */
async function quotePrefixed(file: Buffer): Promise<Map<string, { value: unknown; quoted: boolean }>> {
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(zipEntry(file, 'xl/styles.xml'))?.[1] ?? '';
  const quotedStyles = [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => m[0].includes('quotePrefix="1"'));
  const sheetXml = zipEntry(file, 'xl/worksheets/sheet1.xml');
  const styleOf = new Map(
    [...sheetXml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)].map((m) => [m[1], Number(m[2] ?? 0)]),
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const cells = new Map<string, { value: unknown; quoted: boolean }>();
  workbook.worksheets[0]?.eachRow((row) =>
    row.eachCell((cell) => {
      cells.set(cell.address, {
        value: cell.value,
        quoted: quotedStyles[styleOf.get(cell.address) ?? 0] === true,
      });
    }),
  );
  return cells;
}

const FORMULAS = ['=HYPERLINK("http://x","y")', '-1+2', '+86 1', '@SUM(1,2)', '\t=1', '＝1+1'];

describe('spreadsheet exports keep formula-like text as text (OWASP CSV injection)', () => {
  it('marks text starting with = + - @ tab CR with quotePrefix, value unchanged; numbers stay numbers', async () => {
    const app = Fastify();
    const rows = [...FORMULAS, 'normal', '中-文', -1, 0.5, new Date('2024-01-02T00:00:00Z')].map((value) => ({
      value,
    }));
    app.get('/x', (_request, reply) =>
      sendXlsx(
        reply,
        'x.xlsx',
        's',
        [{ header: '值', value: (r: { value: unknown }) => r.value as string }],
        rows,
        {
          导出人: '=cmd|" /C calc"!A0',
        },
      ),
    );
    const file = (await app.inject({ method: 'GET', url: '/x' })).rawPayload;
    await app.close();
    const cells = [...(await quotePrefixed(file)).values()].slice(1);
    expect(cells).toEqual([
      ...FORMULAS.map((value) => ({ value, quoted: true })),
      { value: 'normal', quoted: false },
      { value: '中-文', quoted: false },
      { value: -1, quoted: false },
      { value: 0.5, quoted: false },
      { value: new Date('2024-01-02T00:00:00Z'), quoted: false },
    ]);
    expect(zipEntry(file, 'xl/worksheets/sheet2.xml')).toMatch(/<c r="B1" s="\d+"/);
    // A carriage return is quoted too (XML reads it back as a line feed, so it is not in the round trip above).
    expect(FORMULA_LIKE.test('\r=1')).toBe(true);
  });
});

describe('an exported customer file re-imported', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
    await createUserAs(t, admin, {
      username: 'am.export',
      roles: ['account_manager'],
      departmentName: '销售部',
    });
    manager = await t.login('am.export', 'Passw0rd!');
  });
  afterAll(() => t.close());

  it('is neutralised in the file and gives back the names unchanged', async () => {
    const names = ['=HYPERLINK("http://x","y")', '-1+2', '@SUM(A1)', '+8613800138000 公司'];
    for (const name of names) {
      const created = await t.call(manager, { method: 'POST', url: '/api/v1/customers', payload: { name } });
      expect(created.statusCode).toBe(201);
    }
    const exported = await t.call(manager, { method: 'GET', url: '/api/v1/customers/export?sort=code' });
    expect(exported.statusCode).toBe(200);
    const cells = await quotePrefixed(exported.rawPayload);
    // Names are in column C, after 序号 and 客户编号.
    expect(names.map((_, i) => cells.get(`C${i + 2}`))).toEqual(
      names.map((value) => ({ value, quoted: true })),
    );

    const preview = await t.call(manager, {
      method: 'POST',
      url: '/api/v1/customer-imports/preview',
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: exported.rawPayload,
    });
    expect(preview.statusCode).toBe(200);
    const result = preview.json() as { summary: object; rows: { name: string; action: string }[] };
    expect(result.rows.map((r) => [r.name, r.action])).toEqual(names.map((name) => [name, 'unchanged']));
  });
});
