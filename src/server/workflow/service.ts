import type { Kysely, RawBuilder, SqlBool, Transaction } from 'kysely';
import type { Permission } from '../../domain/permissions.ts';
import { type Approver, approvesAny, mayDecide, type WorkflowKey } from '../../domain/workflow/chains.ts';
import {
  ACTION_LABELS,
  type Action,
  needsReason,
  STATUS_LABELS,
  type Status,
  transition,
} from '../../domain/workflow/machine.ts';
import type { Database } from '../db/schema.ts';
import type { Actor, RequestContext } from '../http/actor.ts';
import { AppError, conflict, invalid, notFound } from '../http/errors.ts';
import { type Cursor, encodeCursor } from '../http/pagination.ts';
import { recordAudit } from '../modules/audit/service.ts';
import { resolveDataScope } from '../modules/departments/data-scope.ts';
import { chainOf, chainsOf } from './chains.ts';
import type { AuditEntry, Subject, WorkflowDefinition } from './definition.ts';
import * as repo from './repository.ts';

export type { ApprovalRow, DecisionRow } from './repository.ts';

/** Starts a request's approval on the chain configured now for its type and level, and audits the request. */
export async function submit(
  trx: Transaction<Database>,
  ctx: RequestContext,
  request: {
    workflow: WorkflowKey;
    subjectId: number;
    level?: string;
    requesterId?: number | null;
    /** At most one open request per key (a user's pending role change). */
    openKey?: string;
    audit: AuditEntry;
  },
): Promise<number> {
  const level = request.level ?? 'default';
  const chain = await chainOf(trx, request.workflow, level);
  const id = await repo.insertApproval(trx, {
    workflow: request.workflow,
    subjectId: request.subjectId,
    level,
    requesterId: request.requesterId === undefined ? ctx.actor.id : request.requesterId,
    chain: chain.steps,
    openKey: request.openKey,
    expireAfterDays: chain.expireAfterDays,
  });
  await recordAudit(trx, ctx, request.audit.action, request.audit.target, request.audit.details);
  return id;
}

async function approverOf(db: Kysely<Database>, actor: Actor): Promise<Approver> {
  const scope = await resolveDataScope(db, actor);
  return {
    id: actor.id,
    permissions: actor.permissions,
    departmentId: actor.departmentId,
    scope: scope.kind === 'all' ? 'all' : scope.kind === 'department' ? scope.departmentIds : 'none',
  };
}

const ownRequest = (actor: Actor, subject: Subject) =>
  subject.requesterId === actor.id
    ? conflict({ zh: '不能审批自己的申请', en: 'You cannot decide your own request' })
    : undefined;

const REASON_REQUIRED = { zh: '驳回时请填写原因', en: 'is required when rejecting' };

/** A 409 naming where the request stands, e.g. "该查阅申请已撤回，不能批准". */
function illegal(noun: { zh: string; en: string }, status: Status, action: Action) {
  return conflict({
    zh: `该${noun.zh}${STATUS_LABELS[status].zh}，不能${ACTION_LABELS[action].zh}`,
    en: `This ${noun.en.toLowerCase()} is ${STATUS_LABELS[status].en}: you cannot ${ACTION_LABELS[action].en} it`,
  });
}

/**
 * An approver approves or rejects the step a request waits at, or revokes an approved one (the requester may
 * revoke their own). In one transaction: the checks, the move, the decision, the module's effect, the audit.
 * Order of the answers: 403 without the workflow's gate; 404; the module's refusal (own request: 409);
 * 403 outside the step's approvers; 400 a rejection without reason; 409 a move the status forbids.
 */
export async function decide<S extends Subject>(
  db: Kysely<Database>,
  ctx: RequestContext,
  definition: WorkflowDefinition<S>,
  subjectId: number,
  action: 'approve' | 'reject' | 'revoke',
  comment: string | null,
): Promise<void> {
  if (definition.gate && !ctx.actor.permissions.has(definition.gate)) throw new AppError('forbidden');
  await repo.expireOverdue(db);
  const reason = comment?.trim() || null;
  const approver = await approverOf(db, ctx.actor);
  await db.transaction().execute(async (trx) => {
    const subject = await definition.load(trx, ctx, subjectId);
    const approval = subject && (await repo.findApproval(trx, definition.key, subjectId, true));
    if (!subject || !approval) throw notFound(definition.noun);
    const step = approval.chain[approval.step];
    if (!step) throw new Error(`approval ${approval.id} stands at a step its chain lacks`);
    const requesterRevokes = action === 'revoke' && subject.requesterId === ctx.actor.id;
    if (!requesterRevokes) {
      const refusal = (definition.refusal ?? ownRequest)(ctx.actor, subject);
      if (refusal) throw refusal;
      const facts = {
        requesterDepartmentId: approval.requester_department_id,
        customerInScope: subject.customerInScope === true,
      };
      if (!mayDecide(step, approver, facts)) {
        // Holding the step's permission, the approver is only outside its reach: say so where the module can.
        const outside = ctx.actor.permissions.has(step.permission as Permission);
        throw new AppError('forbidden', {}, [], outside ? definition.outsideReach : undefined);
      }
    }
    if (needsReason(action) && !reason) {
      throw invalid([{ field: 'comment', ...(definition.reasonRequired ?? REASON_REQUIRED) }]);
    }
    const from = { status: approval.status, step: approval.step, steps: approval.chain.length };
    const moved = transition(from, action);
    if (!moved.ok) throw illegal(definition.noun, moved.status, action);
    if (!(await repo.moveApproval(trx, approval.id, from, moved.state))) {
      throw illegal(definition.noun, approval.status, action);
    }
    await repo.insertDecision(trx, {
      approvalId: approval.id,
      step: approval.step,
      stepKey: step.key,
      action,
      decidedBy: ctx.actor.id,
      comment: reason,
    });
    const audit = await definition.onDecided(trx, ctx, subject, {
      approvalId: approval.id,
      action,
      step,
      stepIndex: approval.step,
      decision: moved.decision,
      status: moved.state.status,
      next: moved.decision === 'advanced' ? approval.chain[moved.state.step] : undefined,
      comment: reason,
    });
    await recordAudit(trx, ctx, audit.action, audit.target, audit.details);
  });
}

/**
 * Withdraws the open request holding this key (a newer role edit replaces the pending one), in the caller's
 * transaction; returns the withdrawn request's id. The caller audits the edit that withdrew it.
 */
export async function withdrawOpen(
  trx: Transaction<Database>,
  ctx: RequestContext,
  workflow: WorkflowKey,
  openKey: string,
): Promise<number | undefined> {
  const approval = await repo.findOpen(trx, workflow, openKey);
  if (!approval) return undefined;
  const from = { status: approval.status, step: approval.step, steps: approval.chain.length };
  const moved = transition(from, 'withdraw');
  if (!moved.ok || !(await repo.moveApproval(trx, approval.id, from, moved.state))) return undefined;
  await repo.insertDecision(trx, {
    approvalId: approval.id,
    step: approval.step,
    stepKey: approval.chain[approval.step]?.key ?? '',
    action: 'withdraw',
    decidedBy: ctx.actor.id,
    comment: null,
  });
  return approval.subject_id;
}

export type Box = 'mine' | 'to_approve' | 'all';

export interface InboxQuery {
  box: Box;
  statuses?: Status[];
  limit: number;
  after?: Cursor;
  /** With a step reaching by customer: the SQL telling whether approval `a`'s customer is in the actor's scope. */
  customerInScope?: RawBuilder<SqlBool>;
}

/**
 * A page of one workflow's requests: the actor's own (mine), those waiting at a step the actor decides
 * (to_approve), or every request with a step the actor decides (all within reach). 403 for the approvers'
 * boxes to whoever decides no step of any of the workflow's chains.
 */
export async function inbox(
  db: Kysely<Database>,
  ctx: RequestContext,
  workflow: WorkflowKey,
  query: InboxQuery,
) {
  await repo.expireOverdue(db);
  const page = { limit: query.limit + 1, after: query.after };
  if (query.box === 'mine') {
    const rows = await repo.listApprovals(
      db,
      workflow,
      { requesterId: ctx.actor.id, statuses: query.statuses },
      page,
    );
    return pageOf(rows, query.limit);
  }
  if (!approvesAny(await chainsOf(db, workflow), ctx.actor)) throw new AppError('forbidden');
  const approver = await approverOf(db, ctx.actor);
  const rows = await repo.listApprovals(
    db,
    workflow,
    {
      statuses: query.box === 'to_approve' ? ['pending'] : query.statuses,
      approver: {
        ...approver,
        permissions: [...approver.permissions],
        scope: approver.scope === 'all' || approver.scope === 'none' ? approver.scope : [...approver.scope],
        customerInScope: query.customerInScope,
        which: query.box === 'to_approve' ? 'current' : 'any',
      },
    },
    page,
  );
  return pageOf(rows, query.limit);
}

/** Every request of a workflow whatever the actor's reach (for lists a module opens to its own audience). */
export async function listAll(
  db: Kysely<Database>,
  workflow: WorkflowKey,
  query: { statuses?: Status[]; limit: number; after?: Cursor },
) {
  await repo.expireOverdue(db);
  const rows = await repo.listApprovals(
    db,
    workflow,
    { statuses: query.statuses },
    { limit: query.limit + 1, after: query.after },
  );
  return pageOf(rows, query.limit);
}

function pageOf(rows: repo.ApprovalRow[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    approvals: items,
    nextCursor: rows.length > limit && last ? encodeCursor({ v: last.created_key, id: last.id }) : null,
  };
}

/** The approval and decisions of one request, for its JSON. */
export async function viewOf(db: Kysely<Database>, workflow: WorkflowKey, subjectId: number) {
  const approval = await repo.findApproval(db, workflow, subjectId);
  if (!approval) throw new Error(`${workflow} request ${subjectId} has no approval`);
  return { approval, decisions: await repo.decisionsOf(db, [approval.id]) };
}

/** The decisions of a page of approvals, grouped by approval id. */
export async function decisionsByApproval(db: Kysely<Database>, approvals: repo.ApprovalRow[]) {
  const rows = await repo.decisionsOf(
    db,
    approvals.map((a) => a.id),
  );
  const grouped = new Map<number, repo.DecisionRow[]>();
  for (const row of rows) grouped.set(row.approval_id, [...(grouped.get(row.approval_id) ?? []), row]);
  return (approvalId: number) => grouped.get(approvalId) ?? [];
}

export { approvalsOf, deleteApprovals } from './repository.ts';

/**
 * A page of a module's requests as its JSON: the payload rows loaded by id, each with its approval and
 * decisions, in the page's order.
 */
export async function itemsOf<P extends { id: number }, J>(
  db: Kysely<Database>,
  page: { approvals: repo.ApprovalRow[]; nextCursor: string | null },
  load: (ids: number[]) => Promise<P[]>,
  json: (payload: P, approval: repo.ApprovalRow, decisions: repo.DecisionRow[]) => J | Promise<J>,
): Promise<{ items: J[]; nextCursor: string | null }> {
  const payloads = new Map((await load(page.approvals.map((a) => a.subject_id))).map((p) => [p.id, p]));
  const decisions = await decisionsByApproval(db, page.approvals);
  const items: J[] = [];
  for (const approval of page.approvals) {
    const payload = payloads.get(approval.subject_id);
    if (payload) items.push(await json(payload, approval, decisions(approval.id)));
  }
  return { items, nextCursor: page.nextCursor };
}

/** Who decided last, when and why: what the request lists show beside the status. */
export function lastDecision(decisions: repo.DecisionRow[]) {
  const last = decisions.filter((d) => d.action !== 'expire').at(-1);
  return {
    decidedByName: last?.decided_by_name ?? null,
    decidedAt: last?.decided_at.toISOString() ?? null,
    comment: last?.comment ?? null,
  };
}

/** One request as its module's JSON: the payload row with its approval and decisions. */
export async function oneOf<P, J>(
  db: Kysely<Database>,
  workflow: WorkflowKey,
  subjectId: number,
  find: (db: Kysely<Database>, id: number) => Promise<P | undefined>,
  json: (payload: P, approval: repo.ApprovalRow, decisions: repo.DecisionRow[]) => J | Promise<J>,
): Promise<J> {
  const payload = await find(db, subjectId);
  if (!payload) throw new Error(`${workflow} request ${subjectId} is gone`);
  const { approval, decisions } = await viewOf(db, workflow, subjectId);
  return json(payload, approval, decisions);
}
