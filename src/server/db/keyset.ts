import { type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * Keyset paging, the one pattern every list uses: rows ordered by (sort column, id), a page continues after the
 * last row's values. The cursor's wire form (base64, checks) is http/pagination.ts.
 */

/** Keyset position: the sort column's value and the id of the last row of the previous page. */
export interface Cursor {
  v: string | number;
  id: number;
}

/** A cursor whose value cannot be the sort column's (forged or stale); answered as a 400 naming the cursor. */
export class InvalidCursor extends Error {
  constructor() {
    super('invalid cursor');
  }
}

/**
 * A timestamp as ISO text to the microsecond, for keyset cursors. A JS Date keeps milliseconds: a cursor made
 * from one sorts before rows stored in the same millisecond — every row of one import shares its
 * transaction's now() — and the next page would start over.
 */
export function exactTime(column: string | RawBuilder<Date>): RawBuilder<string> {
  const time = typeof column === 'string' ? sql.ref(column) : column;
  return sql<string>`to_char(${time} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** The form `exactTime` writes; anything else in a cursor was not made here. */
const EXACT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/**
 * Whether the text names a real instant PostgreSQL accepts: JavaScript reads 2024-02-30 as 1 March and year 0
 * as 1 BC, PostgreSQL refuses both. The date and time must come back the same from a round trip.
 */
function isRealTime(value: string): boolean {
  const time = Date.parse(value);
  return (
    !Number.isNaN(time) &&
    !value.startsWith('0000') &&
    new Date(time).toISOString().slice(0, 19) === value.slice(0, 19)
  );
}

/** A cursor's time, checked (a 400, not a database error); PostgreSQL reads it back to the microsecond. */
export function cursorTime(value: string | number): RawBuilder<Date> {
  if (typeof value !== 'string' || !EXACT_TIME.test(value) || !isRealTime(value)) {
    throw new InvalidCursor();
  }
  return sql<Date>`${value}::timestamptz`;
}

/** How a list is ordered: a sort column (or the id alone), its direction, and whether it is a timestamp. */
export interface KeysetOrder {
  /** The sort column, e.g. 'c.name'; the same as `id` when the list is in id order. */
  column: string;
  /** The unique tie-breaker, e.g. 'c.id'. */
  id: string;
  desc: boolean;
  /** Timestamps go through the cursor to the microsecond (see `exactTime`). */
  time?: boolean;
}

/** Rows after the cursor in the order. */
export function keysetAfter(order: KeysetOrder, after: Cursor): RawBuilder<SqlBool> {
  const op = sql.raw(order.desc ? '<' : '>');
  if (order.column === order.id) return sql<SqlBool>`${sql.ref(order.id)} ${op} ${after.id}`;
  const value = order.time ? cursorTime(after.v) : after.v;
  return sql<SqlBool>`(${sql.ref(order.column)}, ${sql.ref(order.id)}) ${op} (${value}, ${after.id})`;
}

/** ORDER BY for the order (the id breaks ties). */
export function keysetOrderBy(order: KeysetOrder): RawBuilder<unknown> {
  const direction = sql.raw(order.desc ? 'desc' : 'asc');
  if (order.column === order.id) return sql`${sql.ref(order.id)} ${direction}`;
  return sql`${sql.ref(order.column)} ${direction}, ${sql.ref(order.id)} ${direction}`;
}

/** What a cursor keeps of the sort column: timestamps as exact text. */
export function keysetValue(order: KeysetOrder): RawBuilder<string | number> {
  return order.time ? exactTime(order.column) : sql<string | number>`${sql.ref(order.column)}`;
}
