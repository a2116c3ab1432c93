import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { refreshNameColumns } from '../customers/repository.ts';

/** Lost customers whose 流失 date is on or before the cutoff, not yet destroyed. */
export async function customersPastRetention(
  db: Kysely<Database>,
  cutoff: string,
  limit: number,
  ids?: number[],
) {
  let query = db
    .selectFrom('customers as c')
    .leftJoin('users as o', 'o.id', 'c.owner_id')
    .select(['c.id', 'c.code', 'c.name', 'c.lost_on', 'c.lost_reason', 'o.display_name as owner_name'])
    .where('c.status', '=', 'lost')
    .where('c.lost_on', '<=', cutoff)
    .where('c.destroyed_at', 'is', null)
    .where('c.deleted_at', 'is', null);
  if (ids) query = query.where('c.id', 'in', ids.length > 0 ? ids : [-1]);
  return query.orderBy('c.lost_on').orderBy('c.id').limit(limit).execute();
}

function requests(db: Kysely<Database>) {
  return db
    .selectFrom('destruction_requests as r')
    .innerJoin('users as u', 'u.id', 'r.requested_by')
    .selectAll('r')
    .select(['u.display_name as requester_name']);
}

export type DestructionRequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export async function findRequest(db: Kysely<Database>, id: number) {
  return requests(db).where('r.id', '=', id).executeTakeFirst();
}

export function findRequests(db: Kysely<Database>, ids: number[]) {
  return requests(db)
    .where('r.id', 'in', ids.length > 0 ? ids : [-1])
    .execute();
}

export async function insertRequest(
  db: Kysely<Database>,
  request: { requestedBy: number; customerIds: number[]; reason: string },
) {
  const row = await db
    .insertInto('destruction_requests')
    .values({ requested_by: request.requestedBy, customer_ids: request.customerIds, reason: request.reason })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function codesOf(db: Kysely<Database>, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('customers')
    .select(['id', 'code', 'name'])
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
}

/**
 * Blanks the destroyed customers inside the caller's transaction (their child rows went through the lifecycle
 * hooks first): the customer row keeps only its code and 流失 date.
 */
export async function blankCustomers(db: Kysely<Database>, ids: number[]) {
  await sql`update customers set
      name = '已销毁客户 ' || code, name_key = '已销毁客户 ' || code, short_name = null, industry = null,
      province = null, city = null, district = null, address = null, founded_on = null, employees = null,
      annual_revenue = null, source = null, first_cooperation_on = null, annual_amount = 0, products = null,
      cooperation_frequency = null, membership_no = null, anniversary_on = null, gender = null, birth_year = null,
      id_number_enc = null, id_number_hash = null, id_number_masked = null, tags = '{}', need_type = null, score = null,
      score_shares = null, prospects = null, lost_reason = '已销毁', dnc_reason = null, preferred_method = null,
      preferred_channel = null, preferred_window = null, remark = null, destroyed_at = now(), deleted_at = now(),
      updated_at = now(), version = version + 1
    where id = any(${ids}::bigint[])`.execute(db);
  // The old name's pinyin key and initials go too (they would spell it out).
  await refreshNameColumns(db, ids);
}
