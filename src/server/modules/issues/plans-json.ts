import type { Kysely } from 'kysely';
import type { Urgency } from '../../../domain/issues/vocabulary.ts';
import type { Database } from '../../db/schema.ts';
import * as workflow from '../../workflow/service.ts';
import * as plans from './plans-repository.ts';

/** A solution plan as the issue page and the 方案审批 lists show it, with where its approval stands. */
export function planJson(
  row: plans.PlanRow,
  approval: workflow.ApprovalRow,
  decisions: workflow.DecisionRow[],
) {
  const last = workflow.lastDecision(decisions);
  return {
    id: row.id,
    issueId: row.issue_id,
    issueNumber: row.issue_number,
    issueDescription: row.issue_description,
    urgency: row.issue_urgency as Urgency,
    cycle: row.cycle,
    /** A plan of an earlier round (the issue was reopened since). */
    superseded: row.cycle !== row.issue_cycle,
    plan: row.plan,
    requesterId: row.submitted_by,
    requesterName: row.submitted_by_name,
    status: approval.status as 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'expired' | 'revoked',
    /** Who decides the step it waits at (主管领导 …). */
    stepLabel: approval.chain[approval.step]?.label ?? null,
    decidedByName: last.decidedByName,
    decidedAt: last.decidedAt,
    comment: last.comment,
    createdAt: row.submitted_at.toISOString(),
  };
}

/** Every plan of an issue, oldest first, as its page lists them. */
export async function plansJson(db: Kysely<Database>, issueId: number) {
  const rows = await plans.plansOfIssue(db, issueId);
  const approvals = await workflow.approvalsOf(
    db,
    'issue_plan',
    rows.map((r) => r.id),
  );
  const byPlan = new Map(approvals.map((a) => [a.subject_id, a]));
  const decisions = await workflow.decisionsByApproval(db, approvals);
  return rows.flatMap((row) => {
    const approval = byPlan.get(row.id);
    return approval ? [planJson(row, approval, decisions(approval.id))] : [];
  });
}
