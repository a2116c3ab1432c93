import type { Kysely } from 'kysely';
import { addDays, dateIn, isIsoDate } from '../../../domain/calendar/dates.ts';
import { localTime, zonedMoment } from '../../../domain/calendar/hours.ts';
import type { WorkingCalendar } from '../../../domain/calendar/working-days.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError, conflict, type FieldError, invalid, notFound } from '../../http/errors.ts';
import { decodeCursor, pageOf } from '../../http/pagination.ts';
import { recordAudit } from '../audit/service.ts';
import { loadWorkingCalendar } from '../calendar/service.ts';
import { inScopeOrThrow } from '../customer-access/access.ts';
import { contactProblems } from '../customers/contact-of-customer.ts';
import { resolveDataScope } from '../departments/data-scope.ts';
import { recordLatestFollowup, refreshNextFollowup } from '../followups/summary-repository.ts';
import { answerRevisit, isIssueRevisit, openIssuesFromRecord } from '../issues/revisit.ts';
import { latestReview } from '../record-reviews/repository.ts';
import { decideRecord, reviewPage, submitForReview } from '../record-reviews/service.ts';
import { insertAttempt } from '../worklist/repository.ts';
import {
  raiseVerificationEvents,
  scheduleRevisit,
  type VerificationInput,
  verificationOf,
} from './outcomes.ts';
import * as repo from './repository.ts';

export interface RecordInput {
  taskId?: number;
  customerId?: number;
  contactId?: number;
  contactName?: string;
  method: string;
  contactedAt: string;
  durationMinutes?: number;
  purpose?: string;
  answers?: { question: string; answer: string }[];
  serviceSatisfaction?: number;
  productSatisfaction?: number;
  opinions?: string;
  countermeasures?: string;
  keyPoints?: string;
  content?: string;
  result?: string;
  actionItems?: { text: string; dueOn?: string }[];
  promisedReplyAt?: string;
  nextFollowupOn?: string;
  nextFollowupContent?: string;
  complaint?: boolean;
  /** A drawn signature or a photo of the signed form, as a data URL (image/png or image/jpeg). */
  signature?: string;
  /** Whether the matter the visit was about is resolved (unresolved: a 2nd and a 3rd revisit). */
  resolved?: boolean;
  /** On a visit verification (拜访核查) task: what the customer said of the salesperson's visit. */
  verification?: VerificationInput;
}

const RECORD = { zh: '回访记录', en: 'follow-up record' };
const TASK = { zh: '回访任务', en: 'follow-up task' };
const SIGNATURE = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/]+={0,2})$/;

/** The customer the record is about, checked: the task's assignee, or someone who sees the customer. */
async function subjectOf(db: Kysely<Database>, ctx: RequestContext, input: RecordInput) {
  if (input.taskId !== undefined) {
    const task = await repo.findTask(db, input.taskId);
    if (!task) throw notFound(TASK);
    if (input.customerId !== undefined && input.customerId !== task.customer_id) {
      throw invalid([{ field: 'customerId', zh: '与任务的客户不一致', en: 'is not the task’s customer' }]);
    }
    if (task.assignee_id !== ctx.actor.id) await inScopeOrThrow(db, ctx, task.customer_id);
    if (!['pending', 'in_progress', 'overdue'].includes(task.status)) {
      throw conflict({ zh: '任务已结束，不能再登记回访记录', en: 'The task is closed already' });
    }
    return { customerId: task.customer_id, task };
  }
  if (input.customerId === undefined) {
    throw invalid([{ field: 'customerId', zh: '请选择客户或任务', en: 'is required without a task' }]);
  }
  await inScopeOrThrow(db, ctx, input.customerId);
  return { customerId: input.customerId, task: undefined };
}

function inputProblems(input: RecordInput, signatureRequired: boolean, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (new Date(input.contactedAt).getTime() > now.getTime() + 5 * 60_000) {
    errors.push({ field: 'contactedAt', zh: '回访时间不能晚于现在', en: 'cannot be in the future' });
  }
  if (
    input.promisedReplyAt !== undefined &&
    Date.parse(input.promisedReplyAt) < Date.parse(input.contactedAt)
  ) {
    errors.push({
      field: 'promisedReplyAt',
      zh: '约定回复时间不能早于回访时间',
      en: 'cannot be before the contact',
    });
  }
  if (input.nextFollowupOn !== undefined && !isIsoDate(input.nextFollowupOn)) {
    errors.push({ field: 'nextFollowupOn', zh: '不是有效的日期', en: 'is not a date' });
  }
  input.actionItems?.forEach((item, i) => {
    if (item.dueOn !== undefined && !isIsoDate(item.dueOn)) {
      errors.push({ field: `actionItems.${i}.dueOn`, zh: '不是有效的日期', en: 'is not a date' });
    }
  });
  if (input.signature !== undefined && !SIGNATURE.test(input.signature)) {
    errors.push({ field: 'signature', zh: '签名须为 PNG 或 JPEG 图片', en: 'must be a PNG or JPEG image' });
  }
  if (signatureRequired && input.method === 'onsite' && input.signature === undefined) {
    errors.push({
      field: 'signature',
      zh: '现场回访须有客户签字',
      en: 'an on-site record needs the customer’s signature',
    });
  }
  return errors;
}

/** The columns a record's author fills in (at creation, and when correcting a record sent back). */
function recordValues(input: RecordInput) {
  const signature = input.signature ? SIGNATURE.exec(input.signature) : null;
  return {
    contact_id: input.contactId ?? null,
    contact_name: input.contactName ?? null,
    method: input.method,
    contacted_at: new Date(input.contactedAt),
    duration_minutes: input.durationMinutes ?? null,
    purpose: input.purpose ?? null,
    answers: JSON.stringify(input.answers ?? []),
    service_satisfaction: input.serviceSatisfaction ?? null,
    product_satisfaction: input.productSatisfaction ?? null,
    opinions: input.opinions ?? null,
    countermeasures: input.countermeasures ?? null,
    key_points: input.keyPoints ?? null,
    content: input.content ?? null,
    result: input.result ?? null,
    action_items: JSON.stringify(input.actionItems ?? []),
    promised_reply_at: input.promisedReplyAt ? new Date(input.promisedReplyAt) : null,
    next_followup_on: input.nextFollowupOn ?? null,
    next_followup_content: input.nextFollowupContent ?? null,
    complaint: input.complaint ?? false,
    resolved: input.resolved ?? null,
    signature: signature ? Buffer.from(signature[2] as string, 'base64') : null,
    signature_type: signature ? (signature[1] as string) : null,
  };
}

/** 差/很差 (service or product) or an explicit complaint: the issues module opens an issue from the record. */
function issueRequestedBy(input: RecordInput): boolean {
  return (
    Boolean(input.complaint) || (input.serviceSatisfaction ?? 5) <= 2 || (input.productSatisfaction ?? 5) <= 2
  );
}

/** What the customer's follow-up columns show of a record. */
function latestOf(customerId: number, input: RecordInput) {
  return {
    customerId,
    contactedAt: new Date(input.contactedAt),
    method: input.method,
    summary: input.keyPoints ?? input.content ?? input.result ?? input.purpose ?? null,
    feedback: input.opinions ?? null,
    satisfaction: input.serviceSatisfaction ?? null,
  };
}

/** SPEC §3.5: the record reaches the supervisor within 3 working days of the contact (as that day ends). */
export const REVIEW_WORKING_DAYS = 3;

function reviewDueAt(contactDay: string, calendar: WorkingCalendar, timeZone: string): Date {
  const last = calendar.addWorkingDays(contactDay, REVIEW_WORKING_DAYS).date;
  return zonedMoment(addDays(last, 1), 0, timeZone);
}

/**
 * Logs a follow-up (回访记录): numbered HF + date + sequence, provisional until reviewed; the task is then done;
 * a next follow-up date becomes a task; 差/很差 or a complaint raises an issue request. All in one transaction.
 */
export async function createRecord(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  input: RecordInput,
) {
  requirePermission(ctx.actor, 'followups.work');
  const { customerId, task } = await subjectOf(db, ctx, input);
  const now = new Date();
  const errors = [
    ...inputProblems(input, task?.signature_required ?? false, now),
    ...(await contactProblems(db, customerId, input.contactId)),
  ];
  if (errors.length > 0) throw invalid(errors);
  const contactedAt = new Date(input.contactedAt);
  // A complaint's revisit answers its issue (closes or reopens it) rather than opening another.
  const answersIssue = task ? await isIssueRevisit(db, task.id) : false;
  const issueRequested = issueRequestedBy(input) && !answersIssue;
  const calendar = await loadWorkingCalendar(db);
  const verification = await verificationOf(db, task, input.verification, ctx.actor.id);
  const contactDay = dateIn(contactedAt, timeZone);
  const id = await db.transaction().execute(async (trx) => {
    const record = await repo.insertRecord(trx, {
      ...recordValues(input),
      number: null, // given last, below
      task_id: task?.id ?? null,
      customer_id: customerId,
      staff_id: ctx.actor.id,
      issue_requested: issueRequested,
      // 日清日结: a record is entered the day of the contact; later is 补录, kept for the offence register.
      late_entry: dateIn(now, timeZone) > contactDay,
      review_due_at: reviewDueAt(contactDay, calendar, timeZone),
      ...verification,
    });
    await raiseVerificationEvents(trx, { id: record.id, customerId, at: now }, verification);
    await scheduleRevisit(
      trx,
      { calendar, timeZone, now },
      { id: record.id, customerId, staffId: ctx.actor.id, method: input.method },
      task,
      input.resolved,
    );
    if (task && !(await repo.completeTask(trx, task.id, record.id, now))) {
      throw conflict({ zh: '任务已结束，不能再登记回访记录', en: 'The task is closed already' });
    }
    if (task && answersIssue) {
      await answerRevisit(
        trx,
        { timeZone, now },
        {
          taskId: task.id,
          recordId: record.id,
          satisfaction: input.serviceSatisfaction,
          complaint: input.complaint ?? false,
        },
      );
    }
    if (input.nextFollowupOn) {
      await repo.insertNextTask(trx, {
        customerId,
        recordId: record.id,
        type: task?.type ?? 'routine',
        method: input.method,
        assigneeId: ctx.actor.id,
        startAt: zonedMoment(input.nextFollowupOn, 0, timeZone),
        dueAt: zonedMoment(addDays(input.nextFollowupOn, 1), 0, timeZone),
        // The next visit keeps the rule's demand for the customer's signature.
        signatureRequired: task?.signature_required ?? false,
      });
    }
    if (input.promisedReplyAt) {
      // 约定回复时间 is a deadline like any other: a task for the author, due when the customer was promised.
      await repo.insertTask(trx, {
        customerId,
        sourceKey: `reply:${record.id}`,
        type: 'promised_reply',
        method: 'phone',
        assigneeId: ctx.actor.id,
        startAt: now,
        dueAt: new Date(input.promisedReplyAt),
        revisitRound: null,
        revisitOf: null,
      });
    }
    if (input.method === 'phone') {
      // An answered call: the customer's best time to call learns from its hour.
      await insertAttempt(trx, {
        taskId: task?.id ?? null,
        customerId,
        staffId: ctx.actor.id,
        contactId: input.contactId ?? null,
        outcome: 'reached',
        attemptedAt: contactedAt,
        localHour: Math.floor(localTime(contactedAt, timeZone).minute / 60),
        callbackAt: null,
        note: null,
      });
    }
    if (issueRequested) await repo.raiseIssueRequested(trx, customerId, record.id, now);
    await recordLatestFollowup(trx, latestOf(customerId, input));
    await refreshNextFollowup(trx, [customerId]);
    // The day's HF counter is taken last: its row stays locked until commit, and every save of the day waits
    // for it — only through the review submission and the audit entry, not the whole save.
    const number = await repo.numberRecord(trx, record.id, contactDay);
    await openIssuesFromRecord(trx, { timeZone, now }, record.id);
    await submitForReview(trx, ctx, { id: record.id, number, staffId: ctx.actor.id, round: 1 });
    await recordAudit(
      trx,
      ctx,
      'followup_records.created',
      { type: 'followup_record', id: record.id },
      {
        number,
        customerId,
        taskId: task?.id ?? null,
      },
    );
    return record.id;
  });
  return getRecord(db, ctx, id);
}

export async function getRecord(db: Kysely<Database>, ctx: RequestContext, id: number) {
  requirePermission(ctx.actor, 'followups.work');
  const row = await repo.recordsQuery(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(RECORD);
  if (row.staffId !== ctx.actor.id && !(await reviewsAuthor(db, ctx, row.staffId))) {
    await inScopeOrThrow(db, ctx, row.customerId);
  }
  const actions = await repo.listActions(db, id);
  return {
    ...recordJson(row),
    actions: actions.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
  };
}

/** A reviewer reads the records of the authors in their reach (主管审核: whose work, not whose customer). */
async function reviewsAuthor(db: Kysely<Database>, ctx: RequestContext, authorId: number): Promise<boolean> {
  if (!ctx.actor.permissions.has('records.review')) return false;
  const viewer = { userId: ctx.actor.id, scope: await resolveDataScope(db, ctx.actor) };
  return repo.userInViewerScope(db, viewer, authorId);
}

type RecordRow = NonNullable<Awaited<ReturnType<ReturnType<typeof repo.recordsQuery>['executeTakeFirst']>>>;

function recordJson<R extends RecordRow>(row: R) {
  return {
    ...row,
    answers: row.answers as { question: string; answer: string }[],
    actionItems: row.actionItems as { text: string; dueOn?: string }[],
    signed: Boolean(row.signed),
    reviewStatus: row.reviewStatus as 'provisional' | 'approved' | 'returned',
    contactedAt: row.contactedAt.toISOString(),
    promisedReplyAt: row.promisedReplyAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    reviewDueAt: row.reviewDueAt?.toISOString() ?? null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    /** Not signed by the supervisor in time (SPEC §3.5: within 3 working days). */
    reviewOverdue:
      row.reviewStatus !== 'approved' && row.reviewDueAt !== null && row.reviewDueAt.getTime() < Date.now(),
    /** Phone records are marked 电话回访 (seed 002). */
    phoneRecord: row.method === 'phone',
  };
}

/** 回访记录 list: one's own and one's scope's, filtered, newest first. */
export async function listRecords(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  query: Omit<repo.RecordFilter, 'from' | 'to' | 'now'> & {
    from?: string;
    to?: string;
    limit?: number;
    cursor?: string;
  },
) {
  requirePermission(ctx.actor, 'followups.work');
  const viewer = { userId: ctx.actor.id, scope: await resolveDataScope(db, ctx.actor) };
  const limit = query.limit ?? 50;
  const rows = await repo.listRecords(
    db,
    viewer,
    {
      ...query,
      from: query.from ? zonedMoment(query.from, 0, timeZone) : undefined,
      to: query.to ? zonedMoment(addDays(query.to, 1), 0, timeZone) : undefined,
      now: new Date(),
    },
    { limit, after: decodeCursor(query.cursor) },
  );
  const page = pageOf(rows, limit, (row) => ({ v: row.orderKey, id: row.id }));
  return { nextCursor: page.nextCursor, items: page.items.map(({ orderKey: _, ...row }) => recordJson(row)) };
}

/**
 * The author corrects a record: while it waits for review, or once sent back — which submits it again (a new
 * round). A signed (approved) record no longer changes.
 */
export async function updateRecord(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  input: RecordInput,
) {
  requirePermission(ctx.actor, 'followups.work');
  await db.transaction().execute(async (trx) => {
    const record = await repo.findRecordForUpdate(trx, id);
    if (!record) throw notFound(RECORD);
    if (record.staff_id !== ctx.actor.id) {
      throw new AppError('forbidden', {}, [], {
        zh: '只有登记人可以修改回访记录',
        en: 'Only its author edits a record',
      });
    }
    if (record.review_status === 'approved') {
      throw conflict({ zh: '回访记录已审核签字，不能再修改', en: 'The record is signed already' });
    }
    const errors = [
      ...inputProblems(input, false, new Date()),
      ...(await contactProblems(trx, record.customer_id, input.contactId)),
    ];
    if (errors.length > 0) throw invalid(errors);
    const values = recordValues(input);
    // A correction that now says 差/很差 or complaint asks for an issue, once; one never takes a request back.
    const asksForIssue = issueRequestedBy(input) && !record.issue_requested;
    await repo.updateRecord(trx, id, {
      ...values,
      // A correction without a new signature keeps the one given.
      ...(input.signature === undefined ? { signature: undefined, signature_type: undefined } : {}),
      ...(asksForIssue ? { issue_requested: true } : {}),
      review_status: 'provisional',
      updated_at: new Date(),
    });
    if (asksForIssue) await repo.raiseIssueRequested(trx, record.customer_id, id, new Date());
    await recordLatestFollowup(trx, latestOf(record.customer_id, input));
    if (record.review_status === 'returned') {
      const round = (await latestRound(trx, id)) + 1;
      await submitForReview(trx, ctx, { id, number: record.number, staffId: record.staff_id, round });
    }
    await recordAudit(
      trx,
      ctx,
      'followup_records.updated',
      { type: 'followup_record', id },
      {
        number: record.number,
      },
    );
  });
  return getRecord(db, ctx, id);
}

async function latestRound(db: Kysely<Database>, recordId: number): Promise<number> {
  return (await latestReview(db, recordId))?.round ?? 0;
}

/** 审核队列 as records: each submission with its record, round and the last decision. */
export async function reviewQueue(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: { box: 'to_approve' | 'mine' | 'all'; limit?: number; cursor?: string },
) {
  const limit = query.limit ?? 50;
  const page = await reviewPage(db, ctx, { box: query.box, limit, after: decodeCursor(query.cursor) });
  const ids = page.items.map((i) => i.review.record_id);
  const records = new Map(
    (
      await repo
        .recordsQuery(db)
        .where('r.id', 'in', ids.length > 0 ? ids : [-1])
        .execute()
    ).map((r) => [r.id, r]),
  );
  return {
    nextCursor: page.nextCursor,
    items: page.items.flatMap(({ review, approval, last }) => {
      const record = records.get(review.record_id);
      if (!record) return [];
      return [
        {
          reviewId: review.id,
          round: review.round,
          submittedAt: review.submitted_at.toISOString(),
          status: approval.status,
          decidedByName: last.decidedByName,
          decidedAt: last.decidedAt,
          comment: last.comment,
          record: recordJson(record),
        },
      ];
    }),
  };
}

export async function reviewRecord(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  action: 'approve' | 'return',
  comment: string | null,
) {
  await decideRecord(db, ctx, id, action, comment);
  return getRecord(db, ctx, id);
}
