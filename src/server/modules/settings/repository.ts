import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

export async function readSetting<T>(db: Kysely<Database>, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value as T | undefined;
}

export async function writeSetting(db: Kysely<Database>, key: string, value: unknown, userId: number | null) {
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(value), updated_by: userId })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ value: JSON.stringify(value), updated_by: userId, updated_at: sql`now()` }),
    )
    .execute();
}
