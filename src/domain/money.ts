/** Money is carried as integer fen (分) and shown as a decimal string of yuan, never as a float. */
export type Fen = number;

const YUAN = /^-?\d{1,13}(\.\d{1,2})?$/;

/** Parses "500000", "499999.99", 500000 or "500,000.00" into fen; undefined when it is not an amount. */
export function parseYuan(value: string | number): Fen | undefined {
  const text = (typeof value === 'number' ? String(value) : value)
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/^¥/, '');
  if (!YUAN.test(text)) return undefined;
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return negative ? -fen : fen;
}

export function formatYuan(fen: Fen): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.round(fen));
  return `${negative ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
