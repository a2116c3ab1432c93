import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface AccessRequestFilter {
  requesterId?: number;
  status?: string;
  /** Pending requests from users in these departments (an approver's reach); undefined = everywhere. */
  requesterDepartmentIds?: number[];
  limit: number;
  beforeId?: number;
}

function base(db: Kysely<Database>) {
  return db
    .selectFrom('access_requests as r')
    .innerJoin('users as u', 'u.id', 'r.requester_id')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .leftJoin('users as a', 'a.id', 'r.decided_by')
    .selectAll('r')
    .select([
      'u.display_name as requester_name',
      'u.department_id as requester_department_id',
      'd.name as requester_department_name',
      'a.display_name as decided_by_name',
      sql<
        { id: number; code: string; name: string }[]
      >`(select coalesce(json_agg(json_build_object('id', c.id, 'code', c.code, 'name', c.name) order by c.code), '[]')
        from customers c where c.id = any(r.customer_ids))`.as('customers'),
    ]);
}

export type AccessRequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export function findRequest(db: Kysely<Database>, id: number) {
  return base(db).where('r.id', '=', id).executeTakeFirst();
}

export function listRequests(db: Kysely<Database>, filter: AccessRequestFilter) {
  let query = base(db);
  if (filter.requesterId) query = query.where('r.requester_id', '=', filter.requesterId);
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.requesterDepartmentIds)
    query = query.where('u.department_id', 'in', [0, ...filter.requesterDepartmentIds]);
  if (filter.beforeId) query = query.where('r.id', '<', filter.beforeId);
  return query.orderBy('r.id', 'desc').limit(filter.limit).execute();
}

export async function insertRequest(
  db: Kysely<Database>,
  request: {
    requesterId: number;
    customerIds: number[];
    level: string;
    purpose: string;
    reason: string;
    durationDays: number;
  },
) {
  const row = await db
    .insertInto('access_requests')
    .values({
      requester_id: request.requesterId,
      customer_ids: request.customerIds,
      level: request.level,
      purpose: request.purpose,
      reason: request.reason,
      duration_days: request.durationDays,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Moves a request out of `from`; false when someone else decided it first. */
export async function decide(
  db: Kysely<Database>,
  id: number,
  from: string,
  to: 'approved' | 'rejected' | 'revoked',
  deciderId: number,
  comment: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('access_requests')
    .set({
      status: to,
      decided_by: deciderId,
      decided_at: sql`now()`,
      decision_comment: comment,
      expires_at:
        to === 'approved'
          ? sql`now() + make_interval(days => duration_days)`
          : to === 'revoked'
            ? sql`now()`
            : null,
    })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function existingCustomerIds(db: Kysely<Database>, ids: number[]): Promise<number[]> {
  const rows = await db
    .selectFrom('customers')
    .select('id')
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}
