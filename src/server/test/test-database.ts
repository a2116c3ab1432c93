import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { bootstrap } from '../bootstrap.ts';
import { type DatabaseHandle, openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { setAuditChainKey } from '../modules/audit/chain-key.ts';
import { deriveAuditChainKey } from '../security/audit-key.ts';

export const TEST_ADMIN_PASSWORD = 'Admin12345';
/** The data key of every test app: field encryption and the audit chain key derive from it. */
export const TEST_DATA_KEY = Buffer.alloc(32, 7);

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Migrated, bootstrapped database that every test file copies (DESIGN §8: a new PGlite costs ~2 s). */
export async function createTemplate(
  serverUrl: string | undefined,
): Promise<{ pgliteDump?: Buffer; pgTemplate?: string }> {
  setAuditChainKey(deriveAuditChainKey(TEST_DATA_KEY)); // bootstrap writes the first audit event
  if (serverUrl) {
    const name = `hf_tpl_${randomBytes(4).toString('hex')}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const handle = await openDatabase({ databaseUrl: withDatabase(serverUrl, name), poolSize: 2 });
    await migrateToLatest(handle.db);
    await bootstrap(handle.db, TEST_ADMIN_PASSWORD);
    await handle.close();
    return { pgTemplate: name };
  }
  const lite = new PGlite();
  const handle = await openDatabase({ pglite: lite });
  await migrateToLatest(handle.db);
  await bootstrap(handle.db, TEST_ADMIN_PASSWORD);
  const dump = await lite.dumpDataDir('none');
  await handle.close();
  return { pgliteDump: Buffer.from(await dump.arrayBuffer()) };
}

export async function dropTemplate(serverUrl: string, template: string): Promise<void> {
  await adminQuery(serverUrl, `drop database if exists ${template} with (force)`);
}

/** A fresh copy of the template for one test file; close() discards it. */
export async function openTestDatabase(
  serverUrl: string | undefined,
  template: { pgliteDump?: Buffer; pgTemplate?: string },
): Promise<DatabaseHandle> {
  if (serverUrl && template.pgTemplate) {
    const name = `hf_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `create database ${name} template ${template.pgTemplate}`);
    const handle = await openDatabase({ databaseUrl: withDatabase(serverUrl, name), poolSize: 5 });
    return {
      ...handle,
      async close() {
        await handle.close();
        await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
      },
    };
  }
  if (!template.pgliteDump) throw new Error('no test database template');
  const lite = new PGlite({ loadDataDir: new Blob([new Uint8Array(template.pgliteDump)]) });
  return openDatabase({ pglite: lite });
}

/** An empty database, not migrated (for migration tests); close() discards it. */
export async function openEmptyTestDatabase(serverUrl: string | undefined): Promise<DatabaseHandle> {
  if (serverUrl) {
    const name = `hf_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const handle = await openDatabase({ databaseUrl: withDatabase(serverUrl, name), poolSize: 5 });
    return {
      ...handle,
      async close() {
        await handle.close();
        await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
      },
    };
  }
  return openDatabase({ pglite: new PGlite() });
}
