/**
 * The audit chain key for this process. recordAudit(trx, who, …) is called from every module with the
 * caller's transaction only, so the key is set once at start-up (start.ts; the test helpers and scripts
 * that write audit events do the same) rather than passed down. Like the data key it comes from, it is the
 * same for the whole process and is never stored in the database.
 */
let chainKey: Buffer | undefined;
const appendListeners = new Set<() => void>();

export class AuditChainKeyMissingError extends Error {}

export function setAuditChainKey(key: Buffer): void {
  if (key.length !== 32) throw new Error('the audit chain key must be 32 bytes');
  chainKey = key;
}

/** The key; writing an audit event without one fails rather than falling back to an unkeyed hash. */
export function auditChainKey(): Buffer {
  if (!chainKey) {
    throw new AuditChainKeyMissingError(
      'audit chain key not set: call setAuditChainKey(deriveAuditChainKey(dataKey)) at start-up',
    );
  }
  return chainKey;
}

/** Called after each append (before its transaction commits); the checkpoint writer counts these. */
export function onAuditAppended(listener: () => void): () => void {
  appendListeners.add(listener);
  return () => appendListeners.delete(listener);
}

export function notifyAuditAppended(): void {
  for (const listener of appendListeners) listener();
}
