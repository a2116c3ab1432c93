import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { FieldError } from '../../http/errors.ts';
import { findContact } from './contacts-repository.ts';

/**
 * A record or attempt names the person spoken to: that person must be one of the customer's own (live) contacts,
 * or a caller could tie another customer's contact — and its phone — to this follow-up.
 */
export async function contactProblems(
  db: Kysely<Database>,
  customerId: number,
  contactId: number | undefined,
): Promise<FieldError[]> {
  if (contactId === undefined) return [];
  if (await findContact(db, customerId, contactId)) return [];
  return [{ field: 'contactId', zh: '不是该客户的联系人', en: 'is not a contact of this customer' }];
}
