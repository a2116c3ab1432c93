import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encrypts sensitive fields (mobile, ID numbers) at rest with AES-256-GCM, and gives a keyed hash so an
 * exact mobile can still be found through an index without decrypting every row.
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** HMAC of an already-normalised value; equal inputs give equal hashes. */
  hash(normalised: string): string;
  /** Identifies the key without revealing it, to catch a server started with the wrong key. */
  fingerprint: string;
}

export class DataKeyError extends Error {}

function subkey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `huifang:${purpose}`, 32));
}

export function createFieldCipher(master: Buffer): FieldCipher {
  if (master.length !== 32)
    throw new DataKeyError('HUIFANG_DATA_KEY must be 32 bytes (64 hex characters or base64)');
  const encKey = subkey(master, 'field-encryption');
  const macKey = subkey(master, 'field-hash');
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(stored) {
      const raw = Buffer.from(stored.replace(/^v1:/, ''), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    hash(normalised) {
      return createHmac('sha256', macKey).update(normalised).digest('hex');
    },
    fingerprint: createHmac('sha256', subkey(master, 'fingerprint'))
      .update('huifang')
      .digest('hex')
      .slice(0, 16),
  };
}

function parseKey(raw: string): Buffer {
  const text = raw.trim();
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32)
    throw new DataKeyError('HUIFANG_DATA_KEY must be 32 bytes: 64 hex characters or 44 base64 characters');
  return key;
}

/** The key from HUIFANG_DATA_KEY or DATA_DIR/data.key, without generating one (for tools that only read). */
export function readDataKey(envKey: string | undefined, dataDir: string): Buffer | undefined {
  if (envKey) return parseKey(envKey);
  const file = path.join(dataDir, 'data.key');
  return fs.existsSync(file) ? parseKey(fs.readFileSync(file, 'utf8')) : undefined;
}

/** The key from HUIFANG_DATA_KEY, or one generated once and kept in DATA_DIR/data.key (mode 600). */
export function loadDataKey(envKey: string | undefined, dataDir: string): Buffer {
  if (envKey) return parseKey(envKey);
  const file = path.join(dataDir, 'data.key');
  if (fs.existsSync(file)) return parseKey(fs.readFileSync(file, 'utf8'));
  fs.mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  fs.writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
