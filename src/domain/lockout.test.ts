import { describe, expect, it } from 'vitest';
import { accountKey, isTrustedClient, lockApplying } from './lockout.ts';

const now = new Date('2025-03-01T08:00:00Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('which lock keeps a client out', () => {
  it.each([
    ['nothing locked', { clientLockedUntil: null, accountLockedUntil: null, clientTrusted: false }, null],
    [
      'an expired client lock',
      { clientLockedUntil: at(-1), accountLockedUntil: null, clientTrusted: false },
      null,
    ],
    ['the client lock', { clientLockedUntil: at(10), accountLockedUntil: null, clientTrusted: true }, at(10)],
    [
      'the account lock, stranger',
      { clientLockedUntil: null, accountLockedUntil: at(50), clientTrusted: false },
      at(50),
    ],
    [
      'the account lock, trusted client',
      { clientLockedUntil: null, accountLockedUntil: at(50), clientTrusted: true },
      null,
    ],
    [
      'both: the later one',
      { clientLockedUntil: at(10), accountLockedUntil: at(50), clientTrusted: false },
      at(50),
    ],
  ])('%s', (_name, state, expected) => {
    expect(lockApplying(state, now)).toEqual(expected);
  });
});

describe('trusted clients and account keys', () => {
  it('trusts a client for 90 days after its last successful sign-in', () => {
    expect(isTrustedClient(null, now)).toBe(false);
    expect(isTrustedClient(new Date(now.getTime() - 89 * 86_400_000), now)).toBe(true);
    expect(isTrustedClient(new Date(now.getTime() - 91 * 86_400_000), now)).toBe(false);
  });
  it('keys every spelling of a username alike', () => {
    expect(accountKey('  Admin ')).toBe('admin');
  });
});
