import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', TEST_ADMIN_PASSWORD);
});
afterAll(() => t.close());

const me = (cookie?: string, headers: Record<string, string> = {}) =>
  t.call(cookie, { method: 'GET', url: '/api/v1/auth/me', headers });

describe('sign-in', () => {
  it('signs in with an HttpOnly SameSite session cookie and reports the user on /me', async () => {
    const response = await t.call(undefined, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'ADMIN', password: TEST_ADMIN_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'huifang_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const body = (await me(`huifang_session=${cookie?.value}`)).json();
    expect(body).toMatchObject({ username: 'admin', roles: ['admin'], dataScope: 'none' });
    expect(body.permissions).toContain('users.manage');
    expect(body.permissions).not.toContain('customers.read');
  });

  it('refuses a wrong password with a Chinese message, English on request', async () => {
    const zh = await t.call(undefined, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: 'wrong-password1' },
    });
    expect(zh.statusCode).toBe(401);
    expect(zh.headers['content-type']).toContain('application/problem+json');
    expect(zh.json().detail).toBe('用户名或密码错误');
    const en = await t.call(undefined, {
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { username: 'nobody', password: 'whatever1' },
    });
    expect(en.json().detail).toBe('Wrong username or password');
  });

  it('locks the client out of the account for 15 minutes after 5 wrong passwords, even against the right one', async () => {
    await createUserAs(t, admin, { username: 'locky', roles: ['agent'] });
    for (let i = 0; i < 4; i++) {
      const r = await t.call(undefined, {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'locky', password: `bad${i}xxxxx` },
      });
      expect(r.statusCode).toBe(401);
    }
    const fifth = await t.call(undefined, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'locky', password: 'bad5xxxxx' },
    });
    expect(fifth.statusCode).toBe(423);
    const right = await t.call(undefined, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'locky', password: 'Passw0rd!' },
    });
    expect(right.statusCode).toBe(423);
    const until = new Date(right.json().detail.match(/\d{4}-\d\d-\d\dT[\d:.]+Z/)[0]).getTime();
    expect(until - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    const list = await t.call(admin, { method: 'GET', url: '/api/v1/users?q=locky' });
    const user = list.json().items[0];
    expect(user.locked).toBe(true);
    await t.call(admin, { method: 'PATCH', url: `/api/v1/users/${user.id}`, payload: { unlock: true } });
    expect(await t.login('locky', 'Passw0rd!')).toMatch(/^huifang_session=/);
  });

  const attempt = (username: string, password: string, client: string) =>
    t.call(undefined, {
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: client,
      payload: { username, password },
    });
  const untilIn = (detail: string) =>
    new Date((detail.match(/\d{4}-\d\d-\d\dT[\d:.]+Z/) as RegExpMatchArray)[0]).getTime() - Date.now();

  it('locks out only the client that guessed: the owner signs in from elsewhere; an admin unlock clears it', async () => {
    await createUserAs(t, admin, { username: 'target', roles: ['agent'] });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await attempt('target', `guess${i}xx`, '10.1.1.1')).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    expect((await attempt('target', 'Passw0rd!', '10.1.1.1')).statusCode).toBe(423);
    expect((await attempt('target', 'Passw0rd!', '10.2.2.2')).statusCode).toBe(200);

    const user = (await t.call(admin, { method: 'GET', url: '/api/v1/users?q=target' })).json().items[0];
    expect(user.locked).toBe(true);
    await t.call(admin, { method: 'PATCH', url: `/api/v1/users/${user.id}`, payload: { unlock: true } });
    expect((await t.call(admin, { method: 'GET', url: `/api/v1/users/${user.id}` })).json().locked).toBe(
      false,
    );
    expect((await attempt('target', 'Passw0rd!', '10.1.1.1')).statusCode).toBe(200);
  });

  it('answers an unknown username exactly as a real one, lock included', async () => {
    await createUserAs(t, admin, { username: 'realone', roles: ['agent'] });
    const answers = async (username: string) => {
      const out = [];
      for (let i = 0; i < 6; i++) {
        const r = await attempt(username, `guess${i}xx`, '10.3.3.3');
        out.push([r.statusCode, r.json().code, r.json().detail.replace(/\d{4}-[\d\-T:.]+Z/, '…')]);
      }
      return out;
    };
    const real = await answers('realone');
    expect(await answers('nobody.here')).toEqual(real);
    expect(real.map((a) => a[0])).toEqual([401, 401, 401, 401, 423, 423]);
    const failures = (
      await t.call(admin, { method: 'GET', url: '/api/v1/audit-events?action=auth.login_failed&limit=500' })
    ).json().items;
    expect(
      failures.find((e: { details: { username: string } }) => e.details.username === 'nobody.here'),
    ).toMatchObject({ targetId: null, details: { knownUser: false } });
  });

  it('locks the account for unknown clients after 50 failures from many; the owner at a known client lifts it', {
    timeout: 120_000,
  }, async () => {
    const id = await createUserAs(t, admin, { username: 'sprayed', roles: ['agent'] });
    expect((await attempt('sprayed', 'Passw0rd!', '10.9.9.9')).statusCode).toBe(200);
    const spray = async (round: number) => {
      for (let ip = 0; ip < 10; ip++) {
        for (let i = 0; i < 5; i++) await attempt('sprayed', `spray${i}x`, `10.${round}.0.${ip}`);
      }
    };
    await spray(50);
    const stranger = await attempt('sprayed', 'Passw0rd!', '10.60.0.1');
    expect(stranger.statusCode).toBe(423);
    expect(untilIn(stranger.json().detail)).toBeGreaterThan(59 * 60_000);
    // The owner's computer has signed in before: it still gets in, and that proves the account is theirs.
    expect((await attempt('sprayed', 'Passw0rd!', '10.9.9.9')).statusCode).toBe(200);
    expect((await attempt('sprayed', 'Passw0rd!', '10.60.0.1')).statusCode).toBe(200);
    // The guessing clients stay locked out on their own.
    expect((await attempt('sprayed', 'Passw0rd!', '10.50.0.3')).statusCode).toBe(423);

    await spray(70);
    expect((await attempt('sprayed', 'Passw0rd!', '10.80.0.1')).statusCode).toBe(423);
    await t.call(admin, { method: 'PATCH', url: `/api/v1/users/${id}`, payload: { unlock: true } });
    expect((await attempt('sprayed', 'Passw0rd!', '10.80.0.1')).statusCode).toBe(200);
  });

  it('does not let a disabled user sign in, and ends their sessions', async () => {
    const id = await createUserAs(t, admin, { username: 'leaver', roles: ['agent'] });
    const cookie = await t.login('leaver', 'Passw0rd!');
    await t.call(admin, { method: 'PATCH', url: `/api/v1/users/${id}`, payload: { status: 'disabled' } });
    expect((await me(cookie)).statusCode).toBe(401);
    const again = await t.call(undefined, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'leaver', password: 'Passw0rd!' },
    });
    expect(again.statusCode).toBe(403);
    expect(again.json().detail).toContain('停用');
  });

  it('signs out: the old cookie no longer works', async () => {
    const cookie = await t.login('admin', TEST_ADMIN_PASSWORD);
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await t.call(cookie, { method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
  });
});

describe('password change', () => {
  it('checks the current password, the policy, and signs out other sessions', async () => {
    await createUserAs(t, admin, { username: 'changer', roles: ['agent'], temporaryPassword: true });
    const first = await t.login('changer', 'Passw0rd!');
    const second = await t.login('changer', 'Passw0rd!');
    expect((await me(first)).json().mustChangePassword).toBe(true);

    const wrong = await t.call(first, {
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'nope', newPassword: 'abc' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ field: 'currentPassword', message: '当前密码不正确' }]);

    const weak = await t.call(first, {
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'Passw0rd!', newPassword: 'onlyletters' },
    });
    expect(weak.json().errors).toEqual([{ field: 'newPassword', message: '须同时包含字母和数字' }]);

    const ok = await t.call(first, {
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'Passw0rd!', newPassword: 'NewSecret123' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await me(first)).json().mustChangePassword).toBe(false);
    expect((await me(second)).statusCode).toBe(401);
    await expect(t.login('changer', 'Passw0rd!')).rejects.toThrow(/401/);
    expect(await t.login('changer', 'NewSecret123')).toBeTruthy();
  });
});

describe('temporary password', () => {
  it('serves nothing but /me, the password change and sign-out until the temporary password is changed', async () => {
    const id = await createUserAs(t, admin, {
      username: 'newbie',
      roles: ['agent'],
      temporaryPassword: true,
    });
    const cookie = await t.login('newbie', 'Passw0rd!');
    expect((await me(cookie)).json().mustChangePassword).toBe(true);

    const contacts = await t.call(cookie, { method: 'GET', url: '/api/v1/customers' });
    expect(contacts.statusCode).toBe(403);
    expect(contacts.headers['content-type']).toContain('application/problem+json');
    expect(contacts.json()).toMatchObject({
      code: 'password_change_required',
      detail: '请先修改初始密码（或被重置的密码），然后才能继续使用系统',
    });
    const english = await t.call(cookie, {
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: { 'accept-language': 'en' },
      payload: { name: 'before changing' },
    });
    expect(english.statusCode).toBe(403);
    expect(english.json().detail).toBe(
      'Change your temporary password first; nothing else is available until you do',
    );
    expect((await t.call(cookie, { method: 'GET', url: '/api/v1/auth/tokens' })).statusCode).toBe(403);

    const changed = await t.call(cookie, {
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'Passw0rd!', newPassword: 'MyOwn2024x' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await t.call(cookie, { method: 'GET', url: '/api/v1/customers' })).statusCode).toBe(200);

    // An administrator's reset puts the account back in the same state.
    await t.call(admin, { method: 'PATCH', url: `/api/v1/users/${id}`, payload: { password: 'Reset2024x' } });
    const again = await t.login('newbie', 'Reset2024x');
    expect((await t.call(again, { method: 'GET', url: '/api/v1/customers' })).json().code).toBe(
      'password_change_required',
    );
    expect((await t.call(again, { method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
  });
});

describe('personal API tokens', () => {
  it('carry the owner permissions and stop working when revoked', async () => {
    await createUserAs(t, admin, { username: 'scripter', roles: ['executive'] });
    const cookie = await t.login('scripter', 'Passw0rd!');
    const created = await t.call(cookie, {
      method: 'POST',
      url: '/api/v1/auth/tokens',
      payload: { name: '夜间同步' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix } = created.json();
    expect(token).toMatch(/^hf_/);
    expect(token.startsWith(prefix)).toBe(true);

    const bearer = { authorization: `Bearer ${token}` };
    expect((await me(undefined, bearer)).json()).toMatchObject({ username: 'scripter' });
    expect(
      (await t.call(undefined, { method: 'GET', url: '/api/v1/audit-events', headers: bearer })).statusCode,
    ).toBe(200);
    expect(
      (await t.call(undefined, { method: 'GET', url: '/api/v1/users', headers: bearer })).statusCode,
    ).toBe(403);

    const listed = (await t.call(cookie, { method: 'GET', url: '/api/v1/auth/tokens' })).json();
    expect(JSON.stringify(listed)).not.toContain(token);
    expect((await t.call(cookie, { method: 'DELETE', url: `/api/v1/auth/tokens/${id}` })).statusCode).toBe(
      204,
    );
    expect((await me(undefined, bearer)).statusCode).toBe(401);
    expect((await t.call(cookie, { method: 'DELETE', url: `/api/v1/auth/tokens/${id}` })).statusCode).toBe(
      404,
    );
  });

  const newToken = async (cookie: string, name: string) =>
    (await t.call(cookie, { method: 'POST', url: '/api/v1/auth/tokens', payload: { name } })).json() as {
      id: number;
      token: string;
    };

  it('cannot create tokens or manage the others: that needs a signed-in session', async () => {
    await createUserAs(t, admin, { username: 'minter', roles: ['agent'] });
    const cookie = await t.login('minter', 'Passw0rd!');
    const first = await newToken(cookie, 'first');
    const second = await newToken(cookie, 'second');
    const bearer = { authorization: `Bearer ${first.token}` };
    const minted = await t.call(undefined, {
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: bearer,
      payload: { name: 'offspring' },
    });
    expect(minted.statusCode).toBe(403);
    expect(minted.json()).toMatchObject({
      code: 'session_required',
      detail: '此操作须登录后在页面上完成，不能使用 API 令牌',
    });
    const listed = await t.call(undefined, { method: 'GET', url: '/api/v1/auth/tokens', headers: bearer });
    expect(listed.statusCode).toBe(403);
    const other = await t.call(undefined, {
      method: 'DELETE',
      url: `/api/v1/auth/tokens/${second.id}`,
      headers: bearer,
    });
    expect(other.json().code).toBe('session_required');
    const password = await t.call(undefined, {
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: bearer,
      payload: { currentPassword: 'Passw0rd!', newPassword: 'Stolen2024x' },
    });
    expect(password.json().code).toBe('session_required');
    // A script may retire the token it runs with.
    const self = await t.call(undefined, {
      method: 'DELETE',
      url: `/api/v1/auth/tokens/${first.id}`,
      headers: bearer,
    });
    expect(self.statusCode).toBe(204);
    expect((await me(undefined, bearer)).statusCode).toBe(401);
    expect((await me(undefined, { authorization: `Bearer ${second.token}` })).statusCode).toBe(200);
  });

  it('all stop working when the owner changes the password or an administrator resets it (audited)', async () => {
    const id = await createUserAs(t, admin, { username: 'rotator', roles: ['agent'] });
    let cookie = await t.login('rotator', 'Passw0rd!');
    const before = [await newToken(cookie, 'a'), await newToken(cookie, 'b')];
    const changed = await t.call(cookie, {
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'Passw0rd!', newPassword: 'Rotated2024x' },
    });
    expect(changed.statusCode).toBe(204);
    for (const { token } of before) {
      expect((await me(undefined, { authorization: `Bearer ${token}` })).statusCode).toBe(401);
    }
    const list = (await t.call(cookie, { method: 'GET', url: '/api/v1/auth/tokens' })).json().items;
    expect(list.every((tk: { revokedAt: string | null }) => tk.revokedAt !== null)).toBe(true);

    const after = await newToken(cookie, 'c');
    await t.call(admin, { method: 'PATCH', url: `/api/v1/users/${id}`, payload: { password: 'Reset2024x' } });
    expect((await me(undefined, { authorization: `Bearer ${after.token}` })).statusCode).toBe(401);

    const events = (
      await t.call(admin, {
        method: 'GET',
        url: `/api/v1/audit-events?action=auth.tokens_revoked&targetType=user&targetId=${id}`,
      })
    ).json().items;
    expect(events.map((e: { details: object }) => e.details)).toEqual([
      { count: 1, reason: 'password_reset' },
      { count: 2, reason: 'password_changed' },
    ]);
    cookie = await t.login('rotator', 'Reset2024x');
    expect((await me(cookie)).json().mustChangePassword).toBe(true);
  });

  it('stop working while the owner is disabled', async () => {
    const id = await createUserAs(t, admin, { username: 'paused', roles: ['agent'] });
    const { token } = await newToken(await t.login('paused', 'Passw0rd!'), 'sync');
    await t.call(admin, { method: 'PATCH', url: `/api/v1/users/${id}`, payload: { status: 'disabled' } });
    expect((await me(undefined, { authorization: `Bearer ${token}` })).statusCode).toBe(401);
  });

  it('rejects an unknown bearer token', async () => {
    expect((await me(undefined, { authorization: 'Bearer hf_madeup' })).statusCode).toBe(401);
  });
});

describe('cross-site request protection', () => {
  it('refuses a cookie-authenticated write that a browser marks cross-site', async () => {
    const response = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/departments',
      headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      payload: { name: '钓鱼部' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('cross_site');
    const foreignOrigin = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/departments',
      headers: { origin: 'https://evil.example' },
      payload: { name: '钓鱼部' },
    });
    expect(foreignOrigin.statusCode).toBe(403);
    const sameOrigin = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/departments',
      headers: { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:80' },
      payload: { name: '同源部' },
    });
    expect(sameOrigin.statusCode).toBe(201);
  });

  it('sends security headers', async () => {
    const response = await me(admin);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-request-id']).toBeTruthy();
  });
});
