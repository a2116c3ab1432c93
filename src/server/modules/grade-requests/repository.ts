import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { customerAccessColumns, inScope, type Viewer } from '../customers/repository.ts';

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
