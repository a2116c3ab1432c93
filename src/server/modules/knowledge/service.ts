import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { conflict, type FieldError, invalid, notFound } from '../../http/errors.ts';
import { type Cursor, pageOf } from '../../http/pagination.ts';
import { recordAudit } from '../audit/service.ts';
import { findIssue } from '../issues/repository.ts';
import { ISSUE, issueViewer } from '../issues/service.ts';
import * as repo from './repository.ts';
import { searchTerms } from './terms.ts';

const ARTICLE = { zh: '知识库文章', en: 'Article' };

export interface ArticleInput {
  title?: string;
  problem?: string;
  solution?: string;
  category?: string | null;
  typicalCase?: boolean;
}

function articleJson(row: repo.ArticleRow & { hits?: number }) {
  return {
    id: row.id,
    title: row.title,
    problem: row.problem,
    solution: row.solution,
    category: row.category,
    typicalCase: row.typical_case,
    sourceIssueId: row.source_issue_id,
    sourceIssueNumber: row.source_issue_number,
    createdByName: row.created_by_name,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    ...(row.hits === undefined ? {} : { matchedTerms: Number(row.hits) }),
  };
}

function blanks(input: Required<Pick<ArticleInput, 'title' | 'problem' | 'solution'>>): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.title.trim()) errors.push({ field: 'title', zh: '请填写标题', en: 'must not be blank' });
  if (!input.problem.trim()) errors.push({ field: 'problem', zh: '请填写问题描述', en: 'must not be blank' });
  if (!input.solution.trim())
    errors.push({ field: 'solution', zh: '请填写解决方法', en: 'must not be blank' });
  return errors;
}

/**
 * 转为知识库文章: from a resolved or closed issue (its description and solution, editable), or written directly.
 * Whoever handles issues writes them; everyone who works issues reads them.
 */
export async function createArticle(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: ArticleInput & { sourceIssueId?: number },
) {
  const viewer = await issueViewer(db, ctx);
  requirePermission(ctx.actor, 'issues.handle');
  let source:
    | { description: string; solution: string | null; category: string | null; number: string }
    | undefined;
  if (input.sourceIssueId !== undefined) {
    const issue = await findIssue(db, viewer, input.sourceIssueId);
    if (!issue?.in_scope) throw notFound(ISSUE);
    if (issue.status !== 'resolved' && issue.status !== 'closed')
      throw conflict({
        zh: '只有已解决或已关闭的问题可以转为知识库文章',
        en: 'Only a resolved issue becomes an article',
      });
    source = issue;
  }
  const values = {
    title: (
      input.title ?? (source ? `${source.category ?? '问题'}：${source.description.slice(0, 30)}` : '')
    ).trim(),
    problem: (input.problem ?? source?.description ?? '').trim(),
    solution: (input.solution ?? source?.solution ?? '').trim(),
  };
  const errors = blanks(values);
  if (errors.length > 0) throw invalid(errors);
  const category = input.category === undefined ? (source?.category ?? null) : input.category?.trim() || null;
  const id = await db.transaction().execute(async (trx) => {
    const newId = await repo.insertArticle(trx, {
      ...values,
      category,
      typical_case: input.typicalCase ?? false,
      source_issue_id: input.sourceIssueId ?? null,
      terms: searchTerms(values.title, values.problem, values.solution, category),
      created_by: ctx.actor.id,
    });
    await recordAudit(
      trx,
      ctx,
      'kb_articles.created',
      { type: 'kb_article', id: newId },
      {
        sourceIssue: source?.number ?? null,
      },
    );
    return newId;
  });
  return getArticle(db, ctx, id);
}

export async function getArticle(db: Kysely<Database>, ctx: RequestContext, id: number) {
  await issueViewer(db, ctx);
  const row = await repo.findArticle(db, id);
  if (!row) throw notFound(ARTICLE);
  return articleJson(row);
}

export async function updateArticle(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  input: ArticleInput & { version: number },
) {
  await issueViewer(db, ctx);
  requirePermission(ctx.actor, 'issues.handle');
  const row = await repo.findArticle(db, id);
  if (!row) throw notFound(ARTICLE);
  const values = {
    title: (input.title ?? row.title).trim(),
    problem: (input.problem ?? row.problem).trim(),
    solution: (input.solution ?? row.solution).trim(),
  };
  const errors = blanks(values);
  if (errors.length > 0) throw invalid(errors);
  const category = input.category === undefined ? row.category : input.category?.trim() || null;
  await db.transaction().execute(async (trx) => {
    const saved = await repo.updateArticle(trx, id, input.version, {
      ...values,
      category,
      typical_case: input.typicalCase ?? row.typical_case,
      terms: searchTerms(values.title, values.problem, values.solution, category),
    });
    if (!saved)
      throw conflict({ zh: '该文章已被他人修改，请刷新后重试', en: 'Someone else changed this article' });
    await recordAudit(trx, ctx, 'kb_articles.updated', { type: 'kb_article', id }, {});
  });
  return getArticle(db, ctx, id);
}

/** 知识库: searched by words (most matching first), or browsed newest first; by category and 典型案例. */
export async function listArticles(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: { q?: string; category?: string; typicalCase?: boolean; limit: number; after: Cursor | undefined },
) {
  await issueViewer(db, ctx);
  const filter = { category: query.category, typicalCase: query.typicalCase };
  const terms = query.q ? searchTerms(query.q) : [];
  if (query.q && terms.length === 0) return { items: [], nextCursor: null };
  if (terms.length > 0) {
    const rows = await repo.searchArticles(db, terms, filter, query.limit);
    return { items: rows.map(articleJson), nextCursor: null };
  }
  const rows = await repo.browseArticles(db, filter, query.limit, query.after);
  const page = pageOf(rows, query.limit, (r) => ({ v: r.id, id: r.id }));
  return { items: page.items.map(articleJson), nextCursor: page.nextCursor };
}

/** Issues open in the last 90 days are candidates for the same problem reported again. */
const DUPLICATE_DAYS = 90;

/**
 * While an issue is typed in: articles that may already answer it, and open issues that may be the same problem
 * (the same customer's first). A possible duplicate shares at least two words, or the only one of a short text.
 */
export async function suggestions(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: { text: string; customerId?: number },
) {
  const viewer = await issueViewer(db, ctx);
  const terms = searchTerms(input.text);
  if (terms.length === 0) return { articles: [], similarIssues: [] };
  const [articles, issues] = await Promise.all([
    repo.searchArticles(db, terms, {}, 5),
    repo.similarIssues(db, viewer, {
      terms,
      minHits: Math.min(2, terms.length),
      customerId: input.customerId,
      days: DUPLICATE_DAYS,
      limit: 5,
    }),
  ]);
  return {
    articles: articles.map(articleJson),
    similarIssues: issues.map((i) => ({
      id: i.id,
      number: i.number,
      description: i.description,
      status: i.status,
      urgency: i.urgency,
      raisedAt: i.raised_at.toISOString(),
      customerId: i.customer_id,
      customerName: i.customer_name,
      sameCustomer: input.customerId !== undefined && i.customer_id === input.customerId,
      matchedTerms: Number(i.hits),
    })),
  };
}
