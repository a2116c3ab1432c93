import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHash } from '../src/domain/audit-chain.ts';
import { bootstrap } from '../src/server/bootstrap.ts';
import { openDatabase } from '../src/server/db/connection.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { setAuditChainKey } from '../src/server/modules/audit/chain-key.ts';
import { checkpointFile, writeAuditCheckpoint } from '../src/server/modules/audit/checkpoint.ts';
import { recordAudit } from '../src/server/modules/audit/service.ts';
import { checkDataKey } from '../src/server/modules/settings/data-key-check.ts';
import { deriveAuditChainKey } from '../src/server/security/audit-key.ts';
import { createFieldCipher, loadDataKey } from '../src/server/security/field-crypto.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-verify-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function runVerify(args: string[] = [], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', HUIFANG_DATA_KEY: '', ...env },
    encoding: 'utf8',
    timeout: 150_000,
  });
}

/** As someone with database access but without the data key. */
async function asAttacker(statements: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<void>) {
  const database = await openDatabase({ dataDir });
  try {
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(database.db);
    await statements(database.db);
  } finally {
    await database.close();
  }
}

// Each run starts tsx and opens the database: seconds alone, much longer beside other test files.
const RUNS = 180_000;

describe('npm run audit:verify', () => {
  const log = path.join(dataDir, 'server.log');

  beforeAll(async () => {
    // What the server does on first start: generate the key in DATA_DIR, key the chain, checkpoint.
    const database = await openDatabase({ dataDir });
    await migrateToLatest(database.db);
    const dataKey = loadDataKey(undefined, dataDir);
    await checkDataKey(database.db, createFieldCipher(dataKey));
    const key = deriveAuditChainKey(dataKey);
    setAuditChainKey(key);
    await bootstrap(database.db, 'Admin12345');
    for (const ip of ['10.0.0.1', '10.0.0.2']) {
      await database.db
        .transaction()
        .execute((trx) => recordAudit(trx, { actor: null, ip }, 'auth.login_failed', undefined, {}));
    }
    const written = await writeAuditCheckpoint(database.db, { key, dir: dataDir });
    if (written.outcome !== 'written') throw new Error(written.outcome);
    await database.close();
    fs.writeFileSync(
      log,
      `${JSON.stringify({ level: 30, auditCheckpoint: written.checkpoint, msg: 'audit chain checkpoint' })}\n`,
    );
  }, RUNS);

  it(
    'passes an intact chain with the server’s key and names the checkpoint it verified',
    () => {
      const intact = runVerify();
      expect(intact.stdout).toContain('audit chain intact: 3 events verified');
      expect(intact.stdout).toMatch(/checkpoint .* \(event #3, 3 events, taken .*\): verified/);
      expect(intact.status).toBe(0);

      const wrongKey = runVerify([], { HUIFANG_DATA_KEY: 'ab'.repeat(32) });
      expect(wrongKey.stderr).toContain('not the one the database was written with');
      expect(wrongKey.status).toBe(2);
    },
    RUNS,
  );

  it(
    'fails when the newest events were removed, even with the checkpoint file gone if the log kept a copy',
    async () => {
      // The chain that is left is intact; the event the checkpoint names is not there any more.
      await asAttacker((db) => sql`delete from audit_events where id = 3`.execute(db).then(() => {}));
      const truncated = runVerify();
      expect(truncated.stdout).toContain('audit chain intact: 2 events verified');
      expect(truncated.stderr).toContain('NEWEST EVENTS REMOVED');
      expect(truncated.status).toBe(1);

      // Without the file only a warning would remain (see the README); the logged copy still tells.
      fs.rmSync(checkpointFile(dataDir));
      const fromLog = runVerify(['--checkpoint', log]);
      expect(fromLog.stderr).toContain('NEWEST EVENTS REMOVED');
      expect(fromLog.status).toBe(1);
    },
    RUNS,
  );

  it(
    'names an edited event even when every hash was recomputed with the public function',
    async () => {
      await asAttacker(async (db) => {
        await sql`update audit_events set actor_name = '冒名者' where id = 1`.execute(db);
        let prev = '0'.repeat(64);
        for (const r of await db.selectFrom('audit_events').selectAll().orderBy('id').execute()) {
          const hash = auditHash(prev, {
            occurredAt: r.occurred_at,
            actorId: r.actor_id,
            actorName: r.actor_name,
            action: r.action,
            targetType: r.target_type,
            targetId: r.target_id,
            details: r.details,
            ip: r.ip,
          });
          await db
            .updateTable('audit_events')
            .set({ prev_hash: prev, hash })
            .where('id', '=', r.id)
            .execute();
          prev = hash;
        }
      });
      const broken = runVerify();
      expect(broken.stderr).toContain('AUDIT CHAIN BROKEN at event id 1');
      expect(broken.status).toBe(1);
    },
    RUNS,
  );
});
