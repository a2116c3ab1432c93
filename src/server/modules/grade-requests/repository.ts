import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { customerAccessColumns, inScope, type Viewer } from '../customer-access/fragments.ts';

function base(db: Kysely<Database>, viewer: Viewer) {
  return db
    .selectFrom('grade_change_requests as g')
    .innerJoin('customers as c', 'c.id', 'g.customer_id')
    .innerJoin('users as r', 'r.id', 'g.requested_by')
    .selectAll('g')
    .select([
      'c.code as customer_code',
      'c.name as customer_name',
      'r.display_name as requester_name',
      ...customerAccessColumns(viewer),
    ]);
}

export type GradeRequestRow = NonNullable<Awaited<ReturnType<typeof findGradeRequest>>>;

export function findGradeRequest(db: Kysely<Database>, viewer: Viewer, id: number) {
  return base(db, viewer).where('g.id', '=', id).executeTakeFirst();
}

export function findGradeRequests(db: Kysely<Database>, viewer: Viewer, ids: number[]) {
  return base(db, viewer)
    .where('g.id', 'in', ids.length > 0 ? ids : [-1])
    .execute();
}

/** Whether the customer of approval `a`'s grade request is within the viewer's scope (the approvers' reach). */
export function customerInScope(viewer: Viewer): RawBuilder<SqlBool> {
  return sql<SqlBool>`exists (select 1 from grade_change_requests g join customers c on c.id = g.customer_id
    where g.id = a.subject_id and ${inScope(viewer)})`;
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

export async function setManualTier(db: Kysely<Database>, customerId: number, tier: string) {
  await db
    .updateTable('customers')
    .set({ tier, tier_manual: true, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', customerId)
    .execute();
}

/** The grade requests of these customers. */
export async function requestIdsOf(db: Kysely<Database>, customerIds: number[]): Promise<number[]> {
  if (customerIds.length === 0) return [];
  const rows = await db
    .selectFrom('grade_change_requests')
    .select('id')
    .where('customer_id', 'in', customerIds)
    .execute();
  return rows.map((r) => r.id);
}
