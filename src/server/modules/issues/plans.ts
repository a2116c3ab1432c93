import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { hasAnyPermission, type RequestContext } from '../../http/actor.ts';
import { AppError, conflict, invalid } from '../../http/errors.ts';
import type { Cursor } from '../../http/pagination.ts';
import { rowLoader, type WorkflowDefinition } from '../../workflow/definition.ts';
import * as workflow from '../../workflow/service.ts';
import { notify } from '../notifications/service.ts';
import { planJson } from './plans-json.ts';
import * as plans from './plans-repository.ts';
import * as repo from './repository.ts';
import { getIssue } from './service.ts';
import { lockForChange } from './transitions.ts';

const PLAN = { zh: '处理方案', en: 'Solution plan' };

/**
 * 提交处理方案: the handler's plan goes to the leader over them for approval (SPEC §4). One plan waits at a time
 * per round; submitting starts the work (待处理 → 处理中) and counts as the first response.
 */
export async function submitPlan(db: Kysely<Database>, ctx: RequestContext, id: number, text: string) {
  const plan = text.trim();
  if (!plan) throw invalid([{ field: 'plan', zh: '请填写处理方案', en: 'must not be blank' }]);
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    const row = await lockForChange(trx, ctx, id);
    if (row.status !== 'pending' && row.status !== 'in_progress')
      throw conflict({
        zh: '只有待处理或处理中的问题可以提交处理方案',
        en: 'Only an open issue takes a solution plan',
      });
    const statuses = await plans.planStatuses(trx, id, row.cycle);
    if (statuses.includes('pending'))
      throw conflict({
        zh: '已有处理方案待审批，请等待审批结果',
        en: 'A plan is awaiting approval already',
      });
    if (statuses.includes('approved'))
      throw conflict({
        zh: '本轮处理方案已获批准，可按方案实施',
        en: 'This round’s plan is approved already',
      });
    const planId = await plans.insertPlan(trx, {
      issueId: id,
      cycle: row.cycle,
      plan,
      submittedBy: ctx.actor.id,
      at: now,
    });
    await repo.updateIssue(trx, id, {
      status: 'in_progress',
      first_response_at: row.first_response_at ?? now,
    });
    await repo.insertEvents(trx, [
      ...(row.status === 'pending'
        ? [
            {
              issue_id: id,
              kind: 'moved',
              from_status: 'pending',
              to_status: 'in_progress',
              cycle: row.cycle,
              actor_id: ctx.actor.id,
              at: now,
            },
          ]
        : []),
      { issue_id: id, kind: 'plan_submitted', cycle: row.cycle, note: plan, actor_id: ctx.actor.id, at: now },
    ]);
    await workflow.submit(trx, ctx, {
      workflow: 'issue_plan',
      subjectId: planId,
      audit: {
        action: 'issues.plan_submitted',
        target: { type: 'issue', id },
        details: { number: row.number, planId },
      },
    });
    const leader = await repo.supervisorOf(trx, ctx.actor.id);
    if (leader !== null)
      await notify(trx, [
        {
          userId: leader,
          kind: 'issue_plan_submitted',
          params: { number: row.number, by: ctx.actor.displayName },
          body: plan.length > 60 ? `${plan.slice(0, 60)}…` : plan,
          link: `/issues/${id}`,
        },
      ]);
  });
  return getIssue(db, ctx, id);
}

const planWorkflow: WorkflowDefinition<{ requesterId: number; row: plans.PlanRow }> = {
  key: 'issue_plan',
  noun: PLAN,
  gate: 'issues.escalate',
  load: rowLoader(plans.findPlan, (row) => row.submitted_by),
  refusal: (actor, { requesterId }) =>
    requesterId === actor.id
      ? conflict({ zh: '不能审批自己提交的处理方案', en: 'You cannot approve your own plan' })
      : undefined,
  outsideReach: {
    zh: '该处理方案的提交人不在您的管理范围内',
    en: 'Whoever drew up this plan is not on your team',
  },
  reasonRequired: { zh: '驳回时请说明方案要改什么', en: 'say what the plan must change' },
  async onDecided(trx, ctx, { row }, outcome) {
    const final = outcome.decision === 'approved' || outcome.decision === 'rejected';
    if (final) {
      await repo.insertEvents(trx, [
        {
          issue_id: row.issue_id,
          kind: outcome.decision === 'approved' ? 'plan_approved' : 'plan_rejected',
          cycle: row.cycle,
          note: outcome.comment,
          actor_id: ctx.actor.id,
          at: new Date(),
        },
      ]);
      await notify(trx, [
        {
          userId: row.submitted_by,
          kind: 'issue_plan_decided',
          params: {
            number: row.issue_number,
            by: ctx.actor.displayName,
            decision: outcome.decision === 'approved' ? 'approved' : 'rejected',
          },
          body: outcome.comment ?? undefined,
          link: `/issues/${row.issue_id}`,
        },
      ]);
    }
    return {
      action: `issues.plan_${outcome.decision}`,
      target: { type: 'issue', id: row.issue_id },
      details: { number: row.issue_number, planId: row.id, comment: outcome.comment },
    };
  },
};

/** 批准 / 驳回 a plan: a leader over whoever drew it up (the approval chain 处理方案审批 says who). */
export async function decidePlan(
  db: Kysely<Database>,
  ctx: RequestContext,
  planId: number,
  action: 'approve' | 'reject',
  comment: string | null,
) {
  await workflow.decide(db, ctx, planWorkflow, planId, action, comment);
  return workflow.oneOf(db, 'issue_plan', planId, plans.findPlan, planJson);
}

/** 方案审批: plans waiting for the actor (to_approve), their own (mine), or all within their reach. */
export async function listPlans(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: { box: workflow.Box; limit: number; after?: Cursor },
) {
  if (!hasAnyPermission(ctx.actor, ['issues.handle', 'issues.escalate'])) throw new AppError('forbidden');
  const page = await workflow.inbox(db, ctx, 'issue_plan', query);
  return workflow.itemsOf(db, page, (ids) => plans.findPlans(db, ids), planJson);
}
