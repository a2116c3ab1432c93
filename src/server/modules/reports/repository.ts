import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

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
