import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../http/actor.ts';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';
import { resolveDataScope, scopeCondition } from './data-scope.ts';

let t: TestApp;
let admin: string;

interface Dept {
  id: number;
  name: string;
  parentId: number | null;
  memberCount: number;
}

const list = async (): Promise<Dept[]> =>
  (await t.call(admin, { method: 'GET', url: '/api/v1/departments' })).json().items;
const create = (payload: object) => t.call(admin, { method: 'POST', url: '/api/v1/departments', payload });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', TEST_ADMIN_PASSWORD);
});
afterAll(() => t.close());

describe('departments', () => {
  it('starts with the default departments of a Chinese company', async () => {
    const names = (await list()).map((d) => d.name);
    expect(names).toEqual([
      '总经理办公室',
      '客户服务部',
      '销售部',
      '技术部',
      '物流部',
      '市场部',
      '售后服务部',
    ]);
  });

  it('builds a tree and refuses to move a department under its own descendant', async () => {
    const sales = (await list()).find((d) => d.name === '销售部') as Dept;
    const east = (await create({ name: '华东销售部', parentId: sales.id })).json();
    const team = (await create({ name: '上海一组', parentId: east.id })).json();
    expect(team.parentId).toBe(east.id);
    const cycle = await t.call(admin, {
      method: 'PATCH',
      url: `/api/v1/departments/${sales.id}`,
      payload: { parentId: team.id },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors).toEqual([{ field: 'parentId', message: '不能移到自身或其下级部门之下' }]);
    const sibling = await create({ name: '上海一组', parentId: east.id });
    expect(sibling.json().errors).toEqual([{ field: 'name', message: '同级已有同名部门' }]);
  });

  it('deletes only empty departments', async () => {
    const market = (await list()).find((d) => d.name === '市场部') as Dept;
    await createUserAs(t, admin, { username: 'mkt1', roles: ['marketing'], departmentName: '市场部' });
    const refused = await t.call(admin, { method: 'DELETE', url: `/api/v1/departments/${market.id}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('部门“市场部”下还有 1 名员工、0 个下级部门，不能删除');
    const empty = (await create({ name: '临时项目组' })).json();
    expect(
      (await t.call(admin, { method: 'DELETE', url: `/api/v1/departments/${empty.id}` })).statusCode,
    ).toBe(204);
    expect((await list()).some((d) => d.name === '临时项目组')).toBe(false);
  });

  it('lets any signed-in user read departments but only admins change them', async () => {
    await createUserAs(t, admin, { username: 'agent1', roles: ['agent'] });
    const agent = await t.login('agent1', 'Passw0rd!');
    expect((await t.call(agent, { method: 'GET', url: '/api/v1/departments' })).statusCode).toBe(200);
    expect(
      (await t.call(agent, { method: 'POST', url: '/api/v1/departments', payload: { name: 'x' } }))
        .statusCode,
    ).toBe(403);
  });
});

describe('data scope', () => {
  it('limits rows to own, department subtree (with sub-departments) or all', async () => {
    const departments = await list();
    const service = departments.find((d) => d.name === '客户服务部') as Dept;
    const hotline = (await create({ name: '热线组', parentId: service.id })).json();
    const sup = await createUserAs(t, admin, {
      username: 'scope.sup',
      roles: ['supervisor'],
      departmentName: '客户服务部',
    });
    const inSub = await createUserAs(t, admin, {
      username: 'scope.sub',
      roles: ['agent'],
      departmentName: '热线组',
    });
    const outside = await createUserAs(t, admin, {
      username: 'scope.out',
      roles: ['agent'],
      departmentName: '销售部',
    });
    expect(hotline.parentId).toBe(service.id);

    const actor = (id: number, dataScope: Actor['dataScope'], departmentId: number | null): Actor => ({
      id,
      username: '',
      displayName: '',
      departmentId,
      roles: [],
      permissions: new Set(),
      dataScope,
      locale: 'zh-CN',
      mustChangePassword: false,
      via: 'session',
    });
    // Users stand in for customers here: each row is "owned" by itself.
    const visible = async (a: Actor) => {
      const scope = await resolveDataScope(t.database.db, a);
      const rows = await t.database.db
        .selectFrom('users')
        .select('id')
        .where(scopeCondition(scope, ['users.id']))
        .where('id', 'in', [sup, inSub, outside])
        .execute();
      return rows.map((r) => r.id).sort((x, y) => x - y);
    };
    expect(await visible(actor(sup, 'department', service.id))).toEqual([sup, inSub]);
    expect(await visible(actor(inSub, 'own', hotline.id))).toEqual([inSub]);
    expect(await visible(actor(sup, 'all', service.id))).toEqual([sup, inSub, outside]);
    expect(await visible(actor(sup, 'none', service.id))).toEqual([]);
  });
});
