import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineJob } from '../../jobs/definition.ts';
import { housekeepingJob } from '../../jobs/housekeeping.ts';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

// The app's runner runs housekeeping and two test jobs, polling every half second, without scheduling ticks:
// housekeeping's hourly tick would otherwise run in a test started within ten minutes after the hour. Every
// run here is one asked for through the API.

let t: TestApp;
const cookies: Record<string, string> = {};
const userIds: Record<string, number> = {};
const seen: string[] = [];
const api = (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.call(cookies[user], { method, url, payload });

const probe = defineJob({
  name: 'probe',
  label: { zh: '测试任务', en: 'Probe' },
  cron: '0 3 29 2 *',
  retryLimit: 0,
  retryBackoff: false,
  async handler(asOf) {
    seen.push(asOf.toISOString());
  },
});

const flaky = defineJob({
  name: 'flaky',
  label: { zh: '总是失败的任务', en: 'Always fails' },
  cron: '0 3 29 2 *',
  retryLimit: 2,
  retryBackoff: true,
  retryDelaySeconds: 1,
  async handler() {
    throw new Error('短信网关超时');
  },
});

interface RunJson {
  attempt: number;
  trigger: string;
  asOf: string;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  outcome: string;
  error: string | null;
}
interface JobJson {
  name: string;
  labelZh: string;
  cron: string;
  nextRunAt: string;
  lastRun: RunJson | null;
  recentFailures: RunJson[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function jobs(): Promise<JobJson[]> {
  const response = await api('admin', 'GET', '/api/v1/jobs');
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

async function waitForJob(name: string, done: (job: JobJson) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await jobs()).find((j) => j.name === name) as JobJson;
    if (done(job)) return job;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${name}: ${JSON.stringify(job)}`);
    await sleep(200);
  }
}

beforeAll(async () => {
  t = await createTestApp(
    {},
    {
      jobs: { definitions: [housekeepingJob, probe, flaky], pollingIntervalSeconds: 0.5, scheduling: false },
    },
  );
  await t.app.jobs.start({ workers: true });
  cookies.admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  for (const [username, role] of [
    ['agent', 'agent'],
    ['boss', 'executive'],
  ] as const) {
    userIds[username] = await createUserAs(t, cookies.admin, {
      username,
      roles: [role],
      departmentName: '销售部',
    });
    cookies[username] = await t.login(username, 'Passw0rd!');
  }
});
afterAll(() => t.close());

describe('后台任务', () => {
  it('lists each job with its schedule and next run in the company time zone', async () => {
    const [housekeeping] = await jobs();
    expect(housekeeping).toMatchObject({
      name: 'housekeeping',
      labelZh: '清理过期会话与登录记录',
      cron: '0 * * * *',
    });
    const next = new Date(housekeeping?.nextRunAt as string);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    expect(next.getUTCMinutes()).toBe(0);
    const probeJob = (await jobs()).find((j) => j.name === 'probe');
    // 03:00 on 29 February in Shanghai is 19:00 UTC on the 28th.
    expect(probeJob?.nextRunAt).toMatch(/-02-28T19:00:00\.000Z$/);
  });

  it('runs housekeeping now: expired sessions go, the run shows as the last run, and it is audited', async () => {
    const agentSessions = () =>
      t.database.db
        .selectFrom('sessions')
        .select('id')
        .where('user_id', '=', userIds.agent as number)
        .execute();
    const live = (await agentSessions()).map((s) => s.id);
    const expired = await t.login('agent', 'Passw0rd!');
    const [expiredId] = (await agentSessions()).map((s) => s.id).filter((id) => !live.includes(id));
    await sql`update sessions set expires_at = now() - interval '1 minute' where id = ${expiredId}`.execute(
      t.database.db,
    );
    const response = await api('admin', 'POST', '/api/v1/jobs/housekeeping/run', {});
    expect(response.statusCode).toBe(202);
    const job = await waitForJob('housekeeping', (j) => j.lastRun?.outcome === 'succeeded');
    expect(job.lastRun).toMatchObject({ trigger: 'manual', attempt: 1, error: null });
    expect(job.lastRun?.durationMs).toBeGreaterThanOrEqual(0);
    expect((await agentSessions()).map((s) => s.id)).toEqual(live); // the expired one is gone, the live one stays
    expect((await t.call(expired, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    expect((await api('agent', 'GET', '/api/v1/auth/me')).statusCode).toBe(200);

    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'target_type', 'target_id', 'details'])
      .where('action', '=', 'jobs.run_requested')
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({ target_type: 'job', target_id: 'housekeeping', details: expect.any(Object) }),
    ]);
    expect(audit[0]?.details).toMatchObject({ asOf: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    // The audit event hashes as it is stored: the chain still verifies.
    const verify = await api('boss', 'GET', '/api/v1/audit-events/verify');
    expect(verify.json()).toMatchObject({ ok: true });
  });

  it('passes the "as of" time asked for to the handler', async () => {
    const asOf = '2027-06-30T23:59:00+08:00';
    const response = await api('admin', 'POST', '/api/v1/jobs/probe/run', { asOf });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({ name: 'probe', asOf: new Date(asOf).toISOString() });
    const job = await waitForJob('probe', (j) => j.lastRun?.outcome === 'succeeded');
    expect(seen).toEqual([new Date(asOf).toISOString()]);
    expect(job.lastRun?.asOf).toBe(new Date(asOf).toISOString());
  });

  it('retries a failing job with growing delays and shows each failure with its error', async () => {
    expect((await api('admin', 'POST', '/api/v1/jobs/flaky/run', {})).statusCode).toBe(202);
    // The last run and the failures are read by two statements: wait until both have seen attempt 3 end.
    const job = await waitForJob(
      'flaky',
      (j) => j.recentFailures.length === 3 && j.lastRun?.attempt === 3 && j.lastRun.outcome !== 'running',
    );
    expect(job.lastRun).toMatchObject({ attempt: 3, outcome: 'failed', error: '短信网关超时' });
    const failures = [...job.recentFailures].reverse();
    expect(failures.map((f) => [f.attempt, f.outcome, f.error])).toEqual([
      [1, 'failed', '短信网关超时'],
      [2, 'failed', '短信网关超时'],
      [3, 'failed', '短信网关超时'],
    ]);
    // Backoff from a 1-second delay: the first retry waits 1–2 s, the second 2–4 s.
    const gap = (i: number) =>
      Date.parse(failures[i]?.startedAt as string) - Date.parse(failures[i - 1]?.finishedAt as string);
    expect(gap(1)).toBeGreaterThanOrEqual(1000);
    expect(gap(2)).toBeGreaterThanOrEqual(2000);
    await sleep(1000);
    expect((await waitForJob('flaky', () => true)).recentFailures).toHaveLength(3); // no fourth attempt
  });

  it('answers an unknown job with 404 in Chinese, and refuses unknown fields and bad times', async () => {
    const unknown = await api('admin', 'POST', '/api/v1/jobs/nonesuch/run', {});
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('后台任务不存在');
    expect((await api('admin', 'POST', '/api/v1/jobs/probe/run', { when: 'now' })).statusCode).toBe(400);
    expect((await api('admin', 'POST', '/api/v1/jobs/probe/run', { asOf: 'yesterday' })).statusCode).toBe(
      400,
    );
  });

  it('is for the administrator only', async () => {
    for (const user of ['agent', 'boss']) {
      expect((await api(user, 'GET', '/api/v1/jobs')).statusCode).toBe(403);
      expect((await api(user, 'POST', '/api/v1/jobs/housekeeping/run', {})).statusCode).toBe(403);
    }
  });
});
