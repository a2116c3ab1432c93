import { describe, expect, it } from 'vitest';
import { isPastRetention, retentionCutoff } from './retention.ts';

describe('retention of lost customers', () => {
  it('counts a customer lost exactly N years ago as past retention, one day later not yet', () => {
    expect(retentionCutoff('2026-11-23', 3)).toBe('2023-11-23');
    expect(isPastRetention('2023-11-23', '2026-11-23', 3)).toBe(true);
    expect(isPastRetention('2023-11-24', '2026-11-23', 3)).toBe(false);
    expect(isPastRetention(null, '2026-11-23', 3)).toBe(false);
  });
  it('moves 29 February to 28 February in a year without it', () => {
    expect(retentionCutoff('2028-02-29', 1)).toBe('2027-02-28');
    expect(retentionCutoff('2028-02-29', 4)).toBe('2024-02-29');
  });
});
