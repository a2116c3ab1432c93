import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemOfError } from './problem.ts';

export const NDJSON = 'application/x-ndjson';

export interface Progress {
  /** Rows (or other units) done so far. */
  done: number;
  /** All of them, when known in advance. */
  total: number | null;
  phase: string;
}

/** Whether the client asked to follow a long operation line by line. */
export function wantsProgress(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes(NDJSON);
}

const PROGRESS_EVERY_MS = 250;

/**
 * Runs long work and answers with newline-delimited JSON: `{"type":"progress",…}` lines while it runs (the start
 * at once, then at most every 250 ms), then one `{"type":"result",…}` or `{"type":"error","problem":…}` line. The status is 200 once
 * the stream started, so a failure arrives as the problem of its last line.
 */
export function streamProgress<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  work: (report: (progress: Progress) => void) => Promise<T>,
): FastifyReply {
  const stream = new PassThrough();
  const line = (value: object) => stream.write(`${JSON.stringify(value)}\n`);
  let last = 0;
  const report = (progress: Progress) => {
    const now = Date.now();
    if (progress.done > 0 && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    line({ type: 'progress', ...progress });
  };
  void work(report)
    .then((result) => line({ type: 'result', result }))
    .catch((error: unknown) => line({ type: 'error', problem: problemOfError(request, error) }))
    .finally(() => stream.end());
  return reply.type(`${NDJSON}; charset=utf-8`).header('cache-control', 'no-store').send(stream);
}
