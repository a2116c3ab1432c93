import { describe, expect, it } from 'vitest';
import { retentionCutoff } from './retention.ts';

describe('retention of lost customers', () => {
  // Which customers are past it is decided in SQL: modules/retention/retention.test.ts.
  it('puts the cutoff exactly N years before today', () => {
    expect(retentionCutoff('2026-11-23', 3)).toBe('2023-11-23');
  });
  it('moves 29 February to 28 February in a year without it', () => {
    expect(retentionCutoff('2028-02-29', 1)).toBe('2027-02-28');
    expect(retentionCutoff('2028-02-29', 4)).toBe('2024-02-29');
  });
});
