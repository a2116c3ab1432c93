import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { type ResolvedScope, scopeCondition } from '../../db/data-scope.ts';
import type { Database } from '../../db/schema.ts';
import type { Cursor } from '../../http/pagination.ts';

export const CUSTOMER_USER_COLUMNS = ['c.owner_id', 'c.agent_id'];

export type CustomerSort = 'name' | 'code' | 'createdAt';
const SORT_COLUMN = { name: 'c.name', code: 'c.code', createdAt: 'c.created_at' } as const;

export interface CustomerFilter {
  tier?: string;
  kind?: string;
  industry?: string;
  province?: string;
  city?: string;
  ownerId?: number;
  status?: string;
  tag?: string;
  doNotContact?: boolean;
  /** Profiles not verified within this many days (最近核定时间). */
  staleDays?: number;
  keyword?: { grams: string[]; pattern: string; mobileHash?: string };
  sort: CustomerSort;
  desc: boolean;
}

/** What a viewer brings to a query: who they are and which customers they see in full. */
export interface Viewer {
  userId: number;
  scope: ResolvedScope;
}

function grantedLevels(viewerId: number) {
  return sql<string[] | null>`(select array_agg(distinct ar.level) from access_requests ar
    where ar.requester_id = ${viewerId} and ar.status = 'approved' and ar.expires_at > now()
    and ar.customer_ids @> array[c.id])`;
}

function baseSelect(db: Kysely<Database>, viewer: Viewer) {
  return db
    .selectFrom('customers as c')
    .leftJoin('users as o', 'o.id', 'c.owner_id')
    .leftJoin('users as a', 'a.id', 'c.agent_id')
    .selectAll('c')
    .select([
      'o.display_name as owner_name',
      'a.display_name as agent_name',
      sql<boolean>`${scopeCondition(viewer.scope, CUSTOMER_USER_COLUMNS)}`.as('in_scope'),
      grantedLevels(viewer.userId).as('granted_levels'),
    ])
    .where('c.deleted_at', 'is', null);
}

export type CustomerRow = NonNullable<Awaited<ReturnType<typeof findCustomer>>>;

export async function findCustomer(db: Kysely<Database>, viewer: Viewer, id: number) {
  return baseSelect(db, viewer)
    .select((eb) =>
      eb
        .selectFrom('users as d')
        .select('d.display_name')
        .whereRef('d.id', '=', 'c.dnc_set_by')
        .as('dnc_set_by_name'),
    )
    .where('c.id', '=', id)
    .executeTakeFirst();
}

function keywordCondition(
  viewer: Viewer,
  keyword: NonNullable<CustomerFilter['keyword']>,
): RawBuilder<SqlBool> {
  const nameMatch = sql<SqlBool>`(c.search_grams @> ${keyword.grams}::text[]
    and lower(c.name || '|' || coalesce(c.short_name, '') || '|' || c.code) like ${keyword.pattern})`;
  // Contact names and mobiles are 机密: they only find customers the viewer sees in full.
  const contactMatch = sql<SqlBool>`(${scopeCondition(viewer.scope, CUSTOMER_USER_COLUMNS)} and c.id in (
    select k.customer_id from contacts k where k.deleted_at is null and (
      (k.search_grams @> ${keyword.grams}::text[] and lower(k.name) like ${keyword.pattern})
      ${keyword.mobileHash ? sql`or k.mobile_hash = ${keyword.mobileHash}` : sql``})))`;
  return sql<SqlBool>`(${nameMatch} or ${contactMatch})`;
}

export async function listCustomers(
  db: Kysely<Database>,
  viewer: Viewer,
  filter: CustomerFilter,
  limit: number,
  after?: Cursor,
) {
  let query = baseSelect(db, viewer)
    // At most one primary contact per customer (unique partial index), so the join adds no rows.
    .leftJoin('contacts as pc', (join) =>
      join
        .onRef('pc.customer_id', '=', 'c.id')
        .on('pc.is_primary', '=', true)
        .on('pc.deleted_at', 'is', null),
    )
    .select([
      'pc.name as primary_contact_name',
      'pc.mobile_masked as primary_contact_mobile_masked',
      'pc.mobile_enc as primary_contact_mobile_enc',
    ])
    .where('c.merged_into_id', 'is', null);
  if (filter.tier) query = query.where('c.tier', '=', filter.tier);
  if (filter.kind) query = query.where('c.kind', '=', filter.kind);
  if (filter.industry) query = query.where('c.industry', '=', filter.industry);
  if (filter.province) query = query.where('c.province', '=', filter.province);
  if (filter.city) query = query.where('c.city', '=', filter.city);
  if (filter.ownerId) query = query.where('c.owner_id', '=', filter.ownerId);
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.tag) query = query.where(sql<SqlBool>`c.tags @> array[${filter.tag}]::text[]`);
  if (filter.doNotContact !== undefined) query = query.where('c.do_not_contact', '=', filter.doNotContact);
  if (filter.staleDays !== undefined) {
    query = query.where(
      sql<SqlBool>`(c.verified_at is null or c.verified_at < now() - make_interval(days => ${filter.staleDays}))`,
    );
  }
  if (filter.keyword) query = query.where(keywordCondition(viewer, filter.keyword));
  const column = SORT_COLUMN[filter.sort];
  if (after) {
    const value = filter.sort === 'createdAt' ? new Date(String(after.v)) : after.v;
    query = query.where(
      sql<SqlBool>`(${sql.ref(column)}, c.id) ${sql.raw(filter.desc ? '<' : '>')} (${value}, ${after.id})`,
    );
  }
  const direction = filter.desc ? 'desc' : 'asc';
  return query.orderBy(column, direction).orderBy('c.id', direction).limit(limit).execute();
}

export type CustomerListRow = Awaited<ReturnType<typeof listCustomers>>[number];

export async function customersWithNameKey(db: Kysely<Database>, nameKey: string, exceptId?: number) {
  let query = db
    .selectFrom('customers')
    .select(['id', 'code', 'name'])
    .where('name_key', '=', nameKey)
    .where('deleted_at', 'is', null)
    .where('merged_into_id', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.limit(5).execute();
}

export async function customersWithMobileHash(
  db: Kysely<Database>,
  mobileHashes: string[],
  exceptId?: number,
) {
  if (mobileHashes.length === 0) return [];
  let query = db
    .selectFrom('contacts as k')
    .innerJoin('customers as c', 'c.id', 'k.customer_id')
    .select(['c.id', 'c.code', 'c.name'])
    .distinct()
    .where('k.mobile_hash', 'in', mobileHashes)
    .where('k.deleted_at', 'is', null)
    .where('c.deleted_at', 'is', null)
    .where('c.merged_into_id', 'is', null);
  if (exceptId) query = query.where('c.id', '!=', exceptId);
  return query.limit(5).execute();
}

export async function insertTierHistory(
  db: Kysely<Database>,
  entry: {
    customerId: number;
    fromTier: string | null;
    toTier: string;
    reason: string;
    userId: number | null;
  },
) {
  await db
    .insertInto('customer_tier_history')
    .values({
      customer_id: entry.customerId,
      from_tier: entry.fromTier,
      to_tier: entry.toTier,
      reason: entry.reason,
      changed_by: entry.userId,
    })
    .execute();
}

export async function tierHistory(db: Kysely<Database>, customerId: number) {
  return db
    .selectFrom('customer_tier_history as h')
    .leftJoin('users as u', 'u.id', 'h.changed_by')
    .select([
      'h.id',
      'h.from_tier',
      'h.to_tier',
      'h.reason',
      'h.changed_at',
      'u.display_name as changed_by_name',
    ])
    .where('h.customer_id', '=', customerId)
    .orderBy('h.changed_at', 'desc')
    .orderBy('h.id', 'desc')
    .execute();
}
