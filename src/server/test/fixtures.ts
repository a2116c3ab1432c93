import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from './app-helper.ts';

/**
 * People and customers a test makes for itself, so that it runs alone (`-t`) and a broken rule fails only the
 * tests about it: no test reads what another one left behind.
 */

export interface TestUser {
  id: number;
  username: string;
  /** As the API names the user (createUserAs gives every test user 测试 + username). */
  displayName: string;
  cookie: string;
}

const adminCookies = new WeakMap<TestApp, Promise<string>>();

/** The bootstrap administrator's session in this app, signed in once. */
export function adminCookie(t: TestApp): Promise<string> {
  let cookie = adminCookies.get(t);
  if (!cookie) {
    cookie = t.login('admin', TEST_ADMIN_PASSWORD);
    adminCookies.set(t, cookie);
  }
  return cookie;
}

let usersMade = 0;

/** A new colleague, signed in; the username is `prefix` and a running number, so each call makes another. */
export async function newUser(
  t: TestApp,
  prefix: string,
  roles: string[],
  departmentName: string,
): Promise<TestUser> {
  const username = `${prefix}${++usersMade}`;
  const id = await createUserAs(t, await adminCookie(t), { username, roles, departmentName });
  return { id, username, displayName: `测试${username}`, cookie: await t.login(username, 'Passw0rd!') };
}

type Method = NonNullable<InjectOptions['method']>;

/** A request as `user` (JSON body if given). */
export function callAs(
  t: TestApp,
  user: TestUser,
  method: Method,
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return t.call(user.cookie, { method, url, payload });
}

export interface CreatedCustomer {
  id: number;
  code: string;
  [field: string]: unknown;
}

/** Creates a customer through the API as `owner` (its account manager), or fails the test with the answer. */
export async function newCustomer(
  t: TestApp,
  owner: TestUser,
  input: { name: string } & Record<string, unknown>,
): Promise<CreatedCustomer> {
  const response = await callAs(t, owner, 'POST', '/api/v1/customers', input);
  if (response.statusCode !== 201) {
    throw new Error(`creating customer ${input.name}: ${response.statusCode} ${response.body}`);
  }
  return response.json() as CreatedCustomer;
}
