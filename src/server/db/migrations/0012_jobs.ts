import { type Kysely, sql } from 'kysely';
import PgBoss from 'pg-boss';

/** pg-boss keeps its queues in this schema (src/server/jobs/runner.ts uses the same name). */
export const PG_BOSS_SCHEMA = 'pgboss';

/**
 * pg-boss's own DDL for its current schema version. It comes wrapped in BEGIN … COMMIT; here it runs inside
 * the migration's transaction instead, so it is created once, under the migration lock, before any instance
 * starts pg-boss (which then only checks the version, and migrates its own schema on a later upgrade).
 */
function pgBossConstruction(): string {
  const plan = PgBoss.getConstructionPlans(PG_BOSS_SCHEMA);
  const begin = /^\s*BEGIN;/;
  const commit = /COMMIT;\s*$/;
  if (!begin.test(plan) || !commit.test(plan))
    throw new Error('unexpected shape of pg-boss construction plan');
  return plan.replace(begin, '').replace(commit, '');
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(pgBossConstruction()).execute(db);
  await sql`
    -- One row per attempt of a background job (src/server/jobs): what 后台任务 shows. pg-boss's own tables keep
    -- only a job's last attempt, and archive and drop it on their own schedule.
    create table job_runs (
      id bigint generated always as identity primary key,
      job_name text not null,
      -- the pg-boss job: one per scheduled tick or manual run; its retries share it
      job_id uuid not null,
      attempt integer not null,
      trigger text not null check (trigger in ('schedule', 'manual')),
      as_of timestamptz not null,
      started_at timestamptz not null default now(),
      finished_at timestamptz,
      outcome text not null default 'running'
        check (outcome in ('running', 'succeeded', 'failed', 'interrupted')),
      error text
    );
    create index job_runs_job_idx on job_runs (job_name, started_at desc);
    create index job_runs_failures_idx on job_runs (job_name, started_at desc) where outcome in ('failed', 'interrupted');
    create index job_runs_job_id_idx on job_runs (job_id);

    -- The administrator runs background jobs by hand (src/domain/roles.ts gives new databases the same).
    update roles set permissions = array_append(permissions, 'jobs.manage')
      where key = 'admin' and not ('jobs.manage' = any(permissions));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table job_runs;
    update roles set permissions = array_remove(permissions, 'jobs.manage');
  `.execute(db);
  await sql.raw(`drop schema ${PG_BOSS_SCHEMA} cascade`).execute(db);
}
