import { describe, expect, it } from 'vitest';
import { fillMessage } from './message-format.ts';
import { messages } from './messages.ts';

describe('fillMessage', () => {
  it('puts the parameters in and leaves a missing one visible', () => {
    expect(fillMessage('{n} of {total} installed', { n: 3, total: 5 })).toBe('3 of 5 installed');
    expect(fillMessage('{n} of {total} installed', { n: 3 })).toBe('3 of {total} installed');
  });

  it('says "1 row" and "2 rows", "0 rows" as English does', () => {
    const text = 'Import {count, plural, one {# row} other {# rows}} (skip {rejected} rejected)';
    expect(fillMessage(text, { count: 1, rejected: 0 })).toBe('Import 1 row (skip 0 rejected)');
    expect(fillMessage(text, { count: 2, rejected: 1 })).toBe('Import 2 rows (skip 1 rejected)');
    expect(fillMessage(text, { count: 0, rejected: 1 })).toBe('Import 0 rows (skip 1 rejected)');
    expect(fillMessage('{n, plural, one {# day} other {# days}}', { n: '1' })).toBe('1 day');
  });
});

describe('the catalogue', () => {
  const plural = Object.entries(messages).filter(([, [, en]]) => en.includes(', plural,'));

  it('has its plural forms written so that they fill, in English only', () => {
    expect(plural.length).toBeGreaterThan(10);
    for (const [key, [zh, en]] of plural) {
      expect(zh, key).not.toContain(', plural,');
      const names = [...en.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1] as string);
      for (const n of [1, 2]) {
        const filled = fillMessage(en, Object.fromEntries(names.map((name) => [name, n])));
        expect(filled, key).not.toMatch(/[{}#]/);
      }
    }
  });

  it('words the counts users meet first in the singular for one', () => {
    const en = (key: keyof typeof messages, params: Record<string, number>) =>
      fillMessage(messages[key][1], params);
    expect(en('customers.total', { n: 1 })).toBe('1 customer');
    expect(en('customers.total', { n: 10 })).toBe('10 customers');
    expect(en('import.apply', { count: 1, rejected: 2 })).toBe('Import 1 row (skip 2 rejected)');
  });
});
