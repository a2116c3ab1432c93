import { hkdfSync } from 'node:crypto';

/**
 * The key of the audit hash chain and its checkpoints, derived from the data key (HUIFANG_DATA_KEY or
 * DATA_DIR/data.key) with its own HKDF label, so it is never stored in the database and is independent of
 * the field-encryption keys.
 */
export function deriveAuditChainKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'huifang audit chain v1', 32));
}
