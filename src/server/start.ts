import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { bootstrap } from './bootstrap.ts';
import type { Config } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { setAuditChainKey } from './modules/audit/chain-key.ts';
import { startAuditCheckpoints } from './modules/audit/checkpoint.ts';
import { checkDataKey } from './modules/settings/data-key-check.ts';
import { deriveAuditChainKey } from './security/audit-key.ts';
import { createFieldCipher, loadDataKey } from './security/field-crypto.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, migrates, creates the first organisation if empty, and listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let app: FastifyInstance | undefined;
  try {
    await migrateToLatest(database.db);
    const dataKey = loadDataKey(config.dataKey, config.dataDir);
    const cipher = createFieldCipher(dataKey);
    await checkDataKey(database.db, cipher);
    // Before the first audit event (bootstrap writes one), and only once the key is known to be this
    // database's: every row is keyed with it.
    const auditKey = deriveAuditChainKey(dataKey);
    setAuditChainKey(auditKey);
    const boot = await bootstrap(database.db, config.adminPassword);
    app = await buildApp({ config, database, cipher, jobs: { scheduling: config.jobSchedule } });
    if (boot.generatedAdminPassword) {
      const line = '='.repeat(72);
      // Printed once, to the console only: the admin must change it at first sign-in.
      process.stdout.write(
        `\n${line}\n首次启动：已创建管理员账号 / First start: administrator created\n` +
          `  用户名 username: admin\n  密码 password: ${boot.generatedAdminPassword}\n` +
          `请立即登录并修改密码（此密码不会再次显示）/ Sign in and change it now; it is not shown again.\n${line}\n\n`,
      );
    }
    const address = await app.listen({ port: config.port, host: config.host });
    // Housekeeping and the other background jobs (src/server/jobs/registry.ts).
    await app.jobs.start({ workers: config.jobWorkers });
    const checkpoints = startAuditCheckpoints(database.db, {
      key: auditKey,
      dir: config.auditCheckpointDir,
      log: app.log,
    });
    await checkpoints.checkpoint(); // a running server always has one (a failure is logged, not fatal)
    let stopping: Promise<void> | undefined;
    const running = app;
    return {
      app,
      database,
      url: address,
      stop() {
        stopping ??= (async () => {
          await running.close(); // stops accepting, lets in-flight requests and running jobs finish
          await checkpoints.stop(); // the last head, once nothing more is written
          await database.close();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await app?.close(); // stops the job runner too, if it got as far as starting
    await database.close();
    throw error;
  }
}
