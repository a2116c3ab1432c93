import type { Kysely, Transaction } from 'kysely';
import {
  CHAIN_START,
  type ChainProblemReason,
  type CheckpointFinding,
  compareWithCheckpoint,
  GENESIS_HASH,
  verifyChainSegment,
} from '../../../domain/audit-chain.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { recordExport } from '../exports/policy.ts';
import { auditChainKey } from './chain-key.ts';
import { type CheckpointRead, checkpointFile, readCheckpointFile } from './checkpoint.ts';
import {
  type AuditFilter,
  appendAuditEvent,
  chainHashAt,
  chainRowsAfter,
  countChainEvents,
  listNamedAuditEvents,
} from './repository.ts';

export interface AuditTarget {
  type: string;
  id: string | number;
}

/** Records a read (a view of 机密 data, an export) that changes nothing else: the event in a transaction of its own. */
export async function recordReadAudit(
  db: Kysely<Database>,
  who: { actor: { id: number; displayName: string } | null; ip: string | null },
  action: string,
  target: AuditTarget | undefined,
  details: Record<string, unknown>,
): Promise<void> {
  await db.transaction().execute((trx) => recordAudit(trx, who, action, target, details));
}

/** Writes one audit event inside the caller's transaction, so it exists exactly when the change does. */
export async function recordAudit(
  trx: Transaction<Database>,
  who: { actor: { id: number; displayName: string } | null; ip: string | null },
  action: string,
  target?: AuditTarget,
  details: Record<string, unknown> = {},
): Promise<void> {
  await appendAuditEvent(trx, {
    occurredAt: new Date(),
    actorId: who.actor?.id ?? null,
    actorName: who.actor?.displayName ?? null,
    action,
    targetType: target?.type ?? null,
    targetId: target === undefined ? null : String(target.id),
    // Hashed as what is stored: JSON's own form (a Date becomes its ISO text, undefined goes), never the object.
    details: JSON.parse(JSON.stringify(details)),
    ip: who.ip,
  });
}

export async function listAudit(db: Kysely<Database>, ctx: RequestContext, filter: AuditFilter) {
  requirePermission(ctx.actor, 'audit.read');
  return listNamedAuditEvents(db, filter, {
    customerNames: ctx.actor.permissions.has('customers.read'),
    locale: ctx.actor.locale,
  });
}

/** Exporting the log is itself recorded, like every export. */
export async function exportAudit(db: Kysely<Database>, ctx: RequestContext, filter: AuditFilter) {
  const rows = await listAudit(db, ctx, filter);
  await recordExport(db, ctx, 'audit.exported', { rows: rows.length });
  return rows;
}

export async function verifyAuditChainFor(
  db: Kysely<Database>,
  ctx: RequestContext,
  checkpointDir: string,
): Promise<ChainVerification> {
  requirePermission(ctx.actor, 'audit.read');
  const key = auditChainKey();
  return verifyAuditChain(db, { key, checkpoint: readCheckpointFile(key, checkpointFile(checkpointDir)) });
}

export type CheckpointStatus = 'missing' | 'tampered' | CheckpointFinding;

export interface ChainVerification {
  /** False when a row does not fit the chain, or the checkpoint is altered or names events that are gone. */
  ok: boolean;
  checked: number;
  brokenAt?: { id: number; reason: ChainProblemReason };
  /**
   * The last row still carrying the unkeyed hash (written before migration 0009). Those rows are sealed by
   * the keyed row after them, but a change made to them before the upgrade, with the plain SHA-256 hashes
   * recomputed, cannot be detected.
   */
  unkeyedThrough?: number;
  checkpoint: {
    status: CheckpointStatus;
    /** Where it was read from (a file path). */
    source: string;
    lastId?: number;
    count?: number;
    at?: string;
    /**
     * Events after the checkpoint: an edit to them is detected (keyed chain), but removing them from the
     * end is not, until the next checkpoint.
     */
    eventsAfter?: number;
  };
}

const VERIFY_BATCH = 5000;

/**
 * Walks the whole chain in id order, a batch at a time, naming the first row that does not fit, then holds
 * the database up against the signed checkpoint (read before the walk, so every event it names is there).
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  options: { key: Uint8Array; checkpoint: CheckpointRead },
): Promise<ChainVerification> {
  const checkpoint = await compareCheckpoint(db, options.checkpoint);
  let state = CHAIN_START;
  let afterId = 0;
  let checked = 0;
  let brokenAt: ChainVerification['brokenAt'];
  for (;;) {
    const rows = await chainRowsAfter(db, afterId, VERIFY_BATCH);
    if (rows.length === 0) break;
    const result = verifyChainSegment(options.key, state, rows);
    state = result.state;
    if (result.problem) {
      checked += rows.findIndex((r) => r.id === result.problem?.id);
      brokenAt = result.problem;
      break;
    }
    checked += rows.length;
    afterId = (rows[rows.length - 1] as { id: number }).id;
  }
  if (checkpoint.lastId !== undefined && checkpoint.status === 'verified') {
    checkpoint.eventsAfter = await countChainEvents(db, checkpoint.lastId, Number.MAX_SAFE_INTEGER);
  }
  return {
    ok: brokenAt === undefined && (checkpoint.status === 'verified' || checkpoint.status === 'missing'),
    checked,
    ...(brokenAt ? { brokenAt } : {}),
    ...(state.lastUnkeyedId !== undefined ? { unkeyedThrough: state.lastUnkeyedId } : {}),
    checkpoint,
  };
}

async function compareCheckpoint(
  db: Kysely<Database>,
  read: CheckpointRead,
): Promise<ChainVerification['checkpoint']> {
  if (read.status !== 'found') return { status: read.status, source: read.source };
  const { lastId, count, at } = read.checkpoint;
  const status = compareWithCheckpoint(read.checkpoint, {
    hashAtLastId: lastId === 0 ? GENESIS_HASH : await chainHashAt(db, lastId),
    countThroughLastId: await countChainEvents(db, 0, lastId),
  });
  return { status, source: read.source, lastId, count, at };
}
