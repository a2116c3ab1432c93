import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import {
  type AuditCheckpoint,
  CHECKPOINT_FORMAT,
  GENESIS_HASH,
  readCheckpoint,
  signCheckpoint,
} from '../../../domain/audit-chain.ts';
import type { Database } from '../../db/schema.ts';
import { onAuditAppended } from './chain-key.ts';
import { chainHashAt, countChainEvents, lastChainEvent, lockCheckpointWriter } from './repository.ts';

/**
 * Checkpoints of the audit chain's head, kept outside the database: a signed file under
 * AUDIT_CHECKPOINT_DIR (default DATA_DIR) and a log line. Someone who can write to the database but does not
 * hold the key can neither forge one nor make the chain agree with one after removing its newest events.
 */
export const CHECKPOINT_FILE = 'audit-checkpoint.json';
export const CHECKPOINT_INTERVAL_MS = 60_000;
export const CHECKPOINT_EVERY_EVENTS = 100;

export function checkpointFile(dir: string): string {
  return path.join(dir, CHECKPOINT_FILE);
}

export type CheckpointRead =
  | { status: 'missing'; source: string }
  | { status: 'tampered'; source: string; why: 'malformed' | 'bad_signature' }
  | { status: 'found'; source: string; checkpoint: AuditCheckpoint };

/** A checkpoint as the server writes it, or a log line carrying one. */
function unwrap(value: unknown): unknown {
  return value !== null && typeof value === 'object' && 'auditCheckpoint' in value
    ? value.auditCheckpoint
    : value;
}

function candidates(text: string): unknown[] {
  try {
    return [unwrap(JSON.parse(text))];
  } catch {
    // not one JSON document: log lines, one JSON object each
  }
  const found: unknown[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('"mac"')) continue;
    try {
      found.push(unwrap(JSON.parse(line)));
    } catch {
      found.push(line); // a damaged line that looks like a checkpoint counts as one that fails to verify
    }
  }
  return found;
}

/**
 * Reads the checkpoint file the server writes, or any file of log lines: the pino lines
 * `{"auditCheckpoint":{…},"msg":"audit chain checkpoint"}` (several instances, shipped logs). Among several
 * the newest (highest event id) counts; any that fails its signature makes the whole read `tampered`.
 */
export function readCheckpointFile(key: Uint8Array, file: string): CheckpointRead {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', source: file };
    throw error;
  }
  const found = candidates(text);
  if (found.length === 0) return { status: 'tampered', source: file, why: 'malformed' };
  let newest: AuditCheckpoint | undefined;
  for (const value of found) {
    const read = readCheckpoint(key, value);
    if ('invalid' in read) return { status: 'tampered', source: file, why: read.invalid };
    if (!newest || read.checkpoint.lastId > newest.lastId) newest = read.checkpoint;
  }
  return { status: 'found', source: file, checkpoint: newest as AuditCheckpoint };
}

/** Replaces the file atomically (write, fsync, rename), readable by the server's user only. */
export function writeCheckpointFile(file: string, checkpoint: AuditCheckpoint): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify({ format: CHECKPOINT_FORMAT, ...checkpoint }, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}

export type CheckpointOutcome =
  | { outcome: 'written' | 'unchanged'; file: string; checkpoint: AuditCheckpoint }
  /**
   * The file on disk does not fit the database (altered file, or events it names are gone): it is left as
   * it is, as evidence, until someone has looked and moved it aside.
   */
  | {
      outcome: 'refused';
      file: string;
      reason: 'tampered' | 'head_missing' | 'head_mismatch';
      existing?: AuditCheckpoint;
    };

/** Signs the chain's current head and writes it to the checkpoint file, unless the file names the same head. */
export async function writeAuditCheckpoint(
  db: Kysely<Database>,
  options: { key: Uint8Array; dir: string; now?: Date },
): Promise<CheckpointOutcome> {
  const file = checkpointFile(options.dir);
  return db.transaction().execute(async (trx) => {
    await lockCheckpointWriter(trx);
    const existing = readCheckpointFile(options.key, file);
    if (existing.status === 'tampered') return { outcome: 'refused', file, reason: 'tampered' };
    const previous = existing.status === 'found' ? existing.checkpoint : undefined;
    if (previous && previous.lastId > 0) {
      const hash = await chainHashAt(trx, previous.lastId);
      if (hash !== previous.hash) {
        return {
          outcome: 'refused',
          file,
          reason: hash === undefined ? 'head_missing' : 'head_mismatch',
          existing: previous,
        };
      }
    }
    const last = await lastChainEvent(trx);
    const head = { lastId: last?.id ?? 0, hash: last?.hash ?? GENESIS_HASH };
    if (previous && previous.lastId === head.lastId)
      return { outcome: 'unchanged', file, checkpoint: previous };
    // Counting on from the previous checkpoint keeps this cheap on a long log.
    const count = previous
      ? previous.count + (await countChainEvents(trx, previous.lastId, head.lastId))
      : await countChainEvents(trx, 0, head.lastId);
    const checkpoint = signCheckpoint(options.key, { ...head, count }, options.now ?? new Date());
    writeCheckpointFile(file, checkpoint);
    return { outcome: 'written', file, checkpoint };
  });
}

export interface AuditCheckpointer {
  /** Writes a checkpoint now (after any already under way). */
  checkpoint(): Promise<void>;
  /** Stops the timer and writes a last checkpoint; call before closing the database. */
  stop(): Promise<void>;
}

/**
 * Checkpoints at start, every minute when the log has grown, after every 100 events this instance wrote,
 * and at shutdown. Each written checkpoint is also logged, so shipped logs hold a copy out of the server's
 * reach.
 */
export function startAuditCheckpoints(
  db: Kysely<Database>,
  options: {
    key: Uint8Array;
    dir: string;
    log: FastifyBaseLogger;
    intervalMs?: number;
    everyEvents?: number;
  },
): AuditCheckpointer {
  const { key, dir, log } = options;
  const everyEvents = options.everyEvents ?? CHECKPOINT_EVERY_EVENTS;
  let queue: Promise<void> = Promise.resolve();
  let queued = false;
  let lastProblem: string | undefined;
  let appended = 0;
  let soon: NodeJS.Timeout | undefined;

  const report = (result: CheckpointOutcome) => {
    if (result.outcome === 'written') {
      lastProblem = undefined;
      log.info({ auditCheckpoint: result.checkpoint, file: result.file }, 'audit chain checkpoint');
    } else if (result.outcome === 'refused') {
      const problem = `${result.reason}:${result.existing?.lastId ?? ''}`;
      if (problem === lastProblem) return; // said once until it changes, not every minute
      lastProblem = problem;
      log.error(
        { auditCheckpointRefused: { reason: result.reason, file: result.file, existing: result.existing } },
        'audit checkpoint file does not match the audit log (altered file, or logged events removed); ' +
          'left in place and no new checkpoint written: run npm run audit:verify',
      );
    }
  };

  const checkpoint = () => {
    if (queued) return queue;
    queued = true;
    queue = queue.then(async () => {
      queued = false;
      try {
        report(await writeAuditCheckpoint(db, { key, dir }));
      } catch (error) {
        log.warn({ err: error }, 'audit checkpoint failed');
      }
    });
    return queue;
  };

  const unsubscribe = onAuditAppended(() => {
    appended += 1;
    if (appended < everyEvents || soon) return;
    appended = 0;
    // Shortly after, so the transaction that wrote the event has usually committed.
    soon = setTimeout(() => {
      soon = undefined;
      void checkpoint();
    }, 1_000);
    soon.unref();
  });
  const timer = setInterval(() => void checkpoint(), options.intervalMs ?? CHECKPOINT_INTERVAL_MS);
  timer.unref();
  void checkpoint();

  let stopping: Promise<void> | undefined;
  return {
    checkpoint,
    stop() {
      stopping ??= (async () => {
        clearInterval(timer);
        if (soon) clearTimeout(soon);
        unsubscribe();
        await queue;
        await checkpoint();
      })();
      return stopping;
    },
  };
}
