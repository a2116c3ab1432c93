/**
 * 工作台 and saving a follow-up record (issue 11): on the customers of the `customers` workload, two years of
 * history (BENCH_RECORDS follow-up records, default 10 000 000 on PostgreSQL and 1 000 000 on PGlite, nine in ten
 * with the done task they completed), and 200 agents and account managers with a worklist of 200 open tasks each
 * (due now, overdue, upcoming, later, call-backs) and contact attempts on their customers, all loaded set-based.
 * Then:
 *
 * - `GET /api/v1/worklist` with the sessions of those users rotating, against the worklist's own queries (the four
 *   sections and the counts, from its repository) at the same concurrency;
 * - `POST /api/v1/followup-records`, each request completing another open task of the session's user, against a
 *   bare INSERT of the record and UPDATE of the task in one transaction.
 *
 * The plans of the worklist's queries (EXPLAIN ANALYZE, BUFFERS) are written to .bench/, and on PostgreSQL a short
 * unmeasured save run samples what the server's sessions wait for.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely';
import { WORKLIST_PAGE, WORKLIST_SECTIONS } from '../../src/domain/followups/vocabulary.ts';
import type { Database } from '../../src/server/db/schema.ts';
import {
  type Section,
  sectionCounts,
  worklistSection,
} from '../../src/server/modules/worklist/repository.ts';
import { type HttpSummary, httpLoad, measureLoop, type Summary } from '../measure.ts';
import { startProfile } from '../profile.ts';
import { countFromEnv, type ResultRow, ratio, type Workload, type WorkloadContext } from '../workload.ts';
import { customerCount, generateCustomers } from './customer-list.ts';

const TIME_ZONE = 'Asia/Shanghai';
/** Users with a worklist, and open tasks each: 60 due now, 40 overdue, 50 upcoming, 20 later, 30 call-backs. */
const WORKLIST_USERS = 200;
const OPEN_PER_USER = 200;
/** What the worklist page asks for first: the service's default rows per part. */
const PAGE = WORKLIST_PAGE;
const SECTIONS: readonly Section[] = WORKLIST_SECTIONS;
const MAX_OPERATIONS = 2_000_000;
const HISTORY_BATCH = 500_000;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function recordCount(kind: string): number {
  return countFromEnv('BENCH_RECORDS', kind === 'postgres' ? 10_000_000 : 1_000_000);
}

const OPINIONS = [
  '对服务总体满意',
  '希望交货周期再缩短一些',
  '售后响应及时，工程师态度好',
  '发票寄送慢了两天',
  '希望增加培训次数',
  '价格偏高，希望有优惠',
  '设备运行稳定',
  '对接人变动，请更新联系人',
];
const KEY_POINTS = [
  '例行回访，客户无异议',
  '确认新订单需求，下月报价',
  '客户反馈设备异响，已转售后',
  '续签意向明确',
  '客户询问新品资料，已发送',
  '回访确认上次问题已解决',
];
const PURPOSES = ['季度例行回访', '售后回访', '满意度调查', '合同续签回访'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋'];

function log(context: WorkloadContext, message: string): void {
  context.log(`followup-worklist: ${message}`);
}

export async function isSuperuser(context: WorkloadContext): Promise<boolean> {
  const { rows } = await sql<{ super: boolean }>`
    select rolsuper as super from pg_roles where rolname = current_user`.execute(context.db);
  return rows[0]?.super === true;
}

export interface SecondaryIndex {
  table: string;
  name: string;
  definition: string;
  /** The unique constraint the index backs, if any. */
  constraint: string | null;
}

/**
 * The indexes of these tables other than their primary keys, dropped for a bulk load (building an index once is
 * far cheaper than growing it row by row out of order). Primary keys stay: the foreign keys need them; so do the
 * indexes named in `keep` (small partial ones that what runs meanwhile needs).
 */
export async function dropSecondaryIndexes(
  context: WorkloadContext,
  tables: string[],
  keep: string[] = [],
): Promise<SecondaryIndex[]> {
  const { rows } = await sql<{ table: string; name: string; definition: string; constraint: string | null }>`
    select i.indrelid::regclass::text as table, ci.relname as name, pg_get_indexdef(i.indexrelid) as definition,
           con.conname as constraint
      from pg_index i
      join pg_class ci on ci.oid = i.indexrelid
      left join pg_constraint con on con.conindid = i.indexrelid and con.conrelid = i.indrelid
     where i.indrelid = any(${tables}::regclass[]) and not i.indisprimary
       and (con.conname is null or con.contype = 'u') and not ci.relname = any(${keep}::text[])`.execute(
    context.db,
  );
  for (const index of rows) {
    await sql`${
      index.constraint
        ? sql`alter table ${sql.raw(index.table)} drop constraint ${sql.id(index.constraint)}`
        : sql`drop index ${sql.id(index.name)}`
    }`.execute(context.db);
  }
  return rows;
}

export async function recreateIndexes(context: WorkloadContext, indexes: SecondaryIndex[]): Promise<void> {
  const memory = context.kind === 'postgres' ? '1GB' : '256MB';
  for (const index of indexes) {
    await context.db.transaction().execute(async (trx) => {
      await sql`set local maintenance_work_mem = ${sql.lit(memory)}`.execute(trx);
      await sql.raw(index.definition).execute(trx);
      if (index.constraint) {
        await sql`alter table ${sql.raw(index.table)} add constraint ${sql.id(index.constraint)}
                  unique using index ${sql.id(index.name)}`.execute(trx);
      }
    });
  }
}

/**
 * Records and the done tasks they completed, both ways linked (tasks.record_id, records.task_id), with ids chosen
 * up front so one statement writes a batch of each (the foreign keys are checked as the statement ends; as a
 * superuser they are not checked at all, the data being consistent by construction). One record in ten has no
 * task (a follow-up logged on the customer directly). Each customer gets the same number of records, by its
 * owner, on working hours of days spread over the past two years. The two tables' secondary indexes are dropped
 * for the load and built again after it (so they come out compact, as after a REINDEX).
 */
async function loadHistory(context: WorkloadContext, records: number): Promise<void> {
  const { db } = context;
  const done = await sql<{ n: number }>`
    select count(*)::int as n from followup_records where number like 'HB%'`.execute(db);
  if (Number(done.rows[0]?.n) >= records) return;
  await sql`drop table if exists bench_customer_keys`.execute(db);
  await sql`
    create unlogged table bench_customer_keys as
    select (row_number() over (order by c.id))::bigint as k, c.id, c.owner_id, u.supervisor_id
      from customers c join users u on u.id = c.owner_id
     where c.deleted_at is null and c.merged_into_id is null`.execute(db);
  await sql`alter table bench_customer_keys add primary key (k)`.execute(db);
  const customers = Number(
    (await sql<{ n: number }>`select count(*)::int as n from bench_customer_keys`.execute(db)).rows[0]?.n,
  );
  if (!customers) throw new Error('no customers with an owner to give follow-up records to');
  const bases = await sql<{ r: string; t: string }>`
    select (select coalesce(max(id), 0) from followup_records) as r,
           (select coalesce(max(id), 0) from followup_tasks) as t`.execute(db);
  const recordBase = Number(bases.rows[0]?.r);
  const taskBase = Number(bases.rows[0]?.t);
  const superuser = await isSuperuser(context);
  const indexes = await dropSecondaryIndexes(context, ['followup_records', 'followup_tasks']);
  for (let from = 1; from <= records; from += HISTORY_BATCH) {
    const to = Math.min(records, from + HISTORY_BATCH - 1);
    await db.transaction().execute(async (trx) => {
      if (superuser) await sql`set local session_replication_role = replica`.execute(trx);
      await sql`set local work_mem = '64MB'`.execute(trx);
      await sql`
        with s0 as (
          select n, b.id as customer_id, b.owner_id, b.supervisor_id,
                 n % 10 <> 0 as has_task,
                 (array['phone','phone','phone','phone','phone','phone','phone','onsite','email','wechat'])[(1 + (n * 7) % 10)::int]
                   as method,
                 ((current_date - ((n * 104729) % 730)::int)::timestamp
                   + make_interval(hours => (9 + (n * 31) % 9)::int, mins => ((n * 17) % 60)::int))
                   at time zone ${TIME_ZONE} as contacted_at,
                 (n * 2654435761) % 100 as h1, (n * 40503) % 100 as h2, (n * 97) % 10 as h3
            from generate_series(${from}::bigint, ${to}::bigint) n
            join bench_customer_keys b on b.k = 1 + (n * 7919) % ${customers}::bigint
        ),
        s as materialized (
          select s0.*, contacted_at < now() - interval '5 days' as reviewed,
                 case when h1 < 45 then 5 when h1 < 80 then 4 when h1 < 93 then 3 when h1 < 98 then 2 else 1 end
                   as service,
                 case when h2 < 30 then null when h2 < 65 then 5 when h2 < 88 then 4 when h2 < 96 then 3 else 2 end
                   as product
            from s0
        ),
        r as (
          insert into followup_records (id, number, task_id, customer_id, contact_name, staff_id, method,
            contacted_at, duration_minutes, purpose, service_satisfaction, product_satisfaction, opinions,
            key_points, result, complaint, issue_requested, review_status, late_entry, review_due_at, reviewed_by,
            reviewed_at, created_at, updated_at)
          overriding system value
          select ${recordBase}::bigint + n, 'HB' || lpad(n::text, 10, '0'),
                 case when has_task then ${taskBase}::bigint + n end, customer_id,
                 (${SURNAMES}::text[])[(1 + n % ${SURNAMES.length})::int]
                   || (${GIVEN}::text[])[(1 + (n / 8) % ${GIVEN.length})::int],
                 owner_id, method, contacted_at,
                 case method when 'phone' then 3 + h3 * 2 when 'onsite' then 30 + h3 * 10 end,
                 (${PURPOSES}::text[])[(1 + (n / 3) % ${PURPOSES.length})::int],
                 service, product,
                 case when h2 < 60 then (${OPINIONS}::text[])[(1 + (n / 11) % ${OPINIONS.length})::int] end,
                 (${KEY_POINTS}::text[])[(1 + (n / 13) % ${KEY_POINTS.length})::int],
                 case when service >= 3 then '客户满意' else '需跟进处理' end,
                 h1 = 99 and h2 >= 50,
                 service <= 2 or coalesce(product, 5) <= 2,
                 case when reviewed then 'approved' else 'provisional' end,
                 h3 = 0,
                 contacted_at + interval '5 days',
                 case when reviewed then supervisor_id end,
                 case when reviewed then contacted_at + interval '2 days' end,
                 contacted_at + interval '20 minutes',
                 case when reviewed then contacted_at + interval '2 days' else contacted_at + interval '20 minutes' end
            from s
          returning 1
        )
        insert into followup_tasks (id, customer_id, source_key, type, method, priority, assignee_id, status,
          start_at, due_at, attempts, created_at, updated_at, completed_at, record_id)
        overriding system value
        select ${taskBase}::bigint + n, customer_id, 'bench:done:' || n,
               case when n % 13 = 0 then 'event' else 'routine' end, method, 'normal', owner_id, 'done',
               contacted_at - interval '2 days', contacted_at + interval '5 days', 1,
               contacted_at - interval '3 days', contacted_at, contacted_at, ${recordBase}::bigint + n
          from s where has_task`.execute(trx);
    });
    log(context, `history: ${to} of ${records} records`);
  }
  const started = performance.now();
  await recreateIndexes(context, indexes);
  log(
    context,
    `history: ${indexes.length} indexes (${indexes.map((i) => i.name).join(', ')}) rebuilt in ` +
      `${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  await sql`select setval(pg_get_serial_sequence('followup_records', 'id'), (select max(id) from followup_records))`.execute(
    db,
  );
  await sql`select setval(pg_get_serial_sequence('followup_tasks', 'id'), (select max(id) from followup_tasks))`.execute(
    db,
  );
  await sql`drop table bench_customer_keys`.execute(db);
}

/**
 * Writes the loaded data out now, so the measured runs do not pay for it: PGlite, which runs in this process,
 * otherwise stalls the first write after a load for seconds (a save at one connection timed out at 1 000 000
 * records). Needs a superuser (or pg_checkpoint); skipped without.
 */
async function checkpoint(context: WorkloadContext): Promise<void> {
  const started = performance.now();
  try {
    await sql`checkpoint`.execute(context.db);
  } catch (error) {
    log(context, `no CHECKPOINT (${String(error)})`);
    return;
  }
  const seconds = (performance.now() - started) / 1000;
  if (seconds >= 1) log(context, `CHECKPOINT took ${seconds.toFixed(1)} s`);
}

/** Agents and account managers who own customers (their worklists are about their own accounts). */
async function worklistUsers(context: WorkloadContext, count: number): Promise<number[]> {
  const { rows } = await sql<{ id: string }>`
    select u.id from users u
     where u.status = 'active' and u.roles && array['agent', 'account_manager']
       and exists (select 1 from customers c where c.owner_id = u.id and c.deleted_at is null)
     order by u.id limit ${count}`.execute(context.db);
  return rows.map((r) => Number(r.id));
}

/**
 * `count` open tasks for each user, on their own customers, in the mix of a real worklist (as of now): due now
 * (a quarter in progress after a failed call), overdue, upcoming within 7 days, later, and call-backs ahead;
 * urgent 5 %, high 15 %, low 5 %; by phone 70 %. `tag` keeps the source keys apart.
 */
async function insertOpenTasks(
  context: WorkloadContext,
  users: number[],
  count: number,
  tag: string,
  mix: 'worklist' | 'due-now',
): Promise<{ id: number; customerId: number; assigneeId: number }[]> {
  const { rows } = await sql<{ id: string; customer_id: string; assignee_id: string }>`
    with owned as (
      select c.owner_id, c.id, row_number() over (partition by c.owner_id order by c.id) - 1 as r
        from customers c
       where c.owner_id = any(${users}::bigint[]) and c.deleted_at is null and c.merged_into_id is null
    ),
    counts as (select owner_id, count(*) as cnt from owned group by owner_id),
    plan as (
      select w.user_id, i, (w.j * ${count}::bigint + i) * 2654435761 % 100 as h,
             (w.j * ${count}::bigint + i) * 40503 % 100 as h2, (i * 7) % k.cnt as r,
             ${mix === 'worklist' ? sql`i % ${OPEN_PER_USER}::int` : sql`1`} as s
        from unnest(${users}::bigint[]) with ordinality as w (user_id, j)
        join counts k on k.owner_id = w.user_id
        cross join generate_series(0, ${count - 1}::int) i
    ),
    timed as (
      select p.*, o.id as customer_id,
             case when s < 60 then now() - make_interval(days => 1 + s % 10)
                  when s < 100 then now() - make_interval(days => 15 + s % 20)
                  when s < 150 then now() + make_interval(hours => 1 + (s - 100) * 3)
                  when s < 170 then now() + make_interval(days => 8 + (s - 150))
                  else now() - make_interval(days => 2 + s % 6) end as start_at
        from plan p join owned o on o.owner_id = p.user_id and o.r = p.r
    )
    insert into followup_tasks (customer_id, source_key, type, method, priority, assignee_id, status, start_at,
      due_at, next_attempt_at, attempts, failed_attempts, created_at, updated_at)
    select customer_id, 'bench:' || ${tag}::text || ':' || user_id || ':' || i,
           case when h < 85 then 'routine' else 'event' end,
           ${mix === 'worklist' ? sql`case when h2 < 70 then 'phone' when h2 < 80 then 'onsite' when h2 < 90 then 'email' else 'wechat' end` : sql`'phone'`},
           ${mix === 'worklist' ? sql`case when h < 5 then 'urgent' when h < 20 then 'high' when h < 95 then 'normal' else 'low' end` : sql`'normal'`},
           user_id,
           case when s < 60 then case when s % 4 = 0 then 'in_progress' else 'pending' end
                when s < 100 then 'overdue'
                when s < 170 then 'pending'
                else case when s % 5 = 0 then 'overdue' else 'in_progress' end end,
           start_at,
           case when s < 60 then now() + make_interval(days => 1 + s % 12)
                when s < 100 then now() - make_interval(days => 1 + s % 14)
                when s < 170 then start_at + interval '7 days'
                when s % 5 = 0 then now() - interval '1 day'
                else now() + make_interval(days => 1 + s % 7) end,
           case when s < 60 and s % 4 = 0 then now() - make_interval(hours => 1 + s % 5)
                when s >= 60 and s < 100 and s % 5 = 0 then now() - interval '2 hours'
                when s >= 170 then now() + make_interval(hours => 1 + (s - 170) * 2) end,
           case when s < 60 and s % 4 = 0 then 1 when s >= 60 and s < 100 then s % 3 when s >= 170 then 1 + s % 2
                else 0 end,
           case when s < 60 and s % 4 = 0 then 1 when s >= 60 and s < 100 then s % 3 when s >= 170 then 1 + s % 2
                else 0 end,
           least(start_at, now()) - interval '1 day', least(start_at, now())
      from timed
    order by i, user_id
    returning id, customer_id, assignee_id`.execute(context.db);
  return rows.map((r) => ({
    id: Number(r.id),
    customerId: Number(r.customer_id),
    assigneeId: Number(r.assignee_id),
  }));
}

/**
 * Calls on the worklist users' customers: six earlier calls per customer, four of them at the customer's own
 * hour (answered there for two customers in three, so the best time to call is learned), and the failed calls of
 * the open tasks that were tried already.
 */
async function loadAttempts(context: WorkloadContext, users: number[]): Promise<void> {
  await sql`
    insert into followup_attempts (task_id, customer_id, staff_id, outcome, attempted_at, local_hour)
    select null, t.customer_id, t.assignee_id,
           case a when 0 then case when t.customer_id % 3 = 0 then 'no_answer' else 'reached' end
                  when 1 then case when t.customer_id % 3 = 0 then 'busy' else 'reached' end
                  when 2 then 'callback' when 3 then 'no_answer' when 4 then 'busy' else 'reached' end,
           at, extract(hour from at at time zone ${TIME_ZONE})::int
      from (select distinct customer_id, assignee_id from followup_tasks
             where assignee_id = any(${users}::bigint[]) and status in ('pending', 'in_progress', 'overdue')) t
      cross join generate_series(0, 5) a
      cross join lateral (select ((current_date - (20 + a * 45 + (t.customer_id % 20))::int)::timestamp
          + make_interval(hours => (case when a < 4 then 9 + (t.customer_id % 9) else 9 + ((t.customer_id + a * 5) % 10) end)::int,
                          mins => (a * 13) % 60)) at time zone ${TIME_ZONE} as at) x`.execute(context.db);
  await sql`
    insert into followup_attempts (task_id, customer_id, staff_id, outcome, attempted_at, local_hour)
    select t.id, t.customer_id, t.assignee_id, case when a % 2 = 0 then 'busy' else 'no_answer' end, at,
           extract(hour from at at time zone ${TIME_ZONE})::int
      from followup_tasks t
      cross join generate_series(1, t.attempts) a
      cross join lateral (select greatest(t.start_at, now() - interval '30 days') + make_interval(hours => 2 + a * 5) as at) x
     where t.assignee_id = any(${users}::bigint[]) and t.status in ('pending', 'in_progress', 'overdue')
       and t.attempts > 0`.execute(context.db);
}

/** The customers' follow-up columns, as records and task generation would have left them. */
async function fillSummaries(context: WorkloadContext, users: number[]): Promise<void> {
  await context.db.transaction().execute(async (trx) => {
    await sql`set local work_mem = '256MB'`.execute(trx);
    await sql`
      insert into customer_followups (customer_id, last_followup_at, last_followup_method, last_followup_summary,
        last_feedback, last_satisfaction)
      select distinct on (customer_id) customer_id, contacted_at, method, key_points, opinions, service_satisfaction
        from followup_records order by customer_id, contacted_at desc
      on conflict (customer_id) do update set last_followup_at = excluded.last_followup_at,
        last_followup_method = excluded.last_followup_method, last_followup_summary = excluded.last_followup_summary,
        last_feedback = excluded.last_feedback, last_satisfaction = excluded.last_satisfaction`.execute(trx);
  });
  await sql`
    insert into customer_followups (customer_id, next_followup_at)
    select t.customer_id, min(t.start_at) from followup_tasks t
     where t.assignee_id = any(${users}::bigint[]) and t.status in ('pending', 'in_progress', 'overdue')
     group by t.customer_id
    on conflict (customer_id) do update set next_followup_at = excluded.next_followup_at`.execute(context.db);
}

/** A signed-in session for each user, as the login would store it; the cookies in the users' order. */
export async function sessionsOf(context: WorkloadContext, users: number[]): Promise<Map<number, string>> {
  const secrets = users.map(() => randomBytes(32).toString('base64url'));
  const hashes = secrets.map((s) => createHash('sha256').update(s).digest('hex'));
  await sql`
    insert into sessions (id, user_id, expires_at, ip, user_agent)
    select t.id, t.user_id, now() + interval '12 hours', '127.0.0.1', 'huifang-bench'
      from unnest(${hashes}::text[], ${users}::bigint[]) as t (id, user_id)`.execute(context.db);
  return new Map(users.map((u, i) => [u, `huifang_session=${secrets[i]}`]));
}

/** The SQL a repository function sends, captured without running it. */
export async function captureQueries(
  fn: (probe: Kysely<Database>) => Promise<unknown>,
): Promise<CompiledQuery[]> {
  const captured: CompiledQuery[] = [];
  const probe = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      captured.push(event.query);
    },
  });
  await fn(probe).catch(() => {}); // executeTakeFirstOrThrow finds no row in the dummy driver
  await probe.destroy();
  return captured;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the worklist's queries for one user, written to .bench/. */
async function explainWorklist(context: WorkloadContext, userId: number): Promise<string> {
  const now = new Date();
  const queries: [string, (probe: Kysely<Database>) => Promise<unknown>][] = [
    ...SECTIONS.map(
      (s) =>
        [`section ${s}`, (probe: Kysely<Database>) => worklistSection(probe, userId, s, now, PAGE)] as [
          string,
          (probe: Kysely<Database>) => Promise<unknown>,
        ],
    ),
    ['counts', (probe) => sectionCounts(probe, userId, now)],
  ];
  const out: string[] = [`worklist of user ${userId} as of ${now.toISOString()} (${context.kind})`];
  for (const [name, fn] of queries) {
    for (const q of await captureQueries(fn)) {
      await context.db.executeQuery(CompiledQuery.raw(q.sql, [...q.parameters])); // warm
      const plan = await context.db.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain (analyze, buffers) ${q.sql}`, [...q.parameters]),
      );
      out.push('', `-- ${name}`, q.sql, ...plan.rows.map((r) => r['QUERY PLAN']));
    }
  }
  return out.join('\n');
}

function writePlans(kind: string, text: string): string {
  const dir = path.join(ROOT, '.bench');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(
    dir,
    `plans-followup-worklist-${kind}-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`,
  );
  fs.writeFileSync(file, `${text}\n`);
  return file;
}

function saveBody(taskId: number, i: number): string {
  return JSON.stringify({
    taskId,
    method: 'phone',
    contactedAt: new Date(Date.now() - 60_000).toISOString(),
    serviceSatisfaction: 4,
    opinions: OPINIONS[i % OPINIONS.length],
  });
}

/**
 * What the server's sessions are doing while `during` runs, sampled from pg_stat_activity every 50 ms: per state,
 * wait event and statement (its first words), the mean number of sessions. "idle in transaction" is a session
 * whose transaction waits for the application's next statement (holding its locks meanwhile).
 */
async function sampleWaits(
  context: WorkloadContext,
  during: Promise<unknown>,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let running = true;
  const stop = () => {
    running = false;
  };
  during.then(stop, stop);
  let samples = 0;
  while (running) {
    const { rows } = await sql<{ w: string; n: number }>`
      select state || ' ' || coalesce(wait_event_type || ':' || wait_event, '(on CPU)') || ' — '
               || left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 60) as w,
             count(*)::int as n
        from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid()
         and state in ('active', 'idle in transaction')
       group by 1`.execute(context.db);
    for (const r of rows) counts[r.w] = (counts[r.w] ?? 0) + Number(r.n);
    samples++;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await during;
  return Object.fromEntries(
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([k, v]) => [k, Math.round((v / Math.max(1, samples)) * 100) / 100]),
  );
}

/**
 * Runs an HTTP load and measures the CPU the bench process (the server runs in it; the load generator does not)
 * spent per request, warm-up and requests given up on included. With BENCH_CPU_PROFILE set, the runs at one connection are profiled too:
 * the profile goes to .bench/ and the functions taking the most time are logged.
 */
async function serverLoad(
  context: WorkloadContext,
  name: string,
  job: Parameters<typeof httpLoad>[0],
): Promise<{ app: HttpSummary; cpuMsPerRequest: number }> {
  const profile = process.env.BENCH_CPU_PROFILE && job.connections === 1 ? await startProfile() : undefined;
  const cpu = process.cpuUsage();
  const app = await httpLoad(job);
  // Requests the load generator gave up on (timeouts) are still being served: let them finish before the next
  // run, which they would otherwise slow down. The server (and PGlite) run in this process: it is done when the
  // process stays nearly idle for half a second.
  const draining = performance.now();
  while (performance.now() - draining < 120_000) {
    const before = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const spent = process.cpuUsage(before);
    if ((spent.user + spent.system) / 1000 < 50) break;
  }
  const drainSeconds = (performance.now() - draining) / 1000;
  if (drainSeconds >= 1)
    log(context, `${name}: the server took ${drainSeconds.toFixed(1)} s to finish the requests given up on`);
  const used = process.cpuUsage(cpu);
  const requests = app.count + app.non2xx + app.errors + (app.warmupRequests ?? 0);
  const cpuMsPerRequest = (used.user + used.system) / 1000 / Math.max(1, requests);
  log(
    context,
    `${name}, ${job.connections} connection(s): the server process used ${cpuMsPerRequest.toFixed(1)} ms of CPU per request`,
  );
  if (profile) {
    const file = path.join(ROOT, '.bench', `profile-${name.replace(/\W+/g, '-')}-${context.kind}.cpuprofile`);
    const top = await profile.stop(file);
    log(context, `CPU profile in ${file}; most self time:\n${top}`);
  }
  return { app, cpuMsPerRequest };
}

export const followupWorklist: Workload = {
  name: 'followup-worklist',
  description: '工作台 (GET /api/v1/worklist) on 10 000 000 records, and saving a follow-up record',
  async run(context: WorkloadContext): Promise<ResultRow[]> {
    const { db, baseUrl, settings, kind } = context;
    await generateCustomers(context, customerCount(kind));
    const records = recordCount(kind);

    let started = performance.now();
    await loadHistory(context, records);
    const historySeconds = (performance.now() - started) / 1000;
    log(context, `history: ${records} records and their done tasks in ${historySeconds.toFixed(0)} s`);

    started = performance.now();
    const users = await worklistUsers(context, WORKLIST_USERS);
    if (users.length === 0) throw new Error('no agent or account manager owns customers');
    const open = await insertOpenTasks(context, users, OPEN_PER_USER, 'open', 'worklist');
    await loadAttempts(context, users);
    await fillSummaries(context, users);
    await sql`analyze followup_records, followup_tasks, followup_attempts, customer_followups`.execute(db);
    await checkpoint(context);
    const openSeconds = (performance.now() - started) / 1000;
    const attempts = Number(
      (await sql<{ n: number }>`select count(*)::int as n from followup_attempts`.execute(db)).rows[0]?.n,
    );
    log(
      context,
      `${users.length} users with ${OPEN_PER_USER} open tasks each (${open.length}), ${attempts} attempts, ` +
        `customer summaries and ANALYZE in ${openSeconds.toFixed(0)} s; load ${(historySeconds + openSeconds).toFixed(0)} s in all`,
    );
    const notes = {
      records,
      historyLoadSeconds: historySeconds,
      openTasks: open.length,
      worklistUsers: users.length,
      attempts,
      openLoadSeconds: openSeconds,
    };

    const sessions = await sessionsOf(context, users);
    const cookies = users.map((u) => sessions.get(u) as string);
    const probe = await fetch(`${baseUrl}/api/v1/worklist`, { headers: { cookie: cookies[0] as string } });
    const sample = (await probe.json()) as { counts?: Record<string, number>; now?: unknown[] };
    if (probe.status !== 200 || !sample.now?.length)
      throw new Error(
        `GET /api/v1/worklist answered ${probe.status}: ${JSON.stringify(sample).slice(0, 300)}`,
      );
    log(context, `worklist of user ${users[0]}: counts ${JSON.stringify(sample.counts)}`);

    const rows: ResultRow[] = [];
    const worklistFloor = (userId: number) => {
      const now = new Date();
      return Promise.all([
        ...SECTIONS.map((s) => worklistSection(db, userId, s, now, PAGE)),
        sectionCounts(db, userId, now),
      ]);
    };
    for (const connections of settings.connections) {
      log(context, `GET /api/v1/worklist, ${connections} connection(s)`);
      const { app, cpuMsPerRequest } = await serverLoad(context, 'worklist', {
        url: `${baseUrl}/api/v1/worklist`,
        cookies,
        connections,
        seconds: settings.seconds,
        warmupSeconds: settings.warmupSeconds,
        maxRequests: MAX_OPERATIONS,
      });
      log(context, `worklist queries (4 sections + counts), ${connections} concurrent caller(s)`);
      const floor = await measureLoop((i) => worklistFloor(users[i % users.length] as number), {
        concurrency: connections,
        seconds: settings.seconds,
        warmupSeconds: Math.min(1, settings.warmupSeconds),
        maxCount: MAX_OPERATIONS,
      });
      rows.push({
        workload: `worklist: GET /worklist (${OPEN_PER_USER} open tasks each)`,
        db: kind,
        concurrency: connections,
        app,
        floor,
        ratio: ratio(app, floor),
        notes: { serverCpuMsPerRequest: cpuMsPerRequest, ...(rows.length === 0 ? notes : {}) },
      });
    }
    const plans = writePlans(kind, await explainWorklist(context, users[0] as number));
    log(context, `plans of the worklist queries written to ${plans}`);

    // Saving: every request completes a task of its own, so each run gets fresh open tasks (due now).
    let appRate = kind === 'postgres' ? 600 : 300;
    let floorRate = kind === 'postgres' ? 4000 : 1500;
    const prepared: number[] = [];
    let floorNumber = 0;
    const floorTag = randomBytes(3).toString('hex');
    const saveRows: ResultRow[] = [];
    for (const [run, connections] of settings.connections.entries()) {
      const appCount =
        Math.ceil((settings.seconds + settings.warmupSeconds) * appRate * 1.5) + 4 * connections;
      const appTasks = await insertOpenTasks(
        context,
        users,
        Math.ceil(appCount / users.length),
        `save${run}`,
        'due-now',
      );
      const floorCount = Math.ceil((settings.seconds + 1) * floorRate * 1.5);
      const floorTasks = await insertOpenTasks(
        context,
        users,
        Math.ceil(floorCount / users.length),
        `floor${run}`,
        'due-now',
      );
      prepared.push(...appTasks.map((t) => t.id), ...floorTasks.map((t) => t.id));
      await sql`analyze followup_tasks`.execute(db);
      await checkpoint(context);

      log(
        context,
        `POST /api/v1/followup-records, ${connections} connection(s) (${appTasks.length} open tasks ready)`,
      );
      const { app, cpuMsPerRequest } = await serverLoad(context, 'save', {
        url: `${baseUrl}/api/v1/followup-records`,
        method: 'POST',
        cookies: appTasks.map((t) => sessions.get(t.assigneeId) as string),
        bodies: appTasks.map((t, i) => saveBody(t.id, i)),
        connections,
        seconds: settings.seconds,
        warmupSeconds: settings.warmupSeconds,
        maxRequests: MAX_OPERATIONS,
      });
      if (app.seconds < settings.seconds * 0.95)
        log(context, `the save run used up its ${appTasks.length} tasks`);
      appRate = Math.max(appRate, app.rps * 1.2);

      log(
        context,
        `INSERT record + UPDATE task, ${connections} concurrent caller(s) (${floorTasks.length} tasks)`,
      );
      let next = 0;
      const floorOnce = () => {
        const task = floorTasks[next++];
        if (!task) throw new Error('the floor ran out of open tasks');
        const number = `FL${floorTag}${String(floorNumber++).padStart(8, '0')}`;
        return db.transaction().execute(async (trx) => {
          const { rows: inserted } = await sql<{ id: string }>`
            insert into followup_records (number, task_id, customer_id, staff_id, method, contacted_at,
              service_satisfaction, opinions, review_due_at)
            values (${number}, ${task.id}, ${task.customerId}, ${task.assigneeId}, 'phone', now() - interval '1 minute',
              4, ${OPINIONS[next % OPINIONS.length]}, now() + interval '3 days')
            returning id`.execute(trx);
          await sql`
            update followup_tasks set status = 'done', record_id = ${inserted[0]?.id}, completed_at = now(),
              updated_at = now(), next_attempt_at = null
             where id = ${task.id} and status in ('pending', 'in_progress', 'overdue')`.execute(trx);
        });
      };
      const warm = Math.min(1, settings.warmupSeconds);
      if (warm > 0) {
        await measureLoop(floorOnce, {
          concurrency: connections,
          seconds: warm,
          maxCount: Math.floor(floorTasks.length / 4),
        });
      }
      const floor: Summary = await measureLoop(floorOnce, {
        concurrency: connections,
        seconds: settings.seconds,
        maxCount: floorTasks.length - next - connections,
      });
      if (floor.seconds < settings.seconds * 0.95)
        log(context, `the floor used up its ${floorTasks.length} tasks`);
      floorRate = Math.max(floorRate, floor.rps * 1.2);
      saveRows.push({
        workload: 'worklist: POST /followup-records (task done)',
        db: kind,
        concurrency: connections,
        app,
        floor,
        ratio: ratio(app, floor),
        notes: { serverCpuMsPerRequest: cpuMsPerRequest },
      });
    }

    if (kind === 'postgres') {
      const connections = Math.max(...settings.connections);
      const tasks = await insertOpenTasks(
        context,
        users,
        Math.ceil((appRate * 8) / users.length),
        'waits',
        'due-now',
      );
      prepared.push(...tasks.map((t) => t.id));
      log(
        context,
        `what saving waits for: 5 s unmeasured at ${connections} connections, pg_stat_activity sampled`,
      );
      const load = httpLoad({
        url: `${baseUrl}/api/v1/followup-records`,
        method: 'POST',
        cookies: tasks.map((t) => sessions.get(t.assigneeId) as string),
        bodies: tasks.map((t, i) => saveBody(t.id, i)),
        connections,
        seconds: 5,
        maxRequests: MAX_OPERATIONS,
      });
      const waits = await sampleWaits(context, load);
      log(
        context,
        `sessions by state, wait event and statement (mean per sample):\n${Object.entries(waits)
          .map(([k, v]) => `    ${v.toFixed(2).padStart(6)}  ${k}`)
          .join('\n')}`,
      );
    }
    // The tasks prepared for saving and not used stay out of later workloads' way.
    await sql`update followup_tasks set status = 'cancelled', updated_at = now()
               where id = any(${prepared}::bigint[]) and status in ('pending', 'in_progress', 'overdue')`.execute(
      db,
    );
    return [...rows, ...saveRows];
  },
};
