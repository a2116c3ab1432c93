import type { Kysely, Transaction } from 'kysely';
import { addDays, dateIn } from '../../../domain/calendar/dates.ts';
import { zonedMoment } from '../../../domain/calendar/hours.ts';
import type { WorkingCalendar } from '../../../domain/calendar/working-days.ts';
import {
  nextRevisit,
  RECORD_ACTIONS,
  REVISIT_WITHIN_WORKING_DAYS,
  type RecordAction,
  type VerificationResult,
  VISIT_FROM_RECORD_WORKING_DAYS,
} from '../../../domain/followups/outcomes.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { conflict, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { loadWorkingCalendar } from '../calendar/service.ts';
import { inScopeOrThrow } from '../customer-access/access.ts';
import * as repo from './repository.ts';

export interface VerificationInput {
  result: VerificationResult;
  /** The customer's view of the salesperson, 5 好 … 1 很差. */
  salespersonRating?: number;
  /** The customer is unhappy with the salesperson: goes to the salesperson's superior and the 总经理. */
  complaint?: boolean;
}

type Task = NonNullable<Awaited<ReturnType<typeof repo.findTask>>>;

/**
 * 拜访核查 (seed 002): on a verification task the record says whether the customer confirms the salesperson's
 * visit. Never done by the salesperson themself.
 */
export async function verificationOf(
  db: Kysely<Database>,
  task: Task | undefined,
  input: VerificationInput | undefined,
  actorId: number,
) {
  if (task?.type !== 'verification') {
    if (input)
      throw invalid([
        { field: 'verification', zh: '只有拜访核查任务填写核查结果', en: 'only on a visit verification' },
      ]);
    return {};
  }
  if (!input) {
    throw invalid([
      {
        field: 'verification.result',
        zh: '请填写客户是否确认该次拜访',
        en: 'is required on a visit verification',
      },
    ]);
  }
  const salespersonId = task.event_id === null ? null : await repo.salespersonOfVisit(db, task.event_id);
  if (salespersonId === actorId) {
    throw conflict({
      zh: '拜访核查不能由被核查的销售人员本人完成',
      en: 'A salesperson cannot verify their own visit',
    });
  }
  return {
    verification_result: input.result,
    salesperson_id: salespersonId,
    salesperson_rating: input.salespersonRating ?? null,
    salesperson_complaint: input.complaint ?? false,
  };
}

/** Events other modules act on: a denied visit (suspected fabrication), a customer unhappy with the salesperson. */
export async function raiseVerificationEvents(
  trx: Transaction<Database>,
  record: { id: number; customerId: number; at: Date },
  values: { verification_result?: string; salesperson_complaint?: boolean },
) {
  if (values.verification_result === 'denied')
    await repo.raiseEvent(trx, record.customerId, 'visit_denied', record.id, record.at, 'major');
  if (values.salesperson_complaint)
    await repo.raiseEvent(trx, record.customerId, 'salesperson_complaint', record.id, record.at, 'urgent');
}

/**
 * An unresolved matter gets its next revisit (SPEC §3.5), due within 5 working days, by the same person; after
 * the 3rd the matter goes to the issues module as an issue request.
 */
export async function scheduleRevisit(
  trx: Transaction<Database>,
  context: { calendar: WorkingCalendar; timeZone: string; now: Date },
  record: { id: number; customerId: number; staffId: number; method: string },
  task: Task | undefined,
  resolved: boolean | undefined,
): Promise<void> {
  const majorComplaint = task?.event_id ? (await repo.eventSeverity(trx, task.event_id)) === 'major' : false;
  const next = nextRevisit(
    { round: task?.revisit_round ?? null, method: task?.method ?? record.method, majorComplaint },
    resolved,
  );
  if (next === undefined) return;
  if (next === 'exhausted') {
    await repo.raiseEvent(trx, record.customerId, 'issue_requested', record.id, context.now, null);
    return;
  }
  const today = dateIn(context.now, context.timeZone);
  const last = context.calendar.addWorkingDays(today, REVISIT_WITHIN_WORKING_DAYS).date;
  const origin = task?.revisit_of ?? record.id;
  await repo.insertTask(trx, {
    customerId: record.customerId,
    sourceKey: `revisit:${origin}:${next.round}`,
    type: task?.type ?? 'routine',
    method: next.method,
    assigneeId: record.staffId,
    startAt: context.now,
    dueAt: zonedMoment(addDays(last, 1), 0, context.timeZone),
    revisitRound: next.round,
    revisitOf: origin,
  });
}

/**
 * An action from a record: 转上门回访 or 中肯意见 → an on-site visit by the customer's account manager (due in 5
 * working days: agreed 3 days ahead); 转研发 or 上报总裁办 are recorded for those departments (and the issues
 * module).
 */
export async function takeAction(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  recordId: number,
  input: { kind: RecordAction; note?: string },
) {
  requirePermission(ctx.actor, 'followups.work');
  const record = await repo.findRecordSubject(db, recordId);
  if (!record) throw notFound({ zh: '回访记录', en: 'follow-up record' });
  if (record.staff_id !== ctx.actor.id) await inScopeOrThrow(db, ctx, record.customer_id);
  const calendar = await loadWorkingCalendar(db);
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    let taskId: number | null = null;
    if (RECORD_ACTIONS[input.kind].createsVisit) {
      const last = calendar.addWorkingDays(dateIn(now, timeZone), VISIT_FROM_RECORD_WORKING_DAYS).date;
      taskId = await repo.insertTask(trx, {
        customerId: record.customer_id,
        sourceKey: `action:${recordId}:${input.kind}`,
        type: 'onsite',
        method: 'onsite',
        assigneeId: record.owner_id ?? record.staff_id,
        startAt: now,
        dueAt: zonedMoment(addDays(last, 1), 0, timeZone),
        revisitRound: null,
        revisitOf: null,
      });
      if (taskId === null) {
        throw conflict({
          zh: '已从这条记录安排过上门拜访',
          en: 'A visit was already arranged from this record',
        });
      }
    }
    const id = await repo.insertAction(trx, {
      recordId,
      kind: input.kind,
      note: input.note?.trim() || null,
      taskId,
      createdBy: ctx.actor.id,
    });
    await recordAudit(
      trx,
      ctx,
      `followup_records.${input.kind}`,
      { type: 'followup_record', id: recordId },
      {
        taskId,
      },
    );
    return { id, kind: input.kind, taskId };
  });
}
