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

/** 大客户登记名单: tier-A customers with the last 12 months' quantity, amount and return rate. */
export async function keyAccounts(db: Kysely<Database>, tier: string, limit: number) {
  const { rows } = await sql<{
    id: number;
    code: string;
    name: string;
    industry: string | null;
    province: string | null;
    owner_name: string | null;
    quantity: number;
    amount: string;
    returned: string;
    deals: number;
  }>`
    select c.id, c.code, c.name, c.industry, c.province, o.display_name as owner_name,
           coalesce(sum(t.quantity) filter (where t.kind = 'sale'), 0)::int as quantity,
           coalesce(sum(t.amount) filter (where t.kind = 'sale'), 0)::text as amount,
           coalesce(sum(t.amount) filter (where t.kind = 'return'), 0)::text as returned,
           count(t.id) filter (where t.kind = 'sale')::int as deals
      from customers c
      left join users o on o.id = c.owner_id
      left join transactions t on t.customer_id = c.id and t.occurred_on >= current_date - 365
     where c.tier = ${tier} and c.deleted_at is null and c.merged_into_id is null
     group by c.id, o.display_name
     order by coalesce(sum(t.amount) filter (where t.kind = 'sale'), 0) desc, c.code
     limit ${limit}`.execute(db);
  return rows;
}

/** 客户分级目录表 totals: customers per tier. */
export async function tierCounts(db: Kysely<Database>) {
  const { rows } = await sql<{ tier: string; customers: number }>`
    select tier, count(*)::int as customers from customers
     where deleted_at is null and merged_into_id is null group by tier order by tier`.execute(db);
  return rows;
}
