import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

let t: TestApp;
let admin: string;
let serviceDeptId: number;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  const departments = (await t.call(admin, { method: 'GET', url: '/api/v1/departments' })).json().items;
  serviceDeptId = departments.find((d: { name: string }) => d.name === '客户服务部').id;
});
afterAll(() => t.close());

const post = (payload: object, cookie = admin) =>
  t.call(cookie, { method: 'POST', url: '/api/v1/users', payload });

describe('creating users', () => {
  it('creates a user with department, roles and supervisor, and the user can sign in', async () => {
    const bossId = await createUserAs(t, admin, { username: 'boss', roles: ['supervisor'] });
    const response = await post({
      username: 'zhang.wei',
      displayName: '张伟',
      password: 'Zhang2024a',
      departmentId: serviceDeptId,
      roles: ['agent', 'account_manager'],
      supervisorId: bossId,
      email: 'zhang.wei@example.com',
      phone: '138 0013 8000',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      username: 'zhang.wei',
      displayName: '张伟',
      departmentName: '客户服务部',
      supervisorName: '测试boss',
      roles: ['agent', 'account_manager'],
      status: 'active',
      locked: false,
      version: 1,
    });
    const cookie = await t.login('zhang.wei', 'Zhang2024a');
    const me = (await t.call(cookie, { method: 'GET', url: '/api/v1/auth/me' })).json();
    expect(me.permissions).toEqual(
      expect.arrayContaining(['customers.read', 'customers.write', 'followups.work']),
    );
    expect(me.dataScope).toBe('own');
  });

  it('names every bad field at once, in Chinese', async () => {
    const response = await post({
      username: 'x',
      displayName: '',
      password: 'short',
      roles: [],
      email: 'not-mail',
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('validation');
    const fields = Object.fromEntries(
      body.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
    );
    expect(fields).toMatchObject({
      username: '至少 3 个字符',
      displayName: '不能为空',
      departmentId: '必填',
      roles: '至少选择 1 项',
      email: '格式不正确（应为 email）',
    });
  });

  it('checks references and the password policy after the shape', async () => {
    const response = await post({
      username: 'ghost',
      displayName: '幽灵',
      password: 'abcdefgh',
      departmentId: serviceDeptId,
      roles: ['agent'],
    });
    expect(response.json().errors).toEqual([{ field: 'password', message: '须同时包含字母和数字' }]);
    const refs = await post({
      username: 'ghost',
      displayName: '幽灵',
      password: 'abcdefgh1',
      departmentId: 99999,
      roles: ['agent', 'wizard'],
      supervisorId: 99999,
    });
    expect(refs.json().errors).toEqual([
      { field: 'departmentId', message: '部门不存在' },
      { field: 'roles', message: '未知角色：wizard' },
      { field: 'supervisorId', message: '上级不存在或已停用' },
    ]);
  });

  it('refuses a taken username regardless of case with 409', async () => {
    await createUserAs(t, admin, { username: 'li.na', roles: ['agent'] });
    const response = await post({
      username: 'LI.NA',
      displayName: '李娜',
      password: 'Passw0rd!',
      departmentId: serviceDeptId,
      roles: ['agent'],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([{ field: 'username', message: '已被使用' }]);
  });

  it('offers every signed-in user a directory of active colleagues, without contact details', async () => {
    await createUserAs(t, admin, { username: 'dir.agent', roles: ['agent'] });
    const agent = await t.login('dir.agent', 'Passw0rd!');
    const directory = (await t.call(agent, { method: 'GET', url: '/api/v1/users/directory' })).json().items;
    expect(directory.find((u: { username: string }) => u.username === 'zhang.wei')).toEqual({
      id: expect.any(Number),
      username: 'zhang.wei',
      displayName: '张伟',
      departmentName: '客户服务部',
      roles: ['agent', 'account_manager'],
    });
  });

  it('is for admins only', async () => {
    await createUserAs(t, admin, { username: 'exec1', roles: ['executive'] });
    const exec = await t.login('exec1', 'Passw0rd!');
    expect(
      (
        await post(
          { username: 'sneaky', displayName: 'x', password: 'Passw0rd!', departmentId: 1, roles: ['admin'] },
          exec,
        )
      ).statusCode,
    ).toBe(403);
    expect((await t.call(exec, { method: 'GET', url: '/api/v1/users' })).statusCode).toBe(403);
    expect((await t.call(undefined, { method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401);
  });
});

describe('editing users', () => {
  it('gives the second of two concurrent editors a 409 and keeps the first edit', async () => {
    const id = await createUserAs(t, admin, { username: 'wang.fang', roles: ['agent'] });
    const first = await t.call(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { displayName: '王芳', version: 1 },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const second = await t.call(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { displayName: '王小芳', version: 1 },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toBe('该记录已被其他人修改，请刷新后重试');
    expect((await t.call(admin, { method: 'GET', url: `/api/v1/users/${id}` })).json().displayName).toBe(
      '王芳',
    );
  });

  it('refuses a reporting loop and self-supervision', async () => {
    const a = await createUserAs(t, admin, { username: 'loop.a', roles: ['supervisor'] });
    const b = await createUserAs(t, admin, { username: 'loop.b', roles: ['agent'], supervisorId: a });
    const loop = await t.call(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${a}`,
      payload: { supervisorId: b },
    });
    expect(loop.json().errors).toEqual([{ field: 'supervisorId', message: '上级关系不能形成循环' }]);
    const self = await t.call(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${a}`,
      payload: { supervisorId: a },
    });
    expect(self.json().errors).toEqual([{ field: 'supervisorId', message: '不能把自己设为上级' }]);
  });

  it('resets a password: old sessions end and the user must change it', async () => {
    const id = await createUserAs(t, admin, { username: 'forgetful', roles: ['agent'] });
    const old = await t.login('forgetful', 'Passw0rd!');
    const reset = await t.call(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { password: 'Temp12345' },
    });
    expect(reset.statusCode).toBe(200);
    expect((await t.call(old, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const fresh = await t.login('forgetful', 'Temp12345');
    expect((await t.call(fresh, { method: 'GET', url: '/api/v1/auth/me' })).json().mustChangePassword).toBe(
      true,
    );
  });

  it('keeps an admin from disabling themself', async () => {
    const me = (await t.call(admin, { method: 'GET', url: '/api/v1/auth/me' })).json();
    const response = await t.call(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${me.id}`,
      payload: { status: 'disabled' },
    });
    expect(response.json().errors).toEqual([{ field: 'status', message: '不能停用自己的账号' }]);
  });

  it('answers 404 for a user that does not exist', async () => {
    const response = await t.call(admin, {
      method: 'PATCH',
      url: '/api/v1/users/987654',
      payload: { displayName: 'x' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toBe('用户不存在');
  });
});

describe('listing users', () => {
  it('filters, sorts and pages with a cursor, with a total', async () => {
    for (const name of ['pg.c', 'pg.a', 'pg.b', 'pg.d', 'pg.e']) {
      await createUserAs(t, admin, { username: name, roles: ['marketing'], departmentName: '市场部' });
    }
    const first = (
      await t.call(admin, { method: 'GET', url: '/api/v1/users?role=marketing&sort=-username&limit=2' })
    ).json();
    expect(first.total).toBe(5);
    expect(first.items.map((u: { username: string }) => u.username)).toEqual(['pg.e', 'pg.d']);
    const second = (
      await t.call(admin, {
        method: 'GET',
        url: `/api/v1/users?role=marketing&sort=-username&limit=2&cursor=${first.nextCursor}`,
      })
    ).json();
    expect(second.items.map((u: { username: string }) => u.username)).toEqual(['pg.c', 'pg.b']);
    const third = (
      await t.call(admin, {
        method: 'GET',
        url: `/api/v1/users?role=marketing&sort=-username&limit=2&cursor=${second.nextCursor}`,
      })
    ).json();
    expect(third.items.map((u: { username: string }) => u.username)).toEqual(['pg.a']);
    expect(third.nextCursor).toBeNull();

    const byKeyword = (await t.call(admin, { method: 'GET', url: '/api/v1/users?q=pg.b' })).json();
    expect(byKeyword.items.map((u: { username: string }) => u.username)).toEqual(['pg.b']);
  });

  it('rejects a forged cursor and an unknown sort with a field error', async () => {
    const cursor = await t.call(admin, { method: 'GET', url: '/api/v1/users?cursor=garbage' });
    expect(cursor.json().errors).toEqual([{ field: 'cursor', message: '分页游标无效，请从第一页重新开始' }]);
    const sort = await t.call(admin, { method: 'GET', url: '/api/v1/users?sort=password_hash' });
    expect(sort.json().errors[0].field).toBe('sort');
  });

  it('exports the filtered list to a spreadsheet with Chinese headers', async () => {
    const response = await t.call(admin, { method: 'GET', url: '/api/v1/users/export?role=marketing' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('员工');
    expect(sheet?.getRow(1).getCell(1).value).toBe('用户名');
    expect(sheet?.rowCount).toBe(6);
    expect(sheet?.getRow(2).getCell(3).value).toBe('市场部');
  });

  it('writes 最近登录 on the company’s clock, as the page shows it (a Date cell would read as UTC in Excel)', async () => {
    const listed = (await t.call(admin, { method: 'GET', url: '/api/v1/users?role=admin' })).json().items;
    const me = listed.find((u: { username: string }) => u.username === 'admin');
    expect(me.lastLoginAt).toBeTruthy();
    const response = await t.call(admin, { method: 'GET', url: '/api/v1/users/export?role=admin' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('员工');
    expect(sheet?.getRow(1).getCell(9).value).toBe('最近登录');
    const row = [2, 3, 4, 5].map((n) => sheet?.getRow(n)).find((r) => r?.getCell(1).value === 'admin');
    expect(row?.getCell(9).value).toBe(
      new Date(me.lastLoginAt).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false }),
    );
  });
});
