import type { Kysely, Updateable } from 'kysely';
import { policyFor, slaDeadlines } from '../../../domain/issues/sla.ts';
import type { Responsibility, Urgency, Validity } from '../../../domain/issues/vocabulary.ts';
import type { Database, IssuesTable } from '../../db/schema.ts';
import type { RequestContext } from '../../http/actor.ts';
import { conflict, type FieldError, invalid } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { searchTerms } from '../knowledge/terms.ts';
import { assigned, tell } from './notices.ts';
import * as repo from './repository.ts';
import { clockContext, getIssue } from './service.ts';
import { lockForChange } from './transitions.ts';

export interface IssueEdit {
  version: number;
  ownerId?: number;
  departmentId?: number | null;
  category?: string | null;
  urgency?: Urgency;
  expectedResolutionAt?: string | null;
  promisedReplyAt?: string | null;
  validity?: Validity | null;
  validityReply?: string | null;
  responsibility?: Responsibility | null;
  atFaultUserId?: number | null;
  rootCause?: string | null;
}

const COLUMNS: Record<Exclude<keyof IssueEdit, 'version'>, keyof IssuesTable> = {
  ownerId: 'owner_id',
  departmentId: 'department_id',
  category: 'category',
  urgency: 'urgency',
  expectedResolutionAt: 'expected_resolution_at',
  promisedReplyAt: 'promised_reply_at',
  validity: 'validity',
  validityReply: 'validity_reply',
  responsibility: 'responsibility',
  atFaultUserId: 'at_fault_user_id',
  rootCause: 'root_cause',
};

async function editProblems(
  db: Kysely<Database>,
  row: repo.IssueRow,
  edit: IssueEdit,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (edit.ownerId !== undefined && !(await repo.activeUserExists(db, edit.ownerId)))
    errors.push({ field: 'ownerId', zh: '第一负责人须为在职用户', en: 'must name an active user' });
  if (edit.atFaultUserId && !(await repo.activeUserExists(db, edit.atFaultUserId)))
    errors.push({ field: 'atFaultUserId', zh: '责任人须为在职用户', en: 'must name an active user' });
  if (edit.departmentId && !(await repo.departmentExists(db, edit.departmentId)))
    errors.push({ field: 'departmentId', zh: '责任部门不存在', en: 'no such department' });
  const validity = edit.validity === undefined ? row.validity : edit.validity;
  const reply = edit.validityReply === undefined ? row.validity_reply : edit.validityReply;
  if (validity === 'invalid' && !reply?.trim())
    errors.push({
      field: 'validityReply',
      zh: '投诉不成立时须填写给客户的答复',
      en: 'a reply is required when not valid',
    });
  const responsibility = edit.responsibility === undefined ? row.responsibility : edit.responsibility;
  const atFault = edit.atFaultUserId === undefined ? row.at_fault_user_id : edit.atFaultUserId;
  if (responsibility === 'personal' && !atFault)
    errors.push({
      field: 'atFaultUserId',
      zh: '个人责任须指定责任人（由其整改并汇报）',
      en: 'name the person at fault',
    });
  return errors;
}

/**
 * 修改问题: assignment, classification, validity and responsibility. A new urgency or category on an open issue
 * recounts its deadlines from when it was raised by the matching policy. Stale versions are refused (409).
 */
export async function editIssue(
  db: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  id: number,
  edit: IssueEdit,
) {
  await db.transaction().execute(async (trx) => {
    const row = await lockForChange(trx, ctx, id);
    if (row.version !== edit.version)
      throw conflict({
        zh: '该问题已被他人修改，请刷新后重试',
        en: 'Someone else changed this issue; reload it',
      });
    const errors = await editProblems(trx, row, edit);
    if (errors.length > 0) throw invalid(errors);
    const values: Updateable<IssuesTable> = {};
    const changed: string[] = [];
    for (const [field, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, keyof IssuesTable][]) {
      const value = edit[field];
      if (value === undefined) continue;
      const stored = typeof value === 'string' && field.endsWith('At') ? new Date(value) : value;
      (values as Record<string, unknown>)[column] =
        typeof stored === 'string' ? stored.trim() || null : stored;
      changed.push(field);
    }
    const open = row.status === 'pending' || row.status === 'in_progress';
    if (open && (edit.urgency !== undefined || edit.category !== undefined)) {
      const urgency = (edit.urgency ?? row.urgency) as Urgency;
      const category = edit.category === undefined ? row.category : edit.category;
      const policy = policyFor(await repo.loadPolicies(trx), urgency, category);
      if (policy && row.cycle === 1) {
        const deadlines = slaDeadlines(policy, row.raised_at, await clockContext(trx, timeZone));
        Object.assign(values, {
          first_response_due_at: deadlines.firstResponseDueAt,
          solution_due_at: deadlines.solutionDueAt,
          clock: policy.clock,
        });
      }
    }
    // A new promise to the customer is a new deadline, kept by the next progress they are told of.
    const promise =
      edit.promisedReplyAt === undefined
        ? undefined
        : edit.promisedReplyAt && Date.parse(edit.promisedReplyAt);
    if (promise !== undefined && promise !== (row.promised_reply_at?.getTime() ?? null))
      values.promised_reply_met_at = null;
    if (edit.category !== undefined) values.terms = searchTerms(edit.category, row.description);
    if (changed.length === 0) return;
    await repo.updateIssue(trx, id, values);
    await repo.insertEvents(trx, [
      {
        issue_id: id,
        kind: 'edited',
        cycle: row.cycle,
        details: JSON.stringify({ fields: changed }),
        actor_id: ctx.actor.id,
        at: new Date(),
      },
    ]);
    const newOwner = edit.ownerId !== undefined && edit.ownerId !== Number(row.owner_id);
    if (newOwner && edit.ownerId !== ctx.actor.id) await tell(trx, [assigned(row, edit.ownerId as number)]);
    await recordAudit(
      trx,
      ctx,
      'issues.edited',
      { type: 'issue', id },
      { number: row.number, fields: changed },
    );
  });
  return getIssue(db, ctx, id);
}
