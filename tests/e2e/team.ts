import { adminCookie, apiAs, cookieOf } from './browser.ts';

/**
 * A browser test's own team: a top-level department made on first use (sorted last, so that the departments test
 * sees the tree it expects and journeys that take the second department still get 客户服务部), and its members,
 * each ready to sign in with `password`.
 */
export function team(name: string, sortOrder: number, password: string) {
  let teamId: Promise<number> | undefined;
  const department = async () =>
    (await apiAs(await adminCookie(), 'POST', '/api/v1/departments', { name, parentId: null, sortOrder }))
      .id as number;
  return async (username: string, displayName: string, roles: string[], supervisorId?: number) => {
    teamId ??= department();
    const user = await apiAs(await adminCookie(), 'POST', '/api/v1/users', {
      username,
      displayName,
      password: 'Initial123',
      departmentId: await teamId,
      roles,
      supervisorId: supervisorId ?? null,
    });
    const first = await cookieOf(username, 'Initial123');
    await apiAs(first, 'POST', '/api/v1/auth/password', {
      currentPassword: 'Initial123',
      newPassword: password,
    });
    return user.id as number;
  };
}
