import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { type ResolvedScope, scopeCondition } from '../departments/data-scope.ts';

/**
 * The SQL half of customer access: fragments any repository joins on customer `c` (alias required), so that
 * lists, details, exports, grade requests and — later — tasks, records and issues compute scope and grants
 * the same way. `access.ts` turns the columns into a decision.
 */

/** The users responsible for a customer: whoever owns or serves it brings it into their (department's) scope. */
export const CUSTOMER_USER_COLUMNS = ['c.owner_id', 'c.agent_id'];

/** What a viewer brings to a query: who they are and which customers they see in full. */
export interface Viewer {
  userId: number;
  scope: ResolvedScope;
}

/** Limits a query over customer `c` to those in the viewer's data scope (what they may decide on). */
export function inScope(viewer: Viewer): RawBuilder<SqlBool> {
  return scopeCondition(viewer.scope, CUSTOMER_USER_COLUMNS);
}

/**
 * What the viewer sees in full: their data scope, and the customers of their open follow-up tasks (SPEC §1: an
 * agent sees the customers of their open tasks). The tasks are one array read once per query, so that the
 * primary key serves it next to the owner and agent indexes.
 */
export function inScopeOrTasked(viewer: Viewer): RawBuilder<SqlBool> {
  const scoped = inScope(viewer);
  if (viewer.scope.kind === 'all') return scoped;
  return sql<SqlBool>`(${scoped} or c.id = any(array(select scope_t.customer_id from followup_tasks scope_t
    where scope_t.assignee_id = ${viewer.userId} and scope_t.status in ('pending', 'in_progress', 'overdue'))))`;
}

/**
 * Levels opened by the viewer's open grants on customer `c`: only an approved 查阅申请 sets expires_at ahead,
 * and a revocation ends it.
 */
export function grantedLevels(viewer: Viewer): RawBuilder<string[] | null> {
  // Whoever sees every customer in full has nothing a grant could open: no sub-query on every row of a list.
  if (viewer.scope.kind === 'all') return sql<null>`null::text[]`;
  return sql<string[] | null>`(select array_agg(distinct ar.level) from access_requests ar
    where ar.requester_id = ${viewer.userId} and ar.expires_at > now()
    and ar.customer_ids @> array[c.id])`;
}

/**
 * The columns `visibilityOf` reads, for queries that join customer `c`. `withTasks` adds the customers of the
 * viewer's open tasks: for one customer (its page, contacts, a task card); lists keep to the data scope, where the
 * extra term doubled the time of paging through many matches on PGlite.
 */
export function customerAccessColumns(viewer: Viewer, withTasks = false) {
  return [
    sql<boolean>`${withTasks ? inScopeOrTasked(viewer) : inScope(viewer)}`.as('in_scope'),
    grantedLevels(viewer).as('granted_levels'),
  ] as const;
}

/**
 * Limits a query over users `u` to those whose customers the viewer may write: a customer is in scope when its
 * owner or agent is, so the same scope condition applies to the user's id.
 */
export function userInScope(viewer: Viewer): RawBuilder<SqlBool> {
  return scopeCondition(viewer.scope, ['u.id']);
}
