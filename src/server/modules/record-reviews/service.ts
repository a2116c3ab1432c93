import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequestContext } from '../../http/actor.ts';
import { conflict, notFound } from '../../http/errors.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { WorkflowDefinition } from '../../workflow/definition.ts';
import * as workflow from '../../workflow/service.ts';
import { notify } from '../notifications/service.ts';
import * as repo from './repository.ts';

const RECORD = { zh: '回访记录', en: 'Follow-up record' };

/** Sends a record to its author's supervisor (主管审核): a new round each time it is (re)submitted. */
export async function submitForReview(
  trx: Transaction<Database>,
  ctx: RequestContext,
  record: { id: number; number: string; staffId: number; round: number },
): Promise<void> {
  const reviewId = await repo.insertReview(trx, {
    recordId: record.id,
    round: record.round,
    submittedBy: ctx.actor.id,
  });
  await workflow.submit(trx, ctx, {
    workflow: 'record_review',
    subjectId: reviewId,
    requesterId: record.staffId,
    audit: {
      action: 'followup_records.submitted',
      target: { type: 'followup_record', id: record.id },
      details: { number: record.number, round: record.round },
    },
  });
}

type Subject = { requesterId: number; reviewId: number; recordId: number; number: string; status: string };

const reviewWorkflow: WorkflowDefinition<Subject> = {
  key: 'record_review',
  noun: RECORD,
  gate: 'records.review',
  async load(trx, _ctx, reviewId) {
    const found = await repo.loadReview(trx, reviewId);
    return (
      found && {
        requesterId: found.record.staff_id,
        reviewId,
        recordId: found.record.id,
        number: found.record.number,
        status: found.record.review_status,
      }
    );
  },
  refusal: (actor, subject) =>
    subject.requesterId === actor.id
      ? conflict({ zh: '不能审核自己登记的回访记录', en: 'You cannot review your own record' })
      : undefined,
  outsideReach: {
    zh: '该回访记录的登记人不在您的管理范围内',
    en: 'The record’s author is not on your team',
  },
  reasonRequired: { zh: '退回时请填写意见，告诉登记人要改什么', en: 'say what to correct when sending back' },
  async onDecided(trx, ctx, subject, outcome) {
    const status = outcome.decision === 'approved' ? 'approved' : 'returned';
    await repo.setReviewOutcome(trx, subject.recordId, {
      status,
      reviewerId: ctx.actor.id,
      comment: outcome.comment,
    });
    if (status === 'returned')
      await notify(trx, [
        {
          userId: subject.requesterId,
          kind: 'record_returned',
          params: { number: subject.number ?? '', by: ctx.actor.displayName },
          body: outcome.comment ?? undefined,
          link: `/followups/records/${subject.recordId}`,
        },
      ]);
    return {
      action: `followup_records.${status}`,
      target: { type: 'followup_record', id: subject.recordId },
      details: { number: subject.number, comment: outcome.comment },
    };
  },
};

/** The supervisor signs the record (approve) or sends it back with comments (return). */
export async function decideRecord(
  db: Kysely<Database>,
  ctx: RequestContext,
  recordId: number,
  action: 'approve' | 'return',
  comment: string | null,
): Promise<void> {
  const review = await repo.latestReview(db, recordId);
  if (!review) throw notFound(RECORD);
  await workflow.decide(
    db,
    ctx,
    reviewWorkflow,
    review.id,
    action === 'approve' ? 'approve' : 'reject',
    comment,
  );
}

/**
 * 审核队列: submissions waiting for the actor (to_approve), the actor's own (mine), or all within their reach,
 * newest first; each with its record id and round.
 */
export async function reviewPage(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: { box: workflow.Box; limit: number; after?: Cursor },
) {
  const page = await workflow.inbox(db, ctx, 'record_review', query);
  return workflow.itemsOf(
    db,
    page,
    (ids) => repo.reviewsByIds(db, ids),
    (review, approval, decisions) => ({ review, approval, last: workflow.lastDecision(decisions) }),
  );
}

/** Records being deleted take their submissions and approvals with them. */
export async function deleteReviewsOf(db: Kysely<Database>, recordIds: number[]): Promise<void> {
  const ids = await repo.reviewIdsOf(db, recordIds);
  await workflow.deleteApprovals(db, 'record_review', ids);
  await repo.deleteReviews(db, ids);
}
