import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from './actor.ts';
import { AppError } from './errors.ts';

export const SESSION_COOKIE = 'huifang_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated writes must come from our own pages. Browsers label every request with
 * Sec-Fetch-Site (and Origin on writes); scripts using a cookie send neither and are not a CSRF vector.
 * Together with the SameSite=Strict cookie and JSON-only bodies this is the CSRF defence.
 */
export function isCrossSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/**
 * What a user who still has a temporary password (new account, or reset by an administrator) may call:
 * see who they are, change the password, sign out (or sign in as someone else). Everything else waits.
 */
const BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/v1/auth/me',
  'HEAD /api/v1/auth/me',
  'POST /api/v1/auth/password',
  'PUT /api/v1/auth/me/locale',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/login',
]);

function refuseUntilPasswordChanged(request: FastifyRequest): void {
  if (!request.actor?.mustChangePassword || !request.url.startsWith('/api/v1/')) return;
  const route = `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`;
  if (!BEFORE_PASSWORD_CHANGE.has(route)) throw new AppError('password_change_required');
}

/** How a credential becomes an actor (the auth module answers; http only carries the request). */
export interface ActorResolver {
  bySession(cookie: string): Promise<Actor | null>;
  byToken(token: string): Promise<Actor | null>;
}

export function registerAuthentication(app: FastifyInstance, resolve: ActorResolver): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = bearerToken(request);
    if (token) {
      request.actor = await resolve.byToken(token);
      if (!request.actor) throw new AppError('unauthenticated');
      refuseUntilPasswordChanged(request);
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!SAFE_METHODS.has(request.method) && isCrossSite(request)) throw new AppError('cross_site');
    if (cookie) request.actor = await resolve.bySession(cookie);
    refuseUntilPasswordChanged(request);
  });
}

/** The signed-in caller, or 401. Every service call starts from this. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.actor) throw new AppError('unauthenticated');
  return { actor: request.actor, ip: request.ip };
}
