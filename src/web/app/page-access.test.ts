import fs from 'node:fs';
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES } from '../../domain/roles.ts';
import type { Me } from '../api/types.ts';
import { PERMISSION_LABELS } from './labels.ts';
import { menuPaths } from './menu.tsx';
import { missingPermissions, PAGE_PERMISSIONS, pagePermissions } from './page-access.ts';

/** Every route main.tsx declares, as an absolute pattern; read from the source so a new page cannot be missed. */
function declaredRoutes(): string[] {
  const source = fs.readFileSync(new URL('../main.tsx', import.meta.url), 'utf8');
  const paths = [...source.matchAll(/\bpath: '([^']+)'/g)].map(([, path]) => path as string);
  const routes = paths
    .filter((path) => path !== '/login' && path !== '/')
    .map((path) => (path === '*' ? path : `/${path}`));
  return source.includes('index: true') ? ['/', ...routes] : routes;
}

function meWith(role: string): Me {
  const permissions = DEFAULT_ROLES.find((r) => r.key === role)?.permissions ?? [];
  return { permissions: [...permissions] } as Me;
}

describe('page access', () => {
  it('has a rule for every route in main.tsx, and none for a route that is gone', () => {
    const routes = declaredRoutes();
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((route) => !(route in PAGE_PERMISSIONS))).toEqual([]);
    expect(Object.keys(PAGE_PERMISSIONS).filter((rule) => !routes.includes(rule))).toEqual([]);
  });

  it('has a rule of its own for every menu entry', () => {
    expect(menuPaths().filter((path) => !(path in PAGE_PERMISSIONS))).toEqual([]);
  });

  it('finds for every route without parameters, spelled as it is, what the router matches', () => {
    const routes = Object.keys(PAGE_PERMISSIONS).map((path) => ({ path }));
    for (const path of Object.keys(PAGE_PERMISSIONS).filter((p) => p !== '*' && !p.includes(':'))) {
      const routed = matchRoutes(routes, path)?.at(-1)?.route.path;
      expect(routed, path).toBe(path);
      expect(pagePermissions(path), path).toBe(PAGE_PERMISSIONS[path]);
    }
  });

  it('names only permissions the 无权访问 page can put in words', () => {
    const named = Object.values(PAGE_PERMISSIONS).flat();
    expect(named.filter((p) => !(p in PERMISSION_LABELS))).toEqual([]);
  });

  it.each([
    ['admin', '/customers', ['customers.read']],
    ['admin', '/customers/42', ['customers.read']],
    ['agent', '/customers/import', ['customers.import']],
    ['account_manager', '/customers/import', []],
    ['account_manager', '/customers/42', []],
    ['marketing', '/workbench/tasks/7/record', ['followups.work']],
    ['marketing', '/issues/12', ['issues.register', 'issues.handle', 'issues.escalate']],
    ['executive', '/issues/12', []],
    ['agent', '/issues/breach-board', ['issues.escalate']],
    // 我提交的: the agent follows what became of their records without reviewing anyone's.
    ['agent', '/followups/reviews', []],
    ['marketing', '/followups/reviews', ['records.review', 'followups.work']],
    ['agent', '/settings/users', ['users.manage']],
    ['admin', '/settings/users', []],
    ['marketing', '/', []],
    ['marketing', '/account/tokens', []],
    ['marketing', '/no/such/page', []],
  ])('%s at %s lacks %j', (role, path, missing) => {
    expect(missingPermissions(meWith(role), path)).toEqual(missing);
  });
});
