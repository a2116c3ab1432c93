import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Deadline, EscalationStep, Urgency } from '../../../domain/issues/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import type { Viewer } from '../customer-access/fragments.ts';
import { escalationLevel, issueInScope } from './repository.ts';

/**
 * 超时看板 (SPEC §4): the open issues past a deadline now, in the viewer's data scope, with the highest
 * escalation step of their current cycle, and per department how many stand at each level and urgency.
 */

/**
 * Each deadline the board watches: when it falls due, whether it is still unmet (the solution is unmet while the
 * issue is open), and whether a pause stops its clock (a promise to the customer holds through one). A deadline
 * added to DEADLINES is one entry here; the compiler asks for it.
 */
const WATCHED: Record<
  Deadline,
  {
    due: RawBuilder<Date | null>;
    unmet: RawBuilder<boolean>;
    pauses: boolean;
    /** Running and past due as of now, as the deadline's partial index (migrations 0031, 0036) holds them. */
    passed: (now: Date) => RawBuilder<boolean>;
  }
> = {
  first_response: {
    due: sql`i.first_response_due_at`,
    unmet: sql`i.first_response_at is null`,
    pauses: true,
    passed: (now) =>
      sql`i.paused_at is null and i.first_response_at is null and i.first_response_due_at <= ${now}`,
  },
  solution: {
    due: sql`i.solution_due_at`,
    unmet: sql`true`,
    pauses: true,
    passed: (now) => sql`i.paused_at is null and i.solution_due_at <= ${now}`,
  },
  promised_reply: {
    due: sql`i.promised_reply_at`,
    unmet: sql`i.promised_reply_met_at is null`,
    pauses: false,
    passed: (now) =>
      sql`i.promised_reply_at is not null and i.promised_reply_met_at is null and i.promised_reply_at <= ${now}`,
  },
};

/** Paused after a pausing deadline had passed: the predicate of migration 0037's index, word for word. */
const PAUSED_BREACHED = sql`i.paused_at is not null
  and (i.solution_due_at <= i.paused_at or (i.first_response_at is null and i.first_response_due_at <= i.paused_at))`;

/**
 * The ids of the open issues that may be breached now, each arm from its partial index: most open issues wait on
 * the customer within their deadlines, and the board must not read them all (bench: 5–7 s at 1 M issues).
 */
function breachedCandidates(now: Date) {
  const arms = [...Object.values(WATCHED).map((d) => d.passed(now)), PAUSED_BREACHED].map(
    (arm) => sql`select i.id from issues i where i.status in ('pending', 'in_progress') and ${arm}`,
  );
  return sql`candidates(id) as (${sql.join(arms, sql` union `)})`;
}

export type BoardLevel = EscalationStep | 'none';
export const BOARD_LEVELS: readonly BoardLevel[] = ['none', 'remind', 'supervisor', 'department_head'];
export const BOARD_SORTS = ['overdue', 'level', 'urgency'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

export interface BoardFilter {
  departmentId?: number;
  urgency?: Urgency;
  level?: BoardLevel;
  sort?: BoardSort;
  order?: 'asc' | 'desc';
}

/** The board shows this many rows at most (the most overdue); its summary counts them all. */
const BOARD_ROWS = 500;
const EXPORT_ROWS = 50_000;

const rank = (column: string, order: readonly string[]) =>
  sql.raw(`case ${column} ${order.map((v, i) => `when '${v}' then ${i}`).join(' ')} end`);

/**
 * The breached issues as rows. A deadline's clock stands still from the pause while the issue is paused (unless
 * the deadline runs through pauses): it is breached, and overdue, as of then. The deadlines are one VALUES list
 * per issue, so each breached one is named with its due time and where its clock stopped.
 */
function board(viewer: Viewer, filter: BoardFilter, now: Date) {
  const deadlines = sql.join(
    Object.entries(WATCHED).map(
      ([key, d]) =>
        sql`(${key}::text, (${d.due})::timestamptz, (${d.unmet})::boolean, ${d.pauses ? sql`i.paused_at` : sql`null::timestamptz`})`,
    ),
  );
  const where = [
    sql`i.status in ('pending', 'in_progress')`,
    sql`i.id in (select id from candidates)`,
    issueInScope(viewer),
    filter.departmentId ? sql`i.department_id = ${filter.departmentId}` : null,
    filter.urgency ? sql`i.urgency = ${filter.urgency}` : null,
  ].filter((w) => w !== null);
  return sql`${breachedCandidates(now)}, board as (
    select i.id, i.number, i.customer_id, c.name as customer_name, i.anonymous, i.urgency, i.status,
      i.department_id, d.name as department_name, i.owner_id, o.display_name as owner_name, i.raised_at,
      i.paused_at, b.deadlines, b.due_ats, b.stopped_ats,
      floor(extract(epoch from b.overdue) / 60)::int as overdue_minutes,
      coalesce(${escalationLevel}, 'none') as level
    from issues i
    left join customers c on c.id = i.customer_id
    left join departments d on d.id = i.department_id
    join users o on o.id = i.owner_id
    join lateral (select array_agg(w.deadline order by w.due_at) as deadlines,
        array_agg(w.due_at order by w.due_at) as due_ats, array_agg(w.stopped_at order by w.due_at) as stopped_ats,
        max(coalesce(w.stopped_at, ${now}::timestamptz) - w.due_at) as overdue
      from (values ${deadlines}) w(deadline, due_at, unmet, stopped_at)
      where w.unmet and w.due_at <= coalesce(w.stopped_at, ${now}::timestamptz)) b on b.overdue is not null
    where ${sql.join(where, sql` and `)})`;
}

const levelFilter = (filter: BoardFilter) => (filter.level ? sql`where level = ${filter.level}` : sql``);

function orderOf(filter: BoardFilter) {
  const dir = sql.raw(filter.order === 'asc' ? 'asc' : 'desc');
  const first = {
    overdue: sql``,
    level: sql`${rank('level', BOARD_LEVELS)} ${dir},`,
    urgency: sql`${rank('urgency', ['normal', 'urgent', 'major'])} ${dir},`,
  }[filter.sort ?? 'overdue'];
  return sql`order by ${first} overdue_minutes ${dir}, id`;
}

interface BoardRow {
  id: string | number;
  number: string;
  customer_id: string | number | null;
  customer_name: string | null;
  anonymous: boolean;
  urgency: Urgency;
  status: 'pending' | 'in_progress';
  department_id: string | number | null;
  department_name: string | null;
  owner_id: string | number;
  owner_name: string;
  raised_at: Date;
  paused_at: Date | null;
  deadlines: Deadline[];
  due_ats: Date[];
  stopped_ats: (Date | null)[];
  overdue_minutes: number;
  level: BoardLevel;
}

const id = (v: string | number | null) => (v === null ? null : Number(v));

function itemJson(r: BoardRow) {
  return {
    id: Number(r.id),
    number: r.number,
    customerId: id(r.customer_id),
    customerName: r.customer_name,
    anonymous: r.anonymous,
    urgency: r.urgency,
    status: r.status,
    departmentId: id(r.department_id),
    departmentName: r.department_name,
    ownerId: Number(r.owner_id),
    ownerName: r.owner_name,
    raisedAt: r.raised_at.toISOString(),
    pausedAt: r.paused_at?.toISOString() ?? null,
    breaches: r.deadlines.map((deadline, i) => ({
      deadline,
      dueAt: new Date(r.due_ats[i] as Date).toISOString(),
      stoppedAt: r.stopped_ats[i] ? new Date(r.stopped_ats[i] as Date).toISOString() : null,
    })),
    overdueMinutes: r.overdue_minutes,
    level: r.level,
  };
}

export type BoardItem = ReturnType<typeof itemJson>;

const zeroLevels = () => Object.fromEntries(BOARD_LEVELS.map((l) => [l, 0])) as Record<BoardLevel, number>;
const zeroUrgencies = (): Record<Urgency, number> => ({ normal: 0, urgent: 0, major: 0 });

/** Counts per department by level and by urgency, folded from one grouped statement. */
async function summary(db: Kysely<Database>, cte: RawBuilder<unknown>, filter: BoardFilter) {
  const { rows } = await sql<{
    department_id: string | number | null;
    department_name: string | null;
    level: BoardLevel;
    urgency: Urgency;
    count: string | number;
  }>`with ${cte} select department_id, department_name, level, urgency, count(*) as count from board
    ${levelFilter(filter)} group by department_id, department_name, level, urgency
    order by department_name nulls last`.execute(db);
  const total = { total: 0, byLevel: zeroLevels(), byUrgency: zeroUrgencies() };
  const departments = new Map<
    number | null,
    typeof total & { departmentId: number | null; departmentName: string | null }
  >();
  for (const r of rows) {
    const key = id(r.department_id);
    const dept = departments.get(key) ?? {
      departmentId: key,
      departmentName: r.department_name,
      total: 0,
      byLevel: zeroLevels(),
      byUrgency: zeroUrgencies(),
    };
    departments.set(key, dept);
    for (const bucket of [total, dept]) {
      const n = Number(r.count);
      bucket.total += n;
      bucket.byLevel[r.level] += n;
      bucket.byUrgency[r.urgency] += n;
    }
  }
  return { ...total, departments: [...departments.values()] };
}

async function boardRows(db: Kysely<Database>, cte: RawBuilder<unknown>, filter: BoardFilter, limit: number) {
  const { rows } = await sql<BoardRow>`with ${cte} select * from board ${levelFilter(filter)}
    ${orderOf(filter)} limit ${limit}`.execute(db);
  return rows.map(itemJson);
}

/** The board's rows and counts as a viewer's scope gives them (the benchmark's floor calls it directly). */
export function boardOf(db: Kysely<Database>, viewer: Viewer, filter: BoardFilter, now: Date) {
  const cte = board(viewer, filter, now);
  return Promise.all([boardRows(db, cte, filter, BOARD_ROWS), summary(db, cte, filter)]);
}

/** The board's rows for a spreadsheet, audited like every export; the department's name for the filter words. */

/** Up to EXPORT_ROWS of the board's rows for a spreadsheet, and the filtered department's name for its words. */
export async function boardExportOf(db: Kysely<Database>, viewer: Viewer, filter: BoardFilter, now: Date) {
  const cte = board(viewer, filter, now);
  const [items, department] = await Promise.all([
    boardRows(db, cte, filter, EXPORT_ROWS),
    filter.departmentId
      ? db.selectFrom('departments').select('name').where('id', '=', filter.departmentId).executeTakeFirst()
      : undefined,
  ]);
  return { items, departmentName: department?.name ?? null };
}
