/**
 * The databases a bench run measures: PGlite in a fresh temporary DATA_DIR, and PostgreSQL in a fresh database
 * created on BENCH_DATABASE_URL's server or, without it, on a throwaway cluster (scripts/pg-throwaway.sh)
 * that the bench starts and stops itself. Every target is removed afterwards.
 */

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Target {
  kind: DatabaseKind;
  /** Environment for loadConfig (DATA_DIR always: the data key lives there). */
  env: Record<string, string>;
  /** Where it runs, for the report (no passwords). */
  where: string;
  /** Removes everything the target created; safe to call twice. */
  dispose(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const THROWAWAY = path.join(ROOT, 'scripts', 'pg-throwaway.sh');

const TEMP_PREFIX = 'huifang-bench-';

/** A fresh temporary directory, labelled with our pid so a later run can remove it if we get killed. */
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), TEMP_PREFIX));
  fs.writeFileSync(path.join(dir, 'owner'), String(process.pid));
  return dir;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary directories of earlier runs that were killed before they could clean up. */
export function sweepStaleTargets(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const dir = path.join(os.tmpdir(), name);
    try {
      const owner = Number(fs.readFileSync(path.join(dir, 'owner'), 'utf8'));
      if (owner === process.pid || (Number.isInteger(owner) && owner > 0 && isAlive(owner))) continue;
    } catch {
      // No owner file: only when clearly abandoned.
      if (Date.now() - fs.statSync(dir).mtimeMs < 3600_000) continue;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= fn();
    return running;
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Loopback or a Unix socket only: the bench puts heavy load on what it is pointed at. */
export function assertLocal(url: string): void {
  const parsed = new URL(url);
  const host = parsed.hostname || parsed.searchParams.get('host') || '';
  if (host === '' || host.startsWith('/') || ['localhost', '127.0.0.1', '[::1]', '::1'].includes(host))
    return;
  throw new Error(`BENCH_DATABASE_URL must point at a loopback address or a Unix socket, not ${host}`);
}

export async function pgliteTarget(): Promise<Target> {
  const dataDir = tempDir();
  return {
    kind: 'pglite',
    env: { DATA_DIR: dataDir },
    where: `PGlite in ${dataDir}`,
    dispose: once(() => fs.promises.rm(dataDir, { recursive: true, force: true })),
  };
}

interface Throwaway {
  url: string;
  dir: string;
  stop(): Promise<void>;
}

/**
 * Runs scripts/pg-throwaway.sh without blocking the event loop (a blocked loop cannot answer tsx's signal
 * relay, and tsx then kills the process in the middle of its cleanup).
 */
function throwawayScript(args: string[]): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', [THROWAWAY, ...args], {
      env: { ...process.env, PG_THROWAWAY_OWNER_PID: String(process.pid) },
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 180_000,
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.on('error', () => resolve({ status: null, stdout }));
    child.on('close', (status) => resolve({ status, stdout }));
  });
}

async function startThrowaway(): Promise<Throwaway> {
  const started = await throwawayScript(['start']);
  const vars = Object.fromEntries(
    started.stdout
      .split('\n')
      .map((line) => line.match(/^(PG_THROWAWAY_\w+)=(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1], m[2]]),
  );
  if (started.status !== 0 || !vars.PG_THROWAWAY_URL || !vars.PG_THROWAWAY_DIR) {
    throw new Error(
      'could not start a throwaway PostgreSQL with scripts/pg-throwaway.sh (it needs PostgreSQL 15 and root ' +
        'or the postgres user); set BENCH_DATABASE_URL to a local server instead',
    );
  }
  const dir = vars.PG_THROWAWAY_DIR as string;
  return {
    url: vars.PG_THROWAWAY_URL as string,
    dir,
    stop: async () => {
      await throwawayScript(['stop', dir]);
    },
  };
}

export async function postgresTarget(): Promise<Target> {
  const given = process.env.BENCH_DATABASE_URL || undefined;
  if (given) assertLocal(given);
  const throwaway = given ? undefined : await startThrowaway();
  const serverUrl = given ?? (throwaway as Throwaway).url;
  const name = `huifang_bench_${randomBytes(4).toString('hex')}`;
  const dataDir = tempDir();
  // For working on a slow statement: keep the generated database on a BENCH_DATABASE_URL server to query it.
  const keep = Boolean(given && process.env.BENCH_KEEP_DATABASE);
  const dispose = once(async () => {
    try {
      if (keep) console.log(`bench: kept database ${name} (BENCH_KEEP_DATABASE)`);
      else if (!throwaway) await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    } finally {
      await throwaway?.stop();
      await fs.promises.rm(dataDir, { recursive: true, force: true });
    }
  });
  try {
    await adminQuery(serverUrl, `create database ${name}`);
  } catch (error) {
    await dispose();
    throw new Error(`cannot create database ${name} on ${redact(serverUrl)}: ${String(error)}`);
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url.toString(), DATA_DIR: dataDir },
    where: throwaway
      ? `throwaway PostgreSQL cluster ${redact(url.toString())}`
      : `BENCH_DATABASE_URL server, database ${redact(url.toString())}`,
    dispose,
  };
}
