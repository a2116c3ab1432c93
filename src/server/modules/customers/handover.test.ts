import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};

async function as(name: string, roles: string[], departmentName: string) {
  const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  ids[name] = await createUserAs(t, admin, { username: name, roles, departmentName });
  cookies[name] = await t.login(name, 'Passw0rd!');
}

const api = (user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.call(cookies[user], { method, url, payload });

const handover = (user: string, from: string, body: { toUserId?: number; disableAccount?: boolean }) =>
  api(user, 'POST', `/api/v1/users/${ids[from]}/handover`, body);

const statusOf = async (name: string) =>
  (await api('admin', 'GET', `/api/v1/users/${ids[name]}`)).json().status;

beforeAll(async () => {
  t = await createTestApp();
  cookies.admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  ids.admin = (await api('admin', 'GET', '/api/v1/auth/me')).json().id;
  await as('svcmgr', ['dept_manager'], '客户服务部');
  await as('salesmgr', ['dept_manager'], '销售部');
  await as('amx', ['account_manager'], '销售部');
  await as('amy', ['account_manager'], '销售部');
  await as('svcagent', ['agent'], '客户服务部');
  await as('boss', ['executive'], '总经理办公室');
  await as('salesadmin', ['admin'], '销售部');
  for (const name of ['华东机械', '华南贸易', '华北电子']) {
    expect((await api('amx', 'POST', '/api/v1/customers', { name })).statusCode).toBe(201);
  }
});
afterAll(() => t.close());

describe('离职交接 stays within the manager’s department', () => {
  it('refuses a manager another department’s employee, and moves nothing', async () => {
    const refused = await handover('svcmgr', 'amx', { toUserId: ids.svcagent, disableAccount: true });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('本部门');
    expect((await api('boss', 'GET', `/api/v1/customers?ownerId=${ids.amx}`)).json().items).toHaveLength(3);
    expect(await statusOf('amx')).toBe('active');
  });

  it('offers as leaver or successor only the people within the manager’s reach', async () => {
    const offered = (await api('salesmgr', 'GET', '/api/v1/users/handover-candidates')).json().items;
    const names = offered.map((p: { username: string }) => p.username);
    expect(names).toEqual(expect.arrayContaining(['amx', 'amy', 'salesmgr']));
    expect(names).not.toContain('svcagent');
    expect(names).not.toContain('boss');
    expect(offered.every((p: { departmentName: string }) => p.departmentName === '销售部')).toBe(true);
    expect((await api('amx', 'GET', '/api/v1/users/handover-candidates')).statusCode).toBe(403);
  });

  it('refuses a successor outside the department', async () => {
    const refused = await handover('salesmgr', 'amx', { toUserId: ids.svcagent });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      { field: 'toUserId', message: '接手人须是本部门（含下级部门）的在职员工' },
    ]);
  });

  it('never disables an administrator, an executive or the manager’s own account', async () => {
    const admin = await handover('salesmgr', 'salesadmin', { toUserId: ids.amy, disableAccount: true });
    expect(admin.statusCode).toBe(400);
    expect(admin.json().errors[0].field).toBe('disableAccount');
    expect(await statusOf('salesadmin')).toBe('active');
    expect((await handover('salesmgr', 'boss', { toUserId: ids.amy, disableAccount: true })).statusCode).toBe(
      403,
    );
    const boss = await handover('boss', 'boss', { toUserId: ids.amy, disableAccount: true });
    expect(boss.json().errors[0]).toEqual({ field: 'disableAccount', message: '不能停用自己的账号' });
    expect(await statusOf('boss')).toBe('active');
    const own = await handover('salesmgr', 'salesmgr', { toUserId: ids.amy, disableAccount: true });
    expect(own.json().errors[0]).toEqual({ field: 'disableAccount', message: '不能停用自己的账号' });
  });

  it('hands over within the department and disables the leaver', async () => {
    const done = await handover('salesmgr', 'amx', { toUserId: ids.amy, disableAccount: true });
    expect(done.json()).toEqual({ ownedCustomers: 3, servedCustomers: 0, accountDisabled: true });
    expect(await statusOf('amx')).toBe('disabled');
  });
});

describe('the last active administrator', () => {
  it('cannot be disabled or lose the admin role through any route', async () => {
    // Another role given user management (roles are configuration) still cannot remove the last admin.
    const supervisorRole = (await api('admin', 'GET', '/api/v1/roles'))
      .json()
      .items.find((r: { key: string }) => r.key === 'supervisor');
    const widened = await api('admin', 'PATCH', '/api/v1/roles/supervisor', {
      permissions: [...supervisorRole.permissions, 'users.manage'],
    });
    expect(widened.statusCode).toBe(200);
    await as('usermgr', ['supervisor'], '客户服务部');

    expect(
      (await api('admin', 'PATCH', `/api/v1/users/${ids.salesadmin}`, { status: 'disabled' })).statusCode,
    ).toBe(200);
    const disable = await api('usermgr', 'PATCH', `/api/v1/users/${ids.admin}`, { status: 'disabled' });
    expect(disable.statusCode).toBe(409);
    expect(disable.json().detail).toContain('最后一个在用的系统管理员');
    const demote = await api('usermgr', 'PATCH', `/api/v1/users/${ids.admin}`, { roles: ['supervisor'] });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().errors[0].field).toBe('roles');
    expect(await statusOf('admin')).toBe('active');
    expect((await api('admin', 'GET', '/api/v1/auth/me')).json().roles).toContain('admin');
  });
});
