import type { Insertable, Updateable } from 'kysely';
import { type Kysely, sql } from 'kysely';
import type { ContactsTable, Database } from '../../db/schema.ts';

export async function listContacts(db: Kysely<Database>, customerId: number) {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('deleted_at', 'is', null)
    .orderBy('is_primary', 'desc')
    .orderBy('id')
    .execute();
}

export async function findContact(db: Kysely<Database>, customerId: number, contactId: number) {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('id', '=', contactId)
    .where('customer_id', '=', customerId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Only one primary contact per customer: making one primary demotes the others first. */
export async function clearPrimary(db: Kysely<Database>, customerId: number, exceptId?: number) {
  let query = db
    .updateTable('contacts')
    .set({ is_primary: false })
    .where('customer_id', '=', customerId)
    .where('is_primary', '=', true);
  if (exceptId) query = query.where('id', '!=', exceptId);
  await query.execute();
}

export async function insertContacts(db: Kysely<Database>, contacts: Insertable<ContactsTable>[]) {
  if (contacts.length === 0) return [];
  return db.insertInto('contacts').values(contacts).returning('id').execute();
}

export async function updateContact(
  db: Kysely<Database>,
  contactId: number,
  changes: Updateable<ContactsTable>,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('contacts')
    .set({ ...changes, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', contactId)
    .where('deleted_at', 'is', null);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  return Number((await query.executeTakeFirst()).numUpdatedRows) > 0;
}

export async function softDeleteContact(db: Kysely<Database>, contactId: number) {
  await db
    .updateTable('contacts')
    .set({ deleted_at: sql`now()`, is_primary: false })
    .where('id', '=', contactId)
    .execute();
}

/** A merged duplicate's contacts join the customer that stays; its primary contact stays primary only if it had none. */
export async function moveContacts(db: Kysely<Database>, fromCustomerId: number, toCustomerId: number) {
  const keepHasPrimary = await db
    .selectFrom('contacts')
    .select('id')
    .where('customer_id', '=', toCustomerId)
    .where('is_primary', '=', true)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  const moved = await db
    .updateTable('contacts')
    .set((eb) => ({ customer_id: toCustomerId, is_primary: keepHasPrimary ? false : eb.ref('is_primary') }))
    .where('customer_id', '=', fromCustomerId)
    .executeTakeFirst();
  return Number(moved.numUpdatedRows);
}
