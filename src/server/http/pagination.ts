import { invalid } from './errors.ts';

/** Keyset position: the sort column's value and the id of the last row of the previous page. */
export interface Cursor {
  v: string | number;
  id: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof parsed.id === 'number' && (typeof parsed.v === 'string' || typeof parsed.v === 'number'))
      return parsed;
  } catch {
    // falls through to the error below
  }
  throw invalidCursor();
}

export function invalidCursor() {
  return invalid([
    { field: 'cursor', zh: '分页游标无效，请从第一页重新开始', en: 'is not a valid page cursor' },
  ]);
}

/** Rows come one past the limit so we know whether another page exists without counting. */
export function pageOf<T>(rows: T[], limit: number, cursorOf: (row: T) => Cursor) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}
