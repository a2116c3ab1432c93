import type { Locale } from '../../domain/locale.ts';
import type { Permission } from '../../domain/permissions.ts';
import type { DataScope } from '../../domain/roles.ts';
import { AppError } from './errors.ts';

/** The signed-in user a request acts for, with the permissions of all their roles. */
export interface Actor {
  id: number;
  username: string;
  displayName: string;
  departmentId: number | null;
  roles: string[];
  permissions: ReadonlySet<Permission>;
  dataScope: DataScope;
  locale: Locale;
  mustChangePassword: boolean;
  via: 'session' | 'token';
  sessionId?: string;
  tokenId?: number;
}

/** What a service needs to know about the request besides its input. */
export interface RequestContext {
  actor: Actor;
  ip: string | null;
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!actor.permissions.has(permission)) throw new AppError('forbidden');
}

export function hasAnyPermission(actor: Actor, permissions: Permission[]): boolean {
  return permissions.some((p) => actor.permissions.has(p));
}
