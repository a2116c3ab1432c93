/**
 * Follow-up generation (issue 11): the 通用 B2B preset installed on the generated organisation, then runs of the
 * generation job through the API (立即运行 runs it in the request), as a department meets them:
 * - the first run ever, on a Tuesday: it catches up on Monday and plans through Wednesday (a run plans up to
 *   the next working day);
 * - the same run again, which must create nothing;
 * - one day's generation: Wednesday's run makes Thursday's tasks; Friday's makes Monday's (a new week: the
 *   weekly calls' new period, the cap's claims of the month's visits);
 * - Sunday's run, with Monday planned already: nothing new, but the week's tasks nobody did turn 已逾期 (the
 *   bench does none of them);
 * - a week in, Wednesday 12-09 (Thursday's tasks): the steady state, every customer with a summary row.
 * The floor of a run that creates tasks is the bare INSERT of the same rows (same table, indexes and foreign
 * keys; rolled back): what any generator must pay to write them.
 */
import { sql } from 'kysely';
import { singleRun } from '../measure.ts';
import type { ResultRow, Workload, WorkloadContext } from '../workload.ts';
import { customerCount, generateCustomers, sessionFor } from './customer-list.ts';

const FIRST = '2026-12-01T09:00:00+08:00';
const WEDNESDAY = '2026-12-02T09:00:00+08:00';
const THURSDAY = '2026-12-03T09:00:00+08:00';
const FRIDAY = '2026-12-04T09:00:00+08:00';
const SUNDAY = '2026-12-06T09:00:00+08:00';
const NEXT_WEEK = ['2026-12-07T09:00:00+08:00', '2026-12-08T09:00:00+08:00'];
const NEXT_WEDNESDAY = '2026-12-09T09:00:00+08:00';

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
    "the 通用 B2B preset: the first run, a re-run, one day's generation (Wednesday, Friday, a week in), Sunday's",
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
    await measure('first run (Tuesday: Monday to Wednesday)', FIRST, true);
    const again = await measure('re-run, same moment', FIRST, false);
    if (again !== 0) throw new Error(`the re-run created ${again} tasks`);
    await measure("one day: Wednesday's run (Thursday's tasks)", WEDNESDAY, true);
    await post(context, cookie, '/api/v1/jobs/followup-generation/run', { asOf: THURSDAY });
    await measure("one day: Friday's run (Monday's tasks)", FRIDAY, true);
    await measure(
      "Sunday's run (Monday planned already; marks the week's open tasks overdue)",
      SUNDAY,
      false,
    );
    for (const asOf of NEXT_WEEK)
      await post(context, cookie, '/api/v1/jobs/followup-generation/run', { asOf });
    await measure("one day, a week in: Wednesday 12-09's run (Thursday's tasks)", NEXT_WEDNESDAY, true);
    return rows;
  },
};
