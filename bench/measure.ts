/**
 * Timing primitives. Every loop is bounded twice: by a number of operations and by a time limit.
 * Latencies are kept exactly (one float per operation) and summarised with nearest-rank percentiles.
 */
import { type ChildProcess, fork } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadReply } from './load.ts';

export interface Summary {
  /** Operations completed (successful ones for HTTP). */
  count: number;
  seconds: number;
  /** Operations per second over the measured window. */
  rps: number;
  /** Latencies in milliseconds. */
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

export interface HttpSummary extends Summary {
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Requests sent in the unmeasured warm-up. */
  warmupRequests?: number;
  /** Responses that were not 2xx, by status code (only when there were any). */
  statuses?: Record<string, number>;
}

/** One timed run of `count` operations as a summary (imports, generation runs: no distribution to speak of). */
export function singleRun(ms: number, count: number): Summary {
  return { count, seconds: ms / 1000, rps: count / (ms / 1000), p50: ms, p99: ms, mean: ms, max: ms };
}

/** Nearest-rank percentile of ascending-sorted samples. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarise(samples: Float64Array, seconds: number): Summary {
  const sorted = Float64Array.from(samples).sort();
  let total = 0;
  for (const x of sorted) total += x;
  return {
    count: sorted.length,
    seconds,
    rps: seconds > 0 ? sorted.length / seconds : Number.NaN,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.length > 0 ? total / sorted.length : Number.NaN,
    max: sorted.length > 0 ? (sorted[sorted.length - 1] as number) : Number.NaN,
  };
}

export interface LoopLimits {
  /** Parallel callers (1 = sequential). */
  concurrency: number;
  seconds: number;
  maxCount: number;
  warmupSeconds?: number;
}

/**
 * Runs `operation(i)` from `concurrency` callers until `seconds` pass or `maxCount` operations are done,
 * after an unmeasured warm-up, and summarises the latencies.
 */
export async function measureLoop(
  operation: (i: number) => Promise<unknown>,
  limits: LoopLimits,
): Promise<Summary> {
  const run = async (seconds: number, maxCount: number, samples: Float64Array | null) => {
    const deadline = performance.now() + seconds * 1000;
    let next = 0;
    let done = 0;
    const caller = async () => {
      while (next < maxCount && performance.now() < deadline) {
        const i = next++;
        const start = performance.now();
        await operation(i);
        if (samples) samples[done] = performance.now() - start;
        done++;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: limits.concurrency }, caller));
    return { done, seconds: (performance.now() - started) / 1000 };
  };
  if (limits.warmupSeconds) await run(limits.warmupSeconds, limits.maxCount, null);
  const samples = new Float64Array(limits.maxCount);
  const { done, seconds } = await run(limits.seconds, limits.maxCount, samples);
  return summarise(samples.subarray(0, done), seconds);
}

/**
 * Two operations measured alternately, one after the other (a, b, a, b …), each timed on its own: a slow or busy
 * moment of the machine falls on both alike, where two loops run one after the other can differ by a quarter
 * (issue 13.10's ratios on a 2-core machine). Sequential; warm-up unmeasured.
 */
export async function alternatedLoop(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  limits: Omit<LoopLimits, 'concurrency'>,
): Promise<[Summary, Summary]> {
  const run = async (seconds: number, samples: [Float64Array, Float64Array] | null) => {
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    let pairs = 0;
    while (pairs < limits.maxCount && performance.now() < deadline) {
      for (const [k, operation] of [a, b].entries()) {
        const start = performance.now();
        await operation();
        if (samples) (samples[k] as Float64Array)[pairs] = performance.now() - start;
      }
      pairs++;
    }
    return { pairs, seconds: (performance.now() - started) / 1000 };
  };
  if (limits.warmupSeconds) await run(limits.warmupSeconds, null);
  const samples: [Float64Array, Float64Array] = [
    new Float64Array(limits.maxCount),
    new Float64Array(limits.maxCount),
  ];
  const { pairs, seconds } = await run(limits.seconds, samples);
  return [
    summarise(samples[0].subarray(0, pairs), seconds),
    summarise(samples[1].subarray(0, pairs), seconds),
  ];
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One GET over a kept-alive connection from this process, its body read to the end (as autocannon reads it);
 * throws on a status other than 200. For `alternatedLoop`, where the floor runs in this process between requests.
 */
export function getOnce(url: string, cookie: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: keepAlive, headers: { cookie } }, (response) => {
        response.resume();
        response.on('end', () =>
          response.statusCode === 200
            ? resolve()
            : reject(new Error(`${url} answered ${response.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

const loadGenerators = new Set<ChildProcess>();

/** Ends any running load generator at once (on Ctrl-C, before the server is stopped). */
export function killLoadGenerators(): void {
  for (const child of loadGenerators) child.kill('SIGKILL');
}

/**
 * HTTP load from a separate process (autocannon), so the load generator does not share the server's event
 * loop. Each request carries the next cookie of the pool.
 */
export function httpLoad(job: LoadJob): Promise<HttpSummary> {
  const child = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [], {
    cwd: fileURLToPath(new URL('..', import.meta.url)), // where `--import tsx` resolves
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Its own process group: Ctrl-C reaches the bench, which ends it (it exits when the IPC channel closes).
    detached: true,
  });
  loadGenerators.add(child);
  const limitMs = (job.seconds + (job.warmupSeconds ?? 0) + 60) * 1000;
  return new Promise<HttpSummary>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`load generator gave no answer within ${limitMs / 1000} s`));
    }, limitMs);
    const finish = (error: Error | null, result?: HttpSummary) => {
      clearTimeout(timer);
      loadGenerators.delete(child);
      child.removeAllListeners();
      if (child.connected) child.disconnect();
      if (error) reject(error);
      else resolve(result as HttpSummary);
    };
    child.on('message', (reply: LoadReply) => {
      if (reply.ok) finish(null, reply.result);
      else finish(new Error(`load generator: ${reply.error}`));
    });
    child.on('error', (error) => finish(error));
    child.on('exit', (code, signal) => finish(new Error(`load generator exited (${code ?? signal})`)));
    child.send(job);
  });
}
