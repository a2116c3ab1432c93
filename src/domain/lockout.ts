/**
 * Sign-in lockout, counted per account AND client (IP), so that a stranger's five guesses lock the
 * stranger out of that account, not its owner:
 * - the fifth wrong password in a row from one client locks that client out of the account for 15 minutes;
 * - a much higher count across all clients (50 since the last successful sign-in) locks the account for an
 *   hour against every client that has not signed in to it successfully within the last 90 days: a
 *   password-spraying botnet is stopped, the owner at their usual computer is not;
 * - a successful sign-in proves ownership and clears the account-wide lock (other clients' locks run out);
 *   an administrator's unlock clears them all.
 * Unknown usernames are counted the same way, so the answers never tell which usernames exist.
 * The counting itself is SQL (atomic, shared by every instance); these are the rules around it.
 */
export const CLIENT_MAX_FAILURES = 5;
export const CLIENT_LOCK_MINUTES = 15;
export const ACCOUNT_MAX_FAILURES = 50;
export const ACCOUNT_LOCK_MINUTES = 60;
export const TRUSTED_CLIENT_DAYS = 90;

/** The client key of the account-wide counter. */
export const ALL_CLIENTS = '*';

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** A client that signed in to the account successfully not long ago (its owner, most likely). */
export function isTrustedClient(lastSuccessAt: Date | null, now: Date): boolean {
  return lastSuccessAt !== null && now.getTime() - lastSuccessAt.getTime() < TRUSTED_CLIENT_DAYS * 86_400_000;
}

export interface ThrottleState {
  clientLockedUntil: Date | null;
  accountLockedUntil: Date | null;
  clientTrusted: boolean;
}

/** The lock that keeps this client out of this account now, if any (the later one when both apply). */
export function lockApplying(state: ThrottleState, now: Date): Date | null {
  const locks: Date[] = [];
  if (state.clientLockedUntil && isLocked(state.clientLockedUntil, now)) locks.push(state.clientLockedUntil);
  if (state.accountLockedUntil && !state.clientTrusted && isLocked(state.accountLockedUntil, now)) {
    locks.push(state.accountLockedUntil);
  }
  if (locks.length === 0) return null;
  return locks.reduce((a, b) => (a.getTime() >= b.getTime() ? a : b));
}

/** The account key of a typed username: the same for every spelling that signs in to the same account. */
export function accountKey(username: string): string {
  return username.trim().toLowerCase();
}
