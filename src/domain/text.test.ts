import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFlaw } from './text.ts';

describe('text a database cannot keep', () => {
  it('finds NUL characters and lone surrogates, and nothing else', () => {
    expect(textFlaw('杭州华兴 😀 \t\r\n')).toBeNull();
    expect(textFlaw('a\u0000b')).toBe('nul');
    expect(textFlaw('\ud800')).toBe('lone_surrogate');
    expect(textFlaw('x\udc00')).toBe('lone_surrogate');
    expect(textFlaw('\udc00\ud800')).toBe('lone_surrogate');
    expect(textFlaw('\ud83d\ude00')).toBeNull();
  });

  it('agrees with a UTF-8 round trip for any text without NUL', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 1, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
        (text) => {
          const roundTrips = Buffer.from(text, 'utf8').toString('utf8') === text;
          expect(textFlaw(text) === null).toBe(roundTrips);
        },
      ),
    );
  });
});
