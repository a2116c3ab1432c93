import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../db/connection.ts';
import { openFileDatabase } from '../test/file-database.ts';
import { defineJob, type JobDefinition } from './definition.ts';
import { createJobRunner, type JobRunner } from './runner.ts';

// Two server instances on one database are two runners, each with its own pool: on PostgreSQL (CI's pass,
// TEST_DATABASE_URL) two real connection pools on one database; on PGlite, which one process opens once, two
// runners on the one handle. Test jobs are scheduled on 29 February only, so the runners' own look at the
// real clock finds no tick, and the tests drive ticks through the runners' API.

const serverUrl = process.env.TEST_DATABASE_URL || undefined;
const TZ = 'Asia/Shanghai';
const log = pino({ level: 'silent' }) as unknown as FastifyBaseLogger;
let database: DatabaseHandle;
let secondInstance: DatabaseHandle;

beforeAll(async () => {
  database = await openFileDatabase();
  secondInstance = database;
  if (serverUrl) {
    const name = (await sql<{ name: string }>`select current_database() as name`.execute(database.db)).rows[0]
      ?.name as string;
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    secondInstance = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  }
});
afterAll(async () => {
  if (secondInstance !== database) await secondInstance?.close();
  await database?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(100);
  }
}

function runner(handle: DatabaseHandle, definitions: JobDefinition[]): JobRunner {
  const created = createJobRunner(handle, {
    definitions,
    timeZone: TZ,
    log,
    pollingIntervalSeconds: 0.5,
    // The test jobs store no files.
    attachmentsDir: '/nonexistent/huifang-attachments',
  });
  onTestFinished(() => created.stop());
  return created;
}

/** A job that notes which instance ran which tick, and how many of its runs overlapped. */
function recorder(name: string) {
  const runs: { instance: string; asOf: string }[] = [];
  let active = 0;
  let mostAtOnce = 0;
  const on = (instance: string) =>
    defineJob({
      name,
      label: { zh: '测试', en: 'Test' },
      cron: '* 3 29 2 *',
      retryLimit: 0,
      retryBackoff: false,
      async handler(asOf) {
        active += 1;
        mostAtOnce = Math.max(mostAtOnce, active);
        await sleep(150);
        runs.push({ instance, asOf: asOf.toISOString() });
        active -= 1;
      },
    });
  return { runs, on, mostAtOnce: () => mostAtOnce };
}

const at = (time: string) => new Date(`2028-02-29T${time}+08:00`);

describe('two instances on one database', () => {
  it('run each tick once, one run of a job at a time, with the scheduled minute as "as of"', async () => {
    const job = recorder('tick-once');
    const a = runner(database, [job.on('a')]);
    const b = runner(secondInstance, [job.on('b')]);
    await Promise.all([a.start({ workers: true }), b.start({ workers: true })]);

    // Both instances find the same five minutes due, twice over, at once.
    const moments = ['03:00:20', '03:01:05', '03:02:59', '03:03:00', '03:04:30'].map(at);
    const ids = await Promise.all(
      moments.flatMap((m) => [a, b, a, b].map((r) => r.enqueueTick('tick-once', latestMinute(m)))),
    );
    expect(ids.filter(Boolean)).toHaveLength(5);
    await Promise.all(moments.flatMap((m) => [a.tick(m), b.tick(m)]));

    await waitFor(() => job.runs.length >= 5);
    await sleep(1500); // three more polls each: a duplicate would have run by now
    expect(job.runs.map((r) => r.asOf).sort()).toEqual(
      ['03:00:00', '03:01:00', '03:02:00', '03:03:00', '03:04:00'].map((t) => at(t).toISOString()),
    );
    expect(job.mostAtOnce()).toBe(1);
    const attempts = await database.db
      .selectFrom('job_runs')
      .select(['outcome', 'trigger'])
      .where('job_name', '=', 'tick-once')
      .execute();
    expect(attempts).toHaveLength(5);
    expect(attempts.every((r) => r.outcome === 'succeeded' && r.trigger === 'schedule')).toBe(true);
  });

  it('catch up a tick missed by up to ten minutes, not an older one', async () => {
    const job = recorder('catch-up');
    const a = runner(database, [job.on('a')]);
    await a.start({ workers: false });
    // 03:59 is the last tick of the day: ten minutes and a second later it is no longer due …
    await a.tick(at('04:09:01'));
    await a.tick(at('04:30:00'));
    expect(await queued(a, at('03:59:00'))).toBe(false);
    // … ten minutes later it still is.
    await a.tick(at('04:09:00'));
    expect(await queued(a, at('03:59:00'))).toBe(true);
  });

  it('an instance without workers queues a run by hand for an instance with workers', async () => {
    const job = recorder('by-hand');
    const web = runner(database, [job.on('web')]);
    await web.start({ workers: false });
    await database.db.transaction().execute((trx) => web.enqueueRun(trx, 'by-hand', at('12:00:00')));
    await sleep(1200);
    expect(job.runs).toEqual([]);

    const worker = runner(secondInstance, [job.on('worker')]);
    await worker.start({ workers: true });
    await waitFor(() => job.runs.length === 1);
    expect(job.runs).toEqual([{ instance: 'worker', asOf: at('12:00:00').toISOString() }]);
  });
});

describe('pg-boss on the application pool', () => {
  it('waits for an application transaction on PGlite instead of running inside it', async () => {
    const job = recorder('isolated');
    const a = runner(database, [job.on('a')]);
    await a.start({ workers: true }); // polling every half second meanwhile
    let queued: Promise<string | null> | undefined;
    let doneInside = false;
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        queued = a.enqueueTick('isolated', at('03:30:00'));
        void queued.then(() => {
          doneInside = true;
        });
        await sleep(1200);
        // PGlite has one connection, held by this transaction: pg-boss is still waiting for it. PostgreSQL
        // gives pg-boss a connection of its own.
        expect(doneInside).toBe(database.kind === 'postgres');
        await sql`select 1`.execute(trx); // the transaction's connection is still its own
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    // The job was queued outside the rolled-back transaction, so it is there and runs.
    expect(await queued).not.toBeNull();
    await waitFor(() => job.runs.length === 1);
    expect(job.runs[0]?.asOf).toBe(at('03:30:00').toISOString());
  });

  it('rolls back a failed text of statements that opened a transaction, so the application can go on', async () => {
    await expect(database.executeSql('begin; select 1/0; commit;')).rejects.toThrow(/division by zero/);
    const row = await database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    expect(row?.id).toBeGreaterThan(0);
  });
});

/** Whether the tick is in the queue already: enqueuing it again is then refused (and it is queued now). */
async function queued(r: JobRunner, tick: Date): Promise<boolean> {
  return (await r.enqueueTick('catch-up', tick)) === null;
}

/** The minute a moment falls in (what the every-minute test schedule has as its latest tick). */
function latestMinute(moment: Date): Date {
  return new Date(Math.floor(moment.getTime() / 60_000) * 60_000);
}
