import { describe, expect, it } from 'vitest';
import { formatYuan, groupThousands } from './format.ts';

describe('formatYuan', () => {
  it('groups thousands and keeps the fen as sent', () => {
    expect(formatYuan('2367500.00')).toBe('2,367,500.00');
    expect(formatYuan('999.5')).toBe('999.5');
    expect(formatYuan('-1234567')).toBe('-1,234,567');
    expect(formatYuan('0.00')).toBe('0.00');
    expect(formatYuan(null)).toBe('—');
  });
});

describe('groupThousands', () => {
  it('groups as zh-CN and en-US do', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567, 10000]) {
      expect(groupThousands(n)).toBe(n.toLocaleString('zh-CN'));
      expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});
