import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { customerAccessColumns, inScope, type Viewer } from '../customer-access/fragments.ts';

function base(db: Kysely<Database>, viewer: Viewer) {
  return db
    .selectFrom('grade_change_requests as g')
    .innerJoin('customers as c', 'c.id', 'g.customer_id')
    .innerJoin('users as r', 'r.id', 'g.requested_by')
    .leftJoin('users as d', 'd.id', 'g.dept_decided_by')
    .leftJoin('users as e', 'e.id', 'g.exec_decided_by')
    .selectAll('g')
    .select([
      'c.code as customer_code',
      'c.name as customer_name',
      'r.display_name as requester_name',
      'd.display_name as dept_decided_by_name',
      'e.display_name as exec_decided_by_name',
      ...customerAccessColumns(viewer),
    ]);
}

export type GradeRequestRow = NonNullable<Awaited<ReturnType<typeof findGradeRequest>>>;

export function findGradeRequest(db: Kysely<Database>, viewer: Viewer, id: number) {
  return base(db, viewer).where('g.id', '=', id).executeTakeFirst();
}

/** A requester's own requests, or those awaiting a step on customers within the approver's scope. */
export function listGradeRequests(
  db: Kysely<Database>,
  viewer: Viewer,
  filter: { requestedBy?: number; statuses?: string[]; limit: number },
) {
  let query = base(db, viewer);
  if (filter.requestedBy) query = query.where('g.requested_by', '=', filter.requestedBy);
  if (filter.statuses) query = query.where('g.status', 'in', filter.statuses).where(inScope(viewer));
  return query.orderBy('g.id', 'desc').limit(filter.limit).execute();
}

export async function insertGradeRequest(
  db: Kysely<Database>,
  request: {
    customerId: number;
    fromTier: string;
    proposedTier: string;
    reasons: string;
    figures: Record<string, unknown>;
    requestedBy: number;
  },
) {
  const row = await db
    .insertInto('grade_change_requests')
    .values({
      customer_id: request.customerId,
      from_tier: request.fromTier,
      proposed_tier: request.proposedTier,
      reasons: request.reasons,
      figures: JSON.stringify(request.figures),
      requested_by: request.requestedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One approval step; false when the request is no longer at `from` (someone decided first). */
export async function decideStep(
  db: Kysely<Database>,
  id: number,
  from: 'pending_dept' | 'pending_exec',
  to: string,
  deciderId: number,
  comment: string | null,
): Promise<boolean> {
  const step =
    from === 'pending_dept'
      ? { dept_decided_by: deciderId, dept_decided_at: sql<Date>`now()`, dept_comment: comment }
      : { exec_decided_by: deciderId, exec_decided_at: sql<Date>`now()`, exec_comment: comment };
  const result = await db
    .updateTable('grade_change_requests')
    .set({ status: to, ...step })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setManualTier(db: Kysely<Database>, customerId: number, tier: string) {
  await db
    .updateTable('customers')
    .set({ tier, tier_manual: true, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', customerId)
    .execute();
}
