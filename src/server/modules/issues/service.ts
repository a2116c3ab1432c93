import type { Kysely, Transaction } from 'kysely';
import { dateIn } from '../../../domain/calendar/dates.ts';
import { type ClockContext, policyFor, slaDeadlines } from '../../../domain/issues/sla.ts';
import type { IssueChannel, Urgency } from '../../../domain/issues/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { hasAnyPermission, type RequestContext } from '../../http/actor.ts';
import { AppError, type FieldError, invalid, notFound } from '../../http/errors.ts';
import { type Cursor, pageOf } from '../../http/pagination.ts';
import { recordAudit } from '../audit/service.ts';
import { loadCompanyHours, loadWorkingCalendar } from '../calendar/service.ts';
import type { Viewer } from '../customer-access/fragments.ts';
import { resolveDataScope } from '../departments/data-scope.ts';
import { searchTerms } from '../knowledge/terms.ts';
import { issueDetailJson, issueListJson } from './json.ts';
import { linksOf } from './links.ts';
import * as notices from './notices.ts';
import { tell } from './notices.ts';
import { plansJson } from './plans-json.ts';
import * as repo from './repository.ts';

export const ISSUE = { zh: '问题', en: 'Issue' };

/** Who may read issues: whoever registers, handles or escalates them, within their data scope. */
export async function issueViewer(db: Kysely<Database>, ctx: RequestContext): Promise<Viewer> {
  if (!hasAnyPermission(ctx.actor, ['issues.register', 'issues.handle', 'issues.escalate']))
    throw new AppError('forbidden');
  return { userId: ctx.actor.id, scope: await resolveDataScope(db, ctx.actor) };
}

export async function clockContext(db: Kysely<Database>, timeZone: string): Promise<ClockContext> {
  const [calendar, hours] = await Promise.all([loadWorkingCalendar(db), loadCompanyHours(db)]);
  return { calendar, hours, timeZone };
}

export interface NewIssue {
  customerId?: number;
  channel: IssueChannel;
  anonymous?: boolean;
  reporterName?: string;
  reporterPhone?: string;
  replyOnly?: boolean;
  category?: string;
  description: string;
  urgency: Urgency;
  raisedAt: string;
  expectedResolutionAt?: string;
  departmentId?: number;
  ownerId?: number;
  promisedReplyAt?: string;
}

/** A registration may be typed in a little after the clock it was raised by, never before it happened. */
const CLOCK_SKEW_MS = 5 * 60_000;

function registrationProblems(input: NewIssue, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (input.customerId === undefined && !input.anonymous)
    errors.push({
      field: 'customerId',
      zh: '请选择客户（匿名投诉可不选）',
      en: 'is required unless anonymous',
    });
  if (!input.description.trim())
    errors.push({ field: 'description', zh: '请填写问题描述', en: 'must not be blank' });
  const raisedAt = new Date(input.raisedAt);
  if (raisedAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
    errors.push({ field: 'raisedAt', zh: '提出时间不能晚于现在', en: 'must not be in the future' });
  if (input.expectedResolutionAt && new Date(input.expectedResolutionAt) < raisedAt)
    errors.push({
      field: 'expectedResolutionAt',
      zh: '期望解决时间不能早于提出时间',
      en: 'must not be before the time it was raised',
    });
  return errors;
}

/**
 * The 第一负责人 when the form leaves it open: the registering user if they handle issues, else their supervisor
 * (who assigns it on), else the customer's account manager.
 */
async function defaultOwner(db: Kysely<Database>, ctx: RequestContext, customerOwner: number | null) {
  if (ctx.actor.permissions.has('issues.handle')) return ctx.actor.id;
  return (await repo.supervisorOf(db, ctx.actor.id)) ?? customerOwner;
}

/**
 * 登记问题: numbered WT + month + sequence in the insert's transaction, its deadlines counted from when it was
 * raised by the policy of its urgency and category; 紧急/重大 tell the supervisor at once.
 */
export async function registerIssue(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  input: NewIssue,
) {
  await issueViewer(db, ctx);
  if (!ctx.actor.permissions.has('issues.register') && !ctx.actor.permissions.has('issues.handle'))
    throw new AppError('forbidden');
  const now = new Date();
  const errors = registrationProblems(input, now);
  const customer =
    input.customerId === undefined ? undefined : await repo.customerPeople(db, input.customerId);
  if (input.customerId !== undefined && !customer)
    errors.push({ field: 'customerId', zh: '客户不存在', en: 'no such customer' });
  const ownerId = input.ownerId ?? (await defaultOwner(db, ctx, customer?.owner_id ?? null));
  if (ownerId === null || !(await repo.activeUserExists(db, ownerId)))
    errors.push({ field: 'ownerId', zh: '请指定第一负责人（在职用户）', en: 'must name an active user' });
  if (input.departmentId !== undefined && !(await repo.departmentExists(db, input.departmentId)))
    errors.push({ field: 'departmentId', zh: '责任部门不存在', en: 'no such department' });
  if (errors.length > 0 || ownerId === null) throw invalid(errors);
  const id = await db.transaction().execute((trx) =>
    insertRegistered(
      trx,
      ctx.actor.id,
      timeZone,
      now,
      { ...input, ownerId },
      {
        audit: (issueId, number) =>
          recordAudit(trx, ctx, 'issues.registered', { type: 'issue', id: issueId }, { number }),
      },
    ),
  );
  return getIssue(db, ctx, id);
}

/**
 * Inserts an issue and its first timeline entries inside the caller's transaction (registration by hand, or an
 * issue opened from a follow-up record). The owner is given.
 */
export async function insertRegistered(
  trx: Transaction<Database>,
  registeredBy: number,
  timeZone: string,
  now: Date,
  input: NewIssue & { ownerId: number; sourceEventId?: number; recordId?: number },
  hooks: { audit?: (id: number, number: string) => Promise<void> } = {},
): Promise<number> {
  const policies = await repo.loadPolicies(trx);
  const policy = policyFor(policies, input.urgency, input.category ?? null);
  if (!policy) throw new Error(`no SLA policy for ${input.urgency}`);
  const raisedAt = new Date(input.raisedAt);
  const deadlines = slaDeadlines(policy, raisedAt, await clockContext(trx, timeZone));
  const departmentId = input.departmentId ?? (await repo.departmentOf(trx, input.ownerId));
  const number = await repo.nextIssueNumber(trx, dateIn(now, timeZone).slice(0, 7));
  const id = await repo.insertIssue(trx, {
    number,
    customer_id: input.customerId ?? null,
    channel: input.channel,
    anonymous: input.anonymous ?? false,
    reporter_name: input.anonymous ? null : (input.reporterName ?? null),
    reporter_phone: input.anonymous ? null : (input.reporterPhone ?? null),
    reply_only: input.replyOnly ?? false,
    category: input.category ?? null,
    description: input.description.trim(),
    urgency: input.urgency,
    raised_at: raisedAt,
    expected_resolution_at: input.expectedResolutionAt ? new Date(input.expectedResolutionAt) : null,
    department_id: departmentId,
    owner_id: input.ownerId,
    promised_reply_at: input.promisedReplyAt ? new Date(input.promisedReplyAt) : null,
    first_response_due_at: deadlines.firstResponseDueAt,
    solution_due_at: deadlines.solutionDueAt,
    clock: policy.clock,
    source_event_id: input.sourceEventId ?? null,
    record_id: input.recordId ?? null,
    terms: searchTerms(input.category, input.description),
    registered_by: registeredBy,
  });
  const events: repo.NewIssueEvent[] = [
    { issue_id: id, kind: 'registered', to_status: 'pending', actor_id: registeredBy, at: now, cycle: 1 },
  ];
  const gist = { id, number, description: input.description.trim(), urgency: input.urgency };
  const supervisor = policy.notifySupervisorAtCreation
    ? await repo.supervisingOwner(trx, input.ownerId)
    : null;
  if (policy.notifySupervisorAtCreation) {
    events.push({
      issue_id: id,
      kind: 'notified',
      deadline: 'first_response',
      step: 'at_creation',
      cycle: 1,
      recipient_id: supervisor,
      at: now,
    });
  }
  await repo.insertEvents(trx, events);
  await tell(trx, [
    input.ownerId === registeredBy ? null : notices.assigned(gist, input.ownerId),
    supervisor === null || supervisor === input.ownerId ? null : notices.urgentRegistered(gist, supervisor),
  ]);
  await hooks.audit?.(id, number);
  return id;
}

export async function getIssue(db: Kysely<Database>, ctx: RequestContext, id: number) {
  const viewer = await issueViewer(db, ctx);
  const row = await repo.findIssue(db, viewer, id);
  if (!row?.in_scope) throw notFound(ISSUE);
  const [events, revisits, linked, plans, policies] = await Promise.all([
    repo.timeline(db, id),
    repo.revisitTasks(db, { id, customerId: row.customer_id }),
    linksOf(db, { id, duplicateOfId: row.duplicate_of_id }),
    plansJson(db, id),
    repo.loadPolicies(db),
  ]);
  const now = new Date();
  return {
    ...issueDetailJson(row, now),
    ...linked,
    planRequired: policyFor(policies, row.urgency as Urgency, row.category)?.planApproval ?? false,
    plans,
    timeline: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      deadline: e.deadline,
      step: e.step,
      cycle: e.cycle,
      note: e.note,
      recipientId: e.recipient_id,
      recipientName: e.recipient_name,
      actorName: e.actor_name,
      ...timelineDetails(e.details),
      at: e.at.toISOString(),
    })),
    escalations: events
      .filter((e) => e.kind === 'escalation' || e.kind === 'notified')
      .map((e) => ({
        deadline: e.deadline,
        step: e.step,
        cycle: e.cycle,
        recipientId: e.recipient_id,
        recipientName: e.recipient_name,
        at: e.at.toISOString(),
      })),
    revisits: revisits.map((t) => ({
      taskId: t.id,
      type: t.type,
      status: t.status,
      assigneeId: t.assignee_id,
      assigneeName: t.assignee_name,
      dueAt: t.due_at.toISOString(),
      recordId: t.record_id,
      recordNumber: t.record_number,
      satisfaction: t.service_satisfaction,
    })),
  };
}

/** What an entry's details say, as fields: the progress told to the customer, the fields edited, the rating. */
function timelineDetails(details: unknown) {
  const d = (details ?? {}) as {
    customerInformed?: boolean;
    fields?: string[];
    satisfaction?: number | null;
  };
  return {
    customerInformed: typeof d.customerInformed === 'boolean' ? d.customerInformed : null,
    changedFields: Array.isArray(d.fields) ? d.fields : [],
    satisfaction: typeof d.satisfaction === 'number' ? d.satisfaction : null,
  };
}

export async function listIssues(
  db: Kysely<Database>,
  ctx: RequestContext,
  filter: repo.IssueFilter & { mine?: boolean; myDepartment?: boolean },
  page: { limit: number; after: Cursor | undefined },
) {
  const viewer = await issueViewer(db, ctx);
  const now = new Date();
  const rows = await repo.listIssues(
    db,
    viewer,
    {
      ...filter,
      ownerId: filter.mine ? ctx.actor.id : filter.ownerId,
      departmentId: filter.myDepartment ? (ctx.actor.departmentId ?? -1) : filter.departmentId,
    },
    { limit: page.limit, after: page.after ?? null, now },
  );
  const result = pageOf(rows, page.limit, (r) => ({ v: r.raised_at.toISOString(), id: r.id }));
  return { items: result.items.map((r) => issueListJson(r, now)), nextCursor: result.nextCursor };
}
