import type { Kysely } from 'kysely';
import type { Database } from '../src/server/db/schema.ts';
import type { GeneratedOrganisation } from './generate.ts';
import type { HttpSummary, Summary } from './measure.ts';
import type { DatabaseKind } from './targets.ts';

export interface BenchSettings {
  /** Measured seconds per run. */
  seconds: number;
  warmupSeconds: number;
  /** HTTP connection counts (and floor concurrencies) to measure. */
  connections: number[];
}

/** What a workload gets: a running server on a generated organisation, and the pool it uses. */
export interface WorkloadContext {
  kind: DatabaseKind;
  /** The server's own Kysely instance over its own pg.Pool: the floor runs through the same driver. */
  db: Kysely<Database>;
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  org: GeneratedOrganisation;
  settings: BenchSettings;
  log(message: string): void;
}

export interface Ratio {
  /** Application latency ÷ floor latency at the same concurrency. */
  p50: number;
  p99: number;
  /** Application throughput ÷ floor throughput (the share of the floor the application reaches). */
  rps: number;
}

export interface ResultRow {
  workload: string;
  db: DatabaseKind;
  /** Parallel callers: HTTP connections for the application, pool callers for the floor. */
  concurrency: number;
  /** The application's figures (null for a row that is the floor itself). */
  app: HttpSummary | null;
  /** The raw SQL doing the same work, through the same Kysely/pg pool. */
  floor: Summary;
  ratio: Ratio | null;
  /** Figures particular to a workload (written to the JSON report). */
  notes?: Record<string, number>;
}

export interface Workload {
  name: string;
  description: string;
  /** Serve the built web app (built first if missing or stale): the server of a run serves the API only otherwise. */
  needsWeb?: boolean;
  run(context: WorkloadContext): Promise<ResultRow[]>;
}

export function ratio(app: Summary, floor: Summary): Ratio {
  return { p50: app.p50 / floor.p50, p99: app.p99 / floor.p99, rps: app.rps / floor.rps };
}

/** A count from a BENCH_ variable (BENCH_CUSTOMERS=…): a positive integer, else the default ('abc', 0 and -1 too). */
export function countFromEnv(name: string, fallback: number): number {
  const fromEnv = Number(process.env[name]);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
}
