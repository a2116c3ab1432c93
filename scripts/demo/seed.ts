import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/server/db/connection.ts';
import { demoCustomers } from './customers.ts';
import { seedFollowups } from './followups.ts';
import { seedIssues } from './issues.ts';
import { DEMO_PASSWORD, DEMO_SUB_DEPARTMENTS, DEMO_USERS } from './organisation.ts';
import { seedRequests } from './requests.ts';

async function call(
  app: FastifyInstance,
  cookie: string,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
) {
  const response = await app.inject({ method, url, payload, headers: { cookie } });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Fills an empty demo database through the real API, so demo data obeys every rule real data does. */
export async function seedDemo(
  app: FastifyInstance,
  database: DatabaseHandle,
  adminPassword = DEMO_PASSWORD,
): Promise<boolean> {
  const already = await database.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'wangzong')
    .executeTakeFirst();
  if (already) return false;

  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password: adminPassword },
  });
  const cookie = `huifang_session=${login.cookies.find((c) => c.name === 'huifang_session')?.value}`;

  const departmentId = new Map<string, number>();
  for (const d of (await call(app, cookie, 'GET', '/api/v1/departments')).items)
    departmentId.set(d.name, d.id);
  for (const sub of DEMO_SUB_DEPARTMENTS) {
    const created = await call(app, cookie, 'POST', '/api/v1/departments', {
      name: sub.name,
      parentId: departmentId.get(sub.parent),
    });
    departmentId.set(sub.name, created.id);
  }

  const userId = new Map<string, number>();
  for (const user of DEMO_USERS) {
    const created = await call(app, cookie, 'POST', '/api/v1/users', {
      username: user.username,
      displayName: user.displayName,
      password: DEMO_PASSWORD,
      departmentId: departmentId.get(user.department),
      roles: user.roles,
      supervisorId: user.supervisor ? userId.get(user.supervisor) : undefined,
    });
    userId.set(user.username, created.id);
  }
  // Demo accounts are for looking around: skip the first-sign-in password change (before the account
  // managers below create their customers: until it is changed the API serves nothing else).
  await sql`update users set must_change_password = false`.execute(database.db);
  await seedCustomers(app, userId);
  const caller = sessionCaller(app, adminPassword);
  await seedFollowups(database, caller);
  await seedIssues(database, caller);
  await seedRequests(database, caller);
  return true;
}

/** Calls the API as a demo user by name (signed in once each). */
function sessionCaller(app: FastifyInstance, adminPassword: string) {
  const cookies = new Map<string, Promise<string>>();
  const cookieOf = (username: string) => {
    let cookie = cookies.get(username);
    if (!cookie) {
      cookie = app
        .inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username, password: username === 'admin' ? adminPassword : DEMO_PASSWORD },
        })
        .then((login) => `huifang_session=${login.cookies.find((c) => c.name === 'huifang_session')?.value}`);
      cookies.set(username, cookie);
    }
    return cookie;
  };
  return async (username: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, payload, headers: { cookie: await cookieOf(username) } });
}

export const DEMO_CUSTOMER_COUNT = 300;

/** Customers owned by the demo account managers, created as each of them would. */
async function seedCustomers(app: FastifyInstance, userId: Map<string, number>) {
  const managers = DEMO_USERS.filter((u) => u.roles.includes('account_manager')).map((u) => u.username);
  const cookies = new Map<string, string>();
  for (const username of managers) {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    cookies.set(
      username,
      `huifang_session=${login.cookies.find((c) => c.name === 'huifang_session')?.value}`,
    );
  }
  const agents = DEMO_USERS.filter((u) => u.roles.includes('agent')).map((u) => userId.get(u.username));
  for (const [i, customer] of demoCustomers(DEMO_CUSTOMER_COUNT).entries()) {
    const owner = managers[customer.ownerIndex % managers.length] as string;
    const { ownerIndex: _o, transactions, contract, serviceEvents, ...body } = customer;
    const cookie = cookies.get(owner) as string;
    const created = (await call(app, cookie, 'POST', '/api/v1/customers', {
      ...body,
      firstCooperationOn: transactions.length > 0 ? '2019-03-01' : null,
      agentId: agents[i % agents.length],
      allowDuplicate: true,
    })) as { id: number };
    const customerId = created.id;
    for (const sale of transactions)
      await call(app, cookie, 'POST', '/api/v1/transactions', { customerId, ...sale });
    if (contract) await call(app, cookie, 'POST', '/api/v1/contracts', { customerId, ...contract });
    for (const event of serviceEvents) {
      await call(app, cookie, 'POST', '/api/v1/service-events', { customerId, ...event });
    }
  }
}
