import { ConfigError, loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/connection.ts';
import { DataDirLockedError } from '../src/server/db/data-dir-lock.ts';
import { verifyAuditChain } from '../src/server/modules/audit/service.ts';

/** `npm run audit:verify`: walks the audit hash chain; exit 1 naming the first row that was altered or removed. */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
  });
  try {
    const result = await verifyAuditChain(database.db);
    if (result.ok) {
      process.stdout.write(`审计日志完整 / audit chain intact: ${result.checked} events verified\n`);
      return 0;
    }
    const why =
      result.brokenAt?.reason === 'hash_mismatch'
        ? '内容被修改 / its content was altered'
        : '前一条记录被删除或改动 / the event before it was removed or altered';
    process.stderr.write(
      `审计日志已被篡改 / AUDIT CHAIN BROKEN at event id ${result.brokenAt?.id}: ${why} ` +
        `(${result.checked} events before it verified)\n`,
    );
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const known = error instanceof ConfigError || error instanceof DataDirLockedError;
    process.stderr.write(`${known ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  },
);
