import { type Kysely, sql } from 'kysely';
import type { JobTrigger } from '../../../domain/jobs/trigger.ts';
import type { Database } from '../../db/schema.ts';

/** How often a run of a job was started and how it ended (job_runs, one row per attempt). */
export interface RunStart {
  jobName: string;
  jobId: string;
  attempt: number;
  trigger: JobTrigger;
  asOf: Date;
}

/**
 * Records an attempt as running. An earlier attempt of the same pg-boss job still marked running never
 * finished (its instance stopped or it ran past its expiry, and pg-boss handed the job out again): it is
 * closed as interrupted.
 */
export async function startRun(db: Kysely<Database>, run: RunStart): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('job_runs')
      .set({ outcome: 'interrupted', finished_at: sql<Date>`now()` })
      .where('job_id', '=', run.jobId)
      .where('outcome', '=', 'running')
      .execute();
    const { id } = await trx
      .insertInto('job_runs')
      .values({
        job_name: run.jobName,
        job_id: run.jobId,
        attempt: run.attempt,
        trigger: run.trigger,
        as_of: run.asOf,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  });
}

export async function finishRun(
  db: Kysely<Database>,
  id: number,
  outcome: 'succeeded' | 'failed',
  error: string | null,
): Promise<void> {
  await db
    .updateTable('job_runs')
    .set({ outcome, error, finished_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

const RUN_COLUMNS = [
  'job_name',
  'job_id',
  'attempt',
  'trigger',
  'as_of',
  'started_at',
  'finished_at',
  'outcome',
  'error',
] as const;

/** Each job's newest attempt. */
export async function latestRuns(db: Kysely<Database>, jobNames: string[]) {
  if (jobNames.length === 0) return [];
  return db
    .selectFrom('job_runs')
    .distinctOn('job_name')
    .select(RUN_COLUMNS)
    .where('job_name', 'in', jobNames)
    .orderBy('job_name')
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Up to `perJob` newest failed or interrupted attempts of each job. */
export async function recentFailures(db: Kysely<Database>, jobNames: string[], perJob: number) {
  if (jobNames.length === 0) return [];
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('job_runs')
        .select(RUN_COLUMNS)
        .select(
          sql<number>`row_number() over (partition by job_name order by started_at desc, id desc)`.as('n'),
        )
        .where('job_name', 'in', jobNames)
        .where('outcome', 'in', ['failed', 'interrupted'])
        .as('f'),
    )
    .select(RUN_COLUMNS)
    .where('n', '<=', perJob)
    .orderBy('job_name')
    .orderBy('started_at', 'desc')
    .execute();
}

/** Forgets attempts started before the cutoff, except each job's newest (its last run stays on show). */
export async function deleteRunsBefore(db: Kysely<Database>, cutoff: Date): Promise<number> {
  const result = await db
    .deleteFrom('job_runs as r')
    .where('r.started_at', '<', cutoff)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('job_runs as n')
          .select('n.id')
          .whereRef('n.job_name', '=', 'r.job_name')
          .whereRef('n.started_at', '>', 'r.started_at'),
      ),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export type RunRow = Awaited<ReturnType<typeof latestRuns>>[number];
