import { type RawBuilder, sql } from 'kysely';
import { invalidCursor } from '../http/pagination.ts';

/**
 * A timestamp as ISO text to the microsecond, for keyset cursors. A JS Date keeps milliseconds: a cursor made
 * from one sorts before rows stored in the same millisecond — every row of one import shares its
 * transaction's now() — and the next page would start over.
 */
export function exactTime(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** A cursor's time, checked; PostgreSQL reads the ISO text back to the microsecond. */
export function cursorTime(value: string | number): RawBuilder<Date> {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw invalidCursor();
  return sql<Date>`${value}::timestamptz`;
}
