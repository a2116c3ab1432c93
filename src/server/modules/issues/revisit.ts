import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { addDays, dateIn } from '../../../domain/calendar/dates.ts';
import { zonedMoment } from '../../../domain/calendar/hours.ts';
import { SEVERITY_OF_URGENCY, type Urgency } from '../../../domain/issues/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { loadWorkingCalendar } from '../calendar/service.ts';
import { generateEventTasks } from '../followups/generation.ts';
import { readSetting } from '../settings/repository.ts';
import { revisitAssigned, tell } from './notices.ts';
import * as repo from './repository.ts';
import * as revisits from './revisit-repository.ts';
import { insertRegistered } from './service.ts';
import { reopenValues } from './transitions.ts';

/** SPEC §4: the account manager revisits within 2 working days of the resolution. */
export const REVISIT_WORKING_DAYS = 2;
const DAY_MS = 86_400_000;
/** The revisit's satisfaction (1–5) at or above which the issue closes; below it reopens. */
export const CLOSE_THRESHOLD_KEY = 'issue_close_threshold';
export const DEFAULT_CLOSE_THRESHOLD = 4;

/**
 * 已解决: the issue_resolved event the follow-up rules wait for (null where no revisit is due: anonymous, reply
 * only, no customer), inside the resolving transaction.
 */
export async function raiseResolved(trx: Transaction<Database>, row: repo.IssueRow, now: Date) {
  if (row.anonymous || row.reply_only || row.customer_id === null) return null;
  const eventId = await revisits.insertResolvedEvent(trx, {
    customerId: row.customer_id,
    issueId: row.id,
    severity: SEVERITY_OF_URGENCY[row.urgency as Urgency],
    at: now,
  });
  await repo.updateIssue(trx, row.id, { resolved_event_id: eventId });
  return eventId;
}

/**
 * The post-resolution revisit, made at once: the active issue_resolved rules' task (their sampling applies:
 * the 物业 preset revisits half), else a 投诉回访 by the account manager within 2 working days. Never by whoever
 * handled the issue.
 */
export async function planRevisit(
  db: Kysely<Database>,
  env: { timeZone: string; log: FastifyBaseLogger },
  issueId: number,
  eventId: number,
  now: Date,
) {
  // As of a day ahead: a rule whose window opens with the next working day (resolved in the evening) makes its
  // task now, shown as upcoming, instead of at a later hourly run that would leave the issue unlinked.
  const made = await generateEventTasks(
    db,
    'issue_resolved',
    new Date(now.getTime() + DAY_MS),
    env.timeZone,
    env.log,
  );
  await db.transaction().execute(async (trx) => {
    const issue = await repo.lockIssue(trx, issueId);
    if (!issue || issue.customer_id === null) return;
    // Planned once per round, also when the sweep below and the resolving request (or two instances) meet.
    if (await revisits.revisitPlanned(trx, issue.id, issue.cycle)) return;
    let task = await revisits.taskOfEvent(trx, eventId);
    if (!task && made.rules === 0) {
      const calendar = await loadWorkingCalendar(trx);
      const last = calendar.addWorkingDays(dateIn(now, env.timeZone), REVISIT_WORKING_DAYS).date;
      const people = await repo.customerPeople(trx, issue.customer_id);
      task = await revisits.insertRevisitTask(trx, {
        customerId: issue.customer_id,
        sourceKey: `issue:${issue.id}:${issue.cycle}`,
        assigneeId: people?.owner_id ?? people?.agent_id ?? null,
        startAt: now,
        dueAt: zonedMoment(addDays(last, 1), 0, env.timeZone),
        eventId,
      });
    }
    if (task) {
      const assignee = await notAHandler(trx, issue, task.assignee_id);
      if (assignee !== task.assignee_id) await revisits.reassign(trx, task.id, assignee);
      await repo.updateIssue(trx, issue.id, { revisit_task_id: task.id });
      if (assignee !== null) await tell(trx, [revisitAssigned(issue, assignee)]);
    }
    await repo.insertEvents(trx, [
      {
        issue_id: issue.id,
        kind: 'revisit_planned',
        cycle: issue.cycle,
        recipient_id: task ? await revisits.assigneeOf(trx, task.id) : null,
        note: task ? null : '规则抽样未选中，无需回访（可直接关闭）',
        details: JSON.stringify({ taskId: task?.id ?? null, followupEventId: eventId }),
        at: now,
      },
    ]);
  });
}

/** A resolution this old without its revisit planned is one whose planning step failed. */
const SWEEP_AFTER_MS = 10 * 60_000;
const SWEEP_BATCH = 100;

/**
 * The revisits the resolving request did not get to plan (it runs after the resolution commits, and may fail):
 * planned now, from the issue's issue_resolved event, as of its resolution. Returns how many.
 */
export async function sweepUnplannedRevisits(
  db: Kysely<Database>,
  env: { timeZone: string; log: FastifyBaseLogger },
  asOf: Date,
): Promise<number> {
  const missed = await revisits.unplannedRevisits(db, new Date(asOf.getTime() - SWEEP_AFTER_MS), SWEEP_BATCH);
  for (const issue of missed) await planRevisit(db, env, issue.id, issue.eventId, issue.resolvedAt);
  return missed.length;
}

/**
 * The revisit's assignee, unless they handled the issue (its owner or the person at fault): then the customer's
 * account manager, its service agent, or the owner's supervisor, whoever did not.
 */
async function notAHandler(trx: Transaction<Database>, issue: repo.IssueRow, assignee: number | null) {
  const handlers = new Set([issue.owner_id, issue.at_fault_user_id].filter((id) => id !== null));
  if (assignee !== null && !handlers.has(assignee)) return assignee;
  const people = issue.customer_id === null ? undefined : await repo.customerPeople(trx, issue.customer_id);
  const candidates = [people?.owner_id, people?.agent_id, await repo.supervisorOf(trx, issue.owner_id)];
  return candidates.find((id): id is number => typeof id === 'number' && !handlers.has(id)) ?? assignee;
}

/** Whether a task is an issue's post-resolution revisit (its record answers the issue instead of opening one). */
export async function isIssueRevisit(db: Kysely<Database>, taskId: number): Promise<boolean> {
  return (await revisits.issueOfRevisitTask(db, taskId)) !== undefined;
}

/**
 * A record on a revisit task answers the issue: satisfied (≥ the threshold, no complaint) closes it, otherwise it
 * reopens with a new target time. Returns whether the record answered an issue (so it opens no new one).
 */
export async function answerRevisit(
  trx: Transaction<Database>,
  env: { timeZone: string; now: Date },
  answer: { taskId: number; recordId: number; satisfaction: number | undefined; complaint: boolean },
): Promise<boolean> {
  const issueId = await revisits.issueOfRevisitTask(trx, answer.taskId);
  if (issueId === undefined) return false;
  const issue = await repo.lockIssue(trx, issueId);
  if (issue?.status !== 'resolved') return false;
  if (answer.satisfaction === undefined && !answer.complaint) return false;
  const threshold = (await readSetting<number>(trx, CLOSE_THRESHOLD_KEY)) ?? DEFAULT_CLOSE_THRESHOLD;
  const satisfied = !answer.complaint && (answer.satisfaction ?? 0) >= threshold;
  const values = satisfied
    ? { status: 'closed', closed_at: env.now, satisfaction: answer.satisfaction ?? null }
    : {
        ...(await reopenValues(trx, issue, env.now, env.timeZone)),
        satisfaction: answer.satisfaction ?? null,
      };
  await repo.updateIssue(trx, issue.id, values);
  await repo.insertEvents(trx, [
    {
      issue_id: issue.id,
      kind: 'revisit_answered',
      from_status: 'resolved',
      to_status: values.status,
      cycle: issue.cycle,
      note: satisfied
        ? `回访满意度 ${answer.satisfaction} 分，问题关闭`
        : `回访${answer.satisfaction === undefined ? '' : `满意度 ${answer.satisfaction} 分`}${answer.complaint ? '，客户仍有投诉' : ''}，问题重新处理`,
      details: JSON.stringify({ recordId: answer.recordId, satisfaction: answer.satisfaction ?? null }),
      at: env.now,
    },
  ]);
  return true;
}

const CHANNEL_OF_METHOD: Record<string, 'phone' | 'visit' | 'email' | 'online'> = {
  phone: 'phone',
  onsite: 'visit',
  email: 'email',
};

const URGENCY_OF_SEVERITY: Record<string, Urgency> = { urgent: 'urgent', major: 'major' };

/**
 * The issues a record asks for (差/很差 or a complaint, a denied or criticised sales visit, a matter still open
 * after the 3rd revisit): one per event, linked to the record, owned by the author's supervisor (who assigns it
 * on) or else the customer's account manager. Inside the record's transaction.
 */
export async function openIssuesFromRecord(
  trx: Transaction<Database>,
  env: { timeZone: string; now: Date },
  recordId: number,
) {
  const requests = await revisits.unopenedRequests(trx, recordId);
  for (const request of requests) {
    const ownerId =
      (await repo.supervisorOf(trx, request.staffId)) ?? request.customerOwnerId ?? request.staffId;
    await insertRegistered(trx, request.staffId, env.timeZone, env.now, {
      customerId: request.customerId,
      channel: CHANNEL_OF_METHOD[request.method] ?? 'online',
      description: descriptionOf(request),
      urgency: URGENCY_OF_SEVERITY[request.severity ?? ''] ?? 'normal',
      raisedAt: request.contactedAt.toISOString(),
      ownerId,
      sourceEventId: request.eventId,
      recordId,
    });
  }
}

function descriptionOf(request: revisits.IssueRequest): string {
  const what = {
    issue_requested: '回访中客户反映问题',
    visit_denied: '拜访核查：客户否认销售人员到访',
    salesperson_complaint: '拜访核查：客户投诉销售人员',
  }[request.kind];
  const rating = request.satisfaction === null ? '' : `，服务满意度 ${request.satisfaction} 分`;
  const words = request.text ? `：${request.text}` : '';
  return `${what}（回访记录 ${request.recordNumber ?? request.recordId}${rating}）${words}`;
}
