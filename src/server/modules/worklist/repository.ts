import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { ANSWERED, type HourStats } from '../../../domain/followups/attempts.ts';
import type { WorklistSection } from '../../../domain/followups/vocabulary.ts';
import { PREPARED } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';
import { userInScope, type Viewer } from '../customer-access/fragments.ts';
import { TASK_COLUMNS, TASK_LIST_COLUMNS, teamMemberIds, worksFollowups } from '../followups/repository.ts';

export const OPEN_STATUSES = ['pending', 'in_progress', 'overdue'] as const;

export type Section = WorklistSection;

/** How far ahead 即将开始 looks. */
const UPCOMING_DAYS = 7;

/** Which of a user's tasks each part of the worklist holds, on task `t`, as of `now`. */
function sectionCondition(section: Section, now: Date): RawBuilder<SqlBool> {
  const noCallBackYet = sql`(t.next_attempt_at is null or t.next_attempt_at <= ${now})`;
  switch (section) {
    case 'now':
      return sql`t.status in ('pending', 'in_progress') and t.start_at <= ${now} and ${noCallBackYet}`;
    case 'overdue':
      return sql`t.status = 'overdue' and ${noCallBackYet}`;
    case 'upcoming':
      return sql`t.status in ('pending', 'in_progress') and t.start_at > ${now}
        and t.start_at < ${new Date(now.getTime() + UPCOMING_DAYS * 86_400_000)} and t.next_attempt_at is null`;
    case 'callbacks':
      return sql`t.status in ('pending', 'in_progress', 'overdue') and t.next_attempt_at > ${now}`;
  }
}

const SECTION_ORDER: Record<Section, RawBuilder<unknown>> = {
  // Urgent before high before normal; then the earliest deadline.
  now: sql`array_position(array['urgent', 'high', 'normal', 'low'], t.priority), t.due_at, t.id`,
  overdue: sql`t.due_at, t.id`,
  upcoming: sql`t.start_at, t.id`,
  callbacks: sql`t.next_attempt_at, t.id`,
};

/** One part of a user's worklist, with the customer's tier, masked primary contact and calls per hour. */
export function worklistSection(
  db: Kysely<Database>,
  assigneeId: number,
  section: Section,
  now: Date,
  limit: number,
) {
  return db
    .selectFrom('followup_tasks as t')
    .innerJoin('customers as c', 'c.id', 't.customer_id')
    .leftJoin('users as a', 'a.id', 't.assignee_id')
    .leftJoin('contacts as pc', (join) =>
      join
        .onRef('pc.customer_id', '=', 'c.id')
        .on('pc.is_primary', '=', true)
        .on('pc.deleted_at', 'is', null),
    )
    .select([
      // What the list shows; what it leaves out (rule, event, record, creation) the task card has.
      ...TASK_LIST_COLUMNS,
      'c.tier as customerTier',
      'c.do_not_contact as doNotContact',
      'pc.name as primaryContactName',
      'pc.mobile_masked as primaryContactMobile',
      hourStatsOf(sql.ref('t.customer_id')).as('hourStats'),
    ])
    .where('t.assignee_id', '=', assigneeId)
    .where(sectionCondition(section, now))
    .orderBy(SECTION_ORDER[section])
    .limit(limit)
    .modifyEnd(sql.raw(PREPARED))
    .execute();
}

export async function sectionCounts(db: Kysely<Database>, assigneeId: number, now: Date) {
  const count = (section: Section) => sql<string>`count(*) filter (where ${sectionCondition(section, now)})`;
  const row = await db
    .selectFrom('followup_tasks as t')
    .select([
      count('now').as('now'),
      count('overdue').as('overdue'),
      count('upcoming').as('upcoming'),
      count('callbacks').as('callbacks'),
    ])
    .where('t.assignee_id', '=', assigneeId)
    .where('t.status', 'in', OPEN_STATUSES)
    .executeTakeFirstOrThrow();
  return {
    now: Number(row.now),
    overdue: Number(row.overdue),
    upcoming: Number(row.upcoming),
    callbacks: Number(row.callbacks),
  };
}

/**
 * A customer's calls made and answered per hour of the day (the best time to call learns from them), as JSON
 * `[[hour, attempts, answered], …]`: a worklist row carries its customer's, read in the same statement.
 */
function hourStatsOf(customerId: RawBuilder<unknown>) {
  return sql<
    [number, number, number][]
  >`(select coalesce(json_agg(json_build_array(h.local_hour, h.attempts, h.answered)), '[]'::json)
    from (select local_hour, count(*) as attempts, count(*) filter (where outcome in (${sql.join(ANSWERED)})) as answered
      from followup_attempts
      where customer_id = ${customerId} and outcome in (${sql.join(['no_answer', 'busy', ...ANSWERED])})
      group by local_hour) h)`;
}

export function toHourStats(rows: readonly [number, number, number][]): HourStats[] {
  return rows.map(([hour, attempts, answered]) => ({ hour, attempts, answered }));
}

/** One customer's calls per hour of the day. */
export async function hourStats(db: Kysely<Database>, customerId: number): Promise<HourStats[]> {
  const row = await sql<{ stats: [number, number, number][] }>`
    select ${hourStatsOf(sql`${customerId}::bigint`)} as stats`.execute(db);
  return toHourStats(row.rows[0]?.stats ?? []);
}

export function findTask(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('followup_tasks as t')
    .innerJoin('customers as c', 'c.id', 't.customer_id')
    .leftJoin('users as a', 'a.id', 't.assignee_id')
    .select([...TASK_COLUMNS, 'c.tier as customerTier', 'c.do_not_contact as doNotContact'])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** The task row, locked for the attempt that changes it. */
export function lockTask(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('followup_tasks')
    .select(['id', 'customer_id', 'assignee_id', 'status', 'failed_attempts'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertAttempt(
  db: Kysely<Database>,
  attempt: {
    taskId: number | null;
    customerId: number;
    staffId: number;
    contactId: number | null;
    outcome: string;
    attemptedAt: Date;
    localHour: number;
    callbackAt: Date | null;
    note: string | null;
  },
) {
  await db
    .insertInto('followup_attempts')
    .values({
      task_id: attempt.taskId,
      customer_id: attempt.customerId,
      staff_id: attempt.staffId,
      contact_id: attempt.contactId,
      outcome: attempt.outcome,
      attempted_at: attempt.attemptedAt,
      local_hour: attempt.localHour,
      callback_at: attempt.callbackAt,
      note: attempt.note,
    })
    .execute();
}

export async function updateTaskAfterAttempt(
  db: Kysely<Database>,
  id: number,
  change: {
    status: string;
    failedAttempts: number;
    nextAttemptAt: Date | null;
    endReason: string | null;
    completedAt: Date | null;
  },
) {
  await db
    .updateTable('followup_tasks')
    .set((eb) => ({
      status: change.status,
      attempts: eb('attempts', '+', 1),
      failed_attempts: change.failedAttempts,
      next_attempt_at: change.nextAttemptAt,
      end_reason: change.endReason,
      completed_at: change.completedAt,
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .execute();
}

export function listAttempts(db: Kysely<Database>, taskId: number) {
  return db
    .selectFrom('followup_attempts as f')
    .innerJoin('users as u', 'u.id', 'f.staff_id')
    .select([
      'f.id',
      'f.outcome',
      'f.attempted_at as attemptedAt',
      'f.callback_at as callbackAt',
      'f.note',
      'u.display_name as staffName',
    ])
    .where('f.task_id', '=', taskId)
    .orderBy('f.attempted_at')
    .execute();
}

/** The customer's last records, newest first (the card shows what was said last time). */
export function lastRecords(db: Kysely<Database>, customerId: number, limit: number) {
  return db
    .selectFrom('followup_records as r')
    .innerJoin('users as u', 'u.id', 'r.staff_id')
    .select([
      'r.id',
      'r.number',
      'r.method',
      'r.contacted_at as contactedAt',
      'r.service_satisfaction as serviceSatisfaction',
      'r.product_satisfaction as productSatisfaction',
      'r.key_points as keyPoints',
      'r.opinions',
      'r.result',
      'u.display_name as staffName',
    ])
    .where('r.customer_id', '=', customerId)
    .orderBy('r.contacted_at', 'desc')
    .limit(limit)
    .execute();
}

export async function ruleVersion(db: Kysely<Database>, ruleId: number, version: number) {
  const row = await db
    .selectFrom('followup_rule_versions')
    .select('definition')
    .where('rule_id', '=', ruleId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row?.definition as { name?: string; script?: string; questionnaire?: unknown[] } | undefined;
}

/** A user who may take the viewer's follow-up work: active, in the viewer's scope, working follow-ups. */
export async function assignableUser(db: Kysely<Database>, viewer: Viewer, userId: number) {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.display_name as name'])
    .where('u.id', '=', userId)
    .where('u.status', '=', 'active')
    .where(worksFollowups)
    .where(userInScope(viewer))
    .executeTakeFirst();
}

export async function reassignTask(db: Kysely<Database>, id: number, assigneeId: number) {
  const result = await db
    .updateTable('followup_tasks')
    .set({ assignee_id: assigneeId, updated_at: new Date() })
    .where('id', '=', id)
    .where('status', 'in', OPEN_STATUSES)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface TeamDay {
  assigneeId: number;
  name: string;
  date: string;
  open: number;
  overdue: number;
  done: number;
  unreachable: number;
}

/** Per day of team view and calendar: a task open, overdue, done or ended unreachable (cancelled: not counted). */
const DAY_COUNTS = sql`count(*) filter (where t.status in ('pending', 'in_progress')) as open,
  count(*) filter (where t.status = 'overdue') as overdue,
  count(*) filter (where t.status = 'done') as done,
  count(*) filter (where t.status = 'unreachable') as unreachable`;

/**
 * The team's tasks per person and per day (the day a task opens, in the company's zone) for the users in the
 * viewer's scope who work follow-ups, including those with nothing planned.
 */
export async function teamDays(
  db: Kysely<Database>,
  viewer: Viewer,
  span: { from: Date; to: Date },
  timeZone: string,
): Promise<{ people: { id: number; name: string; overdueBefore: number }[]; days: TeamDay[] }> {
  const team = await db
    .selectFrom('users as u')
    .select(['u.id', 'u.display_name as name'])
    .where('u.status', '=', 'active')
    .where(worksFollowups)
    .where(userInScope(viewer))
    .orderBy('u.display_name')
    .execute();
  if (team.length === 0) return { people: [], days: [] };
  const ids = team.map((p) => p.id);
  // The backlog a week view would hide: tasks started before the span and overdue still.
  const backlog = await db
    .selectFrom('followup_tasks')
    .select(['assignee_id', sql<string>`count(*)`.as('n')])
    .where('assignee_id', 'in', ids)
    .where('status', '=', 'overdue')
    .where('start_at', '<', span.from)
    .groupBy('assignee_id')
    .execute();
  const earlier = new Map(backlog.map((b) => [Number(b.assignee_id), Number(b.n)]));
  const people = team.map((p) => ({ ...p, overdueBefore: earlier.get(p.id) ?? 0 }));
  const rows = await sql<{
    assignee_id: number;
    day: string;
    open: string;
    overdue: string;
    done: string;
    unreachable: string;
  }>`
    select t.assignee_id, to_char(t.start_at at time zone ${timeZone}, 'YYYY-MM-DD') as day,
      ${DAY_COUNTS}
    from followup_tasks t
    where t.assignee_id = any(${ids}::bigint[])
      and t.start_at >= ${span.from} and t.start_at < ${span.to} and t.status <> 'cancelled'
    group by 1, 2
    order by 2, 1
  `.execute(db);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return {
    people,
    days: rows.rows.map((r) => ({
      assigneeId: Number(r.assignee_id),
      name: names.get(Number(r.assignee_id)) ?? '',
      date: r.day,
      open: Number(r.open),
      overdue: Number(r.overdue),
      done: Number(r.done),
      unreachable: Number(r.unreachable),
    })),
  };
}

export interface CalendarDay {
  date: string;
  open: number;
  overdue: number;
  done: number;
  unreachable: number;
}

/** Whose tasks a calendar counts: one person's, or the viewer's whole team's. */
export type Whose = { assigneeId: number } | { team: Viewer };

/**
 * 回访日历: per day of the span (the day a task starts, in the company's zone, as in the team view), the tasks
 * open, overdue, done and ended unreachable; cancelled ones are not counted. One grouped statement.
 */
export async function calendarDays(
  db: Kysely<Database>,
  whose: Whose,
  span: { from: Date; to: Date },
  timeZone: string,
): Promise<CalendarDay[]> {
  const whom =
    'assigneeId' in whose
      ? sql<SqlBool>`t.assignee_id = ${whose.assigneeId}`
      : sql<SqlBool>`t.assignee_id in ${teamMemberIds(whose.team)}`;
  const rows = await sql<{ day: string; open: string; overdue: string; done: string; unreachable: string }>`
    select to_char(t.start_at at time zone ${timeZone}, 'YYYY-MM-DD') as day,
      ${DAY_COUNTS}
    from followup_tasks t
    where ${whom} and t.start_at >= ${span.from} and t.start_at < ${span.to} and t.status <> 'cancelled'
    group by 1
    order by 1
  `.execute(db);
  return rows.rows.map((r) => ({
    date: r.day,
    open: Number(r.open),
    overdue: Number(r.overdue),
    done: Number(r.done),
    unreachable: Number(r.unreachable),
  }));
}
