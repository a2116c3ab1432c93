/**
 * Follow-up generation (issue 11): the 通用 B2B preset installed on the generated organisation, then runs of the
 * generation job through the API (立即运行 runs it in the request), as a department meets them:
 * - the first run ever, on a Tuesday: this week's plan (whole calendar weeks are planned at once);
 * - the same run again, which must create nothing;
 * - the next day's run (a weekday: the week is planned, only changed customers are looked at);
 * - Sunday's run, which plans the coming week — the heaviest run of a week.
 * The floor of a run that creates tasks is the bare INSERT of the same rows (same table, indexes and foreign
 * keys; rolled back): what any generator must pay to write them.
 */
import { sql } from 'kysely';
import { singleRun } from '../measure.ts';
import type { ResultRow, Workload, WorkloadContext } from '../workload.ts';
import { customerCount, generateCustomers, sessionFor } from './customer-list.ts';

const FIRST = '2026-12-01T09:00:00+08:00';
const NEXT_DAY = '2026-12-02T09:00:00+08:00';
const SUNDAY = '2026-12-06T09:00:00+08:00';

async function post(context: WorkloadContext, cookie: string, path: string, body: object) {
  const started = performance.now();
  const response = await fetch(`${context.baseUrl}${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return { ms: performance.now() - started, json };
}

/** The tasks made since `since` inserted again under other keys, rolled back: the floor of that run. */
async function floorInsert(context: WorkloadContext, since: Date): Promise<number> {
  const started = performance.now();
  await context.db
    .transaction()
    .execute(async (trx) => {
      await sql`
        insert into followup_tasks (customer_id, source_key, rule_id, rule_version, type, method, priority, assignee_id,
          start_at, due_at, proactive, contact_despite_dnc, signature_required, calendar_uncovered)
        select customer_id, 'floor:' || source_key, rule_id, rule_version, type, method, priority, assignee_id,
          start_at, due_at, proactive, contact_despite_dnc, signature_required, calendar_uncovered
        from followup_tasks where created_at >= ${since}
        on conflict (customer_id, source_key) do nothing
      `.execute(trx);
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return performance.now() - started;
}

class RollBack extends Error {}

async function databaseNow(context: WorkloadContext): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`select now() as now`.execute(context.db);
  return new Date(rows[0]?.now as Date);
}

export const followupGeneration: Workload = {
  name: 'followup-generation',
  description:
    "the 通用 B2B preset: the first run, a re-run, the next weekday, and Sunday (next week's plan)",
  async run(context: WorkloadContext): Promise<ResultRow[]> {
    await generateCustomers(context, customerCount(context.kind));
    const cookie = await sessionFor(context, ['admin']);
    const installed = await post(context, cookie, '/api/v1/followup-presets/b2b/install', {});
    context.log(`followup-generation: 通用 B2B installed (${JSON.stringify(installed.json)})`);
    const rows: ResultRow[] = [];
    const measure = async (label: string, asOf: string, withFloor: boolean) => {
      const since = await databaseNow(context);
      const answer = await post(context, cookie, '/api/v1/jobs/followup-generation/run', { asOf });
      const created = Number(answer.json.created);
      const floorMs = withFloor ? await floorInsert(context, since) : undefined;
      context.log(
        `followup-generation: ${label}: ${(answer.ms / 1000).toFixed(2)} s, ${created} tasks` +
          (floorMs === undefined
            ? ''
            : `; floor (bare INSERT of the same rows) ${(floorMs / 1000).toFixed(2)} s`),
      );
      rows.push({
        workload: `followup-generation: ${label}, ${created} tasks (ms)`,
        db: context.kind,
        concurrency: 1,
        app: { ...singleRun(answer.ms, created), non2xx: 0, errors: 0, timeouts: 0 },
        floor: singleRun(floorMs ?? Number.NaN, created),
        ratio: floorMs
          ? { p50: answer.ms / floorMs, p99: answer.ms / floorMs, rps: floorMs / answer.ms }
          : { p50: Number.NaN, p99: Number.NaN, rps: Number.NaN },
      });
      return created;
    };
    await measure('first run (Tuesday: this week)', FIRST, true);
    const again = await measure('re-run, same moment', FIRST, false);
    if (again !== 0) throw new Error(`the re-run created ${again} tasks`);
    await measure('next weekday', NEXT_DAY, false);
    await measure('Sunday (next week planned)', SUNDAY, true);
    return rows;
  },
};
