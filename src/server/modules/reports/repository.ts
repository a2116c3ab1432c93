import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * A customer's year in figures, over transactions `t` of the last 12 months (the 大客户登记名单's columns and the
 * figures a 客户等级申报 starts from): 销量 and 交易金额 are the sales' quantity and amount, 交易次数 the sales.
 */
const LAST_YEAR = sql`current_date - 365`;
const SOLD = {
  quantity: sql<number>`coalesce(sum(t.quantity) filter (where t.kind = 'sale'), 0)::int`,
  amount: sql<string>`coalesce(sum(t.amount) filter (where t.kind = 'sale'), 0)::text`,
  deals: sql<number>`count(t.id) filter (where t.kind = 'sale')::int`,
};

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
           ${SOLD.quantity} as quantity, ${SOLD.amount} as amount,
           coalesce(sum(t.amount) filter (where t.kind = 'return'), 0)::text as returned,
           ${SOLD.deals} as deals
      from customers c
      left join users o on o.id = c.owner_id
      left join transactions t on t.customer_id = c.id and t.occurred_on >= ${LAST_YEAR}
     where c.tier = ${tier} and c.deleted_at is null and c.merged_into_id is null
     group by c.id, o.display_name
     order by coalesce(sum(t.amount) filter (where t.kind = 'sale'), 0) desc, c.code
     limit ${limit}`.execute(db);
  return rows;
}

/**
 * One customer's last 12 months as a grade request states them: 年销量, 年交易金额, 交易次数, and 逾期次数 — the
 * sales whose payment came after its due date, or has not come and is due.
 */
export async function yearFigures(db: Kysely<Database>, customerId: number) {
  const { rows } = await sql<{
    since: string;
    quantity: number;
    amount: string;
    deals: number;
    overdue: number;
  }>`
    select (${LAST_YEAR})::text as since, ${SOLD.quantity} as quantity, ${SOLD.amount} as amount,
           ${SOLD.deals} as deals,
           count(t.id) filter (where t.kind = 'sale' and t.due_on < current_date
                                 and coalesce(t.paid_on, current_date) > t.due_on)::int as overdue
      from transactions t
     where t.customer_id = ${customerId} and t.occurred_on >= ${LAST_YEAR}`.execute(db);
  return rows[0] as NonNullable<(typeof rows)[0]>;
}

/** 客户分级目录表 totals: customers per tier. */
export async function tierCounts(db: Kysely<Database>) {
  const { rows } = await sql<{ tier: string; customers: number }>`
    select tier, count(*)::int as customers from customers
     where deleted_at is null and merged_into_id is null group by tier order by tier`.execute(db);
  return rows;
}
