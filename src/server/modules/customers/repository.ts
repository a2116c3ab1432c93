import { type Insertable, type Kysely, type RawBuilder, type SqlBool, sql, type Updateable } from 'kysely';
import { nameKeys } from '../../../domain/customers/pinyin.ts';
import { SCORE_PARTS, type ScoreWeights } from '../../../domain/customers/scoring.ts';
import type { TierReason, TierRules } from '../../../domain/customers/tier.ts';
import { PREPARED } from '../../db/connection.ts';
import { isoTime } from '../../db/iso-time.ts';
import {
  type Cursor,
  exactTime,
  type KeysetOrder,
  keysetAfter,
  keysetOrderBy,
  keysetValue,
} from '../../db/keyset.ts';
import type { Database } from '../../db/schema.ts';
import { customerAccessColumns, inScope, type Viewer } from '../customer-access/fragments.ts';
import { isCommonTerm, rarestNameGram } from './gram-stats-repository.ts';

export type CustomerSort = 'name' | 'code' | 'createdAt';
// Codes come from a sequence in insert order (KH9999 < KH10000 as text would not be), so code order is id order.
// Names sort by their pinyin key (安徽 < 北京 < 重庆 < 上海; domain/customers/pinyin.ts), which a cursor carries.
const SORT_COLUMN = { name: 'c.name_sort', code: 'c.id', createdAt: 'c.created_at' } as const;

function keysetOrder(filter: { sort: CustomerSort; desc: boolean }): KeysetOrder {
  return {
    column: SORT_COLUMN[filter.sort],
    id: 'c.id',
    desc: filter.desc,
    time: filter.sort === 'createdAt',
  };
}

export interface CustomerKeyword {
  /** Grams the name/short name/code (or contact name) must all contain. */
  grams: string[];
  /** LIKE recheck for terms longer than one gram; null when the grams alone decide. */
  pattern: string | null;
  /** A whole customer code (KH0001): matched exactly, through the code index. */
  code?: string;
  /** The grams the ordered name grams hold for every match (migration 0040); empty: the term is found otherwise. */
  nameGrams?: string[];
  mobileHash?: string;
}

export interface CustomerFilter {
  tier?: string;
  kind?: string;
  industry?: string;
  province?: string;
  city?: string;
  ownerId?: number;
  /** 我的客户: customers this user owns or serves as their agent. */
  mine?: number;
  status?: string;
  tag?: string;
  doNotContact?: boolean;
  /** Profiles not verified within this many days (最近核定时间). */
  staleDays?: number;
  /** 回访: overdue (下次计划回访时间 passed), due within 7 days, or never followed up. */
  followup?: 'overdue' | 'due7' | 'never';
  keyword?: CustomerKeyword;
  sort: CustomerSort;
  desc: boolean;
}

const userName = (column: string) =>
  sql<string | null>`(select u.display_name from users u where u.id = ${sql.ref(column)})`;

/**
 * Names come from scalar sub-queries rather than joins: each join multiplies the orders the planner
 * weighs, and planning was half the time of a list page.
 */
function viewedCustomers(db: Kysely<Database>, viewer: Viewer, withTasks = false) {
  return db
    .selectFrom('customers as c')
    .leftJoin('customer_followups as f', 'f.customer_id', 'c.id')
    .select([
      userName('c.owner_id').as('owner_name'),
      userName('c.agent_id').as('agent_name'),
      ...customerAccessColumns(viewer, withTasks),
    ]);
}

function withViewer(db: Kysely<Database>, viewer: Viewer, withTasks = false) {
  return viewedCustomers(db, viewer, withTasks).where('c.deleted_at', 'is', null);
}

export type CustomerRow = NonNullable<Awaited<ReturnType<typeof findCustomer>>>;

export async function findCustomer(db: Kysely<Database>, viewer: Viewer, id: number) {
  return withViewer(db, viewer, true)
    .selectAll('c')
    .select([
      'f.last_followup_at',
      'f.last_followup_method',
      'f.last_followup_summary',
      'f.last_feedback',
      'f.last_satisfaction',
      'f.next_followup_at',
    ])
    .select(userName('c.dnc_set_by').as('dnc_set_by_name'))
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/** What a list row shows (and the export writes): no wide columns such as the search grams. */
const LIST_COLUMNS = [
  'c.id',
  'c.code',
  'c.name',
  'c.name_sort',
  'c.short_name',
  'c.kind',
  'c.industry',
  'c.province',
  'c.city',
  'c.district',
  'c.address',
  'c.tags',
  'c.need_type',
  'c.tier',
  'c.status',
  'c.owner_id',
  'c.agent_id',
  'c.do_not_contact',
  'f.last_followup_method',
  'f.last_followup_summary',
  'f.last_feedback',
  'f.last_satisfaction',
  'c.version',
] as const;

/** The list's timestamps, as the answer's text. */
const LIST_TIMES = [
  isoTime('c.verified_at').$castTo<string | null>().as('verified_at'),
  isoTime('f.last_followup_at').$castTo<string | null>().as('last_followup_at'),
  isoTime('f.next_followup_at').$castTo<string | null>().as('next_followup_at'),
  isoTime('c.created_at').as('created_at'),
  isoTime('c.updated_at').as('updated_at'),
];

const and = (conditions: RawBuilder<SqlBool>[]) => sql<SqlBool>`(${sql.join(conditions, sql` and `)})`;

function filterConditions(filter: CustomerFilter, after?: Cursor): RawBuilder<SqlBool>[] {
  const conditions = [sql<SqlBool>`c.deleted_at is null`, sql<SqlBool>`c.merged_into_id is null`];
  const equal = (column: string, value: unknown) => sql<SqlBool>`${sql.ref(column)} = ${value}`;
  if (filter.tier) conditions.push(equal('c.tier', filter.tier));
  if (filter.kind) conditions.push(equal('c.kind', filter.kind));
  if (filter.industry) conditions.push(equal('c.industry', filter.industry));
  if (filter.province) conditions.push(equal('c.province', filter.province));
  if (filter.city) conditions.push(equal('c.city', filter.city));
  if (filter.ownerId) conditions.push(equal('c.owner_id', filter.ownerId));
  if (filter.mine)
    conditions.push(sql<SqlBool>`(c.owner_id = ${filter.mine} or c.agent_id = ${filter.mine})`);
  if (filter.status) conditions.push(equal('c.status', filter.status));
  if (filter.tag) conditions.push(sql<SqlBool>`c.tags @> array[${filter.tag}]::text[]`);
  if (filter.doNotContact !== undefined) conditions.push(equal('c.do_not_contact', filter.doNotContact));
  // Correlated on the follow-up row's key rather than on a join: the page, its count, the candidate look-ups and the
  // walks all share these conditions, and not all of them join customer_followups.
  const followup = (test: RawBuilder<SqlBool>) =>
    sql<SqlBool>`exists (select 1 from customer_followups fu where fu.customer_id = c.id and ${test})`;
  if (filter.followup === 'overdue') conditions.push(followup(sql`fu.next_followup_at < now()`));
  if (filter.followup === 'due7') {
    conditions.push(
      followup(sql`fu.next_followup_at >= now() and fu.next_followup_at < now() + interval '7 days'`),
    );
  }
  if (filter.followup === 'never')
    conditions.push(sql<SqlBool>`not ${followup(sql`fu.last_followup_at is not null`)}`);
  if (filter.staleDays !== undefined) {
    conditions.push(
      sql<SqlBool>`(c.verified_at is null or c.verified_at < now() - make_interval(days => ${filter.staleDays}))`,
    );
  }
  if (after) conditions.push(keysetAfter(keysetOrder(filter), after));
  return conditions;
}

/** Whether anything but the keyword narrows the list. */
function narrowed(filter: CustomerFilter): boolean {
  const { keyword: _keyword, sort: _sort, desc: _desc, ...rest } = filter;
  return Object.values(rest).some((value) => value !== undefined);
}

function orderBy(filter: CustomerFilter) {
  return keysetOrderBy(keysetOrder(filter));
}

function nameMatch(keyword: CustomerKeyword): RawBuilder<SqlBool> {
  if (keyword.code) return sql<SqlBool>`c.code = ${keyword.code}`;
  const grams = sql<SqlBool>`c.search_grams @> ${keyword.grams}::text[]`;
  if (!keyword.pattern) return grams;
  // The name's pinyin initials are searched too (shzl finds 上海中联); the grams hold them (migration 0038).
  return sql<SqlBool>`(${grams} and lower(c.name || '|' || coalesce(c.short_name, '') || '|' || c.code || '|' || c.name_initials) like ${keyword.pattern})`;
}

function contactMatch(keyword: CustomerKeyword): RawBuilder<SqlBool> | null {
  const byName =
    keyword.grams.length === 0 || keyword.code
      ? null
      : keyword.pattern
        ? sql<SqlBool>`(k.search_grams @> ${keyword.grams}::text[] and lower(k.name) like ${keyword.pattern})`
        : sql<SqlBool>`k.search_grams @> ${keyword.grams}::text[]`;
  const byMobile = keyword.mobileHash ? sql<SqlBool>`k.mobile_hash = ${keyword.mobileHash}` : null;
  const either = [byName, byMobile].filter((m): m is RawBuilder<SqlBool> => m !== null);
  return either.length === 0 ? null : sql<SqlBool>`(${sql.join(either, sql` or `)})`;
}

/** More matches than this: the term is common, and walking the customers in page order finds a page fast. */
const CANDIDATE_CAP = 1000;

/**
 * The ids a match finds when they are few (one capped look-up through the gram or mobile indexes), else
 * null. Handing the planner the match alone risks a walk over every customer in page order when it
 * misjudges a rare term as common.
 */
async function fewIds(db: Kysely<Database>, query: RawBuilder<unknown>): Promise<number[] | null> {
  const found = await sql<{ id: number }>`${query} limit ${CANDIDATE_CAP + 1}`.execute(db);
  return found.rows.length > CANDIDATE_CAP ? null : [...new Set(found.rows.map((r) => r.id))];
}

const idIn = (ids: number[]) => sql<SqlBool>`c.id = any(${ids}::bigint[])`;

/**
 * What a keyword's matches are: the page itself, in page order (a walk found it with every filter applied), or a
 * condition the page statement applies, orders and limits.
 */
export type Matches = { page: number[] } | { condition: RawBuilder<SqlBool> };

const asCondition = (matches: Matches) => ('page' in matches ? idIn(matches.page) : matches.condition);

/** Pages up to this size are walked; a bigger read (an export) lets the planner collect every match. */
const WALK_LIMIT = 501;
/**
 * A walk reads 2 000 rows, then twice as many each time, until a page is found or 14 000 rows are read: then
 * the matches sit elsewhere in page order (names starting with the term, sorted by name) and are collected
 * and sorted instead.
 */
const WALK = { firstWindow: 2_000, budget: 14_000 };

/** The page order by an expression no index provides: the planner then collects the matches and sorts them. */
function unindexedOrder(filter: CustomerFilter) {
  const direction = sql.raw(filter.desc ? 'desc' : 'asc');
  const key = {
    name: sql`c.name_sort || ''`,
    code: sql`c.id + 0`,
    createdAt: sql`c.created_at + interval '0 s'`,
  };
  return sql`${key[filter.sort]} ${direction}, c.id ${direction}`;
}

/** The first `limit` matches in page order from every match, collected and sorted. */
async function sortedIds(
  db: Kysely<Database>,
  filter: CustomerFilter,
  match: RawBuilder<SqlBool>,
  limit: number,
  after: Cursor | undefined,
): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`select c.id from customers c
    where ${and([...filterConditions(filter, after), match])} order by ${unindexedOrder(filter)} limit ${limit}`.execute(
    db,
  );
  return rows.map((r) => r.id);
}

/**
 * The first `limit` customers a common term matches, in page order. The customers are read in page order a
 * window at a time (a LIMIT sub-query the planner cannot reorder) and each window is filtered by the match.
 * Given the match alone, the planner multiplies the shares of a term's grams, thinks it rare, and collects
 * and sorts every match (37 ms for a term in 1 % of a million names, against 8 ms walked); or, trusting a
 * gram's share, walks the name index through every name before the ones that start with the term (seconds).
 * Past the budget the term is looked up after all (when `lookUp` is given: its grams may be common only
 * apart; the ids found, in no order, are then a condition for the page statement), else its matches are sorted.
 */
export async function walkedIds(
  db: Kysely<Database>,
  filter: CustomerFilter,
  match: RawBuilder<SqlBool>,
  limit: number,
  after: Cursor | undefined,
  lookUp?: () => Promise<number[] | null>,
  walk = WALK,
): Promise<Matches> {
  const found: number[] = [];
  const backwards = orderBy({ ...filter, desc: !filter.desc });
  let from = after;
  let window = walk.firstWindow;
  let walked = 0;
  for (;;) {
    // Prepared (see PREPARED): its LIMIT sub-query fixes the plan, and the window is written in (a handful of sizes)
    // so that the plan PostgreSQL keeps knows it. Planned anew each time it cost about as much as it ran.
    const { rows } = await sql<{ id: number; v: string | number; walked: number | null }>`
      with w as (select c.id, c.name_sort, c.created_at, ${match} as matched
        from customers c
        where ${and(filterConditions(filter, from))} order by ${orderBy(filter)} limit ${sql.lit(window)})
      (select c.id, null as v, null::int as walked from w c where c.matched
        order by ${orderBy(filter)} limit ${limit - found.length})
      union all
      (select c.id, ${keysetValue(keysetOrder(filter))} as v, (select count(*)::int from w) as walked
         from w c order by ${backwards} limit 1)${sql.raw(PREPARED)}`.execute(db);
    const last = rows.find((r) => r.walked !== null);
    found.push(...rows.filter((r) => r.walked === null).map((r) => r.id));
    if (found.length >= limit || !last || (last.walked ?? 0) < window) return { page: found };
    walked += last.walked ?? 0;
    from = { v: last.v, id: last.id };
    if (walked >= walk.budget) {
      const few = lookUp ? await lookUp() : null;
      if (few) return { condition: idIn(few) };
      return { page: [...found, ...(await sortedIds(db, filter, match, limit - found.length, from))] };
    }
    window *= 2;
  }
}

/** A walk over one gram's customers reads this many first, then twice as many each time, up to the last. */
const GRAM_WINDOWS = { first: 200, last: 25_600 };

/**
 * The first `limit` customers a term matches in name order, read through the ordered name grams (migration
 * 0040): the customers holding the term's rarest gram, in (name_sort, id) order from the cursor on, a window at
 * a time (a LIMIT sub-query the planner cannot reorder), each joined to its customer and checked against the
 * whole match and every filter. A term in 5 % of a million names fills its page from the first window; a term
 * whose gram is common but which is not (or whose other filters are narrow) reads more windows, at worst every
 * customer holding the gram — what collecting and sorting the matches would read too.
 */
export async function gramWalkIds(
  db: Kysely<Database>,
  filter: CustomerFilter,
  match: RawBuilder<SqlBool>,
  gram: string,
  limit: number,
  after: Cursor | undefined,
  windows = GRAM_WINDOWS,
): Promise<number[]> {
  const grams: KeysetOrder = { column: 'g.name_sort', id: 'g.customer_id', desc: filter.desc };
  const walked: KeysetOrder = { column: 'w.name_sort', id: 'w.customer_id', desc: filter.desc };
  const found: number[] = [];
  let from = after;
  let window = windows.first;
  for (;;) {
    const position = from ? [keysetAfter(grams, from)] : [];
    // Prepared, the window written in, as in walkedIds: planning took 1.2 ms of this statement's 2.3 ms.
    const { rows } = await sql<{ id: number; v: string | null; walked: number | null }>`
      with w as materialized (select g.customer_id, g.name_sort from customer_name_grams g
        where ${and([sql<SqlBool>`g.gram = ${gram}`, ...position])} order by ${keysetOrderBy(grams)}
        limit ${sql.lit(window)})
      (select c.id, null as v, null::int as walked
         from w join customers c on c.id = w.customer_id left join customer_followups f on f.customer_id = c.id
        where ${and([...filterConditions(filter), match])}
        order by ${keysetOrderBy(walked)} limit ${limit - found.length})
      union all
      (select w.customer_id, w.name_sort, (select count(*)::int from w) from w
        order by ${keysetOrderBy({ ...walked, desc: !filter.desc })} limit 1)${sql.raw(PREPARED)}`.execute(
      db,
    );
    const last = rows.find((r) => r.walked !== null);
    found.push(...rows.filter((r) => r.walked === null).map((r) => Number(r.id)));
    if (found.length >= limit || !last || (last.walked ?? 0) < window) return found;
    from = { v: String(last.v), id: Number(last.id) };
    window = Math.min(window * 2, windows.last);
  }
}

/**
 * Which customers' names match: few matches by their ids (looked up), a common term's first page by walking
 * (sorted by name: through the ordered name grams), and for a bulk read the match itself.
 */
async function nameCondition(
  db: Kysely<Database>,
  filter: CustomerFilter,
  keyword: CustomerKeyword,
  limit: number,
  after?: Cursor,
): Promise<Matches> {
  const byName = nameMatch(keyword);
  const lookUp = () =>
    fewIds(db, sql`select c.id from customers c where ${and([...filterConditions(filter, after), byName])}`);
  // Other filters may make a common term rare again: then it is looked up.
  const common = !narrowed(filter) && (await isCommonTerm(db, 'customers', keyword.grams, CANDIDATE_CAP));
  const few = common ? null : await lookUp();
  if (few) return { condition: idIn(few) };
  if (limit > WALK_LIMIT) return { condition: byName };
  if (filter.sort === 'name' && keyword.nameGrams?.length) {
    const gram = await rarestNameGram(db, keyword.nameGrams);
    if (gram) return { page: await gramWalkIds(db, filter, byName, gram, limit, after) };
  }
  return walkedIds(db, filter, byName, limit, after, common ? lookUp : undefined);
}

/** The customers whose contacts match: few by their ids, else through the match itself. */
async function contactCondition(
  db: Kysely<Database>,
  keyword: CustomerKeyword,
  byContact: RawBuilder<SqlBool>,
) {
  const common = await isCommonTerm(db, 'contacts', keyword.grams, CANDIDATE_CAP);
  const few = common
    ? null
    : await fewIds(
        db,
        sql`select k.customer_id as id from contacts k where k.deleted_at is null and ${byContact}`,
      );
  if (few) return few.length === 0 ? null : idIn(few);
  return sql<SqlBool>`exists (select 1 from contacts k where k.customer_id = c.id and k.deleted_at is null
    and ${byContact})`;
}

/**
 * The condition a keyword adds to the page: name matches and, where the viewer may search them, contact
 * matches, each found its own way and combined as a union of two pages, so that neither has to be found
 * through an OR the planner cannot serve from an index.
 */
async function keywordCondition(
  db: Kysely<Database>,
  viewer: Viewer,
  filter: CustomerFilter,
  keyword: CustomerKeyword,
  limit: number,
  after?: Cursor,
): Promise<Matches> {
  const byContact = contactMatch(keyword);
  // Contact names and mobiles are 机密: they only find customers the viewer sees in full.
  const searchContacts = byContact !== null && viewer.scope.kind !== 'none';
  const [byName, contacts] = await Promise.all([
    nameCondition(db, filter, keyword, limit, after),
    searchContacts ? contactCondition(db, keyword, byContact) : null,
  ]);
  // No contact matches (the usual case for a company name): the name matches alone are the page.
  if (!contacts) return byName;
  const filters = filterConditions(filter, after);
  const page = (match: RawBuilder<SqlBool>) =>
    sql`(select c.id from customers c where ${and([...filters, match])} order by ${orderBy(filter)} limit ${limit})`;
  const contactsInScope = and([inScope(viewer), contacts]);
  return {
    condition: sql<SqlBool>`c.id in (${page(asCondition(byName))} union all ${page(contactsInScope)})`,
  };
}

/**
 * A page of the list in two statements. The first finds the page's customers: the customers table alone, with
 * whatever the filter and keyword ask, planned anew each time (the best plan depends on the values); a keyword
 * whose walk found the page already needs no such statement. The second reads those rows with their names,
 * follow-up summary, primary contact and access columns: the same statement for every page, prepared once per
 * connection. Planning that wide statement for every filter was about half the SQL time of a page.
 */
export async function listCustomers(
  db: Kysely<Database>,
  viewer: Viewer,
  filter: CustomerFilter,
  limit: number,
  after?: Cursor,
) {
  const matches = filter.keyword
    ? await keywordCondition(db, viewer, filter, filter.keyword, limit, after)
    : undefined;
  const page = matches && 'page' in matches ? matches.page : await pageIds(db, filter, limit, after, matches);
  if (page.length === 0) return [];
  const rows = await listRows(db, viewer, page);
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A customer destroyed between the two statements is left out; one deleted meanwhile still shows, as found.
  return page.flatMap((id) => byId.get(id) ?? []);
}

/** The ids of a page: the filter's customers (and the keyword's, where given) in page order. */
async function pageIds(
  db: Kysely<Database>,
  filter: CustomerFilter,
  limit: number,
  after: Cursor | undefined,
  matches: { condition: RawBuilder<SqlBool> } | undefined,
): Promise<number[]> {
  const conditions = filterConditions(filter, after);
  if (matches) conditions.push(matches.condition);
  const { rows } = await sql<{ id: number }>`select c.id from customers c where ${and(conditions)}
    order by ${orderBy(filter)} limit ${limit}`.execute(db);
  return rows.map((r) => r.id);
}

/** The list's rows of these customers, in no particular order (the deleted included: the page found them live). */
function listRows(db: Kysely<Database>, viewer: Viewer, ids: number[]) {
  return (
    viewedCustomers(db, viewer)
      .select(LIST_COLUMNS)
      .select(LIST_TIMES)
      .select(exactTime('c.created_at').as('created_key'))
      // At most one primary contact per customer (unique partial index), so the join adds no rows.
      .leftJoin('contacts as pc', (join) =>
        join
          .onRef('pc.customer_id', '=', 'c.id')
          .on('pc.is_primary', '=', true)
          .on('pc.deleted_at', 'is', null),
      )
      .select(['pc.name as primary_contact_name', 'pc.mobile_masked as primary_contact_mobile_masked'])
      .where(sql<SqlBool>`c.id = any(${ids}::bigint[])`)
      .modifyEnd(sql.raw(PREPARED))
      .execute()
  );
}

/** How many customers the filter finds for the viewer, counted up to `cap` (an export request's size). */
export async function countCustomers(
  db: Kysely<Database>,
  viewer: Viewer,
  filter: CustomerFilter,
  cap: number,
) {
  const conditions = filterConditions(filter);
  if (filter.keyword)
    conditions.push(asCondition(await keywordCondition(db, viewer, filter, filter.keyword, cap)));
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from (
    select 1 from customers c where ${and(conditions)} limit ${cap}) found`.execute(db);
  return rows[0]?.n ?? 0;
}

export type CustomerListRow = Awaited<ReturnType<typeof listCustomers>>[number];

export async function customersWithNameKey(db: Kysely<Database>, nameKey: string) {
  const query = db
    .selectFrom('customers')
    .select(['id', 'code', 'name'])
    .where('name_key', '=', nameKey)
    .where('deleted_at', 'is', null)
    .where('merged_into_id', 'is', null);
  return query.limit(5).execute();
}

export async function customersWithMobileHash(db: Kysely<Database>, mobileHashes: string[]) {
  if (mobileHashes.length === 0) return [];
  const query = db
    .selectFrom('contacts as k')
    .innerJoin('customers as c', 'c.id', 'k.customer_id')
    .select(['c.id', 'c.code', 'c.name'])
    .distinct()
    .where('k.mobile_hash', 'in', mobileHashes)
    .where('k.deleted_at', 'is', null)
    .where('c.deleted_at', 'is', null)
    .where('c.merged_into_id', 'is', null);
  return query.limit(5).execute();
}

export async function insertTierHistory(
  db: Kysely<Database>,
  entry: {
    customerId: number;
    fromTier: string | null;
    toTier: string;
    reason: TierReason;
    /** The approved 等级申报, for reason 'grade_approved'. */
    gradeRequestId?: number;
    score?: number;
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
      grade_request_id: entry.gradeRequestId ?? null,
      score: entry.score === undefined ? null : String(entry.score),
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
      'h.grade_request_id',
      'h.score',
      'h.changed_at',
      'u.display_name as changed_by_name',
    ])
    .where('h.customer_id', '=', customerId)
    .orderBy('h.changed_at', 'desc')
    .orderBy('h.id', 'desc')
    .execute();
}

/** The duplicate stays (its code and history are never lost), marked merged and hidden from lists. */
export async function markMerged(db: Kysely<Database>, duplicateId: number, keepId: number) {
  await db
    .updateTable('customers')
    .set({ merged_into_id: keepId, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', duplicateId)
    .execute();
}

/** Adds tags a customer does not have yet. */
export async function addTags(db: Kysely<Database>, id: number, tags: string[]) {
  await db
    .updateTable('customers')
    .set({
      tags: sql`(select coalesce(array_agg(distinct t), '{}') from unnest(tags || ${tags}::text[]) t)`,
      updated_at: sql`now()`,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

/** Every live customer one person owns (or serves) passes to another, in one statement; returns how many. */
export async function reassignCustomers(
  db: Kysely<Database>,
  column: 'owner_id' | 'agent_id',
  fromUserId: number,
  toUserId: number,
): Promise<number> {
  const result = await db
    .updateTable('customers')
    .set({ [column]: toUserId, updated_at: sql`now()`, version: sql`version + 1` })
    .where(column, '=', fromUserId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** New weights re-score every scored customer from its stored shares, rounded as weightedScore rounds. */
export async function reweightScores(db: Kysely<Database>, weights: ScoreWeights): Promise<number> {
  const parts = SCORE_PARTS.map(
    (part) => sql`round(${weights[part]}::numeric * (score_shares ->> ${part})::numeric, 1)`,
  );
  const result = await sql`update customers set score = round(${sql.join(parts, sql` + `)}, 1)
    where score_shares is not null and deleted_at is null
      and score is distinct from round(${sql.join(parts, sql` + `)}, 1)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Re-tiers every customer not tiered by hand, set-based, with a history row per change; returns how many. */
export async function retierAll(db: Kysely<Database>, rules: TierRules, userId: number): Promise<number> {
  const amountTier = sql`case when annual_amount * 100 >= ${rules.amountA} then 'A'
    when annual_amount * 100 >= ${rules.amountB} then 'B' else 'C' end`;
  const scoreTier = sql`case when score >= ${rules.scoreA} then 'A' when score >= ${rules.scoreB} then 'B'
    ${rules.scoreC === undefined ? sql`` : sql`when score < ${rules.scoreC} then 'D'`} else 'C' end`;
  const target =
    rules.basis === 'score'
      ? sql`case when score is null then ${amountTier} else ${scoreTier} end`
      : amountTier;
  const { rows } = await sql<{ id: number }>`
    with changed as (
      select id, tier as from_tier, ${target} as to_tier from customers
       where not tier_manual and deleted_at is null and merged_into_id is null
    ), updated as (
      update customers c set tier = changed.to_tier, updated_at = now(), version = c.version + 1
        from changed where c.id = changed.id and changed.to_tier <> changed.from_tier
      returning c.id, changed.from_tier, changed.to_tier
    )
    insert into customer_tier_history (customer_id, from_tier, to_tier, reason, changed_by)
    select id, from_tier, to_tier, 'rules_changed', ${userId} from updated
    returning customer_id as id`.execute(db);
  return rows.length;
}

/** The columns that go with a customer's name wherever it is written: its pinyin sort key and initials. */
export function nameColumns(name: string): { name_sort: string; name_initials: string } {
  const { sortKey, initials } = nameKeys(name);
  return { name_sort: sortKey, name_initials: initials };
}

/** A customer row to insert: the name's sort key and initials are made here. */
export type NewCustomer = Omit<Insertable<Database['customers']>, 'name_sort' | 'name_initials'>;

/** Updated columns: a new name brings its sort key and initials along. */
function withNameColumns<T extends { name?: unknown }>(columns: T) {
  return typeof columns.name === 'string' ? { ...columns, ...nameColumns(columns.name) } : columns;
}

/** Makes the sort key and initials again from the stored names (after a statement that rewrote them). */
export async function refreshNameColumns(db: Kysely<Database>, ids: number[]) {
  if (ids.length === 0) return;
  const rows = await db.selectFrom('customers').select(['id', 'name']).where('id', 'in', ids).execute();
  const keys = rows.map((r) => nameColumns(r.name));
  await sql`update customers c set name_sort = v.name_sort, name_initials = v.name_initials
    from unnest(${rows.map((r) => r.id)}::bigint[], ${keys.map((k) => k.name_sort)}::text[],
                ${keys.map((k) => k.name_initials)}::text[]) as v(id, name_sort, name_initials)
   where c.id = v.id`.execute(db);
}

/** A new customer, verified now (it was just entered). */
export function insertCustomer(db: Kysely<Database>, values: NewCustomer) {
  return db
    .insertInto('customers')
    .values({ ...values, ...nameColumns(values.name), verified_at: sql`now()` })
    .returning(['id', 'annual_amount', 'score'])
    .executeTakeFirstOrThrow();
}

export async function setTier(db: Kysely<Database>, id: number, tier: string) {
  await db.updateTable('customers').set({ tier }).where('id', '=', id).execute();
}

/** False when the version no longer matches (someone saved first). */
export async function updateCustomer(
  db: Kysely<Database>,
  id: number,
  columns: Updateable<Database['customers']>,
  version: number | undefined,
): Promise<boolean> {
  let query = db
    .updateTable('customers')
    .set({ ...withNameColumns(columns), updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id);
  if (version !== undefined) query = query.where('version', '=', version);
  return Number((await query.executeTakeFirst()).numUpdatedRows) > 0;
}
