import { textFlaw } from '../../domain/text.ts';
import type { Cursor } from '../db/keyset.ts';
import { invalid } from './errors.ts';

export type { Cursor };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The longest sort value a cursor carries: names are at most 200 characters, times 27. */
const MAX_CURSOR_TEXT = 300;

/**
 * A cursor as `encodeCursor` writes it, or a 400 naming the cursor: it arrives from the client and may be forged,
 * so its shape is checked strictly before any of it reaches SQL — exactly the keys v and id, the id a safe
 * positive integer (bigint ids), v a finite number in the safe range or text a column can hold.
 */
export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!isCursor(parsed)) throw invalidCursor();
  return { v: parsed.v, id: parsed.id };
}

function isCursor(value: unknown): value is Cursor {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !keys.includes('v') || !keys.includes('id')) return false;
  const { v, id } = value as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return false;
  if (typeof v === 'number') return Number.isFinite(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER;
  return typeof v === 'string' && v.length <= MAX_CURSOR_TEXT && textFlaw(v) === null;
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
