import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * How a row's hash was made. 1: plain SHA-256 (rows written before the chain was keyed; anyone can
 * recompute it). 2: HMAC-SHA256 with the audit chain key, which is derived from the data key and never
 * stored in the database.
 */
export type HashVersion = 1 | 2;
export const UNKEYED: HashVersion = 1;
export const KEYED: HashVersion = 2;

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

function eventBody(event: AuditFields): string {
  return canonicalJson({
    occurredAt: event.occurredAt.toISOString(),
    actorId: event.actorId,
    actorName: event.actorName,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    details: event.details,
    ip: event.ip,
  });
}

/**
 * Version 1 (unkeyed): each event's hash covers its own fields and the previous event's hash. Anyone with
 * write access to the table can recompute it, so it only catches edits made without recomputing.
 */
export function auditHash(prevHash: string, event: AuditFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(eventBody(event)).digest('hex');
}

/** Version 2 (keyed): the same chain as an HMAC, so a row cannot be rewritten without the key. */
export function keyedAuditHash(key: Uint8Array, prevHash: string, event: AuditFields): string {
  return createHmac('sha256', key)
    .update('huifang audit row v2\n')
    .update(prevHash)
    .update('\n')
    .update(eventBody(event))
    .digest('hex');
}

export interface ChainRow extends AuditFields {
  id: number;
  prevHash: string;
  hash: string;
  hashVersion: number;
}

export type ChainProblemReason =
  | 'prev_hash_mismatch'
  | 'hash_mismatch'
  /** An unkeyed row after a keyed one: the server only ever writes keyed rows once it has started to. */
  | 'unkeyed_after_keyed'
  | 'unknown_hash_version';
export type ChainProblem = { id: number; reason: ChainProblemReason };

/** Where a walk along the chain has got to. */
export interface ChainState {
  /** The hash the next row must name as its predecessor. */
  prev: string;
  /** The last row written with the unkeyed hash, if any. */
  lastUnkeyedId?: number;
  keyedSeen: boolean;
}

export const CHAIN_START: ChainState = { prev: GENESIS_HASH, keyedSeen: false };

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Checks one ordered run of rows, continuing from `state`; stops at the first row that does not fit. */
export function verifyChainSegment(
  key: Uint8Array,
  state: ChainState,
  rows: ChainRow[],
): { state: ChainState; problem?: ChainProblem } {
  let current = state;
  for (const row of rows) {
    const fail = (reason: ChainProblemReason) => ({ state: current, problem: { id: row.id, reason } });
    if (row.prevHash !== current.prev) return fail('prev_hash_mismatch');
    if (row.hashVersion === UNKEYED) {
      if (current.keyedSeen) return fail('unkeyed_after_keyed');
      if (auditHash(row.prevHash, row) !== row.hash) return fail('hash_mismatch');
      current = { prev: row.hash, lastUnkeyedId: row.id, keyedSeen: false };
    } else if (row.hashVersion === KEYED) {
      if (!sameHex(keyedAuditHash(key, row.prevHash, row), row.hash)) return fail('hash_mismatch');
      current = { prev: row.hash, lastUnkeyedId: current.lastUnkeyedId, keyedSeen: true };
    } else {
      return fail('unknown_hash_version');
    }
  }
  return { state: current };
}

/** The newest event of the chain and how many events it holds. An empty chain is id 0 with the genesis hash. */
export interface ChainHead {
  lastId: number;
  hash: string;
  count: number;
}

/** A head signed with the audit chain key, kept outside the database (a file and the log). */
export interface AuditCheckpoint extends ChainHead {
  /** ISO time the checkpoint was taken. */
  at: string;
  /** HMAC-SHA256 over lastId, hash, count and at. */
  mac: string;
}

export const CHECKPOINT_FORMAT = 'huifang-audit-checkpoint/1';

function checkpointMac(key: Uint8Array, head: ChainHead, at: string): string {
  return createHmac('sha256', key)
    .update(`huifang audit checkpoint v1\n${head.lastId}\n${head.hash}\n${head.count}\n${at}`)
    .digest('hex');
}

export function signCheckpoint(key: Uint8Array, head: ChainHead, at: Date): AuditCheckpoint {
  const iso = at.toISOString();
  return {
    lastId: head.lastId,
    hash: head.hash,
    count: head.count,
    at: iso,
    mac: checkpointMac(key, head, iso),
  };
}

/**
 * Accepts a checkpoint only when it is well formed and its MAC matches: anything else was altered or was
 * not written by a server holding this key.
 */
export function readCheckpoint(
  key: Uint8Array,
  value: unknown,
): { checkpoint: AuditCheckpoint } | { invalid: 'malformed' | 'bad_signature' } {
  if (value === null || typeof value !== 'object') return { invalid: 'malformed' };
  const v = value as Record<string, unknown>;
  const { lastId, hash, count, at, mac } = v;
  if (
    !Number.isSafeInteger(lastId) ||
    (lastId as number) < 0 ||
    !Number.isSafeInteger(count) ||
    (count as number) < 0 ||
    typeof hash !== 'string' ||
    !/^[0-9a-f]{64}$/.test(hash) ||
    typeof at !== 'string' ||
    Number.isNaN(Date.parse(at)) ||
    typeof mac !== 'string'
  ) {
    return { invalid: 'malformed' };
  }
  const checkpoint = { lastId: lastId as number, hash, count: count as number, at, mac };
  if (!sameHex(checkpointMac(key, checkpoint, at), mac)) return { invalid: 'bad_signature' };
  return { checkpoint };
}

export type CheckpointFinding =
  /** The checkpointed event is there with the same hash, and so is every event before it. */
  | 'verified'
  /** The checkpointed event is gone: the newest events were removed. */
  | 'head_missing'
  /** The checkpointed event is there but its hash differs: the chain was rewritten. */
  | 'head_mismatch'
  /** Fewer (or more) events up to the checkpointed one than when it was taken. */
  | 'count_mismatch';

/** Compares a (signature-checked) checkpoint with what the database holds now. */
export function compareWithCheckpoint(
  checkpoint: ChainHead,
  now: { hashAtLastId: string | undefined; countThroughLastId: number },
): CheckpointFinding {
  const hash = checkpoint.lastId === 0 ? GENESIS_HASH : now.hashAtLastId;
  if (hash === undefined) return 'head_missing';
  if (hash !== checkpoint.hash) return 'head_mismatch';
  if (now.countThroughLastId !== checkpoint.count) return 'count_mismatch';
  return 'verified';
}
