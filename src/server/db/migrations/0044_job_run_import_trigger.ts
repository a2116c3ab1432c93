import { type Kysely, sql } from 'kysely';

/** A run can be queued by an import (the common name grams after it, migration 0043), not only by hand. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table job_runs drop constraint job_runs_trigger_check;
    alter table job_runs add constraint job_runs_trigger_check check (trigger in ('schedule', 'manual', 'import'));
  `.execute(db);
}

/** Runs an import queued read as run by hand, the nearest trigger there was. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table job_runs drop constraint job_runs_trigger_check;
    update job_runs set trigger = 'manual' where trigger = 'import';
    alter table job_runs add constraint job_runs_trigger_check check (trigger in ('schedule', 'manual'));
  `.execute(db);
}
