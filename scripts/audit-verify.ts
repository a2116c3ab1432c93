import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/connection.ts';
import { DataDirLockedError } from '../src/server/db/data-dir-lock.ts';
import { checkpointFile, readCheckpointFile } from '../src/server/modules/audit/checkpoint.ts';
import { type ChainVerification, verifyAuditChain } from '../src/server/modules/audit/service.ts';
import { readSetting } from '../src/server/modules/settings/repository.ts';
import { deriveAuditChainKey } from '../src/server/security/audit-key.ts';
import { createFieldCipher, DataKeyError, readDataKey } from '../src/server/security/field-crypto.ts';

const USAGE = `usage: npm run audit:verify [-- --checkpoint FILE]

Walks the audit hash chain with the audit key (derived from HUIFANG_DATA_KEY or DATA_DIR/data.key, as the
server does) and holds it up against the signed checkpoint in AUDIT_CHECKPOINT_DIR (default DATA_DIR).
--checkpoint FILE uses another checkpoint instead: a copy of the file, or server logs holding
"audit chain checkpoint" lines (the newest one counts).
Exit 0: intact; 1: altered or removed events, or an altered checkpoint; 2: could not check.`;

class UsageError extends Error {}

const BROKEN: Record<string, string> = {
  hash_mismatch: '内容被修改 / its content was altered (or its hash was not made with this key)',
  prev_hash_mismatch: '前一条记录被删除或改动 / the event before it was removed or altered',
  unkeyed_after_keyed:
    '密钥链之后出现未加密钥的记录 / an unkeyed row after keyed ones: written or rewritten without the key',
  unknown_hash_version: '未知的哈希版本 / unknown hash version',
};

function report(result: ChainVerification): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  if (result.brokenAt) {
    err.push(
      `审计日志已被篡改 / AUDIT CHAIN BROKEN at event id ${result.brokenAt.id}: ${BROKEN[result.brokenAt.reason] ?? result.brokenAt.reason} ` +
        `(${result.checked} events before it verified)`,
    );
  } else {
    out.push(
      `审计日志完整 / audit chain intact: ${result.checked} events verified` +
        (result.checked > 0 ? ' (keyed hashes checked with the audit key)' : ''),
    );
  }
  if (result.unkeyedThrough !== undefined) {
    out.push(
      `注意 / note: events up to #${result.unkeyedThrough} were written before the chain was keyed and carry ` +
        'only the unkeyed SHA-256 chain. Changes to them since the upgrade are detected (the keyed event ' +
        'after them seals them); a change made before the upgrade with the hashes recomputed would not be.',
    );
  }
  const cp = result.checkpoint;
  const named = `checkpoint ${cp.source} (event #${cp.lastId}, ${cp.count} events, taken ${cp.at})`;
  switch (cp.status) {
    case 'verified':
      out.push(
        `检查点一致 / ${named}: verified, no event up to it was removed.` +
          (cp.eventsAfter
            ? ` The ${cp.eventsAfter} events after it are not in a checkpoint yet: editing them is detected, ` +
              'removing them from the end would not be.'
            : ''),
      );
      break;
    case 'missing':
      err.push(
        `警告 / WARNING: no checkpoint at ${cp.source}: the chain itself is checked, but removal of the ` +
          'newest events cannot be ruled out. Point AUDIT_CHECKPOINT_DIR at the server’s checkpoint, or pass ' +
          '--checkpoint with a checkpoint from the server logs.',
      );
      break;
    case 'tampered':
      err.push(
        `检查点文件被篡改 / CHECKPOINT TAMPERED: ${cp.source} is not signed with this key (altered, ` +
          'or not written by this server).',
      );
      break;
    case 'head_missing':
      err.push(
        `审计日志末尾记录被删除 / NEWEST EVENTS REMOVED: ${named} names an event that is no longer in the log.`,
      );
      break;
    case 'head_mismatch':
      err.push(`审计日志被改写 / AUDIT LOG REWRITTEN: ${named}: that event is there but its hash differs.`);
      break;
    case 'count_mismatch':
      err.push(
        `审计日志记录数不符 / EVENTS REMOVED: ${named}: the log now holds a different number of events up to it.`,
      );
      break;
  }
  return { out, err };
}

/** `npm run audit:verify`: walks the audit hash chain and checks it against the signed checkpoint. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { checkpoint: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  // Never generate a key here: a new key would make every keyed event look altered.
  const dataKey = readDataKey(config.dataKey, config.dataDir);
  if (!dataKey) {
    throw new UsageError(
      `无数据密钥 / no data key: set HUIFANG_DATA_KEY, or DATA_DIR to the directory holding data.key ` +
        `(looked in ${config.dataDir}). The audit chain is keyed with it.`,
    );
  }
  const key = deriveAuditChainKey(dataKey);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
  });
  try {
    const stored = await readSetting<string>(database.db, 'data_key_fingerprint');
    const fingerprint = createFieldCipher(dataKey).fingerprint;
    if (stored !== undefined && stored !== fingerprint) {
      throw new UsageError(
        `数据密钥与数据库不匹配 / this data key is not the one the database was written with (fingerprint ` +
          `${fingerprint}, database expects ${stored}): cannot check the keyed chain.`,
      );
    }
    const file = values.checkpoint ?? checkpointFile(config.auditCheckpointDir);
    const result = await verifyAuditChain(database.db, { key, checkpoint: readCheckpointFile(key, file) });
    const { out, err } = report(result);
    if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    if (err.length) process.stderr.write(`${err.join('\n')}\n`);
    return result.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const known =
      error instanceof ConfigError ||
      error instanceof DataDirLockedError ||
      error instanceof DataKeyError ||
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    process.stderr.write(`${known ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
    if (error instanceof TypeError) process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  },
);
