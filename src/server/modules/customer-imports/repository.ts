import type { Insertable } from 'kysely';
import { type Kysely, sql } from 'kysely';
import type { ContactsTable, Database } from '../../db/schema.ts';

/** People a sheet may name as 负责客户经理, by username or display name. */
export function activeUserNames(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .where('status', '=', 'active')
    .execute();
}

/** Live customers a chunk names, by code and by normalised name (5 000 values per statement). */
export async function loadExisting(db: Kysely<Database>, codes: string[], nameKeys: string[]) {
  const found = new Map<string, Awaited<ReturnType<typeof selectCustomers>>[number]>();
  const selectCustomers = (column: 'code' | 'name_key', values: string[]) =>
    db
      .selectFrom('customers')
      .select([
        'id',
        'code',
        'name',
        'name_key',
        'short_name',
        'kind',
        'industry',
        'province',
        'city',
        'district',
        'address',
        'annual_amount',
        'status',
        'remark',
        'owner_id',
        'agent_id',
        'tags',
        'tier',
        'tier_manual',
        'score',
      ])
      .where(column, 'in', values)
      .where('deleted_at', 'is', null)
      .where('merged_into_id', 'is', null)
      .orderBy('id')
      .execute();
  for (let i = 0; i < codes.length; i += 5000) {
    for (const c of await selectCustomers('code', codes.slice(i, i + 5000))) found.set(`code:${c.code}`, c);
  }
  for (let i = 0; i < nameKeys.length; i += 5000) {
    for (const c of await selectCustomers('name_key', nameKeys.slice(i, i + 5000))) {
      if (!found.has(`name:${c.name_key}`)) found.set(`name:${c.name_key}`, c);
    }
  }
  return found;
}

/** The contacts of matched customers, to tell a new contact from one already on file. */
export async function loadContacts(db: Kysely<Database>, customerIds: number[]) {
  const byCustomer = new Map<number, { name: string; mobile_hash: string | null }[]>();
  for (let i = 0; i < customerIds.length; i += 5000) {
    const rows = await db
      .selectFrom('contacts')
      .select(['customer_id', 'name', 'mobile_hash'])
      .where('customer_id', 'in', customerIds.slice(i, i + 5000))
      .where('deleted_at', 'is', null)
      .execute();
    for (const r of rows) byCustomer.set(r.customer_id, [...(byCustomer.get(r.customer_id) ?? []), r]);
  }
  return byCustomer;
}

/** One chunk's new customers in one statement, verified now; ids and tiers in insertion order. */
export function insertCustomers(db: Kysely<Database>, rows: Insertable<Database['customers']>[]) {
  return db
    .insertInto('customers')
    .values(rows.map((row) => ({ ...row, verified_at: sql<Date>`now()` })))
    .returning(['id', 'tier'])
    .execute();
}

export async function insertTierChanges(
  db: Kysely<Database>,
  rows: Insertable<Database['customer_tier_history']>[],
) {
  if (rows.length > 0) await db.insertInto('customer_tier_history').values(rows).execute();
}

export async function insertContactRows(db: Kysely<Database>, rows: Insertable<ContactsTable>[]) {
  if (rows.length > 0) await db.insertInto('contacts').values(rows).execute();
}

/**
 * Updates many customers in one statement: each row's changes as JSON, a missing key keeping the stored value
 * (an import never clears a field). `columns` are the ones an import may change.
 */
export async function updateCustomersFromJson(
  db: Kysely<Database>,
  columns: readonly string[],
  changed: Record<string, unknown>[],
) {
  if (changed.length === 0) return;
  const kept = columns.map(
    (column) => sql`${sql.id(column)} = coalesce(v.${sql.id(column)}, c.${sql.id(column)})`,
  );
  await sql`update customers c set ${sql.join(kept)}, updated_at = now(), version = c.version + 1
    from jsonb_populate_recordset(null::customers, ${JSON.stringify(changed)}::jsonb) v
    where c.id = v.id`.execute(db);
}

/** Fresher planner statistics after a big import (an optimisation: autovacuum gets there anyway). */
export async function analyzeCustomers(db: Kysely<Database>) {
  await sql`analyze customers, contacts`.execute(db).catch(() => undefined);
}
