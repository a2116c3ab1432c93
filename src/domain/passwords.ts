import { randomInt } from 'node:crypto';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'needs_letter_and_digit';

/** Company policy: 8–128 characters with at least one letter and one digit. */
export function passwordProblem(password: string): PasswordProblem | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return 'needs_letter_and_digit';
  return undefined;
}

export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, { zh: string; en: string }> = {
  too_short: {
    zh: `至少 ${PASSWORD_MIN_LENGTH} 个字符`,
    en: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  },
  too_long: {
    zh: `最多 ${PASSWORD_MAX_LENGTH} 个字符`,
    en: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  },
  needs_letter_and_digit: { zh: '须同时包含字母和数字', en: 'must contain a letter and a digit' },
};

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A random password that satisfies the policy (no look-alike characters). */
export function randomPassword(length = 16): string {
  for (;;) {
    let result = '';
    for (let i = 0; i < length; i++) result += ALPHABET[randomInt(ALPHABET.length)];
    if (!passwordProblem(result)) return result;
  }
}
