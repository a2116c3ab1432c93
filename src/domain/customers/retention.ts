/** Years a lost customer's archive is kept before it may be destroyed (setting retention_years_after_lost). */
export const DEFAULT_RETENTION_YEARS = 3;

/**
 * The last 流失 date whose archive is past retention on `today` (YYYY-MM-DD): lost exactly N years ago counts,
 * a day later does not yet. 29 February falls back to 28 February in years without it. SQL compares the
 * dates (retention/repository.ts); retention.test.ts there tests the rule whole.
 */
export function retentionCutoff(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
