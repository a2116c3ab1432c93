import path from 'node:path';
import { ConfigError, loadConfig } from '../src/server/config.ts';
import { DataDirLockedError } from '../src/server/db/data-dir-lock.ts';
import { startServer } from '../src/server/start.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/organisation.ts';
import { seedDemo } from './demo/seed.ts';

/** `npm run demo`: the server on its own data directory, filled with a demo company on first run. */
async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    DATA_DIR: process.env.DEMO_DATA_DIR || path.resolve('.demo-data'),
    DATABASE_URL: '',
    HUIFANG_ADMIN_PASSWORD: DEMO_PASSWORD,
  });
  const server = await startServer(config);
  const seeded = await seedDemo(server.app, server.database);
  const rows = [
    ['admin', '系统管理员', 'admin'],
    ...DEMO_USERS.map((u) => [u.username, u.displayName, u.roles.join(',')]),
  ];
  process.stdout.write(
    `\n回访 Huifang 演示 / demo ${seeded ? '(new demo data created)' : '(existing demo data)'} at ${server.url}\n` +
      `data: ${config.dataDir}\nAll demo users' password / 演示账号密码: ${DEMO_PASSWORD}\n` +
      rows.map(([u, n, r]) => `  ${String(u).padEnd(12)} ${String(n).padEnd(6, '　')} ${r}`).join('\n') +
      '\n\n',
  );
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void server.stop().then(() => process.exit(0)));
  }
}

main().catch((error) => {
  const known = error instanceof ConfigError || error instanceof DataDirLockedError;
  process.stderr.write(`${known ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
