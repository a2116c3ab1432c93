import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

function base(db: Kysely<Database>) {
  return db
    .selectFrom('access_requests as r')
    .innerJoin('users as u', 'u.id', 'r.requester_id')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .selectAll('r')
    .select([
      'u.display_name as requester_name',
      'u.department_id as requester_department_id',
      'd.name as requester_department_name',
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

export function findRequests(db: Kysely<Database>, ids: number[]) {
  return base(db)
    .where('r.id', 'in', ids.length > 0 ? ids : [-1])
    .execute();
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

/** An approval opens the grant for the days asked; a revocation ends it now. */
export async function setGrant(db: Kysely<Database>, id: number, grant: 'open' | 'end') {
  await db
    .updateTable('access_requests')
    .set({
      expires_at: grant === 'open' ? sql`now() + make_interval(days => duration_days)` : sql`now()`,
    })
    .where('id', '=', id)
    .execute();
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
