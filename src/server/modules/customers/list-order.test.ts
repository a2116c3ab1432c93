import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';
import * as importRepo from '../customer-imports/repository.ts';
import { blankCustomers } from '../retention/repository.ts';

// Issue 13: names in pinyin order, search by pinyin initials, a total on the first page, 我的客户.
let t: TestApp;

const api = (user: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  callAs(t, user, method, url, payload);
const accountManager = () => newUser(t, 'am', ['account_manager'], '销售部');
const namesOf = (items: { name: string }[]) => items.map((c) => c.name);

interface ListPage {
  items: { id: number; code: string; name: string }[];
  nextCursor: string | null;
}

const countOf = async (user: TestUser, filter: string) =>
  (await api(user, 'GET', `/api/v1/customers/count?${filter}`)).json();

/** Every page of a list, a cursor at a time, and the list's count (GET /customers/count, same filter). */
async function allPages(user: TestUser, url: string, limit = 2) {
  const names: string[] = [];
  let cursor = '';
  do {
    const page = (
      await api(user, 'GET', `${url}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
    ).json() as ListPage;
    names.push(...namesOf(page.items));
    cursor = page.nextCursor ?? '';
  } while (cursor && names.length < 1000);
  const filter = new URL(url, 'http://localhost').searchParams;
  filter.delete('sort');
  return { names, ...(await countOf(user, filter.toString())) };
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('names in pinyin order', () => {
  it('lists 安徽 < 北京 < 重庆 < 长沙 < 上海 by name, page after page, and keeps the order after a rename', async () => {
    const am = await accountManager();
    // Code-point order would be 上海 (U+4E0A) < 北京 < 安徽 < 重庆 < 长沙 < 东莞.
    for (const name of [
      '上海中联机械',
      '东莞华兴商贸',
      '北京恒通科技',
      '安徽瑞丰食品',
      '重庆天成汽车',
      '长沙银行',
    ]) {
      await newCustomer(t, am, { name });
    }
    const expected = [
      '安徽瑞丰食品',
      '北京恒通科技',
      '长沙银行',
      '重庆天成汽车',
      '东莞华兴商贸',
      '上海中联机械',
    ];
    const asc = await allPages(am, '/api/v1/customers?mine=true&sort=name');
    expect(asc.names).toEqual(expected);
    expect(asc.total).toBe(6);
    // The default order of a list is by name too; descending walks it backwards through the same cursors.
    expect((await allPages(am, '/api/v1/customers?mine=true', 4)).names).toEqual(expected);
    expect((await allPages(am, '/api/v1/customers?mine=true&sort=-name', 4)).names).toEqual(
      [...expected].reverse(),
    );
    // A rename takes its new place: 上海 → 阿坝 (a ba) comes first.
    const shanghai = (await api(am, 'GET', '/api/v1/customers?mine=true&q=shzl')).json().items[0];
    const renamed = await api(am, 'PATCH', `/api/v1/customers/${shanghai.id}`, { name: '阿坝中联机械' });
    expect(renamed.statusCode).toBe(200);
    expect((await allPages(am, '/api/v1/customers?mine=true&sort=name', 3)).names).toEqual([
      '阿坝中联机械',
      ...expected.slice(0, 5),
    ]);
  });

  it('gives imported names and renames their key too, and blanks a destroyed customer’s', async () => {
    const am = await accountManager();
    const db = t.database.db;
    const [imported] = await importRepo.insertCustomers(db, [
      { name: '重庆导入客户', name_key: '重庆导入客户', owner_id: am.id },
    ]);
    const id = Number(imported?.id);
    const key = () =>
      db
        .selectFrom('customers')
        .select(['name_sort', 'name_initials'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    expect(await key()).toEqual({
      name_sort: 'chong2qing4dao3ru4ke4hu4 重庆导入客户',
      name_initials: 'cqdrkh',
    });
    await importRepo.updateCustomersFromJson(
      db,
      ['name', 'name_key'],
      [{ id, name: '长沙导入', name_key: '长沙导入' }],
    );
    expect(await key()).toEqual({ name_sort: 'chang2sha1dao3ru4 长沙导入', name_initials: 'csdr' });
    const search = await api(am, 'GET', '/api/v1/customers?q=csdr');
    expect(namesOf(search.json().items)).toEqual(['长沙导入']);
    await blankCustomers(db, [id]);
    const { code } = await db
      .selectFrom('customers')
      .select('code')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const blanked = await key();
    expect(blanked.name_initials).toBe(`yxhkh${code.toLowerCase()}`);
    expect(blanked.name_sort).not.toContain('chang2sha1');
  });
});

describe('search by pinyin initials', () => {
  it('finds 上海中联 by shzl, by zl and in capitals, 重庆 as cq, and still by the characters', async () => {
    const am = await accountManager();
    const other = await accountManager();
    const shzl = await newCustomer(t, am, { name: '上海中联重工有限公司' });
    const cq = await newCustomer(t, other, { name: '重庆长安物流' });
    await newCustomer(t, am, { name: '深圳中兴通讯' });
    const found = async (user: TestUser, q: string) =>
      namesOf((await api(user, 'GET', `/api/v1/customers?q=${encodeURIComponent(q)}`)).json().items);
    expect(await found(am, 'shzl')).toEqual([shzl.name]);
    expect(await found(am, 'SHZL')).toEqual([shzl.name]);
    expect(await found(am, 'zlzg')).toEqual([shzl.name]);
    // 重 in 重庆 reads chong, 长 in 长安 chang: cqca, not zqza.
    expect(await found(am, 'cqca')).toEqual([cq.name]);
    expect(await found(am, 'zqza')).toEqual([]);
    // Initials are names, listed to everyone: another account manager finds them too (masked as usual).
    expect(await found(other, 'shzl')).toEqual([shzl.name]);
    expect(await found(am, '上海中联')).toEqual([shzl.name]);
    // Initials in a different order are not the name's.
    expect(await found(am, 'zlsh')).toEqual([]);
  });
});

describe('the total', () => {
  it('counts exactly up to 10 000, then says there are more', async () => {
    const am = await accountManager();
    await newCustomer(t, am, { name: '计数客户甲', province: '西藏自治区' });
    await newCustomer(t, am, { name: '计数客户乙', province: '西藏自治区' });
    const tibet = `province=${encodeURIComponent('西藏自治区')}`;
    expect((await api(am, 'GET', `/api/v1/customers?${tibet}&limit=1`)).json().items).toHaveLength(1);
    expect(await countOf(am, tibet)).toEqual({ total: 2, capped: false });
    const db = t.database.db;
    await sql`insert into customers (name, name_key, name_sort, name_initials, province)
      select '批量' || i, '批量' || i, 'pi1liang4' || i || ' 批量' || i, 'pl' || i, '青海省'
        from generate_series(1, 10001) i`.execute(db);
    try {
      const qinghai = `province=${encodeURIComponent('青海省')}`;
      expect(await countOf(am, qinghai)).toEqual({ total: 10_000, capped: true });
      await sql`delete from customers where id = (select max(id) from customers where province = '青海省')`.execute(
        db,
      );
      expect(await countOf(am, qinghai)).toEqual({ total: 10_000, capped: false });
      // A keyword counts its matches: 批量100 is in 批量100, 批量1000..批量1009 and 批量10000 (10001 is gone).
      const keyword = `q=${encodeURIComponent('批量100')}`;
      expect(await countOf(am, keyword)).toEqual({ total: 12, capped: false });
      expect((await api(am, 'GET', `/api/v1/customers?${keyword}&limit=5`)).json().items).toHaveLength(5);
      // 我的客户 is counted as listed.
      expect(await countOf(am, `mine=true&${qinghai}`)).toEqual({ total: 0, capped: false });
      expect(await countOf(am, `mine=true&${tibet}`)).toEqual({ total: 2, capped: false });
    } finally {
      await sql`delete from customers where province = '青海省'`.execute(db);
    }
  });
});

describe('我的客户', () => {
  it('lists what I own or serve as agent, and exports the same', async () => {
    const am = await accountManager();
    const colleague = await accountManager();
    const agent = await newUser(t, 'agent', ['agent'], '客户服务部');
    const boss = await newUser(t, 'boss', ['executive'], '总经理办公室');
    const owned = await newCustomer(t, am, { name: '我的甲客户', agentId: agent.id });
    await newCustomer(t, colleague, { name: '同事的乙客户' });
    const served = await newCustomer(t, colleague, { name: '坐席的丙客户', agentId: agent.id });
    const mine = async (user: TestUser) =>
      allPages(user, '/api/v1/customers?mine=true&sort=name', 50).then((r) => r.names);
    expect(await mine(am)).toEqual([owned.name]);
    // 同 tong before 坐 zuo.
    expect(await mine(colleague)).toEqual(['同事的乙客户', served.name]);
    expect((await mine(agent)).sort()).toEqual([owned.name, served.name].sort());
    expect(await mine(boss)).toEqual([]);
    // Without it, the whole archive (as far as the viewer may list it).
    expect((await allPages(am, '/api/v1/customers?sort=name', 50)).names.length).toBeGreaterThan(1);

    const exported = await api(am, 'GET', '/api/v1/customers/export?mine=true');
    expect(exported.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheetNames: string[] = [];
    book.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        for (const value of row.values as unknown[]) if (typeof value === 'string') sheetNames.push(value);
      });
    });
    expect(sheetNames).toContain(owned.name);
    expect(sheetNames).not.toContain(served.name);
    expect(sheetNames.some((v) => v.includes('我的客户：是'))).toBe(true);
  });
});
