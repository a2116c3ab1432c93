/**
 * The load generator, run as a child process by measure.ts (`httpLoad`): autocannon with keep-alive
 * connections, a rotating pool of session cookies, an unmeasured warm-up, and exact latencies of the
 * successful responses. Loopback targets only.
 */
import autocannon from 'autocannon';
import { type HttpSummary, summarise } from './measure.ts';

export interface LoadJob {
  url: string;
  /** Cookie header values to rotate through, one per request. */
  cookies: string[];
  /** GET (default) or POST. */
  method?: 'GET' | 'POST';
  /**
   * JSON bodies, one per request, sent with `cookies[i]` and never twice (each may change something only once,
   * such as completing a task): the runs stop when they run out.
   */
  bodies?: string[];
  /**
   * Request paths (with their query strings) to rotate through with the cookies: request i goes to
   * `paths[i % paths.length]` with `cookies[i % cookies.length]`. Without it, every request goes to `url`.
   */
  paths?: string[];
  /**
   * Sends every body once, all at the same moment, each on a connection of its own (the connections, seconds
   * and warm-up do not apply): the latency of each request, and the wall time from the first sent to the last
   * answered as `seconds`.
   */
  burst?: boolean;
  connections: number;
  seconds: number;
  warmupSeconds?: number;
  /** Bound on the measured requests (and on the memory their latencies take). */
  maxRequests?: number;
}

export type LoadReply = { ok: true; result: HttpSummary } | { ok: false; error: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const MAX_SECONDS = 600;
const DEFAULT_MAX_REQUESTS = 5_000_000;

function cannon(
  options: autocannon.Options,
  onResponse?: (ms: number, status: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) {
      instance.on('response', (_client, statusCode, _bytes, responseTime) =>
        onResponse(responseTime, statusCode),
      );
    }
  });
}

/** Every body at once, each request on its own connection (fetch opens one per request in flight). */
async function runBurst(job: LoadJob): Promise<HttpSummary> {
  const bodies = job.bodies ?? [];
  if (bodies.length === 0) throw new Error('a burst needs bodies');
  const latencies = new Float64Array(bodies.length);
  const statuses: Record<string, number> = {};
  let ok = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    bodies.map(async (body, i) => {
      const sent = performance.now();
      try {
        const response = await fetch(job.url, {
          method: job.method ?? 'POST',
          headers: {
            cookie: job.cookies[i % job.cookies.length] as string,
            'content-type': 'application/json',
          },
          body,
        });
        await response.arrayBuffer();
        if (response.status >= 200 && response.status < 300) latencies[ok++] = performance.now() - sent;
        else statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      } catch {
        errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const non2xx = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    ...summarise(latencies.subarray(0, ok), seconds),
    non2xx,
    errors,
    timeouts: 0,
    ...(non2xx > 0 ? { statuses } : {}),
  };
}

export async function runLoad(job: LoadJob): Promise<HttpSummary> {
  if (job.bodies && job.bodies.length !== job.cookies.length)
    throw new Error('bodies and cookies must pair up, one of each per request');
  const target = new URL(job.url);
  if (!LOOPBACK.has(target.hostname)) throw new Error(`refusing to load ${target.host}: loopback only`);
  if (job.burst) return runBurst(job);
  if (!(job.seconds > 0 && job.seconds <= MAX_SECONDS))
    throw new Error(`seconds must be in (0, ${MAX_SECONDS}]`);
  if (job.cookies.length === 0) throw new Error('no cookies to send');
  const maxRequests = job.maxRequests ?? DEFAULT_MAX_REQUESTS;
  let turn = 0;
  const bodies = job.bodies;
  // One-use bodies: each connection builds a request ahead when it starts, so keep that many spare.
  const left = () =>
    bodies ? Math.max(0, bodies.length - turn - 2 * job.connections) : Number.POSITIVE_INFINITY;
  const options = (seconds: number): autocannon.Options => ({
    url: job.url,
    connections: job.connections,
    duration: seconds,
    maxOverallRequests: Math.min(maxRequests, left()),
    timeout: 10,
    requests: [
      {
        method: job.method ?? 'GET',
        setupRequest: (request) => {
          const i = turn++;
          const cookie = job.cookies[i % job.cookies.length] as string;
          const path = job.paths ? (job.paths[i % job.paths.length] as string) : request.path;
          if (!bodies) return { ...request, path, headers: { ...request.headers, cookie } };
          return {
            ...request,
            path,
            headers: { ...request.headers, cookie, 'content-type': 'application/json' },
            body: bodies[i % bodies.length] as string,
          };
        },
      },
    ],
  });

  let warmupRequests = 0;
  if (job.warmupSeconds && left() > 0) {
    const warm = await cannon(options(job.warmupSeconds));
    warmupRequests = warm.requests.total;
  }
  if (left() < 1) throw new Error('no request bodies left for the measured run');
  const latencies = new Float64Array(maxRequests);
  let recorded = 0;
  const started = performance.now();
  const statuses: Record<string, number> = {};
  const result = await cannon(options(job.seconds), (ms, status) => {
    if (status >= 200 && status < 300) {
      if (recorded < latencies.length) latencies[recorded++] = ms;
    } else statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const seconds = (performance.now() - started) / 1000;
  const summary = summarise(latencies.subarray(0, recorded), seconds);
  return {
    ...summary,
    // autocannon's own count of 2xx responses over its measured duration.
    rps: result.duration > 0 ? result['2xx'] / result.duration : summary.rps,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    warmupRequests,
    ...(Object.keys(statuses).length > 0 ? { statuses } : {}),
  };
}

if (process.send) {
  process.on('message', (job: LoadJob) => {
    runLoad(job).then(
      (result) => process.send?.({ ok: true, result } satisfies LoadReply),
      (error: unknown) => process.send?.({ ok: false, error: String(error) } satisfies LoadReply),
    );
  });
  // The bench went away (finished, crashed or interrupted): so do we.
  process.on('disconnect', () => process.exit(0));
}
