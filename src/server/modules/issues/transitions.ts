import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Transaction, Updateable } from 'kysely';
import { afterPause, deadlineAfter, policyFor } from '../../../domain/issues/sla.ts';
import { allowedNext, canMove, isReopening, requiredFor } from '../../../domain/issues/status.ts';
import { ISSUE_STATUSES, type IssueStatus, type Urgency } from '../../../domain/issues/vocabulary.ts';
import type { Database, IssuesTable } from '../../db/schema.ts';
import type { RequestContext } from '../../http/actor.ts';
import { AppError, conflict, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { planStatuses } from './plans-repository.ts';
import * as repo from './repository.ts';
import { planRevisit, raiseResolved } from './revisit.ts';
import { clockContext, getIssue, ISSUE, issueViewer } from './service.ts';

export interface Move {
  to: IssueStatus;
  solution?: string;
  rootCause?: string;
  reason?: string;
  /** Reopening: the new target time (else the policy's solution time from now). */
  targetAt?: string;
  /** Closing by hand: the satisfaction the customer gave, where no revisit is due. */
  satisfaction?: number;
}

const label = (s: IssueStatus) => ISSUE_STATUSES[s];

function refuseMove(from: IssueStatus, to: IssueStatus) {
  const next = allowedNext(from);
  return conflict({
    zh: `不能从「${label(from).zh}」改为「${label(to).zh}」；可改为：${next.map((s) => label(s).zh).join('、')}`,
    en: `cannot go from ${label(from).en} to ${label(to).en}; allowed: ${next.map((s) => label(s).en).join(', ')}`,
  });
}

/** The issue, locked and in the actor's reach for a change (issues.handle, in scope). */
export async function lockForChange(trx: Transaction<Database>, ctx: RequestContext, id: number) {
  const viewer = await issueViewer(trx, ctx);
  if (!ctx.actor.permissions.has('issues.handle') && !ctx.actor.permissions.has('issues.escalate'))
    throw new AppError('forbidden');
  const row = await repo.lockIssue(trx, id);
  const visible = row && (await repo.findIssue(trx, viewer, id));
  if (!row || !visible?.in_scope) throw notFound(ISSUE);
  return row;
}

/**
 * 状态流转 on the server: an illegal move is a 409 naming the allowed ones. Resolving records the solution and
 * plans the account manager's revisit; 已关闭 by hand only where no revisit is due (anonymous, reply only, not
 * sampled); reopening needs a reason and starts a new cycle with a new target time.
 */
export async function moveIssue(
  db: Kysely<Database>,
  ctx: RequestContext,
  env: { timeZone: string; log: FastifyBaseLogger },
  id: number,
  move: Move,
) {
  const now = new Date();
  const resolvedEvent = await db.transaction().execute(async (trx) => {
    const row = await lockForChange(trx, ctx, id);
    const from = row.status as IssueStatus;
    if (!canMove(from, move.to)) throw refuseMove(from, move.to);
    const needs = requiredFor(from, move.to);
    if (needs === 'solution' && !move.solution?.trim())
      throw invalid([{ field: 'solution', zh: '请填写解决方案', en: 'is required to resolve' }]);
    if (needs === 'reason' && !move.reason?.trim())
      throw invalid([{ field: 'reason', zh: '请填写原因', en: 'is required' }]);
    if (move.to === 'closed') await refuseHandCloseWhenRevisitDue(trx, row);
    if (move.to === 'resolved') await refuseResolvingWithoutApprovedPlan(trx, row);
    const values = await valuesFor(trx, row, move, now, env.timeZone);
    await repo.updateIssue(trx, id, values);
    await repo.insertEvents(trx, [
      {
        issue_id: id,
        kind: 'moved',
        from_status: from,
        to_status: move.to,
        cycle: values.cycle ?? row.cycle,
        note: move.reason?.trim() || move.solution?.trim() || null,
        actor_id: ctx.actor.id,
        at: now,
      },
    ]);
    await recordAudit(
      trx,
      ctx,
      'issues.moved',
      { type: 'issue', id },
      { number: row.number, from, to: move.to },
    );
    return move.to === 'resolved' ? raiseResolved(trx, row, now) : null;
  });
  if (resolvedEvent !== null) await planRevisit(db, env, id, resolvedEvent, now);
  return getIssue(db, ctx, id);
}

async function refuseHandCloseWhenRevisitDue(trx: Transaction<Database>, row: repo.IssueRow) {
  if (row.revisit_task_id === null) return;
  const revisits = await repo.revisitTasks(trx, { id: row.id, customerId: row.customer_id });
  const open = revisits.find(
    (t) => t.id === row.revisit_task_id && ['pending', 'in_progress', 'overdue'].includes(t.status),
  );
  if (open)
    throw conflict({
      zh: '此问题须由客户经理回访确认客户满意后关闭（回访记录的满意度自动关闭或重开问题）',
      en: 'This issue closes through the post-resolution revisit (its satisfaction closes or reopens it)',
    });
}

/** Where the policy asks for it, a leader approves this round's solution plan before it is carried out. */
async function refuseResolvingWithoutApprovedPlan(trx: Transaction<Database>, row: repo.IssueRow) {
  const policy = policyFor(await repo.loadPolicies(trx), row.urgency as Urgency, row.category);
  if (!policy?.planApproval) return;
  const statuses = await planStatuses(trx, row.id, row.cycle);
  if (statuses.includes('approved')) return;
  throw conflict(
    statuses.includes('pending')
      ? {
          zh: '处理方案尚待领导审批，批准后方可按方案实施并标记解决',
          en: 'The solution plan awaits approval; resolve it once approved',
        }
      : {
          zh: '此问题的处理方案须经领导审批后方可实施：请先提交处理方案',
          en: 'This issue needs an approved solution plan first: submit one',
        },
  );
}

async function valuesFor(
  trx: Transaction<Database>,
  row: repo.IssueRow,
  move: Move,
  now: Date,
  timeZone: string,
): Promise<Updateable<IssuesTable>> {
  const firstResponse = row.first_response_at ?? now;
  switch (move.to) {
    case 'in_progress': {
      if (!isReopening(row.status as IssueStatus, move.to))
        return { status: move.to, first_response_at: firstResponse };
      return {
        ...(await reopenValues(trx, row, now, timeZone, move.targetAt)),
        first_response_at: firstResponse,
      };
    }
    case 'resolved':
      return {
        status: move.to,
        solution: move.solution?.trim(),
        root_cause: move.rootCause?.trim() || row.root_cause,
        resolved_at: now,
        first_response_at: firstResponse,
        paused_at: null,
      };
    case 'no_action':
      return {
        status: move.to,
        no_action_reason: move.reason?.trim(),
        first_response_at: firstResponse,
        paused_at: null,
      };
    case 'closed':
      return { status: move.to, closed_at: now, satisfaction: move.satisfaction ?? row.satisfaction };
    default:
      return { status: move.to };
  }
}

/** A reopened issue: 处理中 again, a new cycle (escalation starts afresh) and a new target time. */
export async function reopenValues(
  trx: Kysely<Database>,
  row: repo.IssueRow,
  now: Date,
  timeZone: string,
  targetAt?: string,
) {
  const policy = policyFor(await repo.loadPolicies(trx), row.urgency as Urgency, row.category);
  const target = targetAt
    ? new Date(targetAt)
    : deadlineAfter(
        now,
        policy?.solutionHours ?? 24,
        policy?.clock ?? 'wall',
        await clockContext(trx, timeZone),
      );
  return {
    status: 'in_progress' as const,
    cycle: row.cycle + 1,
    solution_due_at: target,
    expected_resolution_at: target,
    resolved_at: null,
    closed_at: null,
    revisit_task_id: null,
  };
}

/**
 * 处理进度: a note on the timeline; the first one is the first response, and one the customer was told of keeps
 * the reply time promised to them.
 */
export async function addProgress(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  input: { note: string; customerInformed?: boolean },
) {
  if (!input.note.trim()) throw invalid([{ field: 'note', zh: '请填写处理进度', en: 'must not be blank' }]);
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    const row = await lockForChange(trx, ctx, id);
    const keepsPromise =
      input.customerInformed === true && row.promised_reply_at !== null && row.promised_reply_met_at === null;
    if (row.first_response_at === null || keepsPromise)
      await repo.updateIssue(trx, id, {
        first_response_at: row.first_response_at ?? now,
        ...(keepsPromise && { promised_reply_met_at: now }),
      });
    await repo.insertEvents(trx, [
      {
        issue_id: id,
        kind: 'progress',
        cycle: row.cycle,
        note: input.note.trim(),
        details: JSON.stringify({ customerInformed: input.customerInformed ?? false }),
        actor_id: ctx.actor.id,
        at: now,
      },
    ]);
  });
  return getIssue(db, ctx, id);
}

/** 等待客户: the SLA clock stops (recorded), and resumes with the deadlines moved on by the paused time. */
export async function pauseIssue(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  id: number,
  input: { pause: boolean; reason?: string },
) {
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    const row = await lockForChange(trx, ctx, id);
    if (row.status !== 'pending' && row.status !== 'in_progress')
      throw conflict({ zh: '只有待处理或处理中的问题可以暂停计时', en: 'Only an open issue can be paused' });
    if (input.pause === (row.paused_at !== null))
      throw conflict(
        input.pause
          ? { zh: '计时已暂停', en: 'The clock is paused already' }
          : { zh: '计时未暂停', en: 'The clock is not paused' },
      );
    if (input.pause && !input.reason?.trim())
      throw invalid([{ field: 'reason', zh: '请填写暂停原因（如：等待客户提供资料）', en: 'is required' }]);
    if (input.pause) {
      await repo.updateIssue(trx, id, { paused_at: now });
    } else {
      const paused = row.paused_at as Date;
      const clock = await clockContext(trx, timeZone);
      const move = (deadline: Date) =>
        afterPause(deadline, paused, now, row.clock as 'wall' | 'working', clock);
      await repo.updateIssue(trx, id, {
        paused_at: null,
        solution_due_at: move(row.solution_due_at),
        first_response_due_at: row.first_response_at
          ? row.first_response_due_at
          : move(row.first_response_due_at),
      });
    }
    await repo.insertEvents(trx, [
      {
        issue_id: id,
        kind: input.pause ? 'paused' : 'resumed',
        cycle: row.cycle,
        note: input.reason?.trim() || null,
        actor_id: ctx.actor.id,
        at: now,
      },
    ]);
  });
  return getIssue(db, ctx, id);
}
