import { ConfigError, loadConfig } from './config.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { DataKeyError } from './security/field-crypto.ts';
import { startServer } from './start.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  server.app.log.info(
    {
      url: server.url,
      database: server.database.kind,
      dataDir: config.databaseUrl ? undefined : config.dataDir,
    },
    'Huifang is running',
  );
  // A stray promise rejection is logged, not fatal: one bad request must not take the service down.
  process.on('unhandledRejection', (reason) => server.app.log.error({ err: reason }, 'unhandled rejection'));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.app.log.info({ signal }, 'shutting down');
      server
        .stop()
        .then(() => process.exit(0))
        .catch((error) => {
          server.app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        });
    });
  }
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof DataKeyError) {
    process.stderr.write(`\n${error.message}\n\n`);
  } else {
    process.stderr.write(
      `Huifang failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  process.exit(1);
});
