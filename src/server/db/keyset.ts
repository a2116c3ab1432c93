import { type RawBuilder, sql } from 'kysely';
import { invalidCursor } from '../http/pagination.ts';

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
    throw invalidCursor();
  }
  return sql<Date>`${value}::timestamptz`;
}
