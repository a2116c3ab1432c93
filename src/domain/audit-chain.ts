import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  occurredAt: Date;
  actorId: number | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
  ip: string | null;
}

/** JSON with object keys sorted at every depth, so jsonb's key reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Each event's hash covers its own fields and the previous event's hash: editing or removing a row breaks the chain. */
export function auditHash(prevHash: string, event: AuditFields): string {
  const body = canonicalJson({
    occurredAt: event.occurredAt.toISOString(),
    actorId: event.actorId,
    actorName: event.actorName,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    details: event.details,
    ip: event.ip,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export interface ChainRow extends AuditFields {
  id: number;
  prevHash: string;
  hash: string;
}

export type ChainProblem = { id: number; reason: 'prev_hash_mismatch' | 'hash_mismatch' };

/** Checks one ordered run of rows, given the hash the first row must follow. */
export function verifyChainSegment(
  expectedPrev: string,
  rows: ChainRow[],
): { last: string; problem?: ChainProblem } {
  let prev = expectedPrev;
  for (const row of rows) {
    if (row.prevHash !== prev) return { last: prev, problem: { id: row.id, reason: 'prev_hash_mismatch' } };
    if (auditHash(row.prevHash, row) !== row.hash)
      return { last: prev, problem: { id: row.id, reason: 'hash_mismatch' } };
    prev = row.hash;
  }
  return { last: prev };
}
