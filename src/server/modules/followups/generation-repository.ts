import { type Kysely, type RawBuilder, sql } from 'kysely';
import { addDays, dateIn } from '../../../domain/calendar/dates.ts';
import type { Audience, SimpleAssignee } from '../../../domain/followups/rules.ts';
import { PREFERRED_CHANNEL_WORDS } from '../../../domain/followups/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { NEXT_FOLLOWUP_FROM_MADE } from './summary-repository.ts';

/**
 * The SQL of task generation: one INSERT … SELECT per periodic rule, one read and one batched INSERT per event
 * rule. `on conflict do nothing` on (customer_id, source_key) makes every run idempotent, also when two
 * instances generate at once.
 */

/**
 * Numbers in [0, 1), the same on every run for the same inputs: reproducible sampling, spreading and picking.
 * PostgreSQL's own extended hashes (those of hash partitioning): an integer hash costs next to nothing per
 * customer, where md5 over a text was a good part of a run over a million customers.
 */
const unit = (hash: RawBuilder<unknown>) => sql<number>`((${hash} & 2147483647)::float8 / 2147483648.0)`;
/** Of a customer id and a key such as `r12:m1:2026-12-01` (the key becomes the hash's seed). */
const idHash = (id: RawBuilder<unknown>, key: string) =>
  unit(sql`hashint8extended(${id}, ${seedOf(key)}::int8)`);
/** Of a text and an integer seed. */
const textHash = (text: RawBuilder<unknown>, seed: RawBuilder<unknown>) =>
  unit(sql`hashtextextended(${text}, ${seed}::int8)`);

/** FNV-1a of a key, as a 32-bit seed. */
export function seedOf(key: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(key)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export interface TaskShape {
  ruleId: number;
  ruleVersion: number;
  type: string;
  method: string;
  priority: string;
  proactive: boolean;
  serviceCritical: boolean;
  signatureRequired: boolean;
  samplingRate: number;
  audience: Audience;
  /** Resolved assignee: a department id for role assignees (null: the owner's department). */
  assignee: ResolvedAssignee;
  /** Proactive contacts a customer may get in one calendar week. */
  weeklyCap: number;
  timeZone: string;
}

export type ResolvedAssignee =
  | Exclude<SimpleAssignee, { kind: 'role' }>
  | { kind: 'role'; role: string; departmentId: number | null };

const textArray = (values: readonly string[]) => sql`${values}::text[]`;

const AUDIENCE_LISTS = [
  ['tier', 'tiers'],
  ['kind', 'kinds'],
  ['status', 'statuses'],
  ['province', 'provinces'],
] as const;

/** The audience's non-empty lists as conditions on alias c (so that the planner can use the tier indexes). */
function audienceLists(a: Audience) {
  return [
    ...AUDIENCE_LISTS.filter(([, list]) => a[list].length > 0).map(
      ([column, list]) => sql`${sql.ref(`c.${column}`)} = any(${textArray(a[list])})`,
    ),
    ...(a.tags.length > 0 ? [sql`c.tags && ${textArray(a.tags)}`] : []),
    ...(a.excludeTags.length > 0 ? [sql`not coalesce(c.tags && ${textArray(a.excludeTags)}, false)`] : []),
  ];
}

/** The customer columns an audience's conditions read (a claim's, on a candidate that is alive already). */
function audienceColumns(a: Audience) {
  return [
    ...AUDIENCE_LISTS.filter(([, list]) => a[list].length > 0).map(([column]) => column),
    ...(a.tags.length + a.excludeTags.length > 0 ? ['tags'] : []),
  ];
}

/**
 * Customers the rule applies to (on alias c): alive, in its audience, reachable unless service-critical. The
 * condition matches the partial index of migration 0028, whose columns a proactive rule's pass reads only.
 */
function audienceCondition(shape: Pick<TaskShape, 'audience' | 'serviceCritical'>) {
  const conditions = [
    sql`c.deleted_at is null and c.merged_into_id is null and c.destroyed_at is null`,
    ...(shape.serviceCritical ? [] : [sql`not c.do_not_contact`]),
    ...audienceLists(shape.audience),
  ];
  return sql<boolean>`(${sql.join(conditions, sql` and `)})`;
}

/**
 * Who does the task, for customer c: `join` goes after `from customers c`, `expression` in the select list. A
 * role's members are gathered once per department (not looked up per customer) and a customer's task goes to
 * one of them by `pick` (a hash in [0, 1)), which spreads a team's tasks evenly.
 */
function assigneeOf(assignee: ResolvedAssignee, pick: RawBuilder<number>) {
  if (assignee.kind === 'owner') return { join: sql``, expression: sql<number>`c.owner_id` };
  if (assignee.kind === 'agent')
    return { join: sql``, expression: sql<number>`coalesce(c.agent_id, c.owner_id)` };
  return {
    join: sql`left join users pool_owner on pool_owner.id = c.owner_id
      left join (select department_id, array_agg(id order by id) as ids from users
        where status = 'active' and ${assignee.role} = any(roles) group by department_id) pool
        on pool.department_id = coalesce(${assignee.departmentId}::bigint, pool_owner.department_id)`,
    expression: sql<number>`pool.ids[1 + floor(${pick} * cardinality(pool.ids))::int]`,
  };
}

/**
 * A task a higher-ranked periodic rule will plan for a customer later in a week: it already counts under that
 * week's cap (a run plans about a day ahead; see `claimedDays`). The rule plans period `sourceKey`'s task on
 * `days[floor(hash · dayCount)]`; indexes `first`…`last` are that week's days not planned yet. Only proactive
 * tasks are capped, and their customers are alive and reachable already: a claim checks the audience lists only.
 */
export interface Claim {
  ruleId: number;
  sourceKey: string;
  samplingRate: number;
  audience: Audience;
  dayCount: number;
  first: number;
  last: number;
  weekStart: Date;
  weekEnd: Date;
}

/** The columns the claims' audiences read, for a select list (each followed by a comma). */
function claimColumns(claims: readonly Claim[]) {
  const columns = [...new Set(claims.flatMap((claim) => audienceColumns(claim.audience)))];
  return sql.raw(columns.map((column) => `c.${column}, `).join(''));
}

/** How many claims fall on customer c in the week of `startAt`. */
function claimedCount(claims: readonly Claim[], startAt: RawBuilder<unknown>) {
  if (claims.length === 0) return sql<number>`0`;
  const weeks = new Map<number, Claim[]>();
  for (const claim of claims)
    weeks.set(claim.weekStart.getTime(), [...(weeks.get(claim.weekStart.getTime()) ?? []), claim]);
  const cases = [...weeks.values()].map((week) => {
    const { weekStart, weekEnd } = week[0] as Claim;
    const terms = week.map(
      (claim) => sql`(${sql.join([sql`true`, ...audienceLists(claim.audience)], sql` and `)}
        and ${idHash(sql`c.id`, `r${claim.ruleId}:`)} < ${claim.samplingRate}
        and floor(${idHash(sql`c.id`, claim.sourceKey)} * ${claim.dayCount})::int between ${claim.first} and ${claim.last}
        and not exists (select 1 from followup_tasks v where v.source_key = ${claim.sourceKey} and v.customer_id = c.id))::int`,
    );
    return sql`when ${startAt} >= ${weekStart} and ${startAt} < ${weekEnd} then ${sql.join(terms, sql` + `)}`;
  });
  return sql<number>`(case ${sql.join(cases, sql` `)} else 0 end)`;
}

/**
 * Under the weekly cap of proactive contacts for the week the task starts in (always true for service tasks).
 * Only other rules' tasks count: a rule's own cadence is what the customer's tier promises (December's visit in
 * the last week and January's in the first are both kept). Higher-ranked rules' tasks not planned yet count too.
 */
function underCap(shape: TaskShape, startAt: RawBuilder<unknown>, claims: readonly Claim[]) {
  if (!shape.proactive) return sql<boolean>`true`;
  return sql<boolean>`(select count(*) from followup_tasks p
    where p.customer_id = c.id and p.proactive and p.status <> 'cancelled'
      and p.rule_id is distinct from ${shape.ruleId}
      and p.start_at >= date_trunc('week', ${startAt} at time zone ${shape.timeZone}) at time zone ${shape.timeZone}
      and p.start_at < (date_trunc('week', ${startAt} at time zone ${shape.timeZone}) + interval '7 days') at time zone ${shape.timeZone}
  ) + ${claimedCount(claims, startAt)} < coalesce(c.followup_weekly_cap, ${shape.weeklyCap})`;
}

/**
 * The task's method for customer c: a proactive call goes by the customer's preferred contact channel instead when
 * they prefer a written one (E-mail, 普通信件) — a customer who dislikes calls gets another channel.
 */
function methodFor(shape: TaskShape) {
  if (!shape.proactive || shape.method !== 'phone') return sql<string>`${shape.method}::text`;
  const written = Object.entries(PREFERRED_CHANNEL_WORDS).filter(
    ([, method]) => method !== 'phone' && method !== 'onsite',
  );
  return sql<string>`case ${sql.join(
    written.map(([word, method]) => sql`when c.preferred_channel = ${word} then ${method}`),
    sql` `,
  )} else ${shape.method}::text end`;
}

/**
 * One period's tasks of a periodic rule: for each customer in the audience (sampled), planned on one of the
 * period's working days (spread by customer), due as the period's last working day ends. `until` keeps a run to
 * the tasks planned before it (see `planHorizon`).
 *
 * The inner pass finds, in one scan, the customers still without this period's task (an anti-join on the task
 * key's index, so a re-run finds nobody cheaply); `offset 0` keeps the per-customer weekly-cap count out of that
 * pass, for the customers that are left.
 */
function periodTasks(
  shape: TaskShape,
  period: { key: string; days: string[]; until?: Date; changedSince?: Date; claims?: readonly Claim[] },
) {
  const sourceKey = `r${shape.ruleId}:${period.key}`;
  const planned = sql`((${period.days}::date[])[1 + floor(${idHash(sql`c.id`, sourceKey)} * ${period.days.length})::int]::timestamp at time zone ${shape.timeZone})`;
  // Its own hash: the same one as the day's would give each team member the same days.
  const assignee = assigneeOf(shape.assignee, idHash(sql`c.id`, `${sourceKey}:assignee`));
  return sql<{ customer_id: number; assignee_id: number | null; start_at: Date; do_not_contact: boolean }>`
    select c.id as customer_id, ${assignee.expression} as assignee_id, c.start_at, c.do_not_contact,
      ${methodFor(shape)} as method
    from (
      select c.id, c.owner_id, c.agent_id, ${shape.serviceCritical ? sql`c.do_not_contact` : sql`false`} as do_not_contact,
        c.preferred_channel, c.followup_weekly_cap, ${claimColumns(period.claims ?? [])} ${planned} as start_at
      from customers c
      where ${audienceCondition(shape)}
        and ${idHash(sql`c.id`, `r${shape.ruleId}:`)} < ${shape.samplingRate}
        and ${period.until ? sql`${planned} < ${period.until}` : sql`true`}
        and ${period.changedSince ? sql`c.updated_at >= ${period.changedSince}` : sql`true`}
        and not exists (select 1 from followup_tasks d where d.source_key = ${sourceKey} and d.customer_id = c.id)
      offset 0
    ) c
    ${assignee.join}
    where ${underCap(shape, sql`c.start_at`, period.claims ?? [])}`;
}

export async function insertPeriodTasks(
  db: Kysely<Database>,
  shape: TaskShape,
  period: {
    key: string;
    days: string[];
    dueAt: Date;
    uncovered: boolean;
    until: Date;
    changedSince?: Date;
    claims: readonly Claim[];
  },
): Promise<number> {
  // Ordered by customer: every candidate is found (and capped) before the first insert, which then walks the
  // customer-keyed indexes in order.
  return withoutNestedLoops(db, (trx) =>
    insertTasks(
      trx,
      sql`
    insert into followup_tasks (customer_id, source_key, rule_id, rule_version, type, method, priority, assignee_id,
      start_at, due_at, proactive, contact_despite_dnc, signature_required, calendar_uncovered)
    select x.customer_id, ${`r${shape.ruleId}:${period.key}`}, ${shape.ruleId}, ${shape.ruleVersion}, ${shape.type},
      x.method, ${shape.priority}, x.assignee_id, x.start_at, ${period.dueAt}, ${shape.proactive},
      x.do_not_contact, ${shape.signatureRequired}, ${period.uncovered}
    from (${periodTasks(shape, period)}) x
    order by x.customer_id
    on conflict (customer_id, source_key) do nothing
    returning customer_id, start_at`,
    ),
  );
}

/**
 * Runs a period's statement with nested-loop joins off. Its anti-join against the period's tasks must hash them:
 * when the statistics do not know the period's key yet (made since the last ANALYZE) the planner expects one
 * task and loops over thousands for every customer — 32 s instead of 0.2 s, seen at 1 M customers.
 */
function withoutNestedLoops<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_nestloop = off`.execute(trx);
    return work(trx);
  });
}

/** Runs an INSERT … RETURNING customer_id, start_at of tasks, keeps the customers' next follow-up current. */
async function insertTasks(db: Kysely<Database>, insert: RawBuilder<unknown>): Promise<number> {
  const result = await sql<{ created: string }>`
    with made as (${insert}), summary as (${NEXT_FOLLOWUP_FROM_MADE})
    select count(*) as created from made`.execute(db);
  return Number(result.rows[0]?.created ?? 0);
}

export interface PreviewCount {
  day: string;
  assigneeId: number | null;
  tasks: number;
}

/** What a period of a periodic rule would make, counted by planned day and assignee (nothing is written). */
export async function previewPeriodTasks(
  db: Kysely<Database>,
  shape: TaskShape,
  period: { key: string; days: string[] },
): Promise<PreviewCount[]> {
  const result = await withoutNestedLoops(db, (trx) =>
    sql<{ day: string; assignee_id: number | null; tasks: string }>`
    select to_char(x.start_at at time zone ${shape.timeZone}, 'YYYY-MM-DD') as day, x.assignee_id, count(*) as tasks
    from (${periodTasks(shape, period)}) x
    group by 1, 2
  `.execute(trx),
  );
  return result.rows.map((r) => ({
    day: r.day,
    assigneeId: r.assignee_id === null ? null : Number(r.assignee_id),
    tasks: Number(r.tasks),
  }));
}

export interface EventCandidate {
  customerId: number;
  eventId: number | null;
  /** Unique per event of the source (with the rule id it makes the task's source key). */
  eventKey: string;
  occurredAt: Date;
  severity: string | null;
}

/**
 * A yearly day's occurrences in a span (an anniversary, a birthday), at midnight in the company's zone: 29
 * February falls on 28 February in other years. The rows are found by month and day, the MMDD expression of the
 * indexes of migrations 0026 and 0030; the event key is `key` and the year.
 */
function yearlyDays(
  of: {
    rows: RawBuilder<unknown>;
    customerId: RawBuilder<unknown>;
    day: RawBuilder<unknown>;
    key: RawBuilder<unknown>;
  },
  where: RawBuilder<unknown>,
  span: { from: Date; to: Date; timeZone: string },
) {
  const { from, to, timeZone } = span;
  const month = sql`extract(month from ${of.day})`;
  const monthDay = sql`(${month} * 100 + extract(day from ${of.day}))`;
  const lastOfMonth = sql`extract(day from (make_date(y.year, ${month}::int, 1) + interval '1 month - 1 day'))::int`;
  return sql`select e.customer_id, null::bigint as event_id, e.key || extract(year from e.occurred_at)::int as event_key,
      e.occurred_at, null::text as severity
    from (select ${of.customerId} as customer_id, ${of.key} as key,
        make_date(y.year, ${month}::int, least(extract(day from ${of.day})::int, ${lastOfMonth}))::timestamp
          at time zone ${timeZone} as occurred_at
      from ${of.rows}
      cross join (select generate_series(extract(year from ${from}::timestamptz at time zone ${timeZone})::int,
        extract(year from ${to}::timestamptz at time zone ${timeZone})::int) as year) y
      where ${where} and ${monthDay} = any(${monthDaysOf(from, to, timeZone)}::numeric[])) e
    where e.occurred_at >= ${from} and e.occurred_at < ${to}`;
}

/** The MMDD days of a span (29 February with 28 February of a common year: its anniversary falls then). */
export function monthDaysOf(from: Date, to: Date, timeZone: string): number[] {
  const days = new Set<number>();
  for (let day = dateIn(from, timeZone); day <= dateIn(to, timeZone); day = addDays(day, 1)) {
    const monthDay = Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
    days.add(monthDay);
    if (monthDay === 228 && !isLeapYear(Number(day.slice(0, 4)))) days.add(229);
  }
  return [...days];
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Where each event kind comes from: service records, the customer and contract rows, the calendar's holidays
 * (`holidays`: their first days in the span), or raised events.
 */
function eventSource(kind: string, from: Date, to: Date, timeZone: string, holidays: readonly string[]) {
  switch (kind) {
    case 'public_holiday':
      // Every customer has the holiday; the rule's audience says whom it greets.
      return sql`select c.id as customer_id, null::bigint as event_id, 'hol' || h.day as event_key,
          h.day::timestamp at time zone ${timeZone} as occurred_at, null::text as severity
        from customers c cross join unnest(${holidays}::text[]) as h(day)
        where (h.day::timestamp at time zone ${timeZone}) >= ${from} and (h.day::timestamp at time zone ${timeZone}) < ${to}`;
    case 'installation':
    case 'repair':
    case 'maintenance':
    case 'activity':
    case 'sales_visit':
    case 'deal':
    case 'inquiry_call':
    case 'showroom_visit':
    case 'move_in':
    case 'emergency_handled':
      return sql`select e.customer_id, e.id as event_id, 'se' || e.id as event_key, e.occurred_at, null::text as severity
        from service_events e where e.kind = ${kind} and e.occurred_at >= ${from} and e.occurred_at < ${to}`;
    case 'customer_created':
      return sql`select e.id as customer_id, e.id as event_id, 'created' as event_key, e.created_at as occurred_at, null::text as severity
        from customers e where e.created_at >= ${from} and e.created_at < ${to}`;
    case 'contract_expiring':
      return sql`select e.customer_id, e.id as event_id, 'ct' || e.id as event_key,
          e.ends_on::timestamp at time zone ${timeZone} as occurred_at, null::text as severity
        from contracts e
        where e.ends_on::timestamp at time zone ${timeZone} >= ${from} and e.ends_on::timestamp at time zone ${timeZone} < ${to}`;
    case 'anniversary':
      return yearlyDays(
        { rows: sql`customers c`, customerId: sql`c.id`, day: sql`c.anniversary_on`, key: sql`'ann'` },
        sql`c.anniversary_on is not null`,
        { from, to, timeZone },
      );
    case 'birthday':
      // Each contact's own birthday, contact by contact (a greeting each).
      return yearlyDays(
        {
          rows: sql`contacts c`,
          customerId: sql`c.customer_id`,
          day: sql`c.birthday`,
          key: sql`'bd' || c.id || ':'`,
        },
        sql`c.birthday is not null and c.deleted_at is null`,
        { from, to, timeZone },
      );
    default:
      return sql`select e.customer_id, e.id as event_id, 'fe' || e.id as event_key, e.occurred_at, e.severity
        from followup_events e where e.kind = ${kind} and e.occurred_at >= ${from} and e.occurred_at < ${to}`;
  }
}

/** Events of a kind in a span whose customer is in the rule's audience (sampled) and that have no task yet. */
export async function eventCandidates(
  db: Kysely<Database>,
  shape: TaskShape,
  kind: string,
  span: { from: Date; to: Date; holidays: readonly string[] },
  severities: readonly string[],
): Promise<EventCandidate[]> {
  const result = await sql<{
    customer_id: number;
    event_id: number | null;
    event_key: string;
    occurred_at: Date;
    severity: string | null;
  }>`
    select e.customer_id, e.event_id, e.event_key, e.occurred_at, e.severity
    from (${eventSource(kind, span.from, span.to, shape.timeZone, span.holidays)}) e
    join customers c on c.id = e.customer_id
    where ${audienceCondition(shape)}
      and (cardinality(${textArray(severities)}) = 0 or e.severity = any(${textArray(severities)}))
      and ${textHash(sql`e.event_key || ':' || e.customer_id`, sql`${seedOf(`r${shape.ruleId}:`)}`)} < ${shape.samplingRate}
      and not exists (select 1 from followup_tasks t
        where t.customer_id = e.customer_id and t.source_key = ${`r${shape.ruleId}:`} || e.event_key)
    order by e.occurred_at, e.customer_id
  `.execute(db);
  return result.rows.map((r) => ({
    customerId: Number(r.customer_id),
    eventId: r.event_id === null ? null : Number(r.event_id),
    eventKey: r.event_key,
    occurredAt: new Date(r.occurred_at),
    severity: r.severity,
  }));
}

export interface EventTask {
  customerId: number;
  eventKey: string;
  eventId: number | null;
  eventAt: Date;
  startAt: Date;
  dueAt: Date;
  uncovered: boolean;
  /** For rules that assign by severity: the assignee for this event. */
  assignee: ResolvedAssignee;
}

/** The tasks of an event rule's events, in one statement per batch (assignees grouped by kind). */
export async function insertEventTasks(
  db: Kysely<Database>,
  shape: TaskShape,
  kind: string,
  tasks: EventTask[],
  claims: readonly Claim[],
): Promise<number> {
  let created = 0;
  const groups = new Map<string, EventTask[]>();
  for (const task of tasks) {
    const key = JSON.stringify(task.assignee);
    groups.set(key, [...(groups.get(key) ?? []), task]);
  }
  for (const group of groups.values()) {
    const pick = assigneeOf(group[0]?.assignee as ResolvedAssignee, textHash(sql`x.source_key`, sql`c.id`));
    const rows = JSON.stringify(
      group.map((t) => ({
        customer_id: t.customerId,
        source_key: `r${shape.ruleId}:${t.eventKey}`,
        event_id: t.eventId,
        event_at: t.eventAt.toISOString(),
        start_at: t.startAt.toISOString(),
        due_at: t.dueAt.toISOString(),
        uncovered: t.uncovered,
      })),
    );
    created += await insertTasks(
      db,
      sql`
      insert into followup_tasks (customer_id, source_key, rule_id, rule_version, type, method, priority, assignee_id,
        start_at, due_at, event_kind, event_id, event_at, proactive, contact_despite_dnc, signature_required,
        calendar_uncovered)
      select c.id, x.source_key, ${shape.ruleId}, ${shape.ruleVersion}, ${shape.type}, ${methodFor(shape)}, ${shape.priority},
        ${pick.expression}, x.start_at, x.due_at, ${kind}, x.event_id, x.event_at,
        ${shape.proactive}, c.do_not_contact, ${shape.signatureRequired}, x.uncovered
      from jsonb_to_recordset(${rows}::jsonb) as x(customer_id bigint, source_key text, event_id bigint,
        event_at timestamptz, start_at timestamptz, due_at timestamptz, uncovered boolean)
      join customers c on c.id = x.customer_id
      ${pick.join}
      where ${underCap(shape, sql`x.start_at`, claims)}
      on conflict (customer_id, source_key) do nothing
      returning customer_id, start_at`,
    );
  }
  return created;
}

/** Open tasks past their due time become 已逾期. */
export async function markOverdue(db: Kysely<Database>, asOf: Date): Promise<number> {
  const result = await db
    .updateTable('followup_tasks')
    .set({ status: 'overdue', updated_at: asOf })
    .where('status', 'in', ['pending', 'in_progress'])
    .where('due_at', '<', asOf)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function departmentIdByName(db: Kysely<Database>, name: string): Promise<number | undefined> {
  const row = await db.selectFrom('departments').select('id').where('name', '=', name).executeTakeFirst();
  return row?.id;
}

/** Fresh statistics after a big batch, so that the next rule's plan knows how many tasks there are now. */
export async function analyzeTasks(db: Kysely<Database>): Promise<void> {
  await sql`analyze followup_tasks`.execute(db);
}

/** The table's row count as the statistics know it (0 before the first ANALYZE). */
export async function estimatedTaskCount(db: Kysely<Database>): Promise<number> {
  const row = await sql<{ rows: number | null }>`
    select greatest(reltuples, 0)::float8 as rows from pg_class where oid = 'followup_tasks'::regclass`.execute(
    db,
  );
  return Number(row.rows[0]?.rows ?? 0);
}

export interface PlanMark {
  fingerprint: string;
  plannedAt: Date;
}

/** The planned periods of the active rules, by `ruleId|periodKey`; marks of long-past periods are dropped. */
export async function planMarks(db: Kysely<Database>, now: Date): Promise<Map<string, PlanMark>> {
  await db
    .deleteFrom('followup_plan_marks')
    .where('planned_at', '<', new Date(now.getTime() - 120 * 86_400_000))
    .execute();
  const rows = await db.selectFrom('followup_plan_marks').selectAll().execute();
  return new Map(
    rows.map((r) => [
      `${r.rule_id}|${r.period_key}`,
      { fingerprint: r.fingerprint, plannedAt: new Date(r.planned_at) },
    ]),
  );
}

export async function markPlanned(
  db: Kysely<Database>,
  mark: { ruleId: number; periodKey: string; fingerprint: string; plannedAt: Date },
): Promise<void> {
  await db
    .insertInto('followup_plan_marks')
    .values({
      rule_id: mark.ruleId,
      period_key: mark.periodKey,
      fingerprint: mark.fingerprint,
      planned_at: mark.plannedAt,
    })
    .onConflict((oc) =>
      oc.columns(['rule_id', 'period_key']).doUpdateSet({
        fingerprint: mark.fingerprint,
        planned_at: mark.plannedAt,
      }),
    )
    .execute();
}

export async function databaseNow(db: Kysely<Database>): Promise<Date> {
  const row = await sql<{ now: Date }>`select now() as now`.execute(db);
  return new Date(row.rows[0]?.now as Date);
}
