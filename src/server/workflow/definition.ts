import type { Transaction } from 'kysely';
import type { Permission } from '../../domain/permissions.ts';
import type { Step, WorkflowKey } from '../../domain/workflow/chains.ts';
import type { Action, Status } from '../../domain/workflow/machine.ts';
import type { Database } from '../db/schema.ts';
import type { Actor, RequestContext } from '../http/actor.ts';
import type { AppError, Localized } from '../http/errors.ts';
import type { AuditTarget } from '../modules/audit/service.ts';

/** What the shared machine needs to know about a request's payload to decide it. */
export interface Subject {
  requesterId: number | null;
  /** With a step reaching by customer: whether the request's customer is in the deciding actor's scope. */
  customerInScope?: boolean;
}

/** What a decision did: the step acted on, the action, and where the request now stands. */
export interface Outcome {
  approvalId: number;
  action: Action;
  step: Step;
  stepIndex: number;
  /** 'advanced' when the step's approval hands the request to the next step. */
  decision: Exclude<Status, 'pending'> | 'advanced';
  /** The status (and, when advanced, the next step) after the decision. */
  status: Status;
  next?: Step;
  comment: string | null;
}

export interface AuditEntry {
  action: string;
  target?: AuditTarget;
  details?: Record<string, unknown>;
}

/**
 * A request type plugged into the approval machine: the module keeps its payload (its own table) and says what
 * an approval does to the world; status, steps, decisions, inbox and audit come from src/server/workflow.
 */
export interface WorkflowDefinition<S extends Subject> {
  key: WorkflowKey;
  /** The request as users call it (查阅申请, 等级申报 …), for "not found" and "already decided" texts. */
  noun: Localized;
  /** Checked before the request is looked up: those without it get 403 and never learn whether it exists. */
  gate?: Permission;
  /** The payload a decision needs, read inside the decision's transaction (lock what the effect changes). */
  load(trx: Transaction<Database>, ctx: RequestContext, subjectId: number): Promise<S | undefined>;
  /** Why this actor may decide nothing on this request; by default the requester gets a 409. */
  refusal?(actor: Actor, subject: S): AppError | undefined;
  /** The 403 text when the actor may not decide the step (by default the plain 403). */
  outsideReach?: Localized;
  /** The text when a rejection comes without a reason. */
  reasonRequired?: Localized;
  /** What the decision does (grant, tier, destruction …), in the same transaction; returns what the audit says. */
  onDecided(
    trx: Transaction<Database>,
    ctx: RequestContext,
    subject: S,
    outcome: Outcome,
  ): Promise<AuditEntry>;
}

/** The usual `load`: the request's row by id, its requester named by the row (no locks, no customer reach). */
export function rowLoader<R>(
  find: (db: Transaction<Database>, id: number) => Promise<R | undefined>,
  requesterOf: (row: R) => number,
): WorkflowDefinition<{ requesterId: number; row: R }>['load'] {
  return async (trx, _ctx, id) => {
    const row = await find(trx, id);
    return row && { requesterId: requesterOf(row), row };
  };
}
