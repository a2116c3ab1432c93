import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { nextTick } from '../../../domain/cron.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import type { JobDefinition } from '../../jobs/definition.ts';
import type { JobRunner } from '../../jobs/runner.ts';
import { recordAudit } from '../audit/service.ts';
import * as repo from './repository.ts';

const JOB = { zh: '后台任务', en: 'Background job' };
/** Failures listed per job on 后台任务. */
const RECENT_FAILURES = 5;

function runJson(row: repo.RunRow) {
  return {
    jobId: row.job_id,
    attempt: row.attempt,
    trigger: row.trigger,
    asOf: row.as_of.toISOString(),
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    durationMs: row.finished_at ? row.finished_at.getTime() - row.started_at.getTime() : null,
    outcome: row.outcome,
    error: row.error,
  };
}

/** Every job with its schedule, next and last run, and its recent failures with their errors. */
export async function listJobs(db: Kysely<Database>, ctx: RequestContext, jobs: JobRunner, now: Date) {
  requirePermission(ctx.actor, 'jobs.manage');
  const names = jobs.definitions.map((d) => d.name);
  const [latest, failures] = await Promise.all([
    repo.latestRuns(db, names),
    repo.recentFailures(db, names, RECENT_FAILURES),
  ]);
  return jobs.definitions.map((d) => {
    const last = latest.find((r) => r.job_name === d.name);
    return {
      name: d.name,
      labelZh: d.label.zh,
      labelEn: d.label.en,
      cron: d.cron,
      timeZone: jobs.timeZone,
      retryLimit: d.retryLimit,
      nextRunAt: nextTick(d.cron, jobs.timeZone, now).toISOString(),
      lastRun: last ? runJson(last) : null,
      recentFailures: failures.filter((r) => r.job_name === d.name).map(runJson),
    };
  });
}

/**
 * Runs a job now, as of `asOf` (default: now). Most jobs are queued for whichever instance has workers (the
 * request and the queued job are committed together: 202); a job that runs in the request answers with what it
 * did (200).
 */
export async function runNow(
  db: Kysely<Database>,
  ctx: RequestContext,
  jobs: JobRunner,
  name: string,
  asOf: Date,
  log: FastifyBaseLogger,
): Promise<{ name: string; jobId: string; asOf: string; result?: Record<string, number> }> {
  requirePermission(ctx.actor, 'jobs.manage');
  const definition = jobs.find(name);
  if (!definition) throw notFound(JOB);
  if (definition.runsInRequest) return runInRequest(db, ctx, definition, asOf, log, jobs);
  await jobs.ensureStarted(); // before the transaction: on PGlite it would wait for the transaction's connection
  const jobId = await db.transaction().execute(async (trx) => {
    const id = await jobs.enqueueRun(trx, name, asOf);
    // A string, as the details are stored: the audit hash of a Date would not match the stored event.
    await recordAudit(
      trx,
      ctx,
      'jobs.run_requested',
      { type: 'job', id: name },
      { asOf: asOf.toISOString(), jobId: id },
    );
    return id;
  });
  jobs.wake(name);
  return { name, jobId, asOf: asOf.toISOString() };
}

async function runInRequest(
  db: Kysely<Database>,
  ctx: RequestContext,
  definition: JobDefinition,
  asOf: Date,
  log: FastifyBaseLogger,
  runner: Pick<JobRunner, 'timeZone' | 'mail' | 'attachmentsDir'>,
) {
  const jobId = randomUUID();
  const details = { asOf: asOf.toISOString(), jobId };
  await db
    .transaction()
    .execute((trx) =>
      recordAudit(trx, ctx, 'jobs.run_requested', { type: 'job', id: definition.name }, details),
    );
  const runId = await repo.startRun(db, {
    jobName: definition.name,
    jobId,
    attempt: 1,
    trigger: 'manual',
    asOf,
  });
  let result: Record<string, number>;
  try {
    result =
      (await definition.handler(asOf, {
        db,
        log: log.child({ job: definition.name }),
        attempt: 1,
        timeZone: runner.timeZone,
        mail: runner.mail,
        attachmentsDir: runner.attachmentsDir,
      })) ?? {};
  } catch (error) {
    await repo.finishRun(
      db,
      runId,
      'failed',
      error instanceof Error ? error.message.slice(0, 2000) : String(error),
    );
    throw error;
  }
  await repo.finishRun(db, runId, 'succeeded', null);
  return { name: definition.name, jobId, asOf: asOf.toISOString(), result };
}
