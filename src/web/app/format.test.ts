import { describe, expect, it } from 'vitest';
import { formatYuan } from './format.ts';

describe('formatYuan', () => {
  it('groups thousands and keeps the fen as sent', () => {
    expect(formatYuan('2367500.00')).toBe('2,367,500.00');
    expect(formatYuan('999.5')).toBe('999.5');
    expect(formatYuan('-1234567')).toBe('-1,234,567');
    expect(formatYuan('0.00')).toBe('0.00');
    expect(formatYuan(null)).toBe('—');
  });
});
