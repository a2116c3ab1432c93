import { type Kysely, sql } from 'kysely';
import type { ScoreShares } from '../../../domain/customers/scoring.ts';
import type { Database } from '../../db/schema.ts';

export async function listTransactions(db: Kysely<Database>, customerId: number) {
  return db
    .selectFrom('transactions')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('occurred_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1000)
    .execute();
}

export async function insertTransaction(
  db: Kysely<Database>,
  row: {
    customer_id: number;
    kind: string;
    occurred_on: string;
    amount: string;
    quantity: number;
    product_class: string | null;
    product: string | null;
    due_on: string | null;
    paid_on: string | null;
    created_by: number;
  },
) {
  return db.insertInto('transactions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listContracts(db: Kysely<Database>, customerId: number) {
  return db
    .selectFrom('contracts')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('ends_on', 'desc')
    .execute();
}

export async function insertContract(
  db: Kysely<Database>,
  row: {
    customer_id: number;
    contract_no: string | null;
    title: string;
    amount: string | null;
    starts_on: string;
    ends_on: string;
    created_by: number;
  },
) {
  return db.insertInto('contracts').values(row).returningAll().executeTakeFirstOrThrow();
}

function serviceEvents(db: Kysely<Database>) {
  return db
    .selectFrom('service_events as e')
    .leftJoin('users as u', 'u.id', 'e.staff_id')
    .selectAll('e')
    .select('u.display_name as staff_name');
}

export type ServiceEventRow = Awaited<ReturnType<typeof findServiceEvent>>;

export async function findServiceEvent(db: Kysely<Database>, id: number) {
  return serviceEvents(db).where('e.id', '=', id).executeTakeFirstOrThrow();
}

export async function listServiceEvents(db: Kysely<Database>, customerId: number) {
  return serviceEvents(db)
    .where('e.customer_id', '=', customerId)
    .orderBy('e.occurred_at', 'desc')
    .limit(1000)
    .execute();
}

export async function insertServiceEvent(
  db: Kysely<Database>,
  row: {
    customer_id: number;
    kind: string;
    occurred_at: Date;
    product: string | null;
    summary: string | null;
    staff_id: number | null;
    created_by: number;
  },
) {
  return (await db.insertInto('service_events').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** What the 100-point score reads (SPEC §2.4): last quarter's sales and last year's credit sales. */
export async function scoreFacts(db: Kysely<Database>, customerId: number, asOf: Date) {
  const quarterAgo = new Date(asOf.getTime() - 91 * 86_400_000);
  const yearAgo = new Date(asOf.getTime() - 365 * 86_400_000);
  const [orders, payments, customer] = await Promise.all([
    db
      .selectFrom('transactions')
      .select(['amount', 'product_class'])
      .where('customer_id', '=', customerId)
      .where('kind', '=', 'sale')
      .where('occurred_on', '>=', quarterAgo.toISOString().slice(0, 10))
      .execute(),
    db
      .selectFrom('transactions')
      .select(['due_on', 'paid_on'])
      .where('customer_id', '=', customerId)
      .where('kind', '=', 'sale')
      .where('due_on', 'is not', null)
      .where('due_on', '>=', yearAgo.toISOString().slice(0, 10))
      .where('due_on', '<=', asOf.toISOString().slice(0, 10))
      .execute(),
    db
      .selectFrom('customers')
      .select(['first_cooperation_on', 'prospects', 'tier', 'tier_manual', 'annual_amount', 'score'])
      .where('id', '=', customerId)
      .executeTakeFirstOrThrow(),
  ]);
  return { orders, payments, customer };
}

export async function saveScore(
  db: Kysely<Database>,
  customerId: number,
  score: { total: number; shares: ScoreShares },
  tier: string,
) {
  await db
    .updateTable('customers')
    .set({
      score: String(score.total),
      score_shares: JSON.stringify(score.shares),
      tier,
      updated_at: sql`now()`,
    })
    .where('id', '=', customerId)
    .execute();
}

/** Everything that happened with a customer, newest first: facts, tier changes and audited actions. */
export async function timeline(
  db: Kysely<Database>,
  customerId: number,
  includeCooperation: boolean,
  limit: number,
) {
  const { rows } = await sql<{
    at: Date;
    kind: string;
    title: string;
    detail: string | null;
    grade_request_id: number | null;
    actor: string | null;
  }>`
    select * from (
      select e.occurred_at as at, 'service:' || e.kind as kind, coalesce(e.product, '') as title, e.summary as detail,
             null::bigint as grade_request_id, u.display_name as actor
        from service_events e left join users u on u.id = e.staff_id where e.customer_id = ${customerId}
      union all
      -- A tier change's reason is a code in its kind (tier:created …): the reader's language words it.
      select h.changed_at, 'tier:' || h.reason, coalesce(h.from_tier, '—') || ' → ' || h.to_tier, null,
             h.grade_request_id, u.display_name
        from customer_tier_history h left join users u on u.id = h.changed_by where h.customer_id = ${customerId}
      union all
      select a.occurred_at, 'audit:' || a.action, a.action, null, null, a.actor_name
        from audit_events a where a.target_type = 'customer' and a.target_id = ${String(customerId)}
          and a.action not in ('customers.viewed', 'customers.contacts_viewed')
          -- That a transaction or contract was added, and when, is itself a cooperation detail (绝密).
          ${includeCooperation ? sql`` : sql`and a.action not in ('customers.transaction_added', 'customers.contract_added')`}
      ${
        includeCooperation
          ? sql`union all
      select t.occurred_on::timestamptz, 'transaction:' || t.kind, coalesce(t.product, ''), t.amount::text, null, null
        from transactions t where t.customer_id = ${customerId}
      union all
      select c.starts_on::timestamptz, 'contract', c.title, c.starts_on::text || ' ~ ' || c.ends_on::text, null, null
        from contracts c where c.customer_id = ${customerId}`
          : sql``
      }
    ) events order by at desc limit ${limit}`.execute(db);
  return rows;
}
