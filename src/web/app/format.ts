/** An amount in yuan as the API sends it ("2367500.00") with thousands separators: 2,367,500.00. */
export function formatYuan(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const [whole = '', fraction] = amount.split('.');
  const grouped = groupThousands(whole);
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Digits with thousands separators, 1234567 → 1,234,567: how both zh-CN and en-US group an integer. Not
 * `toLocaleString`, whose first call loads the locale's number data (~0.1 s of the customer list's first render).
 */
export function groupThousands(value: number | string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
