import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

export async function insertReview(
  trx: Transaction<Database>,
  review: { recordId: number; round: number; submittedBy: number },
): Promise<number> {
  const row = await trx
    .insertInto('followup_record_reviews')
    .values({ record_id: review.recordId, round: review.round, submitted_by: review.submittedBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The record's latest submission for review (the one a decision acts on). */
export function latestReview(db: Kysely<Database>, recordId: number) {
  return db
    .selectFrom('followup_record_reviews')
    .select(['id', 'round'])
    .where('record_id', '=', recordId)
    .orderBy('round', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** A submission with its record, the record locked for the decision that changes it. */
export async function loadReview(trx: Transaction<Database>, reviewId: number) {
  const review = await trx
    .selectFrom('followup_record_reviews')
    .select(['id', 'record_id', 'round'])
    .where('id', '=', reviewId)
    .executeTakeFirst();
  if (!review) return undefined;
  const record = await trx
    .selectFrom('followup_records')
    .select(['id', 'number', 'staff_id', 'review_status'])
    .where('id', '=', review.record_id)
    .forUpdate()
    .executeTakeFirst();
  return record && { review, record };
}

export async function setReviewOutcome(
  trx: Transaction<Database>,
  recordId: number,
  outcome: { status: 'approved' | 'returned'; reviewerId: number; comment: string | null },
) {
  await trx
    .updateTable('followup_records')
    .set((eb) => ({
      review_status: outcome.status,
      reviewed_by: outcome.reviewerId,
      reviewed_at: new Date(),
      review_comment: outcome.comment,
      returned_count: outcome.status === 'returned' ? eb('returned_count', '+', 1) : eb.ref('returned_count'),
      updated_at: new Date(),
    }))
    .where('id', '=', recordId)
    .execute();
}

/** Submissions by id, with their record's id and round (a page of the review queue). */
export function reviewsByIds(db: Kysely<Database>, ids: number[]) {
  return db
    .selectFrom('followup_record_reviews')
    .select(['id', 'record_id', 'round', 'submitted_at'])
    .where('id', 'in', ids.length > 0 ? ids : [-1])
    .execute();
}

/** The submissions of these records (deleted with them). */
export async function reviewIdsOf(db: Kysely<Database>, recordIds: number[]): Promise<number[]> {
  if (recordIds.length === 0) return [];
  const rows = await db
    .selectFrom('followup_record_reviews')
    .select('id')
    .where('record_id', 'in', recordIds)
    .execute();
  return rows.map((r) => r.id);
}

export async function deleteReviews(db: Kysely<Database>, ids: number[]) {
  if (ids.length === 0) return;
  await db.deleteFrom('followup_record_reviews').where('id', 'in', ids).execute();
}
