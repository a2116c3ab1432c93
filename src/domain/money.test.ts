import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatYuan, parseYuan } from './money.ts';

describe('money in fen', () => {
  it.each([
    ['500000', 50_000_000],
    ['499999.99', 49_999_999],
    ['500,000.00', 50_000_000],
    ['¥1,234.5', 123_450],
    [0.1, 10],
    ['-12.30', -1230],
  ])('parses %s', (input, fen) => {
    expect(parseYuan(input)).toBe(fen);
  });
  it.each(['abc', '1.234', '', '1e5', '12..3'])('refuses %s', (input) => {
    expect(parseYuan(input)).toBeUndefined();
  });
  it('round-trips every amount exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => {
        expect(parseYuan(formatYuan(fen))).toBe(fen);
      }),
    );
  });
});
