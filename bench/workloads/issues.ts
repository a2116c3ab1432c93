/**
 * Issues and complaints (服务质量问题): on the customers of the `customers` workload, two years of issues
 * (BENCH_ISSUES, default 1 000 000 on PostgreSQL and 100 000 on PGlite) with their timelines, loaded set-based.
 * Then:
 *
 * - the escalation scan (`escalateIssues`, the 5-minute job) as of a working morning: a first run that catches up
 *   on the steps reached in the last three days, then runs 5 minutes apart (the steady state), against the bare
 *   count of the rows the scan starts from;
 * - `GET /api/v1/issues?departmentId=…&status=pending,in_progress` with the sessions of supervisors and
 *   department managers whose department scope covers the department, against the repository's `listIssues`
 *   with the same viewer through the same pool;
 * - 200 `POST /api/v1/issues` sent at the same moment, which must get 200 consecutive WT numbers, against the
 *   bare SQL of a registration (the month's counter, the issue, its first event, the audit chain's append) from
 *   200 callers, rolled back.
 *
 * The data is anchored on a working day at 10:00 at least a week ahead (ANCHOR_DAYS): the server's own
 * escalation job runs every 5 minutes at the real time and finds nothing to do there, so the measured runs meet
 * the state the load left. The plans of the escalation statements and of the list (EXPLAIN ANALYZE, BUFFERS; the
 * escalation's rolled back) are written to .bench/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompiledQuery, type Kysely, type RawBuilder, sql } from 'kysely';
import { isWorkingTime } from '../../src/domain/calendar/hours.ts';
import {
  DEADLINES,
  type Deadline,
  ESCALATION_STEPS,
  type EscalationStep,
  ISSUE_CATEGORIES,
} from '../../src/domain/issues/vocabulary.ts';
import type { Database } from '../../src/server/db/schema.ts';
import { appendAuditEvent } from '../../src/server/modules/audit/repository.ts';
import type { Viewer } from '../../src/server/modules/customer-access/fragments.ts';
import { subtreeIds } from '../../src/server/modules/departments/repository.ts';
import { boardOf } from '../../src/server/modules/issues/breach-board-repository.ts';
import { escalateIssues } from '../../src/server/modules/issues/escalation.ts';
import { longestReminder, recordStep } from '../../src/server/modules/issues/escalation-repository.ts';
import { listIssues } from '../../src/server/modules/issues/repository.ts';
import { clockContext } from '../../src/server/modules/issues/service.ts';
import { type HttpSummary, httpLoad, measureLoop, type Summary, singleRun, summarise } from '../measure.ts';
import { countFromEnv, type ResultRow, ratio, type Workload, type WorkloadContext } from '../workload.ts';
import { customerCount, generateCustomers } from './customer-list.ts';
import {
  captureQueries,
  dropSecondaryIndexes,
  isSuperuser,
  recreateIndexes,
  sessionsOf,
} from './followup-worklist.ts';

const TIME_ZONE = 'Asia/Shanghai';
/** The data's "now" is a working day at 10:00 at least this many days ahead (see above). */
const ANCHOR_DAYS = 7;
/** Escalation runs after the first one, 5 minutes apart as the cron makes them. */
const STEADY_RUNS = 6;
const STEADY_MINUTES = 5;
/** Escalation steps reached longer ago than this were taken by the job; the first run catches up on the rest. */
const CATCH_UP_DAYS = 3;
/** Departments whose open issues are listed, and the page the list asks for. */
const LIST_DEPARTMENTS = 20;
const PAGE = 50;
const CREATIONS = 200;
const LOAD_BATCH = 200_000;
const MAX_OPERATIONS = 2_000_000;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Kept through the load (see loadIssues). */
const ESCALATION_INDEXES = [
  'issues_solution_due_idx',
  'issues_first_response_due_idx',
  'issue_events_step_idx',
];

/** Targets of the issue, on PostgreSQL at 1 000 000 issues. */
export const ISSUE_TARGETS = { escalationMs: 2000, listP99Ms: 50 } as const;

export function issueCount(kind: string): number {
  return countFromEnv('BENCH_ISSUES', kind === 'postgres' ? 1_000_000 : 100_000);
}

const DESCRIPTIONS = [
  '设备安装后运行异响，客户要求上门检修',
  '发票信息有误，要求重开',
  '交货延迟三天，客户不满',
  '客服电话多次无人接听',
  '维修人员未按约定时间上门',
  '产品外包装破损，部分配件缺失',
  '对收费标准有异议，要求解释',
  '售后回复不及时，客户投诉',
  '培训资料与实际版本不符',
  '业务员态度生硬，客户要求更换对接人',
];
/** 电话 most, then 在线, 邮件, 拜访, and now and then 上级转呈. */
const CHANNELS = [
  ...Array<string>(12).fill('phone'),
  ...Array<string>(3).fill('online'),
  'email',
  'email',
  'visit',
  'visit',
  'escalated',
];
const ROOT_CAUSES = ['物流交接疏漏', '排班不足', '质检漏检', '系统数据错误', '沟通不到位'];
const SOLUTIONS = [
  '已上门更换配件并试机',
  '已重开发票并快递寄出',
  '已致电致歉并补偿运费',
  '已调整排班并回复客户',
];
const REASONS = ['客户误解，已解释清楚', '重复登记', '非我司责任范围'];

function log(context: WorkloadContext, message: string): void {
  context.log(`issues: ${message}`);
}

async function count(db: Kysely<Database>, query: RawBuilder<{ n: number }>): Promise<number> {
  return Number((await query.execute(db)).rows[0]?.n);
}

/**
 * The data's "now": 10:00 on the first working day at least ANCHOR_DAYS ahead, such that the steady runs after it
 * are within working hours too (the default 一般 policy escalates only then).
 */
async function anchorMoment(context: WorkloadContext): Promise<{ at: Date; day: string }> {
  const clock = await clockContext(context.db, TIME_ZONE);
  const end = (STEADY_RUNS + 1) * STEADY_MINUTES * 60_000;
  for (let d = ANCHOR_DAYS; d < ANCHOR_DAYS + 60; d++) {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(
      new Date(Date.now() + d * 86_400_000),
    );
    const at = new Date(`${day}T10:00:00+08:00`);
    const working = (t: Date) => isWorkingTime(t, clock.calendar, clock.hours, TIME_ZONE);
    if (working(at) && working(new Date(at.getTime() + end))) return { at, day };
  }
  throw new Error('no working morning within 60 days to anchor the issues on');
}

/**
 * The customers issues are about (three in ten of them), each with the department of its account manager and
 * who there handles issues (account managers, supervisors, department managers; the account manager when
 * nobody does), and the nearest supervisor and department manager in the department or up to two levels above it
 * (escalation recipients).
 */
async function prepareCustomers(context: WorkloadContext): Promise<number> {
  const { db } = context;
  await sql`drop table if exists bench_issue_customers`.execute(db);
  await sql`
    create unlogged table bench_issue_customers as
    with handlers as (
      select department_id, array_agg(id order by id) as ids from users
       where status = 'active' and roles && array['account_manager', 'supervisor', 'dept_manager']
       group by department_id
    ),
    heads as (
      select department_id,
             min(id) filter (where 'supervisor' = any(roles)) as sup,
             min(id) filter (where 'dept_manager' = any(roles)) as head
        from users where status = 'active' group by department_id
    ),
    nearest as (
      select d.id as department_id, coalesce(x.sup, xp.sup, xg.sup) as sup, coalesce(x.head, xp.head, xg.head) as head
        from departments d
        left join departments p on p.id = d.parent_id
        left join heads x on x.department_id = d.id
        left join heads xp on xp.department_id = p.id
        left join heads xg on xg.department_id = p.parent_id
    )
    select (row_number() over (order by c.id))::bigint as k, c.id as customer_id, c.owner_id as customer_owner,
           u.department_id as dept, coalesce(h.ids, array[c.owner_id]) as handlers, x.sup, x.head
      from customers c
      join users u on u.id = c.owner_id
      left join handlers h on h.department_id = u.department_id
      left join nearest x on x.department_id = u.department_id
     where c.deleted_at is null and c.merged_into_id is null`.execute(db);
  await sql`alter table bench_issue_customers add primary key (k)`.execute(db);
  const customers = await count(db, sql<{ n: number }>`select count(*)::int as n from bench_issue_customers`);
  if (!customers) throw new Error('no customers with an account manager to raise issues about');
  return Math.max(1, Math.floor(customers * 0.3));
}

/**
 * Issues 1..N, evenly over the working-ish hours (08:00–20:00) of the 730 days up to the anchor (10:00 on the
 * anchor day), so that the order of n is the order of raised_at: the month's sequence is n minus the month's
 * first n, plus one.
 */
function raisedAtSql(total: number, anchorDay: string) {
  const span = 729 * 720 + 120; // minutes: 729 days of 12 hours, and 08:00–10:00 on the anchor day
  const p = sql`((n - 0.5) * ${span}::float8 / ${total}::float8)`;
  return sql`((${anchorDay}::date - 729 + floor(${p} / 720)::int)::timestamp
    + (480 + ${p} - 720 * floor(${p} / 720)) * interval '1 minute') at time zone ${TIME_ZONE}`;
}

/**
 * The issues and their timelines, a batch of LOAD_BATCH issues per statement (issues and events in one), with the
 * two tables' secondary indexes dropped for the load and built again after it. The mix, by age as of the anchor:
 * - within the solution deadline (24 h 一般, 4 h 紧急/重大): open and running (a tenth of those past 2 h with no
 *   first response yet), a fifth resolved already;
 * - older: open with probability 0.6 up to 30 days, 0.3 up to 180 days, 0.08 beyond (≈ 15 % in all); of the open
 *   ones 15 % (up to 30 days) or 1 % (older) still running and so breached, the others paused (等待客户) before
 *   their deadline; the rest 已关闭 (88 %), 无需处理 (8 %) and 已解决 awaiting the revisit (4 %, the last 60 days);
 *   2 % of the closed ones went round twice (cycle 2). Late first responses 5 %, late solutions 8 %.
 * Urgency 80 % 一般, 15 % 紧急, 5 % 重大; the wall-clock deadlines of the default policies (2 h first response;
 * 24 h / 4 h solution). Owner: a handler of the customer's department, which is the issue's department.
 * The secondary indexes are dropped for the load and built again after it, but for the escalation's partial ones.
 * Timeline: 登记 for each; 通知主管 at registration for 紧急/重大; the moves to 已解决, 已关闭, 无需处理, the pauses;
 * and the escalation steps each deadline reached while it was still open, except in the last CATCH_UP_DAYS
 * days (left to the first run).
 */
async function loadIssues(context: WorkloadContext, total: number, anchor: Date, anchorDay: string) {
  const { db } = context;
  const customerKeys = await prepareCustomers(context);
  const raised = raisedAtSql(total, anchorDay);
  await sql`drop table if exists bench_issue_months`.execute(db);
  await sql`
    create unlogged table bench_issue_months as
    select to_char(raised_at at time zone ${TIME_ZONE}, 'YYYY-MM') as month, min(n) as first_n, max(n) as last_n
      from (select n, ${raised} as raised_at from generate_series(1::bigint, ${total}::bigint) n) s
     group by 1`.execute(db);
  const base = await count(db, sql<{ n: number }>`select coalesce(max(id), 0)::bigint as n from issues`);
  const superuser = await isSuperuser(context);
  const cutoff = new Date(anchor.getTime() - CATCH_UP_DAYS * 86_400_000);
  // The escalation job of the server runs every 5 minutes meanwhile: it needs its partial indexes (small: running
  // issues, escalation steps) and the unique one its ON CONFLICT names.
  const indexes = await dropSecondaryIndexes(context, ['issues', 'issue_events'], ESCALATION_INDEXES);
  for (let from = 1; from <= total; from += LOAD_BATCH) {
    const to = Math.min(total, from + LOAD_BATCH - 1);
    await db.transaction().execute(async (trx) => {
      if (superuser) await sql`set local session_replication_role = replica`.execute(trx);
      await sql`set local work_mem = '64MB'`.execute(trx);
      await sql`
        with s0 as (
          select n, b.customer_id, b.customer_owner, b.dept, b.sup, b.head,
                 b.handlers[(1 + (n / 7) % cardinality(b.handlers))::int] as owner_id,
                 ${raised} as raised_at,
                 (n * 2654435761) % 10000 / 10000.0 as u, (n * 7919) % 1000 / 1000.0 as u2,
                 (n * 40503) % 100 as g, (n * 97) % 100 as g2
            from generate_series(${from}::bigint, ${to}::bigint) n
            join bench_issue_customers b on b.k = 1 + (n * 104729) % ${customerKeys}::bigint
        ),
        s1 as (
          select s0.*,
                 case when g < 80 then 'normal' when g < 95 then 'urgent' else 'major' end as urgency,
                 case when g < 80 then 24 else 4 end as sol_h,
                 case when g < 80 then 4 else 1 end as dh_h,
                 extract(epoch from (${anchor}::timestamptz - raised_at)) / 3600 as age_h
            from s0
        ),
        s2 as (
          select s1.*,
                 case when age_h < sol_h then case when u < 0.2 and age_h > 2 then 'resolved' else 'fresh' end
                      when u < case when age_h <= 720 then 0.09 when age_h <= 4320 then 0.003 else 0.0008 end
                        then 'breached'
                      when u < case when age_h <= 720 then 0.6 when age_h <= 4320 then 0.3 else 0.08 end
                        then 'paused'
                      when u2 < 0.08 then 'no_action'
                      when u2 < 0.12 and age_h <= 1440 then 'resolved'
                      else 'closed' end as kind,
                 case when u2 >= 0.12 and u2 < 0.14 then 2 else 1 end as reopened
            from s1
        ),
        s3 as (
          select s2.*,
                 raised_at + interval '2 hours' as fr_due,
                 case when kind = 'closed' and reopened = 2 then raised_at + interval '3 days' else raised_at end
                   + sol_h * interval '1 hour' as sol_due,
                 case when kind = 'closed' then reopened else 1 end as cycle,
                 case kind
                   when 'fresh' then
                     case when age_h < 2 then case when u2 < 0.5 then null else raised_at + (age_h / 2) * interval '1 hour' end
                          when u2 < 0.1 then null
                          else raised_at + (10 + g2) * interval '1 minute' end
                   when 'breached' then case when u2 < 0.25 then null else raised_at + (10 + g2) * interval '1 minute' end
                   when 'paused' then raised_at + (10 + g2) * interval '1 minute'
                   when 'resolved' then raised_at + (5 + g2) * interval '1 minute'
                   else case when g2 < 5 then raised_at + (120 + g2 * 30) * interval '1 minute'
                             else raised_at + (5 + g2) * interval '1 minute' end
                 end as fr_at
            from s2
        ),
        s4 as (
          select s3.*,
                 case when kind in ('fresh', 'breached') then case when fr_at is null then 'pending' else 'in_progress' end
                      when kind = 'paused' then 'in_progress'
                      else kind end as status,
                 case when kind in ('closed', 'resolved') then
                   least(${anchor}::timestamptz - interval '1 minute', greatest(fr_at + interval '10 minutes',
                     sol_due - sol_h * interval '1 hour'
                       + sol_h * case when (n * 13) % 100 < 8 then 1 + 2 * u2 else 0.2 + 0.7 * u2 end * interval '1 hour'))
                 end as resolved_at,
                 case when kind = 'paused' then fr_at + sol_h * 0.4 * u2 * interval '1 hour' end as paused_at
            from s3
        ),
        s as materialized (
          select s4.*,
                 case when kind = 'closed' then
                   least(${anchor}::timestamptz - interval '1 minute', resolved_at + (1 + g2 % 5) * interval '1 day')
                 end as closed_at,
                 coalesce(fr_at, 'infinity'::timestamptz) as fr_end,
                 coalesce(resolved_at, paused_at, case when kind = 'no_action' then fr_at + interval '1 hour' end,
                   'infinity'::timestamptz) as sol_end,
                 least(raised_at + interval '3 minutes', ${anchor}::timestamptz) as registered_at
            from s4
        ),
        inserted as (
          insert into issues (id, number, customer_id, channel, reporter_name, reply_only, category, description,
            urgency, raised_at, department_id, owner_id, status, validity, validity_reply, responsibility,
            at_fault_user_id, root_cause, solution, no_action_reason, first_response_at, first_response_due_at,
            solution_due_at, clock, paused_at, cycle, resolved_at, closed_at, satisfaction, registered_by,
            created_at, updated_at, version)
          overriding system value
          select ${base}::bigint + s.n,
                 'WT' || replace(m.month, '-', '') ||
                   case when s.n - m.first_n + 1 < 1000 then lpad((s.n - m.first_n + 1)::text, 3, '0')
                        else (s.n - m.first_n + 1)::text end,
                 s.customer_id,
                 (${CHANNELS}::text[])[(1 + (s.n * 7) % ${CHANNELS.length})::int],
                 (array['王','李','张','刘','陈'])[(1 + s.n % 5)::int] || (array['经理','工','女士','先生'])[(1 + (s.n / 5) % 4)::int],
                 s.g2 < 5,
                 (${[...ISSUE_CATEGORIES]}::text[])[(1 + (s.n / 3) % ${ISSUE_CATEGORIES.length})::int],
                 (${DESCRIPTIONS}::text[])[(1 + (s.n / 11) % ${DESCRIPTIONS.length})::int],
                 s.urgency, s.raised_at, s.dept, s.owner_id, s.status,
                 case when s.resolved_at is not null then case when s.u2 * 1000 % 7 < 1 then 'invalid' else 'valid' end end,
                 case when s.resolved_at is not null and s.u2 * 1000 % 7 < 1 then '经核实，问题不成立，已向客户说明' end,
                 case when s.resolved_at is not null and s.u2 * 1000 % 7 >= 1 then
                   case when s.g2 % 5 < 2 then 'personal' else 'team' end end,
                 case when s.resolved_at is not null and s.u2 * 1000 % 7 >= 1 and s.g2 % 5 < 2 then s.owner_id end,
                 case when s.resolved_at is not null then (${ROOT_CAUSES}::text[])[(1 + s.n % ${ROOT_CAUSES.length})::int] end,
                 case when s.resolved_at is not null then (${SOLUTIONS}::text[])[(1 + (s.n / 7) % ${SOLUTIONS.length})::int] end,
                 case when s.status = 'no_action' then (${REASONS}::text[])[(1 + s.n % ${REASONS.length})::int] end,
                 s.fr_at, s.fr_due, s.sol_due, 'wall', s.paused_at, s.cycle, s.resolved_at, s.closed_at,
                 case when s.closed_at is not null then
                   case s.g2 % 20 when 0 then 2 when 1 then 3 when 2 then 3 else 4 + s.g2 % 2 end end,
                 s.customer_owner, s.registered_at,
                 greatest(s.registered_at, coalesce(s.closed_at, s.resolved_at, s.paused_at, s.fr_at, s.registered_at)),
                 1 + (s.fr_at is not null)::int + (s.resolved_at is not null)::int + (s.closed_at is not null)::int
                   + (s.paused_at is not null)::int
            from s join bench_issue_months m on m.month = to_char(s.raised_at at time zone ${TIME_ZONE}, 'YYYY-MM')
          returning 1
        )
        insert into issue_events (issue_id, kind, from_status, to_status, deadline, step, cycle, recipient_id,
          details, actor_id, at)
        select ${base}::bigint + s.n, ev.kind, ev.from_status, ev.to_status, ev.deadline, ev.step, ev.cycle,
               ev.recipient_id, ev.details, ev.actor_id, ev.at
          from s
          cross join lateral (values
            ('registered'::text, null::text, 'pending'::text, null::text, null::text, 1, null::bigint, null::jsonb,
              s.customer_owner, s.registered_at),
            (case when s.urgency <> 'normal' then 'notified' end, null, null, 'first_response', 'at_creation', 1,
              s.sup, null, null, s.registered_at),
            (case when s.resolved_at is not null then 'moved' end, 'in_progress', 'resolved', null, null, s.cycle,
              null, null, s.owner_id, s.resolved_at),
            (case when s.closed_at is not null then 'moved' end, 'resolved', 'closed', null, null, s.cycle,
              null, null, s.owner_id, s.closed_at),
            (case when s.status = 'no_action' then 'moved' end, 'in_progress', 'no_action', null, null, s.cycle,
              null, null, s.owner_id, s.fr_at + interval '1 hour'),
            (case when s.paused_at is not null then 'paused' end, null, null, null, null, s.cycle,
              null, null, s.owner_id, s.paused_at),
            (case when s.fr_due - interval '30 minutes' < least(s.fr_end, ${cutoff}::timestamptz) then 'escalation' end,
              null, null, 'first_response', 'remind', s.cycle, s.owner_id,
              jsonb_build_object('dueAt', s.fr_due), null, s.fr_due - interval '30 minutes'),
            (case when s.fr_due < least(s.fr_end, ${cutoff}::timestamptz) then 'escalation' end,
              null, null, 'first_response', 'supervisor', s.cycle, s.sup,
              jsonb_build_object('dueAt', s.fr_due), null, s.fr_due),
            (case when s.fr_due + s.dh_h * interval '1 hour' < least(s.fr_end, ${cutoff}::timestamptz) then 'escalation' end,
              null, null, 'first_response', 'department_head', s.cycle, s.head,
              jsonb_build_object('dueAt', s.fr_due), null, s.fr_due + s.dh_h * interval '1 hour'),
            (case when s.sol_due - interval '30 minutes' < least(s.sol_end, ${cutoff}::timestamptz) then 'escalation' end,
              null, null, 'solution', 'remind', s.cycle, s.owner_id,
              jsonb_build_object('dueAt', s.sol_due), null, s.sol_due - interval '30 minutes'),
            (case when s.sol_due < least(s.sol_end, ${cutoff}::timestamptz) then 'escalation' end,
              null, null, 'solution', 'supervisor', s.cycle, s.sup,
              jsonb_build_object('dueAt', s.sol_due), null, s.sol_due),
            (case when s.sol_due + s.dh_h * interval '1 hour' < least(s.sol_end, ${cutoff}::timestamptz) then 'escalation' end,
              null, null, 'solution', 'department_head', s.cycle, s.head,
              jsonb_build_object('dueAt', s.sol_due), null, s.sol_due + s.dh_h * interval '1 hour')
          ) ev (kind, from_status, to_status, deadline, step, cycle, recipient_id, details, actor_id, at)
         where ev.kind is not null`.execute(trx);
    });
    log(context, `load: ${to} of ${total} issues`);
  }
  const started = performance.now();
  await recreateIndexes(context, indexes);
  log(
    context,
    `load: ${indexes.length} indexes (${indexes.map((i) => i.name).join(', ')}) rebuilt in ` +
      `${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  // Each month's counter at its last number, so that registering goes on from there.
  await sql`
    insert into issue_counters (month, last)
    select month, (last_n - first_n + 1)::int from bench_issue_months
    on conflict (month) do update set last = greatest(issue_counters.last, excluded.last)`.execute(db);
  await sql`select setval(pg_get_serial_sequence('issues', 'id'), (select max(id) from issues))`.execute(db);
  await sql`select setval(pg_get_serial_sequence('issue_events', 'id'), (select max(id) from issue_events))`.execute(
    db,
  );
  await sql`drop table bench_issue_customers`.execute(db);
  await sql`drop table bench_issue_months`.execute(db);
  await sql`analyze issues, issue_events, issue_counters`.execute(db);
}

/** Writes the loaded data out now, so that the measured runs do not pay for it (needs a superuser). */
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

/** What was loaded, for the log and the report. */
async function describe(context: WorkloadContext, anchor: Date): Promise<Record<string, number>> {
  const { rows } = await sql<Record<string, string>>`
    select count(*) as issues,
           count(*) filter (where status in ('pending', 'in_progress')) as open,
           count(*) filter (where status in ('pending', 'in_progress') and paused_at is null) as running,
           count(*) filter (where status in ('pending', 'in_progress') and paused_at is null
             and (solution_due_at <= ${anchor} or (first_response_at is null and first_response_due_at <= ${anchor})))
             as breached,
           count(*) filter (where status in ('pending', 'in_progress') and paused_at is not null) as paused,
           count(*) filter (where status = 'closed') as closed,
           count(*) filter (where status = 'resolved') as resolved,
           count(*) filter (where status = 'no_action') as no_action,
           count(*) filter (where urgency <> 'normal') as serious,
           count(*) filter (where cycle > 1) as reopened,
           count(distinct department_id) as departments,
           (select count(*) from issue_events) as events,
           (select count(*) from issue_events where kind = 'escalation') as escalation_events
      from issues`.execute(context.db);
  return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
}

/** The rows each escalation statement starts from: running issues whose deadline is at most the reach ahead. */
function candidateCount(db: Kysely<Database>, asOf: Date, reachMinutes: number) {
  const reach = new Date(asOf.getTime() + reachMinutes * 60_000);
  return sql<{ n: number }>`
    select (select count(*) from issues i
             where i.status in ('pending', 'in_progress') and i.paused_at is null and i.first_response_at is null
               and i.first_response_due_at <= ${reach})
         + (select count(*) from issues i
             where i.status in ('pending', 'in_progress') and i.paused_at is null and i.solution_due_at <= ${reach})
           as n`.execute(db);
}

class RollBack extends Error {}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the six escalation statements as of a moment, in one transaction rolled back.
 * `undo`: the steps a run as of that moment recorded are deleted first (in the same transaction), so that the
 * plans show that run's work.
 */
async function explainEscalation(
  context: WorkloadContext,
  asOf: Date,
  label: string,
  undo = false,
): Promise<string> {
  const { db } = context;
  const clock = await clockContext(db, TIME_ZONE);
  const options = {
    workingNow: isWorkingTime(asOf, clock.calendar, clock.hours, TIME_ZONE),
    reachMinutes: await longestReminder(db),
  };
  const out = [`-- escalation as of ${asOf.toISOString()} (${label}), ${context.kind}; rolled back`];
  await db
    .transaction()
    .execute(async (trx) => {
      if (undo) await sql`delete from issue_events where kind = 'escalation' and at = ${asOf}`.execute(trx);
      for (const deadline of Object.keys(DEADLINES) as Deadline[]) {
        for (const step of Object.keys(ESCALATION_STEPS) as EscalationStep[]) {
          for (const q of await captureQueries((probe) => recordStep(probe, deadline, step, asOf, options))) {
            const plan = await trx.executeQuery<{ 'QUERY PLAN': string }>(
              CompiledQuery.raw(`explain (analyze, buffers) ${q.sql}`, [...q.parameters]),
            );
            out.push(
              '',
              `-- ${deadline} / ${step}`,
              q.sql,
              `-- parameters: ${JSON.stringify(q.parameters)}`,
              ...plan.rows.map((r) => r['QUERY PLAN']),
            );
          }
        }
      }
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return out.join('\n');
}

async function explainList(context: WorkloadContext, viewer: Viewer, departmentId: number): Promise<string> {
  const page = { limit: PAGE, after: null, now: new Date() };
  const filter = { departmentId, status: ['pending', 'in_progress'] };
  const out = [`-- list of department ${departmentId} as user ${viewer.userId} (${context.kind})`];
  for (const q of await captureQueries((probe) => listIssues(probe, viewer, filter, page))) {
    await context.db.executeQuery(CompiledQuery.raw(q.sql, [...q.parameters])); // warm
    const plan = await context.db.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain (analyze, buffers) ${q.sql}`, [...q.parameters]),
    );
    out.push(
      q.sql,
      `-- parameters: ${JSON.stringify(q.parameters)}`,
      ...plan.rows.map((r) => r['QUERY PLAN']),
    );
  }
  return out.join('\n');
}

function writePlans(kind: string, text: string): string {
  const dir = path.join(ROOT, '.bench');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `plans-issues-${kind}-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`);
  fs.writeFileSync(file, `${text}\n`);
  return file;
}

/** The escalation job: a first run as of the anchor, then STEADY_RUNS runs 5 minutes apart. */
async function measureEscalation(
  context: WorkloadContext,
  anchor: Date,
  plans: string[],
): Promise<ResultRow[]> {
  const { db, kind } = context;
  const reachMinutes = await longestReminder(db);
  const moments = Array.from(
    { length: STEADY_RUNS + 1 },
    (_, i) => new Date(anchor.getTime() + i * STEADY_MINUTES * 60_000),
  );
  const runs: { ms: number; floorMs: number; candidates: number; escalated: number; counts: object }[] = [];
  for (const asOf of moments) {
    // The floor first: it reads the same index pages the run will, so neither finds them colder.
    let started = performance.now();
    const candidates = Number((await candidateCount(db, asOf, reachMinutes)).rows[0]?.n);
    const floorMs = performance.now() - started;
    started = performance.now();
    const counts = await escalateIssues(db, asOf, TIME_ZONE);
    const ms = performance.now() - started;
    const escalated = counts.reminded + counts.toSupervisor + counts.toDepartmentHead;
    runs.push({ ms, floorMs, candidates, escalated, counts });
    log(
      context,
      `escalation as of ${asOf.toISOString()}: ${ms.toFixed(0)} ms, ${JSON.stringify(counts)}; ` +
        `${candidates} candidate rows counted in ${floorMs.toFixed(1)} ms`,
    );
    if (runs.length === 1) {
      const again = await escalateIssues(db, asOf, TIME_ZONE);
      const repeated = again.reminded + again.toSupervisor + again.toDepartmentHead;
      if (repeated !== 0)
        throw new Error(`the escalation run repeated at the same moment added ${repeated} steps`);
    }
  }
  plans.push(await explainEscalation(context, anchor, 'the first run, its steps undone first', true));
  plans.push(
    await explainEscalation(
      context,
      new Date(anchor.getTime() + (STEADY_RUNS + 1) * STEADY_MINUTES * 60_000),
      'the next steady run',
    ),
  );
  const first = runs[0] as (typeof runs)[number];
  const steady = runs.slice(1);
  const steadyApp = summarise(
    Float64Array.from(steady.map((r) => r.ms)),
    steady.reduce((a, r) => a + r.ms, 0) / 1000,
  );
  const steadyFloor = summarise(
    Float64Array.from(steady.map((r) => r.floorMs)),
    steady.reduce((a, r) => a + r.floorMs, 0) / 1000,
  );
  const noFailures = { non2xx: 0, errors: 0, timeouts: 0 };
  return [
    {
      workload: `issues: escalation, first run (catch-up: ${first.escalated} steps)`,
      db: kind,
      concurrency: 1,
      app: { ...singleRun(first.ms, 1), ...noFailures },
      floor: singleRun(first.floorMs, 1),
      ratio: { p50: first.ms / first.floorMs, p99: first.ms / first.floorMs, rps: first.floorMs / first.ms },
      notes: {
        firstRunMs: first.ms,
        firstRunSteps: first.escalated,
        firstRunCandidates: first.candidates,
        targetMs: ISSUE_TARGETS.escalationMs,
      },
    },
    {
      workload: `issues: escalation, ${steady.length} runs ${STEADY_MINUTES} min apart (per run)`,
      db: kind,
      concurrency: 1,
      app: { ...steadyApp, rps: 1000 / steadyApp.mean, ...noFailures },
      floor: { ...steadyFloor, rps: 1000 / steadyFloor.mean },
      ratio: ratio(steadyApp, steadyFloor),
      notes: {
        steadyMaxMs: steadyApp.max,
        steadyMeanMs: steadyApp.mean,
        steadySteps: steady.reduce((a, r) => a + r.escalated, 0),
        steadyCandidatesMean: steady.reduce((a, r) => a + r.candidates, 0) / steady.length,
        targetMs: ISSUE_TARGETS.escalationMs,
      },
    },
  ];
}

interface ListCase {
  departmentId: number;
  userId: number;
  viewer: Viewer;
}

/** The departments with the most open issues, each with its supervisors and the managers above it. */
async function listCases(context: WorkloadContext): Promise<ListCase[]> {
  const { rows } = await sql<{ department_id: string; user_id: string; user_department: string }>`
    with busiest as (
      select department_id, count(*) as n from issues
       where status in ('pending', 'in_progress') and department_id is not null
       group by department_id order by n desc, department_id limit ${LIST_DEPARTMENTS}
    )
    select b.department_id, v.id as user_id, v.department_id as user_department
      from busiest b
      join departments d on d.id = b.department_id
      join users v on v.status = 'active'
       and ((v.department_id = d.id and v.roles && array['supervisor', 'dept_manager'])
         or (v.department_id = d.parent_id and 'dept_manager' = any(v.roles)))
     order by b.n desc, b.department_id, v.id`.execute(context.db);
  const cases: ListCase[] = [];
  for (const r of rows) {
    const userId = Number(r.user_id);
    cases.push({
      departmentId: Number(r.department_id),
      userId,
      viewer: {
        userId,
        scope: {
          kind: 'department',
          userId,
          departmentIds: await subtreeIds(context.db, Number(r.user_department)),
        },
      },
    });
  }
  if (cases.length === 0)
    throw new Error('no supervisor or department manager sees a department with open issues');
  return cases;
}

async function measureList(context: WorkloadContext, plans: string[]): Promise<ResultRow[]> {
  const { db, baseUrl, settings, kind } = context;
  const cases = await listCases(context);
  const sessions = await sessionsOf(context, [...new Set(cases.map((c) => c.userId))]);
  const cookies = cases.map((c) => sessions.get(c.userId) as string);
  const paths = cases.map((c) => `/api/v1/issues?departmentId=${c.departmentId}&status=pending,in_progress`);
  const sizes = await sql<{ n: number }>`
    select count(*)::int as n from issues where department_id = any(${[...new Set(cases.map((c) => c.departmentId))]}::bigint[])
       and status in ('pending', 'in_progress') group by department_id order by 1`.execute(db);
  const open = sizes.rows.map((r) => Number(r.n));
  log(
    context,
    `list: ${cases.length} (department, viewer) pairs over ${open.length} departments with ` +
      `${open[0]}–${open[open.length - 1]} open issues each`,
  );
  for (const [i, c] of cases.entries()) {
    const probe = await fetch(`${baseUrl}${paths[i]}`, { headers: { cookie: cookies[i] as string } });
    const body = (await probe.json()) as { items?: unknown[] };
    if (probe.status !== 200 || !body.items?.length)
      throw new Error(
        `GET ${paths[i]} as user ${c.userId} answered ${probe.status} with ${body.items?.length} rows: ` +
          JSON.stringify(body).slice(0, 300),
      );
  }
  const busiest = cases[0] as ListCase;
  plans.push(await explainList(context, busiest.viewer, busiest.departmentId));
  const filter = (c: ListCase) => ({ departmentId: c.departmentId, status: ['pending', 'in_progress'] });
  const rows: ResultRow[] = [];
  for (const connections of settings.connections) {
    log(context, `GET /api/v1/issues?departmentId&status=pending,in_progress, ${connections} connection(s)`);
    const cpu = process.cpuUsage();
    const app: HttpSummary = await httpLoad({
      url: `${baseUrl}/api/v1/issues`,
      paths,
      cookies,
      connections,
      seconds: settings.seconds,
      warmupSeconds: settings.warmupSeconds,
      maxRequests: MAX_OPERATIONS,
    });
    const used = process.cpuUsage(cpu);
    const requests = app.count + app.non2xx + app.errors + (app.warmupRequests ?? 0);
    const cpuMsPerRequest = (used.user + used.system) / 1000 / Math.max(1, requests);
    log(context, `list: listIssues (repository), ${connections} concurrent caller(s)`);
    const floor = await measureLoop(
      (i) => {
        const c = cases[i % cases.length] as ListCase;
        return listIssues(db, c.viewer, filter(c), { limit: PAGE, after: null, now: new Date() });
      },
      {
        concurrency: connections,
        seconds: settings.seconds,
        warmupSeconds: Math.min(1, settings.warmupSeconds),
        maxCount: MAX_OPERATIONS,
      },
    );
    rows.push({
      workload: `issues: GET /issues?departmentId&status=pending,in_progress (${open.length} departments)`,
      db: kind,
      concurrency: connections,
      app,
      floor,
      ratio: ratio(app, floor),
      notes: {
        serverCpuMsPerRequest: cpuMsPerRequest,
        targetP99Ms: ISSUE_TARGETS.listP99Ms,
        ...(rows.length === 0
          ? {
              pairs: cases.length,
              openPerDepartmentMin: open[0] ?? 0,
              openPerDepartmentMax: open.at(-1) ?? 0,
            }
          : {}),
      },
    });
  }
  return rows;
}

/**
 * 超时看板 as the executive (every department) and as the busiest department's first viewer opens it: the open
 * issues past a deadline now, with their counts. The data's deadlines fall around its anchor, days ahead, so "now"
 * sees those already due before it (the backlog of breached, still open issues).
 */
async function measureBoard(context: WorkloadContext, busiest: ListCase): Promise<ResultRow[]> {
  const { db, baseUrl, settings, kind } = context;
  const { rows } = await sql<{ id: string }>`select id from users
    where 'executive' = any(roles) and status = 'active' order by id limit 1`.execute(db);
  const executive = Number(rows[0]?.id);
  const viewers: { label: string; userId: number; viewer: Viewer }[] = [
    {
      label: 'executive, every department',
      userId: executive,
      viewer: { userId: executive, scope: { kind: 'all' } },
    },
    { label: 'department viewer', userId: busiest.userId, viewer: busiest.viewer },
  ];
  const sessions = await sessionsOf(
    context,
    viewers.map((v) => v.userId),
  );
  const result: ResultRow[] = [];
  for (const v of viewers) {
    const cookie = sessions.get(v.userId) as string;
    const probe = await fetch(`${baseUrl}/api/v1/issues/breach-board`, { headers: { cookie } });
    const body = (await probe.json()) as { summary?: { total: number } };
    if (probe.status !== 200)
      throw new Error(`breach board as ${v.label}: ${probe.status} ${JSON.stringify(body)}`);
    log(context, `breach board (${v.label}): ${body.summary?.total} breached open issues`);
    const app = await httpLoad({
      url: `${baseUrl}/api/v1/issues/breach-board`,
      paths: ['/api/v1/issues/breach-board'],
      cookies: [cookie],
      connections: 1,
      seconds: settings.seconds,
      warmupSeconds: settings.warmupSeconds,
      maxRequests: MAX_OPERATIONS,
    });
    const floor = await measureLoop(() => boardOf(db, v.viewer, {}, new Date()), {
      concurrency: 1,
      seconds: settings.seconds,
      warmupSeconds: Math.min(1, settings.warmupSeconds),
      maxCount: MAX_OPERATIONS,
    });
    result.push({
      workload: `issues: GET /issues/breach-board (${v.label})`,
      db: kind,
      concurrency: 1,
      app,
      floor,
      ratio: ratio(app, floor),
      notes: { breached: body.summary?.total ?? 0 },
    });
  }
  return result;
}

function monthNow(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date()).slice(0, 7);
}

/**
 * 200 registrations at the same moment, by 200 account managers and supervisors on customers of theirs: all must
 * succeed with the 200 numbers after the month's counter, each once.
 */
async function measureCreations(context: WorkloadContext): Promise<ResultRow[]> {
  const { db, baseUrl, kind } = context;
  const { rows: people } = await sql<{ user_id: string; customer_id: string }>`
    select u.id as user_id,
           coalesce((select c.id from customers c where c.owner_id = u.id and c.deleted_at is null order by c.id limit 1),
                    (select c.id from customers c where c.deleted_at is null order by c.id offset u.id % 1000 limit 1))
             as customer_id
      from users u
     where u.status = 'active' and u.roles && array['account_manager', 'supervisor']
     order by u.id limit ${CREATIONS}`.execute(db);
  if (people.length < CREATIONS) throw new Error(`only ${people.length} users may register issues`);
  const sessions = await sessionsOf(
    context,
    people.map((p) => Number(p.user_id)),
  );
  const tag = `压测并发登记-${Date.now().toString(36)}`;
  const month = monthNow();
  const before = await count(
    db,
    sql<{ n: number }>`select coalesce((select last from issue_counters where month = ${month}), 0) as n`,
  );
  const raisedAt = new Date(Date.now() - 60_000).toISOString();
  const bodies = people.map((p, i) =>
    JSON.stringify({
      customerId: Number(p.customer_id),
      channel: 'phone',
      urgency: 'normal',
      description: `${tag} #${i + 1}：客户来电反映设备故障`,
      raisedAt,
    }),
  );
  log(context, `${CREATIONS} concurrent POST /api/v1/issues (month ${month}, counter at ${before})`);
  const app = await httpLoad({
    url: `${baseUrl}/api/v1/issues`,
    method: 'POST',
    cookies: people.map((p) => sessions.get(Number(p.user_id)) as string),
    bodies,
    burst: true,
    connections: CREATIONS,
    seconds: 60,
  });
  const { rows: created } = await sql<{ number: string }>`
    select number from issues where description like ${`${tag} #%`} order by number`.execute(db);
  const numbers = created.map((r) => r.number);
  const prefix = `WT${month.replace('-', '')}`;
  const expected = Array.from({ length: CREATIONS }, (_, i) => {
    const seq = before + i + 1;
    return `${prefix}${seq < 1000 ? String(seq).padStart(3, '0') : seq}`;
  }).sort();
  const consecutive =
    app.count === CREATIONS &&
    numbers.length === CREATIONS &&
    new Set(numbers).size === CREATIONS &&
    numbers.every((n, i) => n === expected[i]);
  log(
    context,
    `${app.count} created (${app.non2xx} non-2xx, ${app.errors} errors) in ${(app.seconds * 1000).toFixed(0)} ms: ` +
      `numbers ${numbers[0]} … ${numbers.at(-1)}, ${new Set(numbers).size} distinct, ` +
      (consecutive ? 'consecutive from the counter' : 'NOT the 200 consecutive numbers after the counter'),
  );
  if (!consecutive)
    throw new Error(
      `200 concurrent registrations: expected ${expected[0]}…${expected.at(-1)}, got ${numbers.length} numbers ` +
        `(${new Set(numbers).size} distinct) ${numbers.slice(0, 3).join(', ')} …`,
    );

  // The floor: the SQL a registration cannot do without (the month's counter, the issue, its first event, the
  // audit chain's append) in one transaction, from 200 callers at once, rolled back (the counter too).
  const template = (
    await sql<Record<string, unknown>>`
    select customer_id, department_id, owner_id from issues where description like ${`${tag} #%`} limit 1`.execute(
      db,
    )
  ).rows[0] as { customer_id: number; department_id: number; owner_id: number };
  const floorLatencies = new Float64Array(CREATIONS);
  const floorStarted = performance.now();
  await Promise.all(
    Array.from({ length: CREATIONS }, async (_, i) => {
      const started = performance.now();
      await db
        .transaction()
        .execute(async (trx) => {
          const { rows } = await sql<{ last: number }>`
            insert into issue_counters (month, last) values (${month}, 1)
            on conflict (month) do update set last = issue_counters.last + 1 returning last`.execute(trx);
          const number = `FL${prefix}${rows[0]?.last}`;
          const inserted = await sql<{ id: number }>`
            insert into issues (number, customer_id, channel, description, urgency, raised_at, department_id, owner_id,
              first_response_due_at, solution_due_at, clock, registered_by)
            values (${number}, ${template.customer_id}, 'phone', ${`floor #${i}`}, 'normal', now(),
              ${template.department_id}, ${template.owner_id}, now() + interval '2 hours', now() + interval '24 hours',
              'wall', ${template.owner_id})
            returning id`.execute(trx);
          await sql`
            insert into issue_events (issue_id, kind, to_status, actor_id, cycle)
            values (${inserted.rows[0]?.id}, 'registered', 'pending', ${template.owner_id}, 1)`.execute(trx);
          await appendAuditEvent(trx, {
            occurredAt: new Date(),
            actorId: template.owner_id,
            actorName: null,
            action: 'issues.registered',
            targetType: 'issue',
            targetId: String(inserted.rows[0]?.id),
            details: { number },
            ip: '127.0.0.1',
          });
          throw new RollBack();
        })
        .catch((error: unknown) => {
          if (!(error instanceof RollBack)) throw error;
        });
      floorLatencies[i] = performance.now() - started;
    }),
  );
  const floor: Summary = summarise(floorLatencies, (performance.now() - floorStarted) / 1000);
  log(
    context,
    `floor: ${CREATIONS} registrations' bare SQL at once, rolled back, in ${(floor.seconds * 1000).toFixed(0)} ms`,
  );
  return [
    {
      workload: `issues: ${CREATIONS} concurrent POST /issues (wall ${(app.seconds * 1000).toFixed(0)} ms, consecutive numbers)`,
      db: kind,
      concurrency: CREATIONS,
      app,
      floor,
      ratio: ratio(app, floor),
      notes: { wallMs: app.seconds * 1000, floorWallMs: floor.seconds * 1000, counterBefore: before },
    },
  ];
}

export const issues: Workload = {
  name: 'issues',
  description:
    'issues: the escalation scan (first run and every 5 minutes), the department list of open issues, the breach board, 200 registrations at once',
  async run(context: WorkloadContext): Promise<ResultRow[]> {
    const { kind } = context;
    await generateCustomers(context, customerCount(kind));
    const total = issueCount(kind);
    const { at: anchor, day } = await anchorMoment(context);
    log(context, `anchor (the data's "now"): ${anchor.toISOString()} (${day} 10:00 ${TIME_ZONE})`);
    let started = performance.now();
    await loadIssues(context, total, anchor, day);
    await checkpoint(context);
    const loadSeconds = (performance.now() - started) / 1000;
    const loaded = await describe(context, anchor);
    log(context, `loaded in ${loadSeconds.toFixed(0)} s: ${JSON.stringify(loaded)}`);

    const plans: string[] = [];
    started = performance.now();
    const escalation = await measureEscalation(context, anchor, plans);
    const list = await measureList(context, plans);
    const board = await measureBoard(context, (await listCases(context))[0] as ListCase);
    const file = writePlans(kind, plans.join('\n\n'));
    log(context, `plans of the escalation statements and of the list written to ${file}`);
    const creations = await measureCreations(context);
    const first = escalation[0] as ResultRow;
    first.notes = { ...first.notes, loadSeconds, ...loaded };
    return [...escalation, ...list, ...board, ...creations];
  },
};
