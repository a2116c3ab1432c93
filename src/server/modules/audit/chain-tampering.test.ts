import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  type AuditCheckpoint,
  auditHash,
  GENESIS_HASH,
  readCheckpoint,
  signCheckpoint,
} from '../../../domain/audit-chain.ts';
import type { DatabaseHandle } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import type { Database } from '../../db/schema.ts';
import { deriveAuditChainKey } from '../../security/audit-key.ts';
import { openFileDatabase } from '../../test/file-database.ts';
import { openEmptyTestDatabase, TEST_DATA_KEY } from '../../test/test-database.ts';
import { setAuditChainKey } from './chain-key.ts';
import {
  checkpointFile,
  readCheckpointFile,
  startAuditCheckpoints,
  writeAuditCheckpoint,
} from './checkpoint.ts';
import { recordAudit, verifyAuditChain } from './service.ts';

// Each test tampers with the log as someone with database access (but without the data key) could: the
// append-only trigger is switched off first. Every test starts the log afresh on the file's one database.

const key = deriveAuditChainKey(TEST_DATA_KEY);
const serverUrl = process.env.TEST_DATABASE_URL || undefined;
let database: DatabaseHandle;
const dirs: string[] = [];

beforeAll(async () => {
  setAuditChainKey(key);
  database = await openFileDatabase();
});
afterAll(async () => {
  await database?.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The file's database with an empty audit log: the next event starts a new chain. */
async function emptyLog(): Promise<Kysely<Database>> {
  const { db } = database;
  await asAttacker(db, () => sql`delete from audit_events`.execute(db));
  return db;
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-audit-'));
  dirs.push(dir);
  return dir;
}

async function record(db: Kysely<Database>, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await db
      .transaction()
      .execute((trx) =>
        recordAudit(trx, { actor: null, ip: '10.0.0.1' }, 'test.event', { type: 'user', id: i }, { i }),
      );
  }
}

async function asAttacker(db: Kysely<Database>, change: () => Promise<unknown>): Promise<void> {
  await sql`alter table audit_events disable trigger audit_events_no_update`.execute(db);
  await change();
  await sql`alter table audit_events enable trigger audit_events_no_update`.execute(db);
}

/** Recomputes the hashes of rows from..through with the exported, unkeyed function, as an attacker can. */
async function rehashWithoutKey(
  db: Kysely<Database>,
  range: { from: number; through?: number; markUnkeyed?: boolean },
): Promise<void> {
  const rows = await db.selectFrom('audit_events').selectAll().orderBy('id').execute();
  let prev = GENESIS_HASH;
  for (const r of rows) {
    if (r.id < range.from || r.id > (range.through ?? Number.MAX_SAFE_INTEGER)) {
      prev = r.hash;
      continue;
    }
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
      .set({ prev_hash: prev, hash, ...(range.markUnkeyed ? { hash_version: 1 } : {}) })
      .where('id', '=', r.id)
      .execute();
    prev = hash;
  }
}

const verify = (db: Kysely<Database>, dir: string) =>
  verifyAuditChain(db, { key, checkpoint: readCheckpointFile(key, checkpointFile(dir)) });

async function checkpoint(db: Kysely<Database>, dir: string): Promise<AuditCheckpoint> {
  const result = await writeAuditCheckpoint(db, { key, dir });
  if (result.outcome !== 'written') throw new Error(`checkpoint ${result.outcome}`);
  return result.checkpoint;
}

const ids = async (db: Kysely<Database>) =>
  (await db.selectFrom('audit_events').select('id').orderBy('id').execute()).map((r) => r.id);

// The first queries on a fresh copy of the template are slow on a busy machine.
describe('audit chain checkpoints', { timeout: 60_000 }, () => {
  it('writes a signed checkpoint of the head, and a correct chain verifies against it', async () => {
    const db = await emptyLog();
    const dir = tempDir();
    expect(await verify(db, dir)).toMatchObject({ ok: true, checkpoint: { status: 'missing' } });

    await record(db, 3);
    const taken = await checkpoint(db, dir);
    const all = await ids(db);
    expect(taken).toMatchObject({ lastId: all[all.length - 1], count: all.length });
    const file = JSON.parse(fs.readFileSync(checkpointFile(dir), 'utf8'));
    expect(file.format).toBe('huifang-audit-checkpoint/1');
    expect(readCheckpoint(key, file)).toEqual({ checkpoint: taken });
    if (process.platform !== 'win32') expect(fs.statSync(checkpointFile(dir)).mode & 0o777).toBe(0o600);

    expect(await verify(db, dir)).toEqual({
      ok: true,
      checked: all.length,
      checkpoint: {
        status: 'verified',
        source: checkpointFile(dir),
        lastId: taken.lastId,
        count: taken.count,
        at: taken.at,
        eventsAfter: 0,
      },
    });
    expect((await writeAuditCheckpoint(db, { key, dir })).outcome).toBe('unchanged');

    await record(db, 2);
    expect((await verify(db, dir)).checkpoint).toMatchObject({ status: 'verified', eventsAfter: 2 });
    const next = await checkpoint(db, dir);
    expect(next.count).toBe(all.length + 2); // counted on from the previous checkpoint
    expect((await verify(db, dir)).checkpoint).toMatchObject({ status: 'verified', eventsAfter: 0 });
  });

  it('detects the newest events deleted (the chain that is left is intact)', async () => {
    const db = await emptyLog();
    const dir = tempDir();
    await record(db, 5);
    const taken = await checkpoint(db, dir);
    await asAttacker(db, () => sql`delete from audit_events where id > ${taken.lastId - 2}`.execute(db));

    const result = await verify(db, dir);
    expect(result.brokenAt).toBeUndefined(); // nothing in the database shows it ...
    expect(result).toMatchObject({ ok: false, checkpoint: { status: 'head_missing', lastId: taken.lastId } });

    // ... and the server does not paper over it with a new checkpoint.
    const again = await writeAuditCheckpoint(db, { key, dir });
    expect(again).toMatchObject({ outcome: 'refused', reason: 'head_missing' });
    expect(readCheckpointFile(key, checkpointFile(dir))).toMatchObject({ checkpoint: taken });
  });

  it('detects an edited event even when every hash was recomputed without the key', async () => {
    const db = await emptyLog();
    const dir = tempDir();
    await record(db, 4);
    await checkpoint(db, dir);
    const victim = (await ids(db))[2] as number;

    // Recomputed with the public function, rows still marked keyed: the HMAC does not match.
    await asAttacker(db, async () => {
      await sql`update audit_events set details = '{"i":99}' where id = ${victim}`.execute(db);
      await rehashWithoutKey(db, { from: victim });
    });
    expect(await verify(db, dir)).toMatchObject({
      ok: false,
      brokenAt: { id: victim, reason: 'hash_mismatch' },
    });

    // Marked as old unkeyed rows instead: an unkeyed row cannot follow a keyed one.
    await asAttacker(db, () => rehashWithoutKey(db, { from: victim, markUnkeyed: true }));
    expect(await verify(db, dir)).toMatchObject({
      ok: false,
      brokenAt: { id: victim, reason: 'unkeyed_after_keyed' },
    });

    // The whole log rewritten as if it predated the keyed chain: only the checkpoint can tell.
    await asAttacker(db, () => rehashWithoutKey(db, { from: 1, markUnkeyed: true }));
    const rewritten = await verify(db, dir);
    expect(rewritten.brokenAt).toBeUndefined();
    expect(rewritten).toMatchObject({ ok: false, checkpoint: { status: 'head_mismatch' } });
  });

  it('detects a deleted event in the middle (chain break)', async () => {
    const db = await emptyLog();
    const dir = tempDir();
    await record(db, 4);
    await checkpoint(db, dir);
    const [, , victim, after] = await ids(db);
    await asAttacker(db, () => sql`delete from audit_events where id = ${victim}`.execute(db));
    expect(await verify(db, dir)).toMatchObject({
      ok: false,
      brokenAt: { id: after, reason: 'prev_hash_mismatch' },
      checkpoint: { status: 'count_mismatch' },
    });
  });

  it('reports a tampered checkpoint file as such, and leaves it in place', async () => {
    const db = await emptyLog();
    const dir = tempDir();
    await record(db, 2);
    const taken = await checkpoint(db, dir);
    const file = checkpointFile(dir);
    // Someone winds the checkpoint back to hide events they are about to delete.
    const altered = {
      ...JSON.parse(fs.readFileSync(file, 'utf8')),
      lastId: taken.lastId - 1,
      count: taken.count - 1,
    };
    fs.writeFileSync(file, JSON.stringify(altered));

    expect(await verify(db, dir)).toMatchObject({ ok: false, checkpoint: { status: 'tampered' } });
    expect(await writeAuditCheckpoint(db, { key, dir })).toMatchObject({
      outcome: 'refused',
      reason: 'tampered',
    });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(altered);

    fs.writeFileSync(file, 'not json');
    expect((await verify(db, dir)).checkpoint.status).toBe('tampered');
  });

  it('reads checkpoints from server log lines: the newest counts, a forged one spoils them', () => {
    const dir = tempDir();
    const log = path.join(dir, 'server.log');
    const line = (cp: object) =>
      JSON.stringify({ level: 30, auditCheckpoint: cp, msg: 'audit chain checkpoint' });
    const older = signCheckpoint(key, { lastId: 3, hash: 'a'.repeat(64), count: 3 }, new Date('2026-01-01'));
    const newer = signCheckpoint(key, { lastId: 9, hash: 'b'.repeat(64), count: 8 }, new Date('2026-01-02'));
    fs.writeFileSync(
      log,
      [JSON.stringify({ level: 30, msg: 'request completed' }), line(newer), line(older)].join('\n'),
    );
    expect(readCheckpointFile(key, log)).toMatchObject({ status: 'found', checkpoint: newer });
    fs.appendFileSync(log, `\n${line({ ...newer, lastId: 12 })}\n`);
    expect(readCheckpointFile(key, log)).toMatchObject({ status: 'tampered', why: 'bad_signature' });
  });

  it('takes checkpoints at start, after every N events and at shutdown, and logs each', async () => {
    const db = await emptyLog();
    const dir = tempDir();
    const lines: { obj: Record<string, unknown>; msg: string }[] = [];
    const capture = (obj: Record<string, unknown>, msg: string) => lines.push({ obj, msg });
    const log = { info: capture, warn: capture, error: capture } as unknown as FastifyBaseLogger;
    const checkpointer = startAuditCheckpoints(db, { key, dir, log, everyEvents: 3 });
    await checkpointer.checkpoint();
    const first = readCheckpointFile(key, checkpointFile(dir));
    expect(first.status).toBe('found');

    await record(db, 3);
    await expect
      .poll(() => readCheckpointFile(key, checkpointFile(dir)), { timeout: 20_000 })
      .toMatchObject({ checkpoint: { count: (await ids(db)).length } });

    await record(db, 1);
    await checkpointer.stop();
    const all = await ids(db);
    expect(readCheckpointFile(key, checkpointFile(dir))).toMatchObject({
      checkpoint: { lastId: all[all.length - 1], count: all.length },
    });
    const logged = lines.filter((l) => l.msg === 'audit chain checkpoint');
    expect(logged).toHaveLength(3);
    expect(logged[2]?.obj.auditCheckpoint).toMatchObject({ lastId: all[all.length - 1] });
  });
});

describe('moving an existing log to the keyed chain (migration 0009)', () => {
  // A new database and every migration: seconds alone, much longer beside other test files.
  it('keeps old rows as unkeyed, links the first keyed row to them, and says how far the old chain goes', {
    timeout: 120_000,
  }, async () => {
    const handle = await openEmptyTestDatabase(serverUrl);
    onTestFinished(() => handle.close());
    const db = handle.db;
    await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateTo(
      '0008_destruction',
    );
    // Two rows as the old code wrote them: plain SHA-256, no hash_version column yet.
    let prev = GENESIS_HASH;
    for (const action of ['system.bootstrap', 'auth.login']) {
      const event = {
        occurredAt: new Date('2025-06-01T00:00:00Z'),
        actorId: null,
        actorName: null,
        action,
        targetType: null,
        targetId: null,
        details: {},
        ip: null,
      };
      const hash = auditHash(prev, event);
      await sql`insert into audit_events (occurred_at, action, details, prev_hash, hash)
        values (${event.occurredAt}, ${action}, '{}', ${prev}, ${hash})`.execute(db);
      prev = hash;
    }
    await migrateToLatest(db);
    expect(await verify(db, tempDir())).toMatchObject({ ok: true, checked: 2, unkeyedThrough: 2 });

    await record(db, 2);
    const rows = await db
      .selectFrom('audit_events')
      .select(['id', 'hash_version', 'prev_hash'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.hash_version)).toEqual([1, 1, 2, 2]);
    expect(rows[2]?.prev_hash).toBe(prev);
    const dir = tempDir();
    await checkpoint(db, dir);
    expect(await verify(db, dir)).toMatchObject({
      ok: true,
      checked: 4,
      unkeyedThrough: 2,
      checkpoint: { status: 'verified' },
    });

    // An old row changed now, its plain hash recomputed: the first keyed row no longer follows it.
    await asAttacker(db, async () => {
      await sql`update audit_events set action = 'forged' where id = 2`.execute(db);
      await rehashWithoutKey(db, { from: 2, through: 2 });
    });
    expect(await verify(db, dir)).toMatchObject({
      ok: false,
      brokenAt: { id: 3, reason: 'prev_hash_mismatch' },
    });
  });
});
