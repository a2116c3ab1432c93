import type { Kysely, Transaction } from 'kysely';
import { GENESIS_HASH, verifyChainSegment } from '../../../domain/audit-chain.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { type AuditFilter, appendAuditEvent, chainRowsAfter, listAuditEvents } from './repository.ts';

export interface AuditTarget {
  type: string;
  id: string | number;
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
    details,
    ip: who.ip,
  });
}

export async function listAudit(db: Kysely<Database>, ctx: RequestContext, filter: AuditFilter) {
  requirePermission(ctx.actor, 'audit.read');
  return listAuditEvents(db, filter);
}

/** Exporting the log is itself recorded, like every export. */
export async function exportAudit(db: Kysely<Database>, ctx: RequestContext, filter: AuditFilter) {
  const rows = await listAudit(db, ctx, filter);
  await db
    .transaction()
    .execute((trx) => recordAudit(trx, ctx, 'audit.exported', undefined, { rows: rows.length }));
  return rows;
}

export async function verifyAuditChainFor(
  db: Kysely<Database>,
  ctx: RequestContext,
): Promise<ChainVerification> {
  requirePermission(ctx.actor, 'audit.read');
  return verifyAuditChain(db);
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  brokenAt?: { id: number; reason: 'prev_hash_mismatch' | 'hash_mismatch' };
}

const VERIFY_BATCH = 5000;

/** Walks the whole chain in id order, a batch at a time, and names the first row that does not fit. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainVerification> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await chainRowsAfter(db, afterId, VERIFY_BATCH);
    if (rows.length === 0) return { ok: true, checked };
    const result = verifyChainSegment(prev, rows);
    if (result.problem) {
      return {
        ok: false,
        checked: checked + rows.findIndex((r) => r.id === result.problem?.id),
        brokenAt: result.problem,
      };
    }
    checked += rows.length;
    prev = result.last;
    afterId = (rows[rows.length - 1] as { id: number }).id;
  }
}
