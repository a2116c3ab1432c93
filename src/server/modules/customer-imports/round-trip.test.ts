import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

/**
 * Issue 13 item 4: the export re-imports as "unchanged" for every row the importer may edit and as
 * 已脱敏，跳过 for the rows it shows masked; a 总表 filled by hand the way seed 001 lays it out is read too.
 */
let t: TestApp;
let mine: string;
let colleague: string;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Result {
  summary: Record<string, number>;
  history: Record<string, number>;
  headerLine: number;
  ignored: { kind: string; count: number; lines: number[] }[];
  rows: {
    line: number;
    action: string;
    name: string;
    code: string | null;
    errors: { column: string; message: string }[];
    notes: string[];
  }[];
}

const upload = async (who: string, step: 'preview' | 'apply', file: Buffer): Promise<Result> => {
  const response = await t.call(who, {
    method: 'POST',
    url: `/api/v1/customer-imports/${step}`,
    headers: { 'content-type': XLSX },
    payload: file,
  });
  expect(response.statusCode, response.body).toBe(200);
  // The rows' issues as a Chinese reader sees them: the column and the message (their codes are tested elsewhere).
  const result = response.json();
  for (const row of result.rows) {
    row.errors = row.errors.map(({ column, message }: Issue) => ({ column, message }));
    row.notes = row.notes.map(({ message }: Issue) => message);
  }
  return result;
};

interface Issue {
  column: string;
  message: string;
}

async function exported(who: string): Promise<Buffer> {
  const response = await t.call(who, { method: 'GET', url: '/api/v1/customers/export?sort=code' });
  expect(response.statusCode, response.body).toBe(200);
  return response.rawPayload;
}

async function create(who: string, payload: object): Promise<{ id: number; code: string }> {
  const response = await t.call(who, { method: 'POST', url: '/api/v1/customers', payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const versions = async () =>
  (await t.database.db.selectFrom('customers').select(['code', 'version']).orderBy('code').execute()).concat(
    (
      await t.database.db.selectFrom('contacts').select(['id as code', 'version']).orderBy('id').execute()
    ).map((c) => ({ code: `contact ${c.code}`, version: c.version })),
  );

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  for (const username of ['rt.zhou', 'rt.wang']) {
    await createUserAs(t, admin, { username, roles: ['account_manager'], departmentName: '销售部' });
  }
  mine = await t.login('rt.zhou', 'Passw0rd!');
  colleague = await t.login('rt.wang', 'Passw0rd!');
  await create(mine, {
    name: '杭州华兴（集团）机械制造有限公司',
    shortName: '杭州华兴',
    industry: '制造业',
    province: '浙江省',
    city: '杭州市',
    district: '余杭区',
    address: '文一西路 1 号',
    annualAmount: '520000.50',
    status: 'active',
    tags: ['重点客户', '采购型'],
    remark: '年底续约',
    contacts: [
      {
        name: '张伟',
        position: '采购经理',
        mobile: '13800138000',
        phone: '0571-88886666',
        email: 'zhangwei@example.com',
        qq: '12345678',
        wechat: 'zhangwei_hz',
      },
    ],
  });
  await create(mine, {
    name: '李娜',
    kind: 'individual',
    annualAmount: '88000',
    contacts: [{ name: '李娜', phone: '0310-6812345' }],
  });
  await create(mine, { name: '=HYPERLINK("x")贸易', annualAmount: '0' });
  for (const [name, mobile] of [
    ['宁波港联物流有限公司', '13911112222'],
    ['苏州精工机械有限公司', '13911113333'],
  ] as const) {
    await create(colleague, {
      name,
      industry: '物流',
      annualAmount: '150000',
      contacts: [{ name: '王五', mobile, email: 'wangwu@example.com' }],
    });
  }
});
afterAll(() => t.close());

describe('export → re-import', () => {
  it('re-imports an account manager’s export: own rows unchanged, the colleague’s masked rows skipped, nothing written', async () => {
    const file = await exported(mine);
    const before = await versions();
    const preview = await upload(mine, 'preview', file);
    expect(preview.summary).toEqual({ create: 0, update: 0, unchanged: 3, skip: 2, reject: 0 });
    expect(preview.history).toEqual({ records: 0, tasks: 0, issues: 0 });
    expect(preview.ignored).toEqual([]);
    const skipped = preview.rows.filter((r) => r.action === 'skip');
    expect(skipped.map((r) => [r.name, r.notes])).toEqual([
      ['宁波港联物流有限公司', ['已脱敏，跳过']],
      ['苏州精工机械有限公司', ['已脱敏，跳过']],
    ]);
    expect(preview.rows.filter((r) => r.action === 'unchanged').every((r) => r.notes.length === 0)).toBe(
      true,
    );
    const applied = await upload(mine, 'apply', file);
    expect(applied.summary).toEqual(preview.summary);
    expect(await versions(), 'a re-import of an export writes nothing').toEqual(before);
  });

  it('lays the export out like the 总表, with amounts as numbers and the contact’s own fields after it', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exported(mine)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const rows = new Map<string, Record<string, unknown>>();
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const values: Record<string, unknown> = {};
      headers.forEach((h, i) => {
        values[h] = row.getCell(i + 1).value ?? null;
      });
      rows.set(String(values.客户名称), values);
    });
    expect(rows.get('杭州华兴（集团）机械制造有限公司')).toMatchObject({
      序号: 1,
      联系方式: '13800138000',
      最近沟通时间: null,
      年合作金额: 520000.5,
      联系人: '张伟',
      职务: '采购经理',
      电话: '0571-88886666',
      邮箱: 'zhangwei@example.com',
      QQ: '12345678',
      微信: 'zhangwei_hz',
      备注: '年底续约',
      地址: '文一西路 1 号',
      标签: '重点客户、采购型',
    });
    expect(rows.get('李娜')).toMatchObject({
      客户类型: '个人',
      联系方式: '0310-6812345',
      电话: '0310-6812345',
    });
    expect(rows.get('宁波港联物流有限公司')).toMatchObject({
      联系人: '王*',
      联系方式: '139****2222',
      年合作金额: '***',
      邮箱: 'w***@example.com',
    });
  });

  it('re-imports a colleague’s export: their rows (in full) unchanged, my rows (masked for them) skipped', async () => {
    const preview = await upload(mine, 'preview', await exported(colleague));
    expect(preview.summary).toEqual({ create: 0, update: 0, unchanged: 2, skip: 3, reject: 0 });
  });

  it('applies what was edited in the exported sheet, and quotes a bad value', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exported(mine)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const column = (header: string) => (sheet.getRow(1).values as string[]).indexOf(header);
    sheet.eachRow((row) => {
      if (row.getCell(column('客户名称')).value === '杭州华兴（集团）机械制造有限公司') {
        row.getCell(column('年合作金额')).value = 90000;
        row.getCell(column('电话')).value = '0571-88887777';
      }
      if (row.getCell(column('客户名称')).value === '李娜') row.getCell(column('联系方式')).value = '1381234';
    });
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const preview = await upload(mine, 'preview', file);
    expect(preview.summary).toEqual({ create: 0, update: 1, unchanged: 1, skip: 2, reject: 1 });
    expect(preview.rows.find((r) => r.action === 'reject')?.errors).toEqual([
      { column: '联系方式', message: '“1381234”应为 11 位手机号码' },
    ]);
    // The tier column still says A: the amount decides (B), and the row says why the sheet's A is not taken.
    expect(preview.rows.find((r) => r.action === 'update')?.notes).toEqual([
      '客户等级“A”未导入：系统中为 C，调整等级请提交等级申报',
    ]);
    await upload(mine, 'apply', file);
    const customer = (
      await t.call(mine, { method: 'GET', url: `/api/v1/customers?q=${encodeURIComponent('杭州华兴')}` })
    ).json().items[0];
    expect(customer.tier).toBe('C');
    const contacts = (
      await t.call(mine, { method: 'GET', url: `/api/v1/customers/${customer.id}/contacts` })
    ).json().items;
    expect(contacts).toEqual([expect.objectContaining({ name: '张伟', phone: '0571-88887777' })]);
  });
});

/** A 客户关系维护跟踪总表 as a department fills it in Excel: seed 001's columns under a title and a 填表人 line. */
async function seedLikeSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('客户关系维护跟踪总表');
  sheet.addRow(['客户关系维护跟踪总表']);
  sheet.mergeCells('A1:O1');
  sheet.addRow(['填表人：张三', '', '', '', '', '', '', '填表日期：2026年11月20日']);
  sheet.addRow([
    '序号',
    '客户编号',
    '客户名称(简称)',
    '所属行业',
    '客户等级',
    '负责客户经理',
    '联系方式',
    '最近沟通时间',
    '沟通方式',
    '沟通内容摘要',
    '客户反馈',
    '问题状态',
    '满意度评分(1-5分)',
    '下次计划沟通时间',
    '备注',
  ]);
  sheet.addRow([
    1,
    '',
    '科技互联网有限公司',
    '互联网',
    'A',
    '',
    '１３９１２３４５６７８',
    '03-15',
    '上门拜访',
    '讨论Q2合作续约意向',
    '对服务响应速度满意',
    '已解决',
    4,
    '04-10',
    '希望增加技术培训场次',
  ]);
  sheet.addRow([2, '', '贸易公司', '零售业', 'Ｂ', '', '0310-6812345', '', '', '', '', '', '', '', '']);
  sheet.addRow([]);
  sheet.addRow([3, '', '制造企业', '制造业', 'C', '', '13800001111', '', '', '', '', '', '', '', '']);
  sheet.addRow([4, '', '号码写错的公司', '制造业', '', '', '1381234', '', '', '', '', '', '', '', '']);
  sheet.addRow(['注：客户等级根据年合作金额划分，A类（≥50万元）、B类（10-50万元）、C类（<10万元）']);
  sheet.mergeCells('A9:O9');
  sheet.addRow(['合计', '', '5 家']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('a 总表 filled in Excel', () => {
  it('finds the header under the title, reads 联系方式 and full-width characters, and skips blank, note and 合计 rows', async () => {
    const file = await seedLikeSheet();
    const preview = await upload(mine, 'preview', file);
    expect(preview.headerLine).toBe(3);
    expect(preview.summary).toEqual({ create: 3, update: 0, unchanged: 0, skip: 0, reject: 1 });
    expect(preview.ignored).toEqual([
      { kind: 'blank', count: 1, lines: [6] },
      { kind: 'note', count: 1, lines: [9] },
      { kind: 'total', count: 1, lines: [10] },
    ]);
    expect(preview.rows.map((r) => [r.line, r.action, r.name])).toEqual([
      [4, 'create', '科技互联网有限公司'],
      [5, 'create', '贸易公司'],
      [7, 'create', '制造企业'],
      [8, 'reject', '号码写错的公司'],
    ]);
    expect(preview.rows[3]?.errors).toEqual([{ column: '联系方式', message: '“1381234”应为 11 位手机号码' }]);
    // No amount to give a tier: the sheet's own is taken as set by hand, and said so.
    expect(preview.rows[0]?.notes).toEqual(['客户等级按表中的“A”设定（未填年合作金额，视为手工设定）']);
    expect(preview.history).toEqual({ records: 1, tasks: 1, issues: 0 });

    const applied = await upload(mine, 'apply', file);
    expect(applied.summary).toEqual(preview.summary);
    const db = t.database.db;
    const stored = await db
      .selectFrom('customers as c')
      .leftJoin('contacts as k', 'k.customer_id', 'c.id')
      .select(['c.name', 'c.tier', 'c.tier_manual', 'k.name as contact', 'k.mobile_masked', 'k.phone'])
      .where('c.name', 'in', ['科技互联网有限公司', '贸易公司', '制造企业'])
      .orderBy('c.id')
      .execute();
    // A number without a 联系人 is the customer's own: a mobile as 手机, a landline as 电话.
    expect(stored).toEqual([
      {
        name: '科技互联网有限公司',
        tier: 'A',
        tier_manual: true,
        contact: '科技互联网有限公司',
        mobile_masked: '139****5678',
        phone: null,
      },
      {
        name: '贸易公司',
        tier: 'B',
        tier_manual: true,
        contact: '贸易公司',
        mobile_masked: null,
        phone: '0310-6812345',
      },
      {
        name: '制造企业',
        tier: 'C',
        tier_manual: true,
        contact: '制造企业',
        mobile_masked: '138****1111',
        phone: null,
      },
    ]);
    expect(await db.selectFrom('customers').select('name').where('name', '=', '5 家').execute()).toEqual([]);
    // The same sheet again: nothing new.
    const again = await upload(mine, 'preview', file);
    expect(again.summary).toEqual({ create: 0, update: 0, unchanged: 3, skip: 0, reject: 1 });
    expect(again.history).toEqual({ records: 0, tasks: 0, issues: 0 });
  });

  it('refuses a sheet whose first rows have no header, saying where it looked', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('s');
    for (let i = 0; i < 12; i++) sheet.addRow([`第 ${i + 1} 行`, '城市']);
    sheet.addRow(['客户名称']);
    const response = await t.call(mine, {
      method: 'POST',
      url: '/api/v1/customer-imports/preview',
      headers: { 'content-type': XLSX },
      payload: Buffer.from(await book.xlsx.writeBuffer()),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].message).toContain('前 10 行中没有找到含“客户名称”的表头行');
  });
});
