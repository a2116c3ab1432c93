import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { userInScope, type Viewer } from './fragments.ts';

/** Ids of the users whose customers fall inside the viewer's scope (themselves, or their department subtree). */
export async function usersInScope(db: Kysely<Database>, viewer: Viewer): Promise<number[]> {
  const rows = await db.selectFrom('users as u').select('u.id').where(userInScope(viewer)).execute();
  return rows.map((r) => r.id);
}
