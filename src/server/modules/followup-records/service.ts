import type { Kysely } from 'kysely';
import { addDays, dateIn, isIsoDate } from '../../../domain/calendar/dates.ts';
import { localTime, zonedMoment } from '../../../domain/calendar/hours.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { conflict, type FieldError, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { inScopeOrThrow } from '../customer-access/access.ts';
import { recordLatestFollowup, refreshNextFollowup } from '../followups/summary-repository.ts';
import { insertAttempt } from '../worklist/repository.ts';
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
  const errors = inputProblems(input, task?.signature_required ?? false, now);
  if (errors.length > 0) throw invalid(errors);
  const contactedAt = new Date(input.contactedAt);
  const signature = input.signature ? SIGNATURE.exec(input.signature) : null;
  const issueRequested =
    Boolean(input.complaint) ||
    (input.serviceSatisfaction ?? 5) <= 2 ||
    (input.productSatisfaction ?? 5) <= 2;
  const id = await db.transaction().execute(async (trx) => {
    const number = await repo.nextRecordNumber(trx, dateIn(contactedAt, timeZone));
    const record = await repo.insertRecord(trx, {
      number,
      task_id: task?.id ?? null,
      customer_id: customerId,
      contact_id: input.contactId ?? null,
      contact_name: input.contactName ?? null,
      staff_id: ctx.actor.id,
      method: input.method,
      contacted_at: contactedAt,
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
      issue_requested: issueRequested,
      signature: signature ? Buffer.from(signature[2] as string, 'base64') : null,
      signature_type: signature ? (signature[1] as string) : null,
    });
    if (task && !(await repo.completeTask(trx, task.id, record.id, now))) {
      throw conflict({ zh: '任务已结束，不能再登记回访记录', en: 'The task is closed already' });
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
    await recordLatestFollowup(trx, {
      customerId,
      contactedAt,
      method: input.method,
      summary: input.keyPoints ?? input.content ?? input.result ?? input.purpose ?? null,
      feedback: input.opinions ?? null,
      satisfaction: input.serviceSatisfaction ?? null,
    });
    await refreshNextFollowup(trx, [customerId]);
    await recordAudit(
      trx,
      ctx,
      'followup_records.created',
      { type: 'followup_record', id: record.id },
      {
        number: record.number,
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
  if (row.staffId !== ctx.actor.id) await inScopeOrThrow(db, ctx, row.customerId);
  return recordJson(row);
}

type RecordRow = NonNullable<Awaited<ReturnType<ReturnType<typeof repo.recordsQuery>['executeTakeFirst']>>>;

function recordJson(row: RecordRow) {
  return {
    ...row,
    answers: row.answers as { question: string; answer: string }[],
    actionItems: row.actionItems as { text: string; dueOn?: string }[],
    signed: Boolean(row.signed),
    reviewStatus: row.reviewStatus as 'provisional' | 'approved' | 'returned',
    contactedAt: row.contactedAt.toISOString(),
    promisedReplyAt: row.promisedReplyAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    /** Phone records are marked 电话回访 (seed 002). */
    phoneRecord: row.method === 'phone',
  };
}
