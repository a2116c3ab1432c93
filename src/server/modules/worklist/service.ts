import type { Kysely } from 'kysely';
import { addDays, dateIn, isIsoDate, isIsoMonth, monthSpan } from '../../../domain/calendar/dates.ts';
import { localTime, nextContactTime, zonedMoment } from '../../../domain/calendar/hours.ts';
import { maskPersonName } from '../../../domain/customers/masking.ts';
import {
  bestTimeToCall,
  DEFAULT_MAX_FAILED_ATTEMPTS,
  decideAttempt,
  type LoggedOutcome,
} from '../../../domain/followups/attempts.ts';
import { ONSITE_NOTICE_DAYS, preparationFor } from '../../../domain/followups/preparation.ts';
import { WORKLIST_PAGE, WORKLIST_SECTIONS } from '../../../domain/followups/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import { hasAnyPermission, type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../http/errors.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { recordAudit } from '../audit/service.ts';
import { loadCompanyHours, loadWorkingCalendar } from '../calendar/service.ts';
import { customerVisibility, inScopeOrThrow } from '../customer-access/access.ts';
import { contactProblems } from '../customers/contact-of-customer.ts';
import { listContacts } from '../customers/contacts-repository.ts';
import { contactJson } from '../customers/view.ts';
import { resolveDataScope } from '../departments/data-scope.ts';
import { taskJson } from '../followups/service.ts';
import { refreshNextFollowup } from '../followups/summary-repository.ts';
import { notify } from '../notifications/service.ts';
import { readSetting } from '../settings/repository.ts';
import * as repo from './repository.ts';

const TASK = { zh: '回访任务', en: 'follow-up task' };
export const MAX_FAILED_ATTEMPTS_KEY = 'followup_max_failed_attempts';

async function contactContext(db: Kysely<Database>, timeZone: string) {
  const [calendar, hours] = await Promise.all([loadWorkingCalendar(db), loadCompanyHours(db)]);
  return { calendar, hours, timeZone };
}

/** Whose worklist: one's own; someone else's for who assigns work and has that person in scope. */
async function worklistOwner(db: Kysely<Database>, ctx: RequestContext, assigneeId: number | undefined) {
  requirePermission(ctx.actor, 'followups.work');
  if (assigneeId === undefined || assigneeId === ctx.actor.id) return ctx.actor.id;
  if (!hasAnyPermission(ctx.actor, ['followups.assign'])) throw forbidden();
  const viewer = { userId: ctx.actor.id, scope: await resolveDataScope(db, ctx.actor) };
  if (!(await repo.assignableUser(db, viewer, assigneeId))) {
    throw invalid([{ field: 'assigneeId', zh: '不是您团队中的回访人员', en: 'is not on your team' }]);
  }
  return assigneeId;
}

/**
 * 工作台 (SPEC §3.4): what is due now (urgent first; phone tasks whose customer is in their best time to call
 * first among equals), then overdue, then upcoming, then call-backs at their time. Each phone task carries the
 * customer's best time to call and the next moment inside it. With `section`, only that part's rows (加载更多);
 * the counts always cover all four.
 */
export async function worklist(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  query: { assigneeId?: number; limit?: number; section?: repo.Section },
) {
  const assigneeId = await worklistOwner(db, ctx, query.assigneeId);
  const now = new Date();
  const limit = query.limit ?? WORKLIST_PAGE;
  const wanted = (s: repo.Section) => query.section === undefined || query.section === s;
  const [sections, counts, context] = await Promise.all([
    Promise.all(
      WORKLIST_SECTIONS.map((s) => (wanted(s) ? repo.worklistSection(db, assigneeId, s, now, limit) : [])),
    ),
    repo.sectionCounts(db, assigneeId, now),
    contactContext(db, timeZone),
  ]);
  // Most tasks share their moment (now, a day's start) and windows (the preferred ones): each pair once.
  const suggestions = new Map<string, ReturnType<typeof nextContactTime>>();
  const suggest = (from: Date, windows: ReturnType<typeof bestTimeToCall>['windows']) => {
    const key = `${from.getTime()}|${windows.map((w) => `${w.start}-${w.end}`).join(',')}`;
    let answer = suggestions.get(key);
    if (!answer) {
      answer = nextContactTime(from, context.calendar, context.hours, timeZone, windows);
      suggestions.set(key, answer);
    }
    return answer;
  };
  const offer = ({ hourStats, ...task }: (typeof sections)[number][number]) => {
    const best = bestTimeToCall(repo.toHourStats(hourStats), context.hours);
    const from = new Date(
      Math.max(now.getTime(), task.startAt.getTime(), task.nextAttemptAt?.getTime() ?? 0),
    );
    const suggested = task.method === 'phone' ? suggest(from, best.windows) : undefined;
    return {
      ...task,
      startAt: task.startAt.toISOString(),
      dueAt: task.dueAt.toISOString(),
      nextAttemptAt: task.nextAttemptAt?.toISOString() ?? null,
      customerTier: task.customerTier,
      doNotContact: task.doNotContact,
      primaryContactName: task.primaryContactName ? maskPersonName(task.primaryContactName) : null,
      primaryContactMobile: task.primaryContactMobile,
      bestTime: task.method === 'phone' ? best : null,
      suggestedAt: suggested?.at.toISOString() ?? null,
      inBestTimeNow: suggested !== undefined && suggested.at.getTime() <= now.getTime() + 60_000,
    };
  };
  const [dueNow, overdue, upcoming, callbacks] = sections.map((rows) => rows.map(offer));
  // Among tasks of the same priority, the customers who are in their best time right now come first.
  const rank = { urgent: 0, high: 1, normal: 2, low: 3 } as Record<string, number>;
  dueNow?.sort(
    (a, b) =>
      (rank[a.priority] ?? 2) - (rank[b.priority] ?? 2) || Number(b.inBestTimeNow) - Number(a.inBestTimeNow),
  );
  return {
    assigneeId,
    counts,
    now: dueNow ?? [],
    overdue: overdue ?? [],
    upcoming: upcoming ?? [],
    callbacks: callbacks ?? [],
  };
}

/** The task as the worklist opens it: the customer card at the viewer's exposure, script, questionnaire, history. */
export async function taskCard(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  timeZone: string,
  id: number,
) {
  requirePermission(ctx.actor, 'followups.work');
  const task = await repo.findTask(db, id);
  if (!task) throw notFound(TASK);
  if (task.assigneeId !== ctx.actor.id) await inScopeOrThrow(db, ctx, task.customerId);
  const { visibility } = await customerVisibility(db, ctx, task.customerId);
  const exposure = visibility.confidential;
  const [contacts, records, attempts, rule, stats, context] = await Promise.all([
    exposure === 'hidden' ? [] : listContacts(db, task.customerId),
    repo.lastRecords(db, task.customerId, 3),
    repo.listAttempts(db, id),
    task.ruleId && task.ruleVersion ? repo.ruleVersion(db, task.ruleId, task.ruleVersion) : undefined,
    repo.hourStats(db, task.customerId),
    contactContext(db, timeZone),
  ]);
  const best = bestTimeToCall(stats, context.hours);
  return {
    ...taskJson(task),
    customerTier: visibility.secret === 'full' ? task.customerTier : null,
    doNotContact: task.doNotContact,
    contactsExposure: exposure,
    contacts: contacts.map((c) => contactJson(c, exposure, cipher)),
    ruleName: rule?.name ?? null,
    script: rule?.script ?? '',
    questionnaire: (rule?.questionnaire ?? []) as { question: string; kind: string; options: string[] }[],
    preparation: preparationFor(task.method),
    // seed 000: a face-to-face visit is agreed with the customer 3 days ahead (of its last possible day).
    agreeBy:
      task.method === 'onsite'
        ? addDays(dateIn(new Date(task.dueAt.getTime() - 1), timeZone), -ONSITE_NOTICE_DAYS)
        : null,
    bestTime: best,
    lastRecords: records.map((r) => ({ ...r, contactedAt: r.contactedAt.toISOString() })),
    attemptLog: attempts.map((a) => ({
      ...a,
      attemptedAt: a.attemptedAt.toISOString(),
      callbackAt: a.callbackAt?.toISOString() ?? null,
    })),
  };
}

/**
 * Logs an attempt (未接通, 忙线, 号码错误, 拒访, 约定回拨) and reschedules the task inside the contact windows —
 * the customer's best time to call where it is known — or ends it: refused, or too many failures (未接通).
 */
export async function logAttempt(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  timeZone: string,
  id: number,
  input: { outcome: LoggedOutcome; callbackAt?: string; note?: string; contactId?: number },
) {
  requirePermission(ctx.actor, 'followups.work');
  const task = await repo.findTask(db, id);
  if (!task) throw notFound(TASK);
  if (task.assigneeId !== ctx.actor.id) await inScopeOrThrow(db, ctx, task.customerId);
  const now = new Date();
  const callbackAt = input.callbackAt ? new Date(input.callbackAt) : undefined;
  const errors = await contactProblems(db, task.customerId, input.contactId);
  if (input.outcome === 'callback' && (!callbackAt || callbackAt.getTime() <= now.getTime())) {
    errors.push({
      field: 'callbackAt',
      zh: '请填写约定回拨的时间（晚于现在）',
      en: 'needs a time after now',
    });
  }
  if (errors.length > 0) throw invalid(errors);
  const [context, stats, max] = await Promise.all([
    contactContext(db, timeZone),
    repo.hourStats(db, task.customerId),
    readSetting<number>(db, MAX_FAILED_ATTEMPTS_KEY),
  ]);
  const best = bestTimeToCall(stats, context.hours);
  await db.transaction().execute(async (trx) => {
    const locked = await repo.lockTask(trx, id);
    if (!locked || !repo.OPEN_STATUSES.includes(locked.status as 'pending')) {
      throw conflict({ zh: '任务已结束，不能再登记联系结果', en: 'The task is closed already' });
    }
    const decision = decideAttempt(
      {
        outcome: input.outcome,
        at: now,
        callbackAt,
        failedBefore: locked.failed_attempts,
        maxFailed: max ?? DEFAULT_MAX_FAILED_ATTEMPTS,
      },
      { ...context, windows: best.windows },
    );
    await repo.insertAttempt(trx, {
      taskId: id,
      customerId: task.customerId,
      staffId: ctx.actor.id,
      contactId: input.contactId ?? null,
      outcome: input.outcome,
      attemptedAt: now,
      localHour: Math.floor(localTime(now, timeZone).minute / 60),
      callbackAt: callbackAt ?? null,
      note: input.note ?? null,
    });
    const ended = decision.kind === 'ended';
    await repo.updateTaskAfterAttempt(trx, id, {
      status: ended ? decision.status : locked.status === 'pending' ? 'in_progress' : locked.status,
      failedAttempts: decision.failedAttempts,
      nextAttemptAt: ended ? null : decision.nextAttemptAt,
      endReason: ended ? decision.reason : null,
      completedAt: ended ? now : null,
    });
    if (ended) await refreshNextFollowup(trx, [task.customerId]);
    await recordAudit(
      trx,
      ctx,
      'followup_tasks.attempted',
      { type: 'followup_task', id },
      {
        outcome: input.outcome,
        ended,
      },
    );
  });
  return taskCard(db, ctx, cipher, timeZone, id);
}

/** Reassigns an open task to a colleague in the reassigner's scope (主管派工). */
export async function reassign(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  input: { assigneeId: number; reason?: string },
) {
  requirePermission(ctx.actor, 'followups.assign');
  const task = await repo.findTask(db, id);
  if (!task) throw notFound(TASK);
  const viewer = { userId: ctx.actor.id, scope: await resolveDataScope(db, ctx.actor) };
  // Whose task: the customer must be in the reassigner's scope, and so must the new assignee.
  const shown = await customerVisibility(db, ctx, task.customerId);
  const current =
    task.assigneeId === null ? undefined : await repo.assignableUser(db, viewer, task.assigneeId);
  if (shown.row.in_scope !== true && !current) {
    throw new AppError('forbidden', {}, [], {
      zh: '该任务不在您的负责范围内',
      en: 'This task is outside your reach',
    });
  }
  const to = await repo.assignableUser(db, viewer, input.assigneeId);
  if (!to) throw invalid([{ field: 'assigneeId', zh: '不是您团队中的回访人员', en: 'is not on your team' }]);
  await db.transaction().execute(async (trx) => {
    if (!(await repo.reassignTask(trx, id, input.assigneeId))) {
      throw conflict({ zh: '任务已结束，不能改派', en: 'The task is closed already' });
    }
    if (input.assigneeId !== ctx.actor.id)
      await notify(trx, [
        {
          userId: input.assigneeId,
          kind: 'task_assigned',
          params: { by: ctx.actor.displayName, customer: task.customerName },
          body: input.reason ?? undefined,
          link: '/workbench',
        },
      ]);
    await recordAudit(
      trx,
      ctx,
      'followup_tasks.reassigned',
      { type: 'followup_task', id },
      {
        from: task.assigneeId,
        to: input.assigneeId,
        reason: input.reason ?? null,
      },
    );
  });
  const updated = await repo.findTask(db, id);
  return taskJson(updated as NonNullable<typeof updated>);
}

/** 团队视图: per person and per day, what the team has open, overdue and done. */
export async function teamView(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  query: { from?: string; to?: string },
) {
  requirePermission(ctx.actor, 'followups.assign');
  const today = dateIn(new Date(), timeZone);
  const from = query.from ?? today;
  const to = query.to ?? addDays(from, 6);
  if (!isIsoDate(from) || !isIsoDate(to) || to < from || addDays(from, 62) < to) {
    throw invalid([
      {
        field: 'to',
        zh: '日期范围须在 62 天以内，且结束不早于开始',
        en: 'must be within 62 days after from',
      },
    ]);
  }
  const viewer = { userId: ctx.actor.id, scope: await resolveDataScope(db, ctx.actor) };
  const result = await repo.teamDays(
    db,
    viewer,
    { from: zonedMoment(from, 0, timeZone), to: zonedMoment(addDays(to, 1), 0, timeZone) },
    timeZone,
  );
  return { from, to, ...result };
}

/**
 * 回访日历: a month of one's own tasks, a team member's, or the whole team's, counted per day (the day a task
 * starts, in the company's zone, as the team view counts them).
 */
export async function calendar(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  query: { month?: string; assigneeId?: number; team?: boolean },
) {
  requirePermission(ctx.actor, 'followups.work');
  const month = query.month ?? dateIn(new Date(), timeZone).slice(0, 7);
  if (!isIsoMonth(month)) {
    throw invalid([
      { field: 'month', zh: '月份应为“年-月”，如 2030-05', en: 'must be a month such as 2030-05' },
    ]);
  }
  if (query.team && query.assigneeId !== undefined) {
    throw invalid([
      { field: 'team', zh: '查看全组时不能再指定回访人员', en: 'cannot be combined with assigneeId' },
    ]);
  }
  let whose: repo.Whose;
  if (query.team) {
    requirePermission(ctx.actor, 'followups.assign');
    whose = { team: { userId: ctx.actor.id, scope: await resolveDataScope(db, ctx.actor) } };
  } else {
    whose = { assigneeId: await worklistOwner(db, ctx, query.assigneeId) };
  }
  const { first, next } = monthSpan(month);
  const days = await repo.calendarDays(
    db,
    whose,
    { from: zonedMoment(first, 0, timeZone), to: zonedMoment(next, 0, timeZone) },
    timeZone,
  );
  return {
    month,
    from: first,
    to: addDays(next, -1),
    assigneeId: 'assigneeId' in whose ? whose.assigneeId : null,
    team: 'team' in whose,
    days,
  };
}
