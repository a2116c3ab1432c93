import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import type { Progress } from '../../http/progress-stream.ts';
import { commonNameGramsJob } from '../../jobs/common-name-grams.ts';
import {
  contextOf,
  createTestApp,
  createUserAs,
  TEST_ADMIN_PASSWORD,
  type TestApp,
} from '../../test/app-helper.ts';
import { importLimits } from './limits.ts';
import { applyImport } from './service.ts';

let t: TestApp;
let am: string;
let marketing: string;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('客户关系维护跟踪总表');
  sheet.addRow([
    '序号',
    '客户编号',
    '客户名称',
    '所属行业',
    '省份',
    '年合作金额',
    '负责客户经理',
    '联系人',
    '手机',
    '最近沟通时间',
  ]);
  for (const [i, r] of rows.entries()) sheet.addRow([i + 1, ...r]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const upload = (step: 'preview' | 'apply', body: Buffer | string, type = XLSX) =>
  t.call(am, {
    method: 'POST',
    url: `/api/v1/customer-imports/${step}`,
    headers: { 'content-type': type },
    payload: body,
  });

const customerNames = async () =>
  (await t.database.db.selectFrom('customers').select('name').orderBy('name').execute()).map((r) => r.name);

beforeAll(async () => {
  // The run an import queues (common name grams) is run by the app's own worker, as on a server.
  t = await createTestApp(
    { IMPORT_MAX_BYTES: '200000' },
    { jobs: { definitions: [commonNameGramsJob], pollingIntervalSeconds: 0.5, scheduling: false } },
  );
  await t.app.jobs.start({ workers: true });
  const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  await createUserAs(t, admin, {
    username: 'zhou.jie',
    roles: ['account_manager'],
    departmentName: '销售部',
  });
  am = await t.login('zhou.jie', 'Passw0rd!');
  await createUserAs(t, admin, { username: 'lin.shichang', roles: ['marketing'], departmentName: '市场部' });
  marketing = await t.login('lin.shichang', 'Passw0rd!');
});
afterAll(() => t.close());

describe('customer import', () => {
  const sheet = [
    ['', '宁波港联物流有限公司', '服务业', '浙江省', '620000', 'zhou.jie', '陈一', '13811112222', '03-15'],
    ['', '苏州精工机械', '制造业', '江苏省', '88,000.50', '', '王二', '1381111', ''],
    ['', '无主公司', '零售业', '广东省', '1000', '不存在的人', '', '', ''],
    ['KH9999', '编号不存在公司', '', '', '', '', '', '', ''],
  ];

  it('previews row by row with the reason per column, and changes nothing', async () => {
    const response = await upload('preview', await workbook(sheet));
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.summary).toEqual({ create: 1, update: 0, unchanged: 0, skip: 0, reject: 3 });
    expect(result.rows.filter((r: { action: string }) => r.action === 'reject')).toEqual([
      {
        line: 3,
        action: 'reject',
        name: '苏州精工机械',
        code: null,
        errors: [
          {
            column: '手机',
            field: 'contactMobile',
            code: 'badMobile',
            params: { value: '1381111' },
            message: '“1381111”应为 11 位手机号码',
          },
        ],
        notes: [],
      },
      {
        line: 4,
        action: 'reject',
        name: '无主公司',
        code: null,
        errors: [
          {
            column: '负责客户经理',
            field: 'owner',
            code: 'unknownOwner',
            params: { value: '不存在的人' },
            message: '找不到在职员工“不存在的人”',
          },
        ],
        notes: [],
      },
      {
        line: 5,
        action: 'reject',
        name: '编号不存在公司',
        code: 'KH9999',
        errors: [
          {
            column: '客户编号',
            field: 'code',
            code: 'unknownCode',
            params: { value: 'KH9999' },
            message: '系统中没有客户编号“KH9999”；新客户请留空',
          },
        ],
        notes: [],
      },
    ]);
    expect(await customerNames()).toEqual([]);
  });

  it('applies the accepted rows with tiers and encrypted contacts; re-importing changes nothing', async () => {
    const file = await workbook(sheet);
    expect((await upload('apply', file)).json().summary).toEqual({
      create: 1,
      update: 0,
      unchanged: 0,
      skip: 0,
      reject: 3,
    });
    const created = (await t.call(am, { method: 'GET', url: '/api/v1/customers?q=港联' })).json().items[0];
    expect(created).toMatchObject({
      code: 'KH0001',
      tier: 'A',
      ownerName: '测试zhou.jie',
      primaryContactMobile: '138****2222',
    });
    const contacts = (
      await t.call(am, { method: 'GET', url: `/api/v1/customers/${created.id}/contacts` })
    ).json().items;
    expect(contacts[0]).toMatchObject({ name: '陈一', mobile: '13811112222', isPrimary: true });

    const again = (await upload('apply', file)).json();
    expect(again.summary).toEqual({ create: 0, update: 0, unchanged: 1, skip: 0, reject: 3 });
    expect(await customerNames()).toEqual(['宁波港联物流有限公司']);
  });

  it('takes the fixed row on the next import and updates by code', async () => {
    const fixed = [
      ['', '苏州精工机械', '制造业', '江苏省', '88,000.50', '', '王二', '13811113333', ''],
      ['KH0001', '宁波港联物流有限公司', '服务业', '浙江省', '450000', '', '陈一', '13811112222', ''],
    ];
    const result = (await upload('apply', await workbook(fixed))).json();
    expect(result.summary).toEqual({ create: 1, update: 1, unchanged: 0, skip: 0, reject: 0 });
    const updated = (await t.call(am, { method: 'GET', url: '/api/v1/customers?q=KH0001' })).json().items[0];
    expect(updated.tier).toBe('B');
  });

  it('updates in a batch: later rows win, tier changes are recorded, a hand-set tier stays', async () => {
    const db = t.database.db;
    await sql`update customers set tier = 'A', tier_manual = true where name = '苏州精工机械'`.execute(db);
    const rows = [
      ['KH0001', '宁波港联物流有限公司', '', '', '700000', '', '', '', ''],
      // The same customer by name: its province and new contact are added to the change above.
      ['', '宁波港联物流有限公司', '', '上海市', '', '', '赵四', '13911112222', ''],
      ['', '苏州精工机械', '', '', '900000', '', '', '', ''],
    ];
    const result = (await upload('apply', await workbook(rows))).json();
    expect(result.summary).toEqual({ create: 0, update: 3, unchanged: 0, skip: 0, reject: 0 });
    const stored = await db
      .selectFrom('customers')
      .select(['name', 'tier', 'province', 'annual_amount', 'version'])
      .where('name', 'in', ['宁波港联物流有限公司', '苏州精工机械'])
      .orderBy('name')
      .execute();
    expect(stored).toEqual([
      { name: '宁波港联物流有限公司', tier: 'A', province: '上海市', annual_amount: '700000.00', version: 3 },
      { name: '苏州精工机械', tier: 'A', province: '江苏省', annual_amount: '900000.00', version: 2 },
    ]);
    const history = await db
      .selectFrom('customer_tier_history as h')
      .innerJoin('customers as c', 'c.id', 'h.customer_id')
      .select(['c.name', 'h.from_tier', 'h.to_tier', 'h.reason'])
      .where('h.reason', '=', 'import')
      .where('h.from_tier', 'is not', null)
      .orderBy('h.id')
      .execute();
    // A → B came with the previous test's import (450 000), B → A with this one; 苏州精工机械 kept its hand-set A.
    expect(history).toEqual([
      { name: '宁波港联物流有限公司', from_tier: 'A', to_tier: 'B', reason: 'import' },
      { name: '宁波港联物流有限公司', from_tier: 'B', to_tier: 'A', reason: 'import' },
    ]);
    const contacts = await db
      .selectFrom('contacts as k')
      .innerJoin('customers as c', 'c.id', 'k.customer_id')
      .select(['k.name', 'k.mobile_masked', 'k.is_primary'])
      .where('c.code', '=', 'KH0001')
      .orderBy('k.id')
      .execute();
    expect(contacts).toEqual([
      { name: '陈一', mobile_masked: '138****2222', is_primary: true },
      { name: '赵四', mobile_masked: '139****2222', is_primary: false },
    ]);
  });

  it('changes only customers in the importer’s scope: another’s customer is refused by line and stays as it was', async () => {
    const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
    await createUserAs(t, admin, {
      username: 'wang.qiang',
      roles: ['account_manager'],
      departmentName: '销售部',
    });
    const colleague = await t.login('wang.qiang', 'Passw0rd!');
    const create = async (cookie: string, payload: object) => {
      const response = await t.call(cookie, { method: 'POST', url: '/api/v1/customers', payload });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: number; code: string };
    };
    const theirs = await create(colleague, { name: '同事负责的公司', annualAmount: '1000' });
    // A customer the importer serves as its agent is in scope too (own scope: owner or agent).
    const me = (await t.call(am, { method: 'GET', url: '/api/v1/auth/me' })).json();
    const served = await create(colleague, { name: '我服务的公司', annualAmount: '1000', agentId: me.id });
    const csv = [
      '客户编号,客户名称,年合作金额',
      `${theirs.code},同事负责的公司,900000`,
      ',同事负责的公司,900000',
      `${served.code},我服务的公司,2000`,
    ].join('\n');
    const result = (await upload('apply', csv, 'text/csv')).json();
    expect(result.summary).toEqual({ create: 0, update: 1, unchanged: 0, skip: 0, reject: 2 });
    const refused = result.rows.filter((r: { action: string }) => r.action === 'reject');
    const said = (errors: { column: string; message: string }[]) =>
      errors.map(({ column, message }) => ({ column, message }));
    expect(
      refused.map((r: { line: number; errors: { column: string; message: string }[] }) => [
        r.line,
        said(r.errors),
      ]),
    ).toEqual([
      [2, [{ column: '客户名称', message: `${theirs.code} 不在您的负责范围内，不能修改` }]],
      [3, [{ column: '客户名称', message: `${theirs.code} 不在您的负责范围内，不能修改` }]],
    ]);
    const amounts = await t.database.db
      .selectFrom('customers')
      .select(['code', 'annual_amount'])
      .where('id', 'in', [theirs.id, served.id])
      .orderBy('id')
      .execute();
    expect(amounts).toEqual([
      { code: theirs.code, annual_amount: '1000.00' },
      { code: served.code, annual_amount: '2000.00' },
    ]);
  });

  it('reads CSV with a BOM too', async () => {
    const csv =
      '\uFEFF客户名称,所属行业,年合作金额,联系人,手机\n温州瓯江贸易,零售业,120000,林三,13911110000\n';
    expect((await upload('apply', csv, 'text/csv')).json().summary).toEqual({
      create: 1,
      update: 0,
      unchanged: 0,
      skip: 0,
      reject: 0,
    });
  });

  it('leaves nothing behind when a later chunk fails, after earlier chunks were written', async () => {
    const db = t.database.db;
    // Rows are written 1 000 at a time: the failing row sits in the third chunk, so two chunks of customers,
    // contacts and tier history are already written when it fails, and only the transaction can take them back.
    const lines = ['客户名称,年合作金额,联系人,手机'];
    for (let i = 1; i <= 2100; i++)
      lines.push(`原子导入${i}号公司,${i * 1000},联系人${i},139${String(i).padStart(8, '0')}`);
    await sql`create function test_fail_import() returns trigger language plpgsql as $$
      begin if new.name = '原子导入2050号公司' then raise exception 'simulated failure'; end if; return new; end $$`.execute(
      db,
    );
    await sql`create trigger test_fail_import before insert on customers for each row execute function test_fail_import()`.execute(
      db,
    );
    const count = async (table: 'customers' | 'contacts' | 'customer_tier_history') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const imported = async () =>
      (await db.selectFrom('audit_events').select('id').where('action', '=', 'customers.imported').execute())
        .length;
    const before = {
      customers: await count('customers'),
      contacts: await count('contacts'),
      tierHistory: await count('customer_tier_history'),
      auditEvents: await imported(),
    };
    try {
      const response = await upload('apply', lines.join('\n'), 'text/csv');
      expect(response.statusCode).toBe(500);
    } finally {
      await sql`drop trigger test_fail_import on customers`.execute(db);
      await sql`drop function test_fail_import()`.execute(db);
    }
    const leftOver = await db
      .selectFrom('customers')
      .select('name')
      .where('name', 'like', '原子导入%')
      .orderBy('id')
      .limit(3)
      .execute();
    expect(leftOver, 'customers of the failed import were left behind').toEqual([]);
    expect({
      customers: await count('customers'),
      contacts: await count('contacts'),
      tierHistory: await count('customer_tier_history'),
      auditEvents: await imported(),
    }).toEqual(before);
  });

  it('refuses files that are not spreadsheets, too large, or without the name column', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const notSheet = await upload('preview', png, 'application/octet-stream');
    expect(notSheet.json().errors).toEqual([
      { field: 'file', message: '文件不是 .xlsx 或 .csv 表格，请使用下载的模板' },
    ]);
    const big = await upload('preview', Buffer.alloc(300_000, 0x41), 'text/csv');
    expect(big.statusCode).toBe(413);
    const noName = await upload('preview', '城市,手机\n杭州,13800000000\n', 'text/csv');
    expect(noName.json().errors[0].message).toContain('缺少必需的列：客户名称');
    const anonymous = await t.call(undefined, { method: 'GET', url: '/api/v1/customer-imports/template' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses marketing (no 导入 permission): no template, no preview, nothing written', async () => {
    const template = await t.call(marketing, { method: 'GET', url: '/api/v1/customer-imports/template' });
    expect(template.statusCode, 'marketing downloads the import template').toBe(403);
    expect(template.json().title).toBe('没有权限执行此操作');
    const sheet = '客户名称,所属行业\n市场部导入公司,零售业\n';
    for (const step of ['preview', 'apply', 'errors']) {
      const refused = await t.call(marketing, {
        method: 'POST',
        url: `/api/v1/customer-imports/${step}`,
        headers: { 'content-type': 'text/csv' },
        payload: sheet,
      });
      expect(refused.statusCode, `marketing may ${step} an import`).toBe(403);
    }
    expect(await customerNames()).not.toContain('市场部导入公司');
    // What marketing does see of what an account manager imported: name, industry and region, never contacts.
    const imported = await upload(
      'apply',
      '客户名称,所属行业,省份,联系人,手机\n舟山渔港贸易,零售业,浙江省,何七,13755556666\n',
      'text/csv',
    );
    expect(imported.json().summary.create).toBe(1);
    const list = (await t.call(marketing, { method: 'GET', url: '/api/v1/customers?q=渔港' })).json();
    expect(JSON.stringify(list)).not.toContain('6666');
    expect(list.items).toEqual([
      expect.objectContaining({
        name: '舟山渔港贸易',
        industry: '零售业',
        province: '浙江省',
        primaryContactMobile: null,
        visibility: { secret: 'masked', confidential: 'hidden', topSecret: 'hidden' },
      }),
    ]);
  });

  it('plans and applies a sheet of several chunks, with a bad row and a duplicate far apart', async () => {
    const lines = ['客户名称,所属行业,年合作金额'];
    for (let i = 1; i <= 2500; i++)
      lines.push(`分块测试${i}号公司,制造业,${i === 1500 ? '不是金额' : 1000 + i}`);
    lines.push('分块测试10号公司,制造业,5000');
    const csv = lines.join('\n');
    const preview = (await upload('preview', csv, 'text/csv')).json();
    expect(preview.summary).toEqual({ create: 2499, update: 0, unchanged: 0, skip: 0, reject: 2 });
    const rejected = preview.rows.filter((r: { action: string }) => r.action === 'reject');
    expect(rejected.map((r: { line: number }) => r.line)).toEqual([1501, 2502]);
    expect(rejected[0].errors[0].column).toBe('年合作金额');
    expect(rejected[1].errors).toEqual([
      { column: '客户名称', field: 'name', code: 'duplicateRow', params: {}, message: '与表中前面的行重复' },
    ]);
    const report = await t.call(am, {
      method: 'POST',
      url: '/api/v1/customer-imports/errors',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const reportRows = book.worksheets[0]?.getSheetValues().slice(2) as (string | number)[][];
    expect(reportRows.map((r) => [r[1], r[3]])).toEqual([
      [1501, '年合作金额'],
      [2502, '客户名称'],
    ]);

    // Followed line by line: progress while it works, then the result.
    const streamed = await t.call(am, {
      method: 'POST',
      url: '/api/v1/customer-imports/apply',
      headers: { 'content-type': 'text/csv', accept: 'application/x-ndjson' },
      payload: csv,
    });
    const events = streamed.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events[0]).toEqual({ type: 'progress', phase: 'apply', done: 0, total: 2501 });
    // Later lines (at most every 250 ms) count up in whole chunks.
    const done = events.slice(1, -1).map((e: { done: number }) => e.done);
    expect(done.every((d: number) => [1000, 2000, 2501].includes(d))).toBe(true);
    expect([...done].sort((a, b) => a - b)).toEqual(done);
    expect(events.at(-1)).toMatchObject({ type: 'result', result: { summary: preview.summary } });
    const count = await t.database.db
      .selectFrom('customers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('name', 'like', '分块测试%')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(2499);
    // 2 499 new names make 分块 common: the run the import queued keeps its customers in name order, without
    // waiting for the nightly job; 9号 (in 250 names) stays rare, with no ordered rows.
    const ordered = async (gram: string) =>
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from customer_name_grams where gram = ${gram}`.execute(t.database.db)
      ).rows[0]?.n;
    await expect.poll(() => ordered('分块'), { timeout: 30_000, interval: 250 }).toBe(2499);
    expect(await ordered('9号')).toBe(0);
    // 后台任务 says what started that run: the import, not someone's 立即运行.
    const runs = async () =>
      (
        await sql<{ trigger: string; outcome: string }>`select trigger, outcome from job_runs
          where job_name = 'common-name-grams'`.execute(t.database.db)
      ).rows;
    await expect
      .poll(runs, { timeout: 10_000, interval: 250 })
      .toEqual([{ trigger: 'import', outcome: 'succeeded' }]);
    expect((await upload('preview', csv, 'text/csv')).json().summary).toEqual({
      create: 0,
      update: 0,
      unchanged: 2499,
      skip: 0,
      reject: 2,
    });
  });

  it('reports progress while applying: reports arrive, count up, and end at the row count', async () => {
    const lines = ['客户名称,年合作金额'];
    for (let i = 1; i <= 2345; i++) lines.push(`进度测试${i}号公司,${1000 + i}`);
    const reports: Progress[] = [];
    const result = await applyImport(
      t.database.db,
      await contextOf(t, am),
      t.cipher,
      {
        file: Buffer.from(lines.join('\n')),
        limits: importLimits(loadConfig({})),
        timeZone: 'Asia/Shanghai',
      },
      (progress) => reports.push(progress),
    );
    expect(result.summary.create).toBe(2345);
    expect(reports.length, 'progress reports besides the start').toBeGreaterThan(2);
    expect(reports.every((r) => r.phase === 'apply' && r.total === 2345)).toBe(true);
    const done = reports.map((r) => r.done);
    expect(done[0]).toBe(0);
    for (let i = 1; i < done.length; i++) {
      expect(done[i], `report ${i} after ${done[i - 1]}`).toBeGreaterThan(done[i - 1] as number);
    }
    expect(done.at(-1), 'the last report counts every row').toBe(2345);
  });

  it('reports a failure met while streaming as the last line', async () => {
    const streamed = await t.call(am, {
      method: 'POST',
      url: '/api/v1/customer-imports/preview',
      headers: { 'content-type': 'application/octet-stream', accept: 'application/x-ndjson' },
      payload: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]),
    });
    const last = JSON.parse(streamed.body.trim().split('\n').at(-1) as string);
    expect(last).toMatchObject({
      type: 'error',
      problem: {
        status: 400,
        errors: [{ field: 'file', message: '文件不是 .xlsx 或 .csv 表格，请使用下载的模板' }],
      },
    });
  });

  it('offers a template with the Chinese headers', async () => {
    const response = await t.call(am, { method: 'GET', url: '/api/v1/customer-imports/template' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const header = book.worksheets[0]?.getRow(1).values as string[];
    // The seed's 总表 in its order, then the archive's own fields.
    expect(header.slice(1, 8)).toEqual([
      '序号',
      '客户编号',
      '客户名称',
      '所属行业',
      '客户等级',
      '负责客户经理',
      '联系方式',
    ]);
    expect(header.slice(15)).toEqual([
      '备注',
      '简称',
      '客户类型',
      '客户状态',
      '年合作金额',
      '省份',
      '城市',
      '区县',
      '地址',
      '联系人',
      '职务',
      '电话',
      '邮箱',
      'QQ',
      '微信',
      '标签',
      '免打扰',
    ]);
    // Amounts are numbers, shown with thousands separators.
    const amount = book.worksheets[0]?.getRow(2).getCell('S');
    expect([amount?.value, amount?.numFmt]).toEqual([520000, '#,##0.00']);
  });
});
