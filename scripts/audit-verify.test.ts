import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../src/server/bootstrap.ts';
import { openDatabase } from '../src/server/db/connection.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-verify-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function runVerify() {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run audit:verify', () => {
  it('passes on an intact chain and fails naming the tampered row', async () => {
    const database = await openDatabase({ dataDir });
    await migrateToLatest(database.db);
    await bootstrap(database.db, 'Admin12345');
    await database.close();

    const intact = runVerify();
    expect(intact.stdout).toContain('audit chain intact: 1 events verified');
    expect(intact.status).toBe(0);

    const again = await openDatabase({ dataDir });
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(again.db);
    await sql`update audit_events set actor_name = '冒名者' where id = 1`.execute(again.db);
    await again.close();

    const broken = runVerify();
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('AUDIT CHAIN BROKEN at event id 1');
  }, 90_000);
});
