/**
 * BENCH_SLOW_QUERY_MS=N: logs every statement the bench process (the server included) sends through `pg` that
 * takes N ms or more, with its text — to find what stalls a request. It wraps pg.Client#query, which the server's
 * pool uses for PostgreSQL and for PGlite alike; the time counts from sending to the answer.
 */
import pg from 'pg';

export function logSlowQueries(thresholdMs: number, log: (message: string) => void): void {
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const started = performance.now();
    const result = original.apply(this, args);
    if (result instanceof Promise) {
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? '');
      void result.then(
        () => {
          const ms = performance.now() - started;
          if (ms >= thresholdMs)
            log(`slow statement ${ms.toFixed(0)} ms: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
        },
        () => {},
      );
    }
    return result;
  } as typeof pg.Client.prototype.query;
}
