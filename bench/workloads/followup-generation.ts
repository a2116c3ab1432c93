/**
 * Follow-up generation (issue 11): the 通用 B2B preset installed on the generated organisation, one run of the
 * generation job as of a working day through the API (立即运行 runs it in the request), then the same run again,
 * which must create nothing. The floor is the least the database must do for the first run's periodic tasks: a
 * bare INSERT … SELECT … ON CONFLICT per tier rule, rolled back.
 */
import { sql } from 'kysely';
import { singleRun } from '../measure.ts';
import type { ResultRow, Workload, WorkloadContext } from '../workload.ts';
import { customerCount, generateCustomers, sessionFor } from './customer-list.ts';

const AS_OF = '2026-12-01T09:00:00+08:00';

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

/** The periodic tasks of the B2B tiers as plain inserts (no sampling, spreading or cap), rolled back. */
async function floorInsert(context: WorkloadContext): Promise<number> {
  const started = performance.now();
  await context.db
    .transaction()
    .execute(async (trx) => {
      await sql`
        insert into followup_tasks (customer_id, source_key, type, method, assignee_id, start_at, due_at)
        select c.id, 'floor:' || r.key, 'routine', r.method, c.owner_id, ${AS_OF}::timestamptz, ${AS_OF}::timestamptz
        from customers c
        join (values ('A', 'a1', 'onsite'), ('A', 'a2', 'phone'), ('B', 'b1', 'phone'), ('B', 'b2', 'email'), ('C', 'c1', 'email'))
          as r (tier, key, method) on r.tier = c.tier
        where c.deleted_at is null and c.merged_into_id is null and not c.do_not_contact
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

export const followupGeneration: Workload = {
  name: 'followup-generation',
  description: "one day's follow-up generation under the 通用 B2B preset, and a re-run that creates nothing",
  async run(context: WorkloadContext): Promise<ResultRow[]> {
    await generateCustomers(context, customerCount(context.kind));
    const cookie = await sessionFor(context, ['admin']);
    const installed = await post(context, cookie, '/api/v1/followup-presets/b2b/install', {});
    context.log(`followup-generation: 通用 B2B installed (${JSON.stringify(installed.json)})`);
    const floorMs = await floorInsert(context);
    const first = await post(context, cookie, '/api/v1/jobs/followup-generation/run', { asOf: AS_OF });
    const created = Number(first.json.created);
    const again = await post(context, cookie, '/api/v1/jobs/followup-generation/run', { asOf: AS_OF });
    if (Number(again.json.created) !== 0)
      throw new Error(`the re-run created ${String(again.json.created)} tasks`);
    context.log(
      `followup-generation: first run ${(first.ms / 1000).toFixed(2)} s (${created} tasks), ` +
        `re-run ${(again.ms / 1000).toFixed(2)} s (0 tasks), floor (bare INSERT … SELECT) ${(floorMs / 1000).toFixed(2)} s`,
    );
    const app = (ms: number) => ({ ...singleRun(ms, created), non2xx: 0, errors: 0, timeouts: 0 });
    return [
      {
        workload: `followup-generation: first run, ${created} tasks (ms)`,
        db: context.kind,
        concurrency: 1,
        app: app(first.ms),
        floor: singleRun(floorMs, created),
        ratio: { p50: first.ms / floorMs, p99: first.ms / floorMs, rps: floorMs / first.ms },
      },
      {
        workload: 'followup-generation: re-run, nothing new (ms)',
        db: context.kind,
        concurrency: 1,
        app: app(again.ms),
        floor: singleRun(floorMs, created),
        ratio: { p50: again.ms / floorMs, p99: again.ms / floorMs, rps: floorMs / again.ms },
      },
    ];
  },
};
