import { type Insertable, type Kysely, type SqlBool, sql, type Transaction, type Updateable } from 'kysely';
import type { Database, KbArticlesTable } from '../../db/schema.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { Viewer } from '../customer-access/fragments.ts';
import { issueInScope } from '../issues/repository.ts';

/** How many of the query's terms a row's terms hold. */
const hits = (column: string, terms: string[]) =>
  sql<number>`cardinality(array(select unnest(${sql.ref(column)}) intersect select unnest(${terms}::text[])))`;

const ARTICLE_COLUMNS = [
  'a.id',
  'a.title',
  'a.problem',
  'a.solution',
  'a.category',
  'a.typical_case',
  'a.source_issue_id',
  'i.number as source_issue_number',
  'u.display_name as created_by_name',
  'a.created_at',
  'a.updated_at',
  'a.version',
] as const;

function articlesFrom(db: Kysely<Database>) {
  return db
    .selectFrom('kb_articles as a')
    .leftJoin('issues as i', 'i.id', 'a.source_issue_id')
    .innerJoin('users as u', 'u.id', 'a.created_by');
}

export async function insertArticle(trx: Transaction<Database>, values: Insertable<KbArticlesTable>) {
  const { id } = await trx.insertInto('kb_articles').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateArticle(
  trx: Transaction<Database>,
  id: number,
  version: number,
  values: Updateable<KbArticlesTable>,
): Promise<boolean> {
  const result = await trx
    .updateTable('kb_articles')
    .set({ ...values, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function findArticle(db: Kysely<Database>, id: number) {
  return articlesFrom(db).select(ARTICLE_COLUMNS).where('a.id', '=', id).executeTakeFirst();
}

export type ArticleRow = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

export interface ArticleFilter {
  category?: string;
  typicalCase?: boolean;
}

function filtered<Q extends ReturnType<typeof articlesFrom>>(query: Q, filter: ArticleFilter): Q {
  let q = query;
  if (filter.category) q = q.where('a.category', '=', filter.category) as Q;
  if (filter.typicalCase !== undefined) q = q.where('a.typical_case', '=', filter.typicalCase) as Q;
  return q;
}

/** Newest first, a page at a time. */
export function browseArticles(
  db: Kysely<Database>,
  filter: ArticleFilter,
  limit: number,
  after: Cursor | undefined,
) {
  let query = filtered(articlesFrom(db), filter).select(ARTICLE_COLUMNS);
  if (after) query = query.where('a.id', '<', after.id);
  return query
    .orderBy('a.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Articles holding any of the terms, those holding most first (典型案例 before others on a tie). */
export function searchArticles(db: Kysely<Database>, terms: string[], filter: ArticleFilter, limit: number) {
  return filtered(articlesFrom(db), filter)
    .select(ARTICLE_COLUMNS)
    .select(hits('a.terms', terms).as('hits'))
    .where(sql<SqlBool>`a.terms && ${terms}::text[]`)
    .orderBy('hits', 'desc')
    .orderBy('a.typical_case', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Issues still open or awaiting their revisit that share at least `minHits` terms with a new report, within the
 * viewer's reach and the last `days` days: the same customer's first, then by how much they share.
 */
export function similarIssues(
  db: Kysely<Database>,
  viewer: Viewer,
  query: { terms: string[]; minHits: number; customerId?: number; days: number; limit: number },
) {
  const shared = hits('i.terms', query.terms);
  return db
    .selectFrom('issues as i')
    .leftJoin('customers as c', 'c.id', 'i.customer_id')
    .select([
      'i.id',
      'i.number',
      'i.description',
      'i.status',
      'i.urgency',
      'i.raised_at',
      'i.customer_id',
      'c.name as customer_name',
      shared.as('hits'),
    ])
    .where(sql<SqlBool>`i.terms && ${query.terms}::text[]`)
    .where(shared, '>=', query.minHits)
    .where('i.status', 'in', ['pending', 'in_progress', 'resolved'])
    .where('i.raised_at', '>', sql<Date>`now() - make_interval(days => ${query.days})`)
    .where(issueInScope(viewer))
    .orderBy(sql`i.customer_id is not distinct from ${query.customerId ?? null}::bigint`, 'desc')
    .orderBy('hits', 'desc')
    .orderBy('i.raised_at', 'desc')
    .limit(query.limit)
    .execute();
}
