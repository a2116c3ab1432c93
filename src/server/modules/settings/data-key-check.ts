import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { DataKeyError, type FieldCipher } from '../../security/field-crypto.ts';
import { readSetting, writeSetting } from './repository.ts';

const SETTING = 'data_key_fingerprint';

/** Refuses to run with a different key than the one that encrypted the stored data: it would write unreadable rows. */
export async function checkDataKey(db: Kysely<Database>, cipher: FieldCipher): Promise<void> {
  const stored = await readSetting<string>(db, SETTING);
  if (stored === undefined) {
    await writeSetting(db, SETTING, cipher.fingerprint, null);
    return;
  }
  if (stored !== cipher.fingerprint) {
    throw new DataKeyError(
      '数据加密密钥与数据库中的数据不匹配 / HUIFANG_DATA_KEY does not match the key this database was encrypted with ' +
        `(expected fingerprint ${stored}, got ${cipher.fingerprint}). Start with the original key.`,
    );
  }
}
