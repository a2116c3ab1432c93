import ExcelJS from 'exceljs';
import { type SqlBool, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactTime } from '../../db/keyset.ts';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';
import { walkedIds } from './repository.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};

async function as(name: string, roles: string[], departmentName: string) {
  const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  ids[name] = await createUserAs(t, admin, { username: name, roles, departmentName });
  cookies[name] = await t.login(name, 'Passw0rd!');
}

const api = (
  user: string,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) => t.call(cookies[user], { method, url, payload });

beforeAll(async () => {
  t = await createTestApp();
  await as('am1', ['account_manager'], '销售部');
  await as('am2', ['account_manager'], '销售部');
  await as('sup', ['supervisor'], '销售部');
  await as('svc', ['supervisor'], '客户服务部');
  await as('mkt', ['marketing'], '市场部');
  await as('boss', ['executive'], '总经理办公室');
  await as('agent', ['agent'], '客户服务部');
});
afterAll(() => t.close());

describe('creating customers', () => {
  it('assigns KH codes, tiers by annual amount at the boundary, and keeps contacts', async () => {
    const a = await api('am1', 'POST', '/api/v1/customers', {
      name: '华为技术有限公司',
      shortName: '华为',
      industry: '制造业',
      province: '广东省',
      city: '深圳市',
      annualAmount: '500000',
      status: 'active',
      contacts: [{ name: '张三', position: '采购经理', mobile: '13812345678', email: 'zhang@example.com' }],
    });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({
      code: 'KH0001',
      tier: 'A',
      ownerName: '测试am1',
      annualAmount: '500000.00',
    });
    const b = await api('am1', 'POST', '/api/v1/customers', {
      name: '深圳小米贸易',
      annualAmount: 499999.99,
    });
    expect(b.json()).toMatchObject({ code: 'KH0002', tier: 'B', annualAmount: '499999.99' });
    ids.huawei = a.json().id;
    ids.xiaomi = b.json().id;
  });

  it('moves the tier when the amount changes and keeps the history', async () => {
    const up = await api('am1', 'PATCH', `/api/v1/customers/${ids.xiaomi}`, { annualAmount: '500000.00' });
    expect(up.json().tier).toBe('A');
    const history = (await api('am1', 'GET', `/api/v1/customers/${ids.xiaomi}/tier-history`)).json().items;
    expect(history.map((h: { fromTier: string | null; toTier: string }) => [h.fromTier, h.toTier])).toEqual([
      ['B', 'A'],
      [null, 'B'],
    ]);
  });

  it('detects a duplicate by name or by mobile, unless told to create anyway', async () => {
    const sameName = await api('am2', 'POST', '/api/v1/customers', { name: '华为技术 有限公司' });
    expect(sameName.statusCode).toBe(409);
    expect(sameName.json().detail).toContain('KH0001 华为技术有限公司');
    const sameMobile = await api('am2', 'POST', '/api/v1/customers', {
      name: '另一家公司',
      contacts: [{ name: '李四', mobile: '+86 138-1234-5678' }],
    });
    expect(sameMobile.statusCode).toBe(409);
    const anyway = await api('am2', 'POST', '/api/v1/customers', {
      name: '华为技术 有限公司',
      allowDuplicate: true,
    });
    expect(anyway.statusCode).toBe(201);
    ids.am2Customer = anyway.json().id;
  });

  it('names every bad field', async () => {
    const response = await api('am1', 'POST', '/api/v1/customers', {
      name: '坏数据公司',
      annualAmount: '12.345',
      status: 'lost',
      contacts: [{ name: '王五', mobile: '12345' }],
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['annualAmount', 'contacts.0.mobile', 'lostReason', 'lostOn']),
    );
  });

  it('is refused to users who may not write customers', async () => {
    expect((await api('mkt', 'POST', '/api/v1/customers', { name: '市场部建的' })).statusCode).toBe(403);
    const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
    expect((await t.call(admin, { method: 'GET', url: '/api/v1/customers' })).statusCode).toBe(403);
  });
});

describe('confidentiality', () => {
  it('shows the owner everything and audits the view of contacts', async () => {
    const detail = (await api('am1', 'GET', `/api/v1/customers/${ids.huawei}`)).json();
    expect(detail).toMatchObject({
      annualAmount: '500000.00',
      visibility: { secret: 'full', confidential: 'full', topSecret: 'full' },
    });
    const contacts = (await api('am1', 'GET', `/api/v1/customers/${ids.huawei}/contacts`)).json().items;
    expect(contacts[0]).toMatchObject({
      name: '张三',
      mobile: '13812345678',
      email: 'zhang@example.com',
      masked: false,
    });
    const boss = await t.login('boss', 'Passw0rd!');
    const audit = (
      await t.call(boss, { method: 'GET', url: '/api/v1/audit-events?action=customers.contacts_viewed' })
    ).json();
    expect(audit.items[0]).toMatchObject({ actorName: '测试am1', targetId: String(ids.huawei) });
  });

  it('masks another account manager’s customer and hides its figures', async () => {
    const detail = (await api('am2', 'GET', `/api/v1/customers/${ids.huawei}`)).json();
    expect(detail).toMatchObject({ name: '华为技术有限公司', annualAmount: null, score: null });
    expect(detail.visibility).toEqual({ secret: 'full', confidential: 'masked', topSecret: 'hidden' });
    const contacts = (await api('am2', 'GET', `/api/v1/customers/${ids.huawei}/contacts`)).json().items;
    expect(contacts[0]).toMatchObject({
      name: '张*',
      mobile: '138****5678',
      email: 'z***@example.com',
      masked: true,
    });
    expect((await api('am2', 'PATCH', `/api/v1/customers/${ids.huawei}`, { remark: 'x' })).statusCode).toBe(
      403,
    );
  });

  it('gives a supervisor full view within the department and below', async () => {
    const contacts = (await api('sup', 'GET', `/api/v1/customers/${ids.huawei}/contacts`)).json().items;
    expect(contacts[0].mobile).toBe('13812345678');
    const other = (await api('svc', 'GET', `/api/v1/customers/${ids.huawei}/contacts`)).json().items;
    expect(other[0].mobile).toBe('138****5678');
  });

  it('never gives marketing a contact, even masked: list, detail, contacts, search by mobile', async () => {
    const everything = [
      await api('mkt', 'GET', '/api/v1/customers'),
      await api('mkt', 'GET', '/api/v1/customers?q=13812345678'),
      await api('mkt', 'GET', '/api/v1/customers?q=张三'),
      await api('mkt', 'GET', `/api/v1/customers/${ids.huawei}`),
    ];
    for (const response of everything) {
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain('13812345678');
      expect(response.body).not.toContain('5678');
      expect(response.body).not.toContain('张');
    }
    expect((await api('mkt', 'GET', `/api/v1/customers/${ids.huawei}/contacts`)).statusCode).toBe(403);
    const list = everything[0]?.json();
    expect(list.items.find((c: { id: number }) => c.id === ids.huawei)).toMatchObject({
      name: '华为技术有限公司',
      industry: '制造业',
      province: '广东省',
      primaryContactMobile: null,
      visibility: { secret: 'masked', confidential: 'hidden', topSecret: 'hidden' },
    });
    expect(everything[1]?.json().items).toEqual([]);
    expect(everything[3]?.json()).toMatchObject({ annualAmount: null, source: null, products: null });
  });
});

describe('export', () => {
  it('exports as the viewer sees it, names the exporter, and is audited', async () => {
    const response = await api('am2', 'GET', '/api/v1/customers/export?sort=code');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('客户');
    const header = sheet?.getRow(1).values as string[];
    expect(header).toEqual(
      expect.arrayContaining(['客户编号', '客户名称', '客户等级', '联系人', '手机', '年合作金额']),
    );
    const huawei = sheet?.getRow(2).values as string[];
    expect(huawei).toEqual(
      expect.arrayContaining(['KH0001', '华为技术有限公司', '张*', '138****5678', '***']),
    );
    expect(JSON.stringify(sheet?.getSheetValues())).not.toContain('13812345678');
    expect(workbook.getWorksheet('导出信息')?.getRow(1).values).toEqual([
      undefined,
      '导出人',
      '测试am2（am2）',
    ]);

    const own = await api('am1', 'GET', '/api/v1/customers/export?q=华为');
    const ownBook = new ExcelJS.Workbook();
    await ownBook.xlsx.load(own.rawPayload as unknown as ArrayBuffer);
    expect(JSON.stringify(ownBook.getWorksheet('客户')?.getSheetValues())).toContain('13812345678');

    expect((await api('mkt', 'GET', '/api/v1/customers/export')).statusCode).toBe(403);
    const audit = (await api('boss', 'GET', '/api/v1/audit-events?action=customers.exported')).json().items;
    expect(audit.map((a: { actorName: string }) => a.actorName)).toEqual(['测试am1', '测试am2']);
  });
});

describe('listing and searching', () => {
  it('finds by 2-character name piece, code, and (in scope) contact mobile', async () => {
    const byName = (await api('am1', 'GET', '/api/v1/customers?q=小米')).json().items;
    expect(byName.map((c: { code: string }) => c.code)).toEqual(['KH0002']);
    const byCode = (await api('am1', 'GET', '/api/v1/customers?q=kh0001')).json().items;
    expect(byCode.map((c: { code: string }) => c.code)).toEqual(['KH0001']);
    const byMobile = (await api('am1', 'GET', '/api/v1/customers?q=13812345678')).json().items;
    expect(byMobile.map((c: { code: string }) => c.code)).toEqual(['KH0001']);
    const byOneChar = (await api('am1', 'GET', '/api/v1/customers?q=米')).json().items;
    expect(byOneChar.map((c: { code: string }) => c.code)).toEqual(['KH0002']);
  });

  it('filters by tier, region, owner, status and pages by name', async () => {
    const a = (await api('boss', 'GET', '/api/v1/customers?tier=A&province=广东省')).json().items;
    expect(a.map((c: { code: string }) => c.code)).toEqual(['KH0001']);
    const owned = (await api('boss', 'GET', `/api/v1/customers?ownerId=${ids.am2}`)).json().items;
    expect(owned).toHaveLength(1);
    const first = (await api('boss', 'GET', '/api/v1/customers?limit=2&sort=code')).json();
    const second = (
      await api('boss', 'GET', `/api/v1/customers?limit=2&sort=code&cursor=${first.nextCursor}`)
    ).json();
    expect([...first.items, ...second.items].map((c: { code: string }) => c.code)).toEqual([
      'KH0001',
      'KH0002',
      'KH0003',
    ]);
    expect(second.nextCursor).toBeNull();
    // A cursor not made here is a 400 naming the cursor, not a database error.
    for (const v of ['1', '2026-13-45T00:00:00Z', 42]) {
      const cursor = Buffer.from(JSON.stringify({ v, id: 1 })).toString('base64url');
      const tampered = await api('boss', 'GET', `/api/v1/customers?sort=createdAt&cursor=${cursor}`);
      expect(tampered.statusCode).toBe(400);
      expect(tampered.json().errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    }
  });

  it('pages through a common term (more matches than it sorts in memory) in code order, without gaps or repeats', async () => {
    // 1 200 customers whose names share 常见 and whose contacts share the surname 欧阳: both above the
    // candidate cap, so the search walks the table in code order instead of sorting the matches.
    await sql`insert into customers (name, name_key, owner_id)
      select '常见' || i || '号公司', '常见' || i || '号公司', ${ids.am1} from generate_series(1, 1200) i`.execute(
      t.database.db,
    );
    await sql`insert into contacts (customer_id, name, is_primary)
      select id, '欧阳' || id, true from customers where name like '常见%'`.execute(t.database.db);
    const pages = async (user: string, term: string, sort = '') => {
      const codes: string[] = [];
      let cursor = '';
      do {
        const url = `/api/v1/customers?q=${encodeURIComponent(term)}&limit=200${sort ? `&sort=${sort}` : ''}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await api(user, 'GET', url)).json();
        codes.push(...page.items.map((c: { code: string }) => c.code));
        cursor = page.nextCursor ?? '';
      } while (cursor && codes.length < 10_000); // a cursor that repeats rows fails, not hangs
      return codes;
    };
    const byName = await pages('am1', '常见');
    expect(byName).toHaveLength(1200);
    expect(new Set(byName).size).toBe(1200);
    const numbers = byName.map((code) => Number(code.slice(2)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(await pages('am1', '欧阳')).toEqual(byName);
    // Contact names are 机密: outside the viewer's scope they find nothing.
    expect(await pages('am2', '欧阳')).toEqual([]);
    expect(await pages('am2', '常见')).toHaveLength(1200);
    // Walked in any order, and for a longer term (its grams 号公, 公司 are common, the LIKE decides).
    expect(await pages('am1', '常见', '-code')).toEqual([...byName].reverse());
    const nameOrder = (
      await sql<{
        code: string;
      }>`select code from customers where name like '常见%' order by name, id`.execute(t.database.db)
    ).rows.map((r) => r.code);
    expect(await pages('am1', '常见', 'name')).toEqual(nameOrder);
    expect(await pages('am1', '号公司', '-name')).toEqual([...nameOrder].reverse());
    // All 1 200 were created in one statement: one creation time, to the microsecond, ties broken by id.
    expect(await pages('am1', '常见', 'createdAt')).toEqual(byName);
    // Walks over many small windows, and past a small budget (then the rest is collected and sorted): every
    // sort, both directions, resumed from a cursor.
    const rare = sql<SqlBool>`c.name like '常见1%'`;
    for (const [sort, column] of [
      ['code', 'id'],
      ['name', 'name'],
      ['createdAt', 'created_at'],
    ] as const) {
      for (const desc of [false, true]) {
        const expected = (
          await sql<{ id: number; v: string | number }>`select id,
            ${column === 'created_at' ? exactTime('c.created_at') : sql.ref(column)} as v from customers c
            where ${rare} order by ${sql.ref(column)} ${sql.raw(desc ? 'desc' : 'asc')},
            id ${sql.raw(desc ? 'desc' : 'asc')}`.execute(t.database.db)
        ).rows;
        const filter = { sort, desc };
        for (const walk of [
          { firstWindow: 7, budget: 1_000_000 },
          { firstWindow: 7, budget: 30 },
        ]) {
          const walked = await walkedIds(t.database.db, filter, rare, 1000, undefined, undefined, walk);
          expect(walked).toEqual(expected.map((r) => Number(r.id)));
          const from = expected[100] as (typeof expected)[number];
          const cursor = { v: from.v, id: Number(from.id) };
          const rest = await walkedIds(t.database.db, filter, rare, 50, cursor, undefined, walk);
          expect(rest).toEqual(expected.slice(101, 151).map((r) => Number(r.id)));
        }
      }
    }
    // With statistics the planner's shares decide how a term is found (常见 in every row: walked at once);
    // the results stay the same.
    await sql`analyze customers`.execute(t.database.db);
    expect(await pages('am1', '常见')).toEqual(byName);
    expect(await pages('am1', '见1号')).toHaveLength(1);
    await sql`delete from contacts where name like '欧阳%'`.execute(t.database.db);
    await sql`delete from customers where name like '常见%'`.execute(t.database.db);
  });
});

describe('lifecycle, do-not-contact and concurrent edits', () => {
  it('requires a reason and date for 流失, and records who set 免打扰', async () => {
    const refused = await api('am1', 'PATCH', `/api/v1/customers/${ids.xiaomi}`, { status: 'lost' });
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toEqual(['lostReason', 'lostOn']);
    const lost = await api('am1', 'PATCH', `/api/v1/customers/${ids.xiaomi}`, {
      status: 'lost',
      lostReason: '转向竞争对手',
      lostOn: '2026-11-01',
    });
    expect(lost.json()).toMatchObject({ status: 'lost', lostReason: '转向竞争对手', lostOn: '2026-11-01' });
    const dnc = await api('am1', 'PATCH', `/api/v1/customers/${ids.xiaomi}`, {
      doNotContact: true,
      dncReason: '客户要求不再来电',
    });
    expect(dnc.json()).toMatchObject({
      doNotContact: true,
      dncReason: '客户要求不再来电',
      dncSetByName: '测试am1',
    });
    expect((await api('am1', 'GET', '/api/v1/customers?doNotContact=true')).json().items).toHaveLength(1);
  });

  it('gives the second of two editors 409 and loses nothing', async () => {
    const current = (await api('am1', 'GET', `/api/v1/customers/${ids.huawei}`)).json();
    const first = await api('am1', 'PATCH', `/api/v1/customers/${ids.huawei}`, {
      remark: '第一位',
      version: current.version,
    });
    expect(first.statusCode).toBe(200);
    const second = await api('sup', 'PATCH', `/api/v1/customers/${ids.huawei}`, {
      remark: '第二位',
      version: current.version,
    });
    expect(second.statusCode).toBe(409);
    expect((await api('am1', 'GET', `/api/v1/customers/${ids.huawei}`)).json().remark).toBe('第一位');
  });

  it('lists stale profiles (not verified within 30 days)', async () => {
    expect((await api('boss', 'GET', '/api/v1/customers?staleDays=30')).json().items).toEqual([]);
    expect((await api('boss', 'GET', '/api/v1/customers?staleDays=0')).json().items.length).toBe(3);
  });
});

describe('tier rules', () => {
  it('re-tiers everyone at once when an admin moves the thresholds, with history', async () => {
    const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
    const rules = (await t.call(admin, { method: 'GET', url: '/api/v1/settings/customer-rules' })).json();
    expect(rules).toMatchObject({ basis: 'amount', amountA: '500000.00', amountB: '100000.00' });
    const bad = await t.call(admin, {
      method: 'PUT',
      url: '/api/v1/settings/customer-rules',
      payload: { ...rules, amountB: '600000' },
    });
    expect(bad.json().errors).toEqual([{ field: 'amountB', message: 'B 级门槛须低于 A 级门槛' }]);
    const raised = await t.call(admin, {
      method: 'PUT',
      url: '/api/v1/settings/customer-rules',
      payload: { ...rules, amountA: '1000000' },
    });
    expect(raised.json().retiered).toBeGreaterThan(0);
    const huawei = (await api('am1', 'GET', `/api/v1/customers/${ids.huawei}`)).json();
    expect(huawei.tier).toBe('B');
    const history = (await api('am1', 'GET', `/api/v1/customers/${ids.huawei}/tier-history`)).json().items;
    expect(history[0]).toMatchObject({ fromTier: 'A', toTier: 'B', reason: '分级规则调整' });
    await t.call(admin, { method: 'PUT', url: '/api/v1/settings/customer-rules', payload: rules });
    expect((await api('am1', 'GET', `/api/v1/customers/${ids.huawei}`)).json().tier).toBe('A');
    expect((await api('am1', 'PUT', '/api/v1/settings/customer-rules', rules)).statusCode).toBe(403);
  });
});

describe('merging duplicates', () => {
  it('moves contacts and history to the customer that stays and hides the duplicate', async () => {
    const dup = ids.am2Customer as number;
    await api('am2', 'POST', `/api/v1/customers/${dup}/contacts`, {
      name: '李四',
      mobile: '13700007777',
      isPrimary: true,
    });
    await api('am2', 'PATCH', `/api/v1/customers/${dup}`, { tags: ['重点客户'] });
    expect(
      (await api('am1', 'POST', `/api/v1/customers/${ids.huawei}/merge`, { duplicateId: dup })).statusCode,
    ).toBe(403);
    const merged = await api('sup', 'POST', `/api/v1/customers/${ids.huawei}/merge`, { duplicateId: dup });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toEqual({ keptCode: 'KH0001', mergedCode: 'KH0003', contactsMoved: 1 });
    const contacts = (await api('am1', 'GET', `/api/v1/customers/${ids.huawei}/contacts`)).json().items;
    expect(contacts.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary])).toEqual([
      ['张三', true],
      ['李四', false],
    ]);
    expect((await api('am1', 'GET', `/api/v1/customers/${ids.huawei}`)).json().tags).toContain('重点客户');
    const list = (await api('boss', 'GET', '/api/v1/customers?q=华为')).json().items;
    expect(list.map((c: { code: string }) => c.code)).toEqual(['KH0001']);
    expect(
      (await api('sup', 'POST', `/api/v1/customers/${ids.huawei}/merge`, { duplicateId: dup })).statusCode,
    ).toBe(409);
  });
});

describe('离职交接', () => {
  it('hands every customer of a leaving account manager to the successor in one step, and disables the account', async () => {
    const owned = (await api('boss', 'GET', `/api/v1/customers?ownerId=${ids.am1}`)).json().items.length;
    expect(owned).toBeGreaterThan(0);
    expect(
      (await api('am2', 'POST', `/api/v1/users/${ids.am1}/handover`, { toUserId: ids.am2 })).statusCode,
    ).toBe(403);
    const self = await api('boss', 'POST', `/api/v1/users/${ids.am1}/handover`, { toUserId: ids.am1 });
    expect(self.json().errors).toEqual([{ field: 'toUserId', message: '接手人不能是离职员工本人' }]);
    const done = await api('boss', 'POST', `/api/v1/users/${ids.am1}/handover`, {
      toUserId: ids.am2,
      disableAccount: true,
    });
    expect(done.json()).toEqual({ ownedCustomers: owned, servedCustomers: 0, accountDisabled: true });
    expect((await api('boss', 'GET', `/api/v1/customers?ownerId=${ids.am1}`)).json().items).toEqual([]);
    expect((await api('am1', 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const contacts = (await api('am2', 'GET', `/api/v1/customers/${ids.huawei}/contacts`)).json().items;
    expect(contacts[0].mobile).toBe('13812345678');
  });
});
