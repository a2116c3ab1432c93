import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type AppOptions, buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import type { RequestContext } from '../http/actor.ts';
import { setAuditChainKey } from '../modules/audit/chain-key.ts';
import { actorForSession } from '../modules/auth/service.ts';
import { deriveAuditChainKey } from '../security/audit-key.ts';
import { createFieldCipher, type FieldCipher } from '../security/field-crypto.ts';
import { openFileDatabase } from './file-database.ts';
import { TEST_ADMIN_PASSWORD, TEST_DATA_KEY } from './test-database.ts';

export { TEST_ADMIN_PASSWORD, TEST_DATA_KEY };

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  /** AUDIT_CHECKPOINT_DIR of this app: a fresh temporary directory unless the test set one. */
  checkpointDir: string;
  /** ATTACHMENTS_DIR of this app: a fresh temporary directory unless the test set one. */
  attachmentsDir: string;
  /** The app's field cipher, for calling a service directly. */
  cipher: FieldCipher;
  /** Signs in and returns the Cookie header value for later requests. */
  login(username: string, password: string): Promise<string>;
  /** Sends a request as the holder of `cookie` (JSON body if given). */
  call(cookie: string | undefined, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * The real app on a fresh copy of the template database, called in-process with inject (DESIGN §6). Its job
 * runner is not started (no polling, no schedule): a test that wants jobs to run calls app.jobs.start, and may
 * give its own jobs and shorter intervals in `jobs`.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { jobs?: AppOptions['jobs'] } = {},
): Promise<TestApp> {
  const database = await openFileDatabase();
  // Each app its own checkpoint directory: never a ./data left by a local server.
  const checkpointDir = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-checkpoint-'));
  const attachmentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-attachments-'));
  const config = loadConfig({
    HUIFANG_WEB_DIR: '',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    AUDIT_CHECKPOINT_DIR: checkpointDir,
    ATTACHMENTS_DIR: attachmentsDir,
    ...env,
  });
  // As start.ts does: both keys derive from the one data key.
  const cipher = createFieldCipher(TEST_DATA_KEY);
  setAuditChainKey(deriveAuditChainKey(TEST_DATA_KEY));
  const app = await buildApp({ config, database, cipher, logger: false, jobs: options.jobs });
  await app.ready();

  const call = (cookie: string | undefined, options: InjectOptions) =>
    app.inject({ ...options, headers: { ...(cookie ? { cookie } : {}), ...options.headers } });

  return {
    app,
    database,
    checkpointDir: config.auditCheckpointDir,
    attachmentsDir: config.attachmentsDir,
    cipher,
    call,
    async login(username, password) {
      const response = await call(undefined, {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
      const setCookie = response.cookies.find((c) => c.name === 'huifang_session');
      if (!setCookie) throw new Error('login set no session cookie');
      return `huifang_session=${setCookie.value}`;
    },
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(checkpointDir, { recursive: true, force: true });
      fs.rmSync(attachmentsDir, { recursive: true, force: true });
    },
  };
}

/**
 * Creates a user through the API as admin and returns their id. The user is ready to work with
 * `password` (default 'Passw0rd!'), unless `temporaryPassword` keeps the first-sign-in state.
 */
export async function createUserAs(
  t: TestApp,
  adminCookie: string,
  user: {
    username: string;
    roles: string[];
    departmentName?: string;
    supervisorId?: number;
    password?: string;
    temporaryPassword?: boolean;
  },
): Promise<number> {
  const departments = (await t.call(adminCookie, { method: 'GET', url: '/api/v1/departments' })).json() as {
    items: { id: number; name: string }[];
  };
  const department = departments.items.find((d) => d.name === (user.departmentName ?? '客户服务部'));
  const response = await t.call(adminCookie, {
    method: 'POST',
    url: '/api/v1/users',
    payload: {
      username: user.username,
      displayName: `测试${user.username}`,
      password: user.password ?? 'Passw0rd!',
      departmentId: department?.id,
      roles: user.roles,
      supervisorId: user.supervisorId,
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`create ${user.username}: ${response.statusCode} ${response.body}`);
  const id = (response.json() as { id: number }).id;
  if (!user.temporaryPassword) {
    // A new account must change its password before the API serves it anything (auth.test.ts covers that
    // path). Tests of other areas want a working colleague with a known password, so the helper clears
    // the flag directly instead of two more sign-ins and Argon2 hashes per user.
    await t.database.db
      .updateTable('users')
      .set({ must_change_password: false })
      .where('id', '=', id)
      .execute();
  }
  return id;
}

/**
 * The request context the holder of `cookie` acts in, for a test that calls a service directly: what the
 * service gives its caller besides the answer (progress reports) never reaches an HTTP response whole.
 */
export async function contextOf(t: TestApp, cookie: string): Promise<RequestContext> {
  const secret = decodeURIComponent(cookie.replace(/^huifang_session=/, ''));
  const actor = await actorForSession(t.database.db, secret, 1);
  if (!actor) throw new Error('no signed-in user holds this cookie');
  return { actor, ip: null };
}
