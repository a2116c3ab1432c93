/**
 * npm run bench [-- --db pglite|postgres|both] [--scale small|medium|large] [--duration 10]
 *               [--connections 1,20,50] [--warmup 2] [--users N] [--departments N] [--sessions N] [--seed N]
 *
 * For each database: start the real server in-process on 127.0.0.1 and a random port, generate a zh-CN
 * organisation into its database, run every workload against the server and against the raw SQL floor, and
 * tear everything down. Prints the table of DESIGN §7 and writes .bench/results-<timestamp>.json.
 * See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { loadConfig } from '../src/server/config.ts';
import { type RunningServer, startServer } from '../src/server/start.ts';
import { type GenerateOptions, generateOrganisation } from './generate.ts';
import { killLoadGenerators } from './measure.ts';
import { failures, formatTable, type Report, writeReport } from './report.ts';
import { logSlowQueries } from './slow-queries.ts';
import {
  type DatabaseKind,
  pgliteTarget,
  postgresTarget,
  sweepStaleTargets,
  type Target,
} from './targets.ts';
import type { BenchSettings, ResultRow, Workload } from './workload.ts';
import { authMe } from './workloads/auth-me.ts';
import { customerImport } from './workloads/customer-import.ts';
import { customerList } from './workloads/customer-list.ts';
import { ensureWebBuild, firstLoad } from './workloads/first-load.ts';
import { followupGeneration } from './workloads/followup-generation.ts';
import { followupWorklist } from './workloads/followup-worklist.ts';
import { issues } from './workloads/issues.ts';

const WORKLOADS: Workload[] = [
  authMe,
  customerList,
  customerImport,
  followupGeneration,
  followupWorklist,
  issues,
  firstLoad,
];

const SCALES = {
  small: { users: 2_000, departments: 60, sessions: 500 },
  medium: { users: 10_000, departments: 200, sessions: 2_000 },
  large: { users: 50_000, departments: 800, sessions: 10_000 },
} as const;
type Scale = keyof typeof SCALES;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = `usage: npm run bench -- [options]
  --db pglite|postgres|both     databases to measure (default both)
  --scale small|medium|large    organisation size (default medium: 10000 users, 200 departments, 2000 sessions)
  --users N --departments N --sessions N   override the scale
  --duration S                  measured seconds per run (default 10, at most 300)
  --warmup S                    unmeasured seconds before each HTTP run (default 2)
  --connections 1,20,50         HTTP connections / floor callers per run
  --seed N                      generator seed (default 1)
  --workload a,b                only these workloads (default all: ${WORKLOADS.map((w) => w.name).join(', ')})
PostgreSQL: BENCH_DATABASE_URL (a local server; the bench creates and drops its own database there),
or else a throwaway cluster from scripts/pg-throwaway.sh.`;

interface Options {
  dbs: DatabaseKind[];
  workloads: Workload[];
  scale: Scale;
  generate: GenerateOptions;
  settings: BenchSettings;
}

function parseArgs(argv: string[]): Options {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unexpected argument ${arg}\n${USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value`);
    values.set(match[1] as string, value);
  }
  const known = [
    'db',
    'scale',
    'users',
    'departments',
    'sessions',
    'duration',
    'warmup',
    'connections',
    'seed',
    'workload',
  ];
  for (const key of values.keys())
    if (!known.includes(key)) throw new Error(`unknown option --${key}\n${USAGE}`);
  const number = (key: string, fallback: number, min: number, max: number): number => {
    const raw = values.get(key);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max)
      throw new Error(`--${key} must be a number from ${min} to ${max}`);
    return n;
  };
  const db = values.get('db') ?? 'both';
  if (!['pglite', 'postgres', 'both'].includes(db)) throw new Error('--db must be pglite, postgres or both');
  const scale = (values.get('scale') ?? 'medium') as Scale;
  if (!(scale in SCALES)) throw new Error('--scale must be small, medium or large');
  const preset = SCALES[scale];
  const users = Math.round(number('users', preset.users, 1, 1_000_000));
  const connections = (values.get('connections') ?? '1,20,50').split(',').map((c) => Number(c.trim()));
  if (connections.some((c) => !Number.isInteger(c) || c < 1 || c > 500)) {
    throw new Error('--connections must be a comma-separated list of integers from 1 to 500');
  }
  const names = values
    .get('workload')
    ?.split(',')
    .map((w) => w.trim());
  const unknown = names?.filter((n) => !WORKLOADS.some((w) => w.name === n)) ?? [];
  if (unknown.length > 0) {
    throw new Error(
      `unknown workload ${unknown.join(', ')}; known: ${WORKLOADS.map((w) => w.name).join(', ')}`,
    );
  }
  return {
    dbs: db === 'both' ? ['pglite', 'postgres'] : [db as DatabaseKind],
    workloads: names ? WORKLOADS.filter((w) => names.includes(w.name)) : WORKLOADS,
    scale,
    generate: {
      users,
      departments: Math.round(number('departments', preset.departments, 1, 20_000)),
      sessions: Math.round(number('sessions', Math.min(preset.sessions, users), 1, users)),
      seed: Math.round(number('seed', 1, 0, 2 ** 31)),
    },
    settings: {
      seconds: number('duration', 10, 1, 300),
      warmupSeconds: number('warmup', 2, 0, 60),
      connections,
    },
  };
}

function gitDescription(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

let interrupted = false;

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  // Undo steps, newest first, run one at a time whether the run ends, fails or is interrupted.
  const cleanups: (() => Promise<void>)[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanUp = () => {
    cleaning ??= (async () => {
      for (let fn = cleanups.pop(); fn; fn = cleanups.pop()) {
        await fn().catch((error) => console.error('cleanup failed:', error));
      }
      cleaning = undefined;
    })();
    return cleaning;
  };
  // npm passes Ctrl-C on as a second signal: clean up once, and give up after a minute at most.
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the server and removing the bench databases…`);
    killLoadGenerators();
    setTimeout(() => process.exit(1), 60_000).unref();
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  sweepStaleTargets();
  const slowMs = Number(process.env.BENCH_SLOW_QUERY_MS);
  if (slowMs > 0) logSlowQueries(slowMs, log);

  const loadAtStart = os.loadavg();
  if ((loadAtStart[0] as number) > os.cpus().length) {
    log(
      `warning: the machine is busy (load average ${loadAtStart.map((x) => x.toFixed(1)).join(' ')} on ` +
        `${os.cpus().length} cores): expect noisy figures, especially p99`,
    );
  }
  const { users, departments, sessions } = options.generate;
  log(
    `${options.scale} scale: ${users} users, ${departments} departments, ${sessions} sessions; ` +
      `${options.settings.seconds} s per run after ${options.settings.warmupSeconds} s warm-up; ` +
      `connections ${options.settings.connections.join(', ')}; databases ${options.dbs.join(', ')}; ` +
      `workloads ${options.workloads.map((w) => w.name).join(', ')}`,
  );

  const webDir = options.workloads.some((w) => w.needsWeb) ? ensureWebBuild(log) : '';
  const results: ResultRow[] = [];
  const databases: Record<string, unknown>[] = [];
  try {
    for (const kind of options.dbs) {
      log(`${kind}: preparing`);
      const target: Target = kind === 'pglite' ? await pgliteTarget() : await postgresTarget();
      cleanups.push(target.dispose);
      const config = loadConfig({
        ...target.env,
        PORT: '0',
        HOST: '127.0.0.1',
        HUIFANG_ADMIN_PASSWORD: 'Bench-Admin-12345',
        LOG_LEVEL: 'warn',
        HUIFANG_WEB_DIR: webDir,
      });
      let started = performance.now();
      const server: RunningServer = await startServer(config);
      cleanups.push(() => server.stop());
      const startSeconds = (performance.now() - started) / 1000;
      const version = await sql<{ version: string }>`select version()`.execute(server.database.db);
      log(`${kind}: server at ${server.url} (started in ${startSeconds.toFixed(1)} s); generating`);

      started = performance.now();
      const org = await generateOrganisation(server.database.db, options.generate);
      log(
        `${kind}: ${org.departments} departments, ${org.users} users, ${org.sessionSecrets.length} sessions ` +
          `generated in ${org.seconds.toFixed(1)} s`,
      );
      databases.push({
        kind,
        where: target.where,
        version: version.rows[0]?.version,
        serverStartSeconds: startSeconds,
        generated: {
          departments: org.departments,
          users: org.users,
          disabledUsers: org.disabledUsers,
          sessions: org.sessionSecrets.length,
          usersByRole: org.usersByRole,
          seconds: org.seconds,
        },
      });

      for (const workload of options.workloads) {
        const rows = await workload.run({
          kind,
          db: server.database.db,
          baseUrl: server.url,
          org,
          settings: options.settings,
          log: (message) => log(`${kind}: ${message}`),
        });
        results.push(...rows);
      }
      await cleanUp();
    }
  } finally {
    await cleanUp();
  }

  const report: Report = {
    startedAt,
    finishedAt: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    settings: {
      scale: options.scale,
      workloads: options.workloads.map((w) => w.name),
      ...options.generate,
      ...options.settings,
    },
    machine: {
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.type()} ${os.release()}`,
      node: process.version,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg(),
      git: gitDescription(),
    },
    databases,
    results,
  };
  console.log(`\n${formatTable(results)}\n`);
  console.log(
    'Latencies in ms (p50 = median). "floor" = the same SQL through the same Kysely/pg pool at the same ' +
      'concurrency;\n"vs floor" = application latency ÷ floor latency; "req/s of floor" = application throughput ÷ floor.',
  );
  console.log(`Written to ${writeReport(report, ROOT)}`);
  const failed = results.reduce((n, r) => n + failures(r), 0);
  if (failed > 0) {
    console.error(`${failed} request(s) failed or were not 2xx: the figures above are not valid.`);
    return 1;
  }
  return 0;
}

// After a signal, its handler cleans up and exits; the interrupted run's own ending is moot.
main().then(
  (code) => interrupted || process.exit(code),
  (error: unknown) => {
    if (interrupted) return;
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
