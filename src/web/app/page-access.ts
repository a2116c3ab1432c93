import { matchRoutes } from 'react-router';
import type { Me } from '../api/types.ts';
import { can } from './auth.tsx';

/**
 * Who may open which page: the permissions of which ANY one is enough, per route pattern exactly as
 * main.tsx spells it. The menu shows an entry only when its page is allowed here, and the shell shows
 * 无权访问 instead of a page the user may not open. The server still checks every request; this only
 * keeps the browser from showing an empty table or a form whose every call fails.
 * `[]` means every signed-in user.
 */
export const PAGE_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  '/': [],
  '/notifications': [],
  '/account/tokens': [],
  // Unknown paths show the placeholder page, which holds nothing to protect.
  '*': [],
  '/workbench': ['followups.work'],
  '/workbench/tasks/:id/record': ['followups.work'],
  '/customers': ['customers.read'],
  '/customers/import': ['customers.import'],
  '/customers/:id': ['customers.read'],
  '/access-requests': ['access.request', 'access.approve', 'access.approve_top_secret'],
  '/export-requests': ['customers.export', 'access.approve'],
  '/grade-requests': ['grades.request', 'grades.approve_dept', 'grades.approve_exec'],
  '/key-accounts': ['access.approve_top_secret'],
  // Only a redirect to 回访任务, which is checked in its turn.
  '/followups': [],
  '/followups/tasks': ['followups.work', 'followups.assign'],
  '/followups/rules': ['followups.rules'],
  '/followups/records': ['followups.work'],
  '/followups/records/:id': ['followups.work'],
  // 我提交的 is for whoever logs records; the other two tabs for reviewers.
  '/followups/reviews': ['records.review', 'followups.work'],
  '/issues': ['issues.register', 'issues.handle'],
  '/issues/breach-board': ['issues.escalate'],
  '/issues/plans': ['issues.handle', 'issues.escalate'],
  '/issues/:id': ['issues.register', 'issues.handle', 'issues.escalate'],
  '/knowledge': ['issues.register', 'issues.handle', 'issues.escalate'],
  '/knowledge/:id': ['issues.register', 'issues.handle', 'issues.escalate'],
  '/reports': ['reports.read'],
  '/settings/users': ['users.manage'],
  '/settings/departments': ['departments.manage'],
  '/settings/roles': ['roles.manage'],
  '/settings/role-changes': ['users.approve_roles'],
  '/settings/audit': ['audit.read'],
  '/settings/customer-rules': ['settings.manage'],
  '/settings/calendar': ['settings.manage'],
  '/settings/data-retention': ['settings.manage', 'access.approve_top_secret'],
  '/settings/jobs': ['jobs.manage'],
  '/settings/approval-chains': ['settings.manage'],
  '/settings/sla-policies': ['settings.manage'],
  '/settings/email-outbox': ['jobs.manage', 'settings.manage'],
};

const ROUTES = Object.keys(PAGE_PERMISSIONS).map((path) => ({ path }));

// Pages met before, by path: matchRoutes ranks and compiles every route on each call, and the shell asks for each
// of its ~25 menu entries and the page on every render (~45 ms of a CPU profile of the customer list's first load).
const matched = new Map<string, readonly string[]>();

/** The permissions a page needs (any one of them), matched the way the router matches: /customers/import before /customers/:id. */
export function pagePermissions(pathname: string): readonly string[] {
  // A path spelled exactly as a route without parameters is that route: the router ranks static segments first.
  if (pathname !== '*' && !pathname.includes(':') && Object.hasOwn(PAGE_PERMISSIONS, pathname))
    return PAGE_PERMISSIONS[pathname] as readonly string[];
  let needed = matched.get(pathname);
  if (!needed) {
    const path = matchRoutes(ROUTES, pathname)?.at(-1)?.route.path ?? '*';
    needed = PAGE_PERMISSIONS[path] ?? [];
    if (matched.size >= 1000) matched.clear(); // a long session's customer and issue pages
    matched.set(pathname, needed);
  }
  return needed;
}

/** The permissions this user lacks to open the page: empty when they may open it. */
export function missingPermissions(me: Me, pathname: string): readonly string[] {
  const needed = pagePermissions(pathname);
  return needed.length === 0 || can(me, ...needed) ? [] : needed;
}

export function mayOpen(me: Me, pathname: string): boolean {
  return missingPermissions(me, pathname).length === 0;
}
