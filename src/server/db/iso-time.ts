import { type RawBuilder, sql } from 'kysely';

/**
 * A timestamp as the text a JSON answer carries (Date.toISOString's form, to the millisecond), written by
 * PostgreSQL: a page of a list then parses no Date per row only to turn it back into text. Null stays null.
 */
export function isoTime(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
