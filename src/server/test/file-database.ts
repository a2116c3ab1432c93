import fs from 'node:fs';
import { inject } from 'vitest';
import type { DatabaseHandle } from '../db/connection.ts';
import { openTestDatabase } from './test-database.ts';

/**
 * A fresh copy of the run's migrated template for a test file or app: PGlite, or a PostgreSQL database when
 * TEST_DATABASE_URL is set (CI's second pass).
 */
export function openFileDatabase(): Promise<DatabaseHandle> {
  const dumpPath = inject('pgliteTemplatePath');
  return openTestDatabase(process.env.TEST_DATABASE_URL || undefined, {
    pgTemplate: inject('pgTemplate') || undefined,
    pgliteDump: dumpPath ? fs.readFileSync(dumpPath) : undefined,
  });
}
