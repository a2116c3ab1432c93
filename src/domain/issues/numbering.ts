/**
 * 问题编号 (SPEC §4): WT + yyyymm + the month's sequence, 3 digits, more past 999 (WT202403001, WT2024031000). The
 * database hands out the sequence from a counter row per month inside the insert's transaction.
 */
export function issueNumber(month: string, sequence: number): string {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new RangeError(`month must be yyyy-mm: ${month}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError('sequence starts at 1');
  return `WT${month.replace('-', '')}${String(sequence).padStart(3, '0')}`;
}
