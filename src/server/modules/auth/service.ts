import type { Kysely, Transaction } from 'kysely';
import { asLocale, type Locale } from '../../../domain/locale.ts';
import {
  ACCOUNT_LOCK_MINUTES,
  ACCOUNT_MAX_FAILURES,
  ALL_CLIENTS,
  accountKey,
  CLIENT_LOCK_MINUTES,
  CLIENT_MAX_FAILURES,
  isTrustedClient,
  lockApplying,
} from '../../../domain/lockout.ts';
import { PASSWORD_PROBLEM_TEXT, passwordProblem } from '../../../domain/passwords.ts';
import { isPermission } from '../../../domain/permissions.ts';
import { type DataScope, widestScope } from '../../../domain/roles.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor, RequestContext } from '../../http/actor.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { hashPassword, newSecret, sha256, verifyPassword } from '../../security/secrets.ts';
import { recordAudit } from '../audit/service.ts';
import * as repo from './repository.ts';
import * as throttle from './throttle-repository.ts';

// Sliding sessions: refresh the expiry at most this often, so reading /me does not write on every request.
const SESSION_REFRESH_MS = 5 * 60_000;

function toActor(row: repo.ActorRow, via: Actor['via']): Actor {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    departmentId: row.department_id,
    roles: row.roles,
    permissions: new Set(row.permissions.filter(isPermission)),
    dataScope: widestScope(row.scopes as DataScope[]),
    locale: asLocale(row.locale),
    mustChangePassword: row.must_change_password,
    via,
  };
}

export async function actorForSession(
  db: Kysely<Database>,
  secret: string,
  ttlHours: number,
): Promise<Actor | null> {
  const sessionId = sha256(secret);
  const row = await repo.findSessionActor(db, sessionId);
  if (row?.status !== 'active') return null;
  if (Date.now() - row.last_seen_at.getTime() > SESSION_REFRESH_MS) {
    await repo.extendSession(db, sessionId, new Date(Date.now() + ttlHours * 3600_000));
  }
  return { ...toActor(row, 'session'), sessionId };
}

export async function actorForToken(db: Kysely<Database>, secret: string): Promise<Actor | null> {
  const row = await repo.findTokenActor(db, sha256(secret));
  if (row?.status !== 'active') return null;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > SESSION_REFRESH_MS) {
    await repo.touchToken(db, row.token_id);
  }
  return { ...toActor(row, 'token'), tokenId: row.token_id };
}

export interface LoginInput {
  username: string;
  password: string;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

const lockedError = (until: Date) => new AppError('account_locked', { until: until.toISOString() });

/**
 * Checks the password with the lockout of src/domain/lockout.ts and opens a server-side session; returns
 * the cookie secret. An unknown username goes through the same steps (a dummy hash is verified, failures
 * are counted and audited), so neither the answer nor its timing says whether the account exists.
 */
export async function login(
  db: Kysely<Database>,
  input: LoginInput,
  client: ClientInfo,
  ttlHours: number,
): Promise<{ secret: string; actor: Actor }> {
  const key = accountKey(input.username).slice(0, 64);
  const clientKey = client.ip || 'unknown';
  const now = new Date();
  const state = await throttle.readThrottle(db, key, clientKey);
  const clientTrusted = isTrustedClient(state.clientLastSuccessAt, now);
  const lock = lockApplying({ ...state, clientTrusted }, now);
  if (lock) throw lockedError(lock);

  const user = await repo.findLoginCandidate(db, key);
  const passwordOk = await verifyPassword(user?.password_hash, input.password);
  if (!user || !passwordOk) {
    const lockNow = await db.transaction().execute(async (trx) => {
      const clientLockedUntil = await throttle.countFailure(
        trx,
        key,
        clientKey,
        CLIENT_MAX_FAILURES,
        CLIENT_LOCK_MINUTES,
      );
      const accountLockedUntil = await throttle.countFailure(
        trx,
        key,
        ALL_CLIENTS,
        ACCOUNT_MAX_FAILURES,
        ACCOUNT_LOCK_MINUTES,
      );
      const applying = lockApplying({ clientLockedUntil, accountLockedUntil, clientTrusted }, now);
      await recordAudit(
        trx,
        { actor: null, ip: client.ip },
        'auth.login_failed',
        user ? { type: 'user', id: user.id } : undefined,
        { username: user?.username ?? key, knownUser: user !== undefined, locked: applying !== null },
      );
      return applying;
    });
    if (lockNow) throw lockedError(lockNow);
    throw new AppError('invalid_credentials');
  }
  if (user.status !== 'active') throw new AppError('account_disabled');

  const { secret, hash } = newSecret();
  await db.transaction().execute(async (trx) => {
    await repo.recordSuccessfulLogin(trx, user.id);
    await throttle.recordSuccess(trx, key, clientKey);
    await repo.insertSession(trx, {
      id: hash,
      userId: user.id,
      expiresAt: new Date(Date.now() + ttlHours * 3600_000),
      ...client,
    });
    await recordAudit(
      trx,
      { actor: { id: user.id, displayName: user.display_name }, ip: client.ip },
      'auth.login',
      {
        type: 'user',
        id: user.id,
      },
    );
  });
  const actor = await actorForSession(db, secret, ttlHours);
  if (!actor) throw new AppError('internal');
  return { secret, actor };
}

export async function logout(db: Kysely<Database>, ctx: RequestContext): Promise<void> {
  if (!ctx.actor.sessionId) return;
  const sessionId = ctx.actor.sessionId;
  await db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, sessionId);
    await recordAudit(trx, ctx, 'auth.logout', { type: 'user', id: ctx.actor.id });
  });
}

/** The language the user chose on the web: their mails are written in it. Their own account only. */
export async function saveLocale(db: Kysely<Database>, ctx: RequestContext, locale: Locale) {
  await repo.setLocale(db, ctx.actor.id, locale);
  return { locale };
}

export function checkNewPassword(field: string, password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw invalid([{ field, ...PASSWORD_PROBLEM_TEXT[problem] }]);
}

/** Token management and the password change need a signed-in person, not a script holding a token. */
function requireSession(ctx: RequestContext): void {
  if (ctx.actor.via !== 'session') throw new AppError('session_required');
}

/**
 * A new password (changed by the user or reset by an administrator) ends every API token of the user:
 * a token taken together with the old password must not outlive it. Audited when there were any.
 */
export async function revokeTokensAfterPasswordChange(
  trx: Transaction<Database>,
  ctx: RequestContext,
  userId: number,
  reason: 'password_changed' | 'password_reset',
): Promise<number> {
  const count = await repo.revokeAllTokens(trx, userId);
  if (count > 0) {
    await recordAudit(trx, ctx, 'auth.tokens_revoked', { type: 'user', id: userId }, { count, reason });
  }
  return count;
}

/** Changing one's password signs out every other session of that user and revokes their API tokens. */
export async function changePassword(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  requireSession(ctx);
  const currentHash = await repo.findPasswordHash(db, ctx.actor.id);
  if (!(await verifyPassword(currentHash, input.currentPassword))) {
    throw invalid([{ field: 'currentPassword', zh: '当前密码不正确', en: 'is not your current password' }]);
  }
  checkNewPassword('newPassword', input.newPassword);
  if (input.newPassword === input.currentPassword) {
    throw invalid([
      { field: 'newPassword', zh: '不能与当前密码相同', en: 'must differ from the current password' },
    ]);
  }
  const newHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await repo.setPasswordHash(trx, ctx.actor.id, newHash, false);
    await repo.deleteOtherSessions(trx, ctx.actor.id, ctx.actor.sessionId);
    await recordAudit(trx, ctx, 'auth.password_changed', { type: 'user', id: ctx.actor.id });
    await revokeTokensAfterPasswordChange(trx, ctx, ctx.actor.id, 'password_changed');
  });
}

export function listMyTokens(db: Kysely<Database>, ctx: RequestContext) {
  requireSession(ctx);
  return repo.listTokens(db, ctx.actor.id);
}

export async function createMyToken(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: { name: string; expiresInDays?: number },
) {
  // A token never mints tokens: a leaked one would otherwise outlive its own revocation.
  requireSession(ctx);
  const { secret, hash } = newSecret('hf_');
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const row = await db.transaction().execute(async (trx) => {
    const inserted = await repo.insertToken(trx, {
      userId: ctx.actor.id,
      name: input.name.trim(),
      hash,
      prefix: secret.slice(0, 8),
      expiresAt,
    });
    await recordAudit(
      trx,
      ctx,
      'auth.token_created',
      { type: 'api_token', id: inserted.id },
      { name: inserted.name },
    );
    return inserted;
  });
  return { ...row, token: secret };
}

export async function revokeMyToken(
  db: Kysely<Database>,
  ctx: RequestContext,
  tokenId: number,
): Promise<void> {
  // A script may retire its own token; managing the others needs a session.
  if (ctx.actor.tokenId !== tokenId) requireSession(ctx);
  await db.transaction().execute(async (trx) => {
    if (!(await repo.revokeToken(trx, ctx.actor.id, tokenId))) {
      throw notFound({ zh: '令牌', en: 'Token' });
    }
    await recordAudit(trx, ctx, 'auth.token_revoked', { type: 'api_token', id: tokenId });
  });
}

export async function purgeExpiredSessions(db: Kysely<Database>, asOf: Date): Promise<number> {
  return repo.deleteExpiredSessions(db, asOf);
}

/** Sign-in counters that no longer lock, count a failure of the last day or vouch for a client. */
export async function purgeStaleThrottle(db: Kysely<Database>, asOf: Date): Promise<number> {
  return throttle.deleteStale(db, asOf);
}

/** An administrator's unlock (PATCH /users/:id { unlock }): every client's lock on the account. */
export async function unlockAccount(trx: Transaction<Database>, username: string): Promise<void> {
  await throttle.clearAccount(trx, accountKey(username));
}
