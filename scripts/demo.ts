import path from 'node:path';
import pino, { type DestinationStream, type Logger } from 'pino';
import { DEFAULT_ROLES } from '../src/domain/roles.ts';
import { ConfigError, loadConfig } from '../src/server/config.ts';
import { DataDirLockedError } from '../src/server/db/data-dir-lock.ts';
import { startServer } from '../src/server/start.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/organisation.ts';
import { seedDemo } from './demo/seed.ts';

/** `npm run demo`: the server on its own data directory, filled with a demo company on first run. */
async function main(): Promise<void> {
  const config = loadConfig({
    // Seeding goes through the API: thousands of requests that would bury the user table at info.
    LOG_REQUESTS: 'debug',
    ...process.env,
    DATA_DIR: process.env.DEMO_DATA_DIR || path.resolve('.demo-data'),
    DATABASE_URL: '',
    HUIFANG_ADMIN_PASSWORD: DEMO_PASSWORD,
  });
  const server = await startServer(config);
  const log = server.app.log as Logger;
  const level = log.level;
  // Seeding's own audit checkpoints and job runs would print a few dozen info lines; warnings and errors still show.
  if (level === 'info') log.level = 'warn';
  // Through the log's own stream, which writes asynchronously: straight to stdout, a text could overtake log
  // lines written before it.
  const out = (log as unknown as Record<symbol, DestinationStream>)[pino.symbols.streamSym] ?? process.stdout;
  const say = (text: string) => out.write(text);
  say('回访 Huifang demo: preparing the demo company / 正在准备演示数据…\n');
  const seeded = await seedDemo(server.app, server.database);
  // The audit checkpoint that the last seeded events schedule comes a second later: still seeding's own line.
  if (seeded) await new Promise((resolve) => setTimeout(resolve, 1500));
  log.level = level;
  say(userTable(server.url, config.dataDir, seeded));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void server.stop().then(() => process.exit(0)));
  }
}

function userTable(url: string, dataDir: string, seeded: boolean): string {
  const roleName = new Map(DEFAULT_ROLES.map((r) => [r.key, r.nameZh]));
  const rows = [{ username: 'admin', displayName: '系统管理员', roles: ['admin'] }, ...DEMO_USERS].map(
    (u) =>
      `  ${u.username.padEnd(12)} ${u.displayName.padEnd(6, '　')} ` +
      u.roles.map((r) => `${roleName.get(r as never) ?? r} (${r})`).join(', '),
  );
  const line = '='.repeat(72);
  return (
    `\n${line}\n回访 Huifang 演示 / demo ${seeded ? '(new demo data created)' : '(existing demo data)'}\n` +
    `  open 打开: ${url}\n  data 数据: ${dataDir}\n` +
    `  password of every demo user / 演示账号密码: ${DEMO_PASSWORD}\n\n` +
    `  username     name 姓名    role 角色\n${rows.join('\n')}\n${line}\n` +
    'Requests are logged at debug (LOG_REQUESTS=info to see each one); Ctrl-C stops the demo.\n\n'
  );
}

main().catch((error) => {
  const known = error instanceof ConfigError || error instanceof DataDirLockedError;
  process.stderr.write(`${known ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
