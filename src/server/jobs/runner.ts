import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { CompiledQuery, type Transaction } from 'kysely';
import PgBoss from 'pg-boss';
import { assertCron, latestTick } from '../../domain/cron.ts';
import type { JobTrigger } from '../../domain/jobs/trigger.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { finishRun, startRun } from '../modules/jobs/repository.ts';
import type { MailSettings } from '../modules/notifications/mail.ts';
import type { JobDefinition } from './definition.ts';

/**
 * Background jobs on pg-boss, on PGlite and PostgreSQL alike: every statement goes through the application's
 * own pool (DatabaseHandle.executeSql), so on PGlite's single connection pg-boss waits for an application
 * transaction instead of slipping into it.
 *
 * Scheduling is ours, not pg-boss's cron: pg-boss's scheduled job does not say which tick it is for, and it
 * tells ticks apart by a 60-second bucket of the clock. Here every working instance looks for due ticks
 * every 20 seconds and enqueues each under a job id derived from the job's name and the scheduled minute,
 * so a tick enqueued again (by this instance or another) is the same row and is dropped; pg-boss hands a job
 * to one worker only, and the queue's `singleton` policy keeps one run of a job active at a time across all
 * instances. The handler gets the tick's minute as its "as of" time.
 */

export interface RunnerOptions {
  definitions: readonly JobDefinition[];
  timeZone: string;
  log: FastifyBaseLogger;
  /** SMTP settings handed to the jobs (the mail sender). */
  mail?: MailSettings | null;
  /** Issue attachments' directory, handed to the jobs (the cleanup of files nothing points at). */
  attachmentsDir: string;
  /** How often an idle worker asks for work (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** How often a working instance looks for due ticks. */
  tickIntervalMs?: number;
  /** false: run what is enqueued (立即运行) but enqueue no scheduled ticks (tests that must not race the clock). */
  scheduling?: boolean;
}

export interface JobRunner {
  readonly definitions: readonly JobDefinition[];
  readonly timeZone: string;
  readonly mail: MailSettings | null;
  readonly attachmentsDir: string;
  find(name: string): JobDefinition | undefined;
  /** Starts pg-boss; with workers this instance also enqueues due ticks and runs jobs. */
  start(options: { workers: boolean }): Promise<void>;
  /** Starts pg-boss to enqueue only, unless already started (an app built without start, as in tests). */
  ensureStarted(): Promise<void>;
  /** Enqueues every job's latest tick at or before `at`, if it is at most 10 minutes old. */
  tick(at: Date): Promise<void>;
  /** Enqueues one tick of one job; null when that tick was already enqueued (here or elsewhere). */
  enqueueTick(name: string, tick: Date): Promise<string | null>;
  /**
   * Enqueues a run inside the caller's transaction (committed with its audit event, or with the import that
   * queues it): by hand unless said otherwise.
   */
  enqueueRun(trx: Transaction<Database>, name: string, asOf: Date, trigger?: JobTrigger): Promise<string>;
  /** Lets this instance's worker for the job look for work now rather than at its next poll. */
  wake(name: string): void;
  stop(): Promise<void>;
}

interface JobData {
  asOf: string;
  trigger: JobTrigger;
}

/** A tick missed by up to this much (all instances restarting, a long pause) is still run. */
const CATCH_UP_MS = 10 * 60_000;
const MAX_ERROR_CHARS = 2000;
/** PostgreSQL's SQLSTATE for a transaction aborted to break a deadlock. */
const DEADLOCK = '40P01';

/** A UUID (version 5 layout) from the job and its scheduled minute: the same on every instance. */
export function tickJobId(name: string, tick: Date): string {
  const hex = createHash('sha1').update(`huifang.job:${name}:${tick.toISOString()}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Runs a statement again when PostgreSQL aborted it to break a deadlock. Instances starting or ticking at once
 * race on the same rows (pg-boss's create_queue, the same tick's job row); a short random pause lets one go first.
 */
async function retryOnDeadlock<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
    }
  }
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.slice(0, MAX_ERROR_CHARS);
}

/** pg-boss's database interface inside an application transaction. */
function inTransaction(trx: Transaction<Database>): PgBoss.Db {
  return { executeSql: (text, values) => trx.executeQuery(CompiledQuery.raw(text, values ?? [])) };
}

export function createJobRunner(database: DatabaseHandle, options: RunnerOptions): JobRunner {
  const { definitions, timeZone, log } = options;
  for (const d of definitions) assertCron(d.cron, timeZone);
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const workerIds = new Map<string, string>();
  const inFlight = new Set<Promise<unknown>>();
  let boss: PgBoss | undefined;
  let starting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  // Every pg-boss statement, counted so that stop() can wait for a poll still on its way.
  const db: PgBoss.Db = {
    executeSql(text, values) {
      if (stopping) return Promise.reject(new Error('job runner stopped'));
      const query = database.executeSql(text, values) as Promise<{ rows: unknown[] }>;
      inFlight.add(query);
      void query.finally(() => inFlight.delete(query)).catch(() => {});
      return query;
    },
  };

  const sendOptions = (d: JobDefinition): PgBoss.SendOptions => ({
    retryLimit: d.retryLimit,
    retryDelay: d.retryDelaySeconds ?? 60,
    retryBackoff: d.retryBackoff,
    expireInSeconds: d.expireInSeconds ?? 15 * 60,
  });

  const started = (): PgBoss => {
    if (!boss) throw new Error('job runner not started');
    return boss;
  };

  const must = (name: string): JobDefinition => {
    const d = byName.get(name);
    if (!d) throw new Error(`unknown job ${name}`);
    return d;
  };

  const handle = (d: JobDefinition) => async (jobs: PgBoss.JobWithMetadata<JobData>[]) => {
    for (const job of jobs) {
      const asOf = new Date(job.data.asOf);
      const attempt = job.retryCount + 1;
      const runId = await startRun(database.db, {
        jobName: d.name,
        jobId: job.id,
        attempt,
        trigger: job.data.trigger,
        asOf,
      });
      try {
        await d.handler(asOf, {
          db: database.db,
          log: log.child({ job: d.name }),
          attempt,
          timeZone,
          mail: options.mail ?? null,
          attachmentsDir: options.attachmentsDir,
        });
      } catch (error) {
        log.warn({ err: error, job: d.name, asOf, attempt }, 'background job failed');
        await finishRun(database.db, runId, 'failed', errorText(error));
        throw error; // pg-boss retries it (or marks it failed after the last retry)
      }
      await finishRun(database.db, runId, 'succeeded', null);
    }
  };

  const runner: JobRunner = {
    definitions,
    mail: options.mail ?? null,
    attachmentsDir: options.attachmentsDir,
    timeZone,
    find: (name) => byName.get(name),

    start({ workers }) {
      if (starting) throw new Error('job runner already started');
      const attempt = (async () => {
        // Our 0012 migration created pg-boss's schema; `migrate` upgrades it after a pg-boss upgrade.
        boss = new PgBoss({ db, migrate: true, schedule: false, supervise: workers });
        boss.on('error', (error) => log.warn({ err: error }, 'job runner error'));
        await boss.start();
        for (const d of definitions) {
          await retryOnDeadlock(() => started().createQueue(d.name, { name: d.name, policy: 'singleton' }));
        }
        if (!workers) return;
        const work = {
          batchSize: 1,
          includeMetadata: true as const,
          pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
        };
        for (const d of definitions) workerIds.set(d.name, await boss.work<JobData>(d.name, work, handle(d)));
        if (options.scheduling === false) return;
        const tickNow = () =>
          runner.tick(new Date()).catch((error) => log.warn({ err: error }, 'job scheduling failed'));
        void tickNow();
        timer = setInterval(tickNow, options.tickIntervalMs ?? 20_000);
        timer.unref();
      })();
      // A failed start leaves nothing running, and a later ensureStarted() tries again.
      starting = attempt.catch(async (error) => {
        const failed = boss;
        boss = undefined;
        starting = undefined;
        workerIds.clear();
        await failed?.stop({ graceful: false, wait: true }).catch(() => {});
        throw error;
      });
      return starting;
    },

    ensureStarted() {
      return starting ?? runner.start({ workers: false });
    },

    async tick(at) {
      for (const d of definitions) {
        const tick = latestTick(d.cron, timeZone, at);
        if (at.getTime() - tick.getTime() <= CATCH_UP_MS) await runner.enqueueTick(d.name, tick);
      }
    },

    async enqueueTick(name, tick) {
      const data: JobData = { asOf: tick.toISOString(), trigger: 'schedule' };
      return retryOnDeadlock(() =>
        started().send(name, data, { ...sendOptions(must(name)), id: tickJobId(name, tick) }),
      );
    },

    async enqueueRun(trx, name, asOf, trigger = 'manual') {
      const data: JobData = { asOf: asOf.toISOString(), trigger };
      const id = await started().send(name, data, { ...sendOptions(must(name)), db: inTransaction(trx) });
      if (!id) throw new Error(`job ${name} was not enqueued`);
      return id;
    },

    wake(name) {
      const id = workerIds.get(name);
      if (id && boss) boss.notifyWorker(id);
    },

    stop() {
      stopping ??= (async () => {
        if (timer) clearInterval(timer);
        await starting?.catch(() => {});
        // Lets a running job finish (up to 30 s; after that pg-boss fails it, to be retried elsewhere).
        await boss?.stop({ graceful: true, timeout: 30_000, wait: true });
        await Promise.allSettled([...inFlight]);
      })();
      return stopping;
    },
  };
  return runner;
}
