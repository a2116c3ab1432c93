import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

let t: TestApp;
let admin: string;
let adminId: number;
let admin2: string;
let boss: string;
let bossId: number;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  adminId = (await t.call(admin, { method: 'GET', url: '/api/v1/auth/me' })).json().id;
  await createUserAs(t, admin, { username: 'admin2', roles: ['admin'] });
  admin2 = await t.login('admin2', 'Passw0rd!');
  bossId = await createUserAs(t, admin, {
    username: 'boss',
    roles: ['executive'],
    departmentName: '总经理办公室',
  });
  boss = await t.login('boss', 'Passw0rd!');
});
afterAll(() => t.close());

const patchUser = (cookie: string, id: number, payload: object) =>
  t.call(cookie, { method: 'PATCH', url: `/api/v1/users/${id}`, payload });
const user = async (id: number) =>
  (await t.call(admin, { method: 'GET', url: `/api/v1/users/${id}` })).json();
const pending = async (cookie = boss) =>
  (await t.call(cookie, { method: 'GET', url: '/api/v1/role-change-requests?box=pending' })).json().items;
const decide = (cookie: string, id: number, verb: 'approve' | 'reject', comment?: string) =>
  t.call(cookie, { method: 'POST', url: `/api/v1/role-change-requests/${id}/${verb}`, payload: { comment } });

describe('nobody changes their own roles', () => {
  it('refuses an administrator giving themself a role or dropping their own admin role, naming roles', async () => {
    for (const roles of [['admin', 'executive'], ['executive'], ['agent']]) {
      const response = await patchUser(admin, adminId, { roles });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        { field: 'roles', message: '不能修改自己的角色，请由其他管理员修改' },
      ]);
    }
    // Saving one's own record with the roles unchanged is no role change.
    expect((await patchUser(admin, adminId, { roles: ['admin'], phone: '010-1234' })).statusCode).toBe(200);
    expect((await user(adminId)).roles).toEqual(['admin']);
  });
});

describe('admin together with a role that sees customer data waits for the executive', () => {
  it('leaves the admin without customer data until the executive approves', async () => {
    const response = await patchUser(admin2, adminId, { roles: ['admin', 'executive'] });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      roles: ['admin'],
      pendingRoleChange: { id: expect.any(Number), roles: ['admin', 'executive'] },
    });
    expect((await t.call(admin, { method: 'GET', url: '/api/v1/customers' })).statusCode).toBe(403);

    const [request] = await pending();
    expect(request).toMatchObject({
      username: 'admin',
      rolesBefore: ['admin'],
      rolesAfter: ['admin', 'executive'],
      status: 'pending',
      requestedByName: '测试admin2',
    });
    // Neither administrator may decide it, nor list it as an approver.
    expect((await decide(admin, request.id, 'approve')).statusCode).toBe(403);
    expect((await decide(admin2, request.id, 'approve')).statusCode).toBe(403);

    const approved = await decide(boss, request.id, 'approve');
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decidedByName: '测试boss' });
    expect((await user(adminId)).roles).toEqual(['admin', 'executive']);
    expect((await user(adminId)).pendingRoleChange).toBeNull();
    expect((await t.call(admin, { method: 'GET', url: '/api/v1/customers' })).statusCode).toBe(200);
    expect((await decide(boss, request.id, 'approve')).statusCode).toBe(409);

    const audit = (
      await t.call(admin, {
        method: 'GET',
        url: `/api/v1/audit-events?action=users.roles_changed&targetType=user&targetId=${adminId}`,
      })
    ).json().items;
    expect(audit[0]).toMatchObject({
      actorName: '测试boss',
      details: { before: ['admin'], after: ['admin', 'executive'], via: 'approval', requestId: request.id },
    });
    // Back to plain admin: taking a role away needs nobody's approval.
    expect((await patchUser(admin2, adminId, { roles: ['admin'] })).json().roles).toEqual(['admin']);
  });

  it('gives admin to a data account, or creates one with both, only after approval; a rejection needs a reason', async () => {
    const analystId = await createUserAs(t, admin, { username: 'ana', roles: ['analyst'] });
    const asked = (await patchUser(admin, analystId, { roles: ['analyst', 'admin'] })).json();
    expect(asked).toMatchObject({ roles: ['analyst'], pendingRoleChange: { roles: ['analyst', 'admin'] } });

    const created = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: 'dual',
        displayName: '双重',
        password: 'Passw0rd!',
        departmentId: (await user(analystId)).departmentId,
        roles: ['admin', 'agent'],
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      roles: ['agent'],
      pendingRoleChange: { roles: ['admin', 'agent'] },
    });

    const request = (await pending()).find((r: { username: string }) => r.username === 'ana');
    const bare = await decide(boss, request.id, 'reject');
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors).toEqual([{ field: 'comment', message: '请填写驳回原因' }]);
    const rejected = await decide(boss, request.id, 'reject', '数据分析师不兼任管理员');
    expect(rejected.json()).toMatchObject({ status: 'rejected', comment: '数据分析师不兼任管理员' });
    expect((await user(analystId)).roles).toEqual(['analyst']);
  });

  it('keeps one request per user: a later edit replaces it, saving the current roles withdraws it', async () => {
    const id = await createUserAs(t, admin, { username: 'sup1', roles: ['supervisor'] });
    const first = (await patchUser(admin, id, { roles: ['supervisor', 'admin'] })).json().pendingRoleChange;
    const second = (await patchUser(admin, id, { roles: ['dept_manager', 'admin'] })).json();
    expect(second.roles).toEqual(['dept_manager']);
    expect(second.pendingRoleChange.id).not.toBe(first.id);
    expect((await decide(boss, first.id, 'approve')).statusCode).toBe(409);
    // An edit that does not touch the roles leaves the request alone; saving the current roles withdraws it.
    expect((await patchUser(admin, id, { phone: '123' })).json().pendingRoleChange.id).toBe(
      second.pendingRoleChange.id,
    );
    expect((await patchUser(admin, id, { roles: ['dept_manager'] })).json().pendingRoleChange).toBeNull();
    const recent = (
      await t.call(boss, { method: 'GET', url: '/api/v1/role-change-requests?box=recent' })
    ).json().items;
    const mine = recent
      .filter((r: { username: string }) => r.username === 'sup1')
      .map((r: { status: string; rolesAfter: string[] }) => `${r.status} ${r.rolesAfter.join('+')}`);
    expect(mine.sort()).toEqual([
      'direct dept_manager',
      'direct supervisor',
      'superseded dept_manager+admin',
      'superseded supervisor+admin',
    ]);
  });

  it('lets no administrator, requester or the account concerned decide', async () => {
    const execAdmin = await createUserAs(t, admin, { username: 'exec.admin', roles: ['executive'] });
    const request = (await patchUser(admin, execAdmin, { roles: ['executive', 'admin'] })).json()
      .pendingRoleChange;
    const self = await t.login('exec.admin', 'Passw0rd!');
    const own = await decide(self, request.id, 'approve');
    expect(own.statusCode).toBe(403);
    expect(own.json().detail).toBe('不能审批自己账号的角色变更');
    const agent = await createUserAs(t, admin, { username: 'plain', roles: ['agent'] });
    expect(agent).toBeGreaterThan(0);
    const plain = await t.login('plain', 'Passw0rd!');
    expect((await t.call(plain, { method: 'GET', url: '/api/v1/role-change-requests' })).statusCode).toBe(
      403,
    );
    expect((await decide(plain, request.id, 'approve')).statusCode).toBe(403);
    expect((await decide(boss, request.id, 'approve')).statusCode).toBe(200);
    expect(bossId).toBeGreaterThan(0);
  });
});

describe('the admin role itself', () => {
  const patchRole = (key: string, payload: object) =>
    t.call(admin, { method: 'PATCH', url: `/api/v1/roles/${key}`, payload });
  const roleOf = async (key: string) =>
    (await t.call(admin, { method: 'GET', url: '/api/v1/roles' }))
      .json()
      .items.find((r: { key: string }) => r.key === key);

  it('never sees customer data, and the approval permission stays with the executive', async () => {
    const adminRole = await roleOf('admin');
    const read = await patchRole('admin', { permissions: [...adminRole.permissions, 'customers.read'] });
    expect(read.statusCode).toBe(400);
    expect(read.json().errors[0].field).toBe('permissions');
    const scope = await patchRole('admin', { dataScope: 'all' });
    expect(scope.json().errors).toEqual([
      { field: 'dataScope', message: '系统管理员角色的数据范围只能为“无”（职责分离）' },
    ]);
    const approver = await patchRole('admin', {
      permissions: [...adminRole.permissions, 'users.approve_roles'],
    });
    expect(approver.statusCode).toBe(400);
    const exec = await roleOf('executive');
    expect(exec.permissions).toContain('users.approve_roles');
    const drop = await patchRole('executive', {
      permissions: exec.permissions.filter((p: string) => p !== 'users.approve_roles'),
    });
    expect(drop.statusCode).toBe(400);
  });

  it('cannot widen a role an administrator holds into customer data', async () => {
    expect(
      (await patchRole('marketing', { permissions: ['campaigns.manage'], dataScope: 'none' })).statusCode,
    ).toBe(200);
    const id = await createUserAs(t, admin, { username: 'it.mkt', roles: ['admin', 'marketing'] });
    expect((await user(id)).roles).toEqual(['admin', 'marketing']);
    const widen = await patchRole('marketing', { permissions: ['campaigns.manage', 'customers.read'] });
    expect(widen.statusCode).toBe(409);
    expect(widen.json().detail).toContain('it.mkt');
  });
});
