import { describe, expect, it } from 'vitest';
import { passwordProblem, randomPassword } from './passwords.ts';

describe('password policy', () => {
  it.each([
    ['abc12', 'too_short'],
    ['abcdefgh', 'needs_letter_and_digit'],
    ['12345678', 'needs_letter_and_digit'],
    ['abcdefg1', undefined],
    [`${'a1'.repeat(64)}x`, 'too_long'],
  ])('%s → %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });
  it('generates passwords that pass it', () => {
    for (let i = 0; i < 50; i++) expect(passwordProblem(randomPassword())).toBeUndefined();
  });
});
