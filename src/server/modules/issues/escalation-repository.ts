import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Deadline, EscalationStep } from '../../../domain/issues/vocabulary.ts';
import type { Database } from '../../db/schema.ts';

/** Each issue's SLA policy: its urgency and category's, else its urgency's general one. */
const POLICY = sql`join lateral (select p.remind_before_minutes, p.department_head_after_hours, p.escalate_off_hours
    from sla_policies p where p.urgency = i.urgency and (p.category is null or p.category = i.category)
    order by p.category is null limit 1) p on true`;

const DUE: Record<Deadline, RawBuilder<Date>> = {
  first_response: sql<Date>`i.first_response_due_at`,
  solution: sql<Date>`i.solution_due_at`,
  promised_reply: sql<Date>`i.promised_reply_at`,
};

/** The running issues a deadline applies to, as the partial indexes of migration 0031 hold them. */
const RUNNING: Record<Deadline, RawBuilder<boolean>> = {
  first_response: sql<boolean>`i.status in ('pending', 'in_progress') and i.paused_at is null and i.first_response_at is null`,
  solution: sql<boolean>`i.status in ('pending', 'in_progress') and i.paused_at is null`,
  // A promise to the customer holds while the issue waits on them: a pause does not stop it.
  promised_reply: sql<boolean>`i.status in ('pending', 'in_progress') and i.promised_reply_at is not null and i.promised_reply_met_at is null`,
};

/**
 * The nearest active holder of a role in a department or, failing that, its parent departments (a 回访组 has
 * its 客服主管; the 部门经理 sits in 客户服务部 above it).
 */
export function nearestWithRole(department: RawBuilder<unknown>, role: string, except: RawBuilder<unknown>) {
  return sql<number | null>`(with recursive up(id, depth) as (
      select ${department}::bigint, 0
      union all select d.parent_id, up.depth + 1 from departments d join up on d.id = up.id
      where d.parent_id is not null and up.depth < 20)
    select m.id from up join users m on m.department_id = up.id
    where ${role} = any(m.roles) and m.status = 'active' and m.id is distinct from ${except}
    order by up.depth, m.id limit 1)`;
}

const SUPERVISOR = sql`coalesce(o.supervisor_id, ${nearestWithRole(sql`i.department_id`, 'supervisor', sql`i.owner_id`)})`;

const DEPARTMENT_HEAD = nearestWithRole(sql`i.department_id`, 'dept_manager', sql`null::bigint`);

/**
 * Records one escalation step for every running issue whose deadline has reached it, once per issue, deadline,
 * step and cycle (the unique index of migration 0031 drops a repeat, also from a second instance). The index on
 * the deadline bounds the scan: `reach` is how far ahead of the deadline a step can start (the longest reminder).
 */
export async function recordStep(
  db: Kysely<Database>,
  deadline: Deadline,
  step: EscalationStep,
  asOf: Date,
  options: { workingNow: boolean; reachMinutes: number },
): Promise<EscalatedIssue[]> {
  const due = DUE[deadline];
  const reached = {
    remind: sql`${due} - make_interval(mins => p.remind_before_minutes) <= ${asOf} and ${due} > ${asOf}`,
    supervisor: sql`${due} <= ${asOf}`,
    department_head: sql`${due} + make_interval(secs => p.department_head_after_hours * 3600) <= ${asOf}`,
  }[step];
  const recipient = { remind: sql`i.owner_id`, supervisor: SUPERVISOR, department_head: DEPARTMENT_HEAD }[
    step
  ];
  const bound =
    step === 'remind'
      ? sql`${due} <= ${new Date(asOf.getTime() + options.reachMinutes * 60_000)} and ${due} > ${asOf}`
      : sql`${due} <= ${asOf}`;
  const result = await sql<EscalatedIssue>`
    with recorded as (insert into issue_events (issue_id, kind, deadline, step, cycle, recipient_id, at, details)
    select i.id, 'escalation', ${deadline}, ${step}, i.cycle, ${recipient}, ${asOf},
      jsonb_build_object('dueAt', ${due})
    from issues i
    join users o on o.id = i.owner_id
    ${POLICY}
    where ${RUNNING[deadline]} and ${bound} and ${reached}
      and (p.escalate_off_hours or ${options.workingNow})
      and not exists (select 1 from issue_events e where e.issue_id = i.id and e.deadline = ${deadline}
        and e.step = ${step} and e.cycle = i.cycle and e.kind in ('escalation', 'notified'))
    on conflict (issue_id, deadline, step, cycle) where kind in ('escalation', 'notified') do nothing
    returning issue_id, recipient_id)
    select i.id, i.number, i.description, i.urgency, r.recipient_id as "recipientId"
    from recorded r join issues i on i.id = r.issue_id`.execute(db);
  return result.rows.map((r) => ({
    ...r,
    id: Number(r.id),
    recipientId: r.recipientId === null ? null : Number(r.recipientId),
  }));
}

export interface EscalatedIssue {
  id: number;
  number: string;
  description: string;
  urgency: string;
  recipientId: number | null;
}

/** The longest reminder of any policy, in minutes (how far ahead of a deadline the reminder scan looks). */
export async function longestReminder(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('sla_policies')
    .select((eb) => eb.fn.max('remind_before_minutes').as('minutes'))
    .executeTakeFirst();
  return Number(row?.minutes ?? 0);
}
