import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

export type RequestLogLevel = 'info' | 'debug';

/** A request slower than this is worth an operator's attention whatever the request level is. */
export const SLOW_REQUEST_MS = 1000;

// Load balancers poll it every few seconds: at info it would drown everything else.
const QUIET_PATHS = new Set(['/api/health']);

/**
 * One line per request, when its response is sent (Fastify's own controller writes two, both at info). Server
 * errors and slow requests always come at info; health checks, and every other request when `level` is debug
 * (the demo, whose seeding alone makes thousands of requests), only at debug.
 */
export class RequestLog extends LogController {
  readonly level: RequestLogLevel;

  constructor(level: RequestLogLevel) {
    super();
    this.level = level;
  }

  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) {
      super.requestCompleted(error, request, reply);
      return;
    }
    const ms = reply.elapsedTime;
    const notable = reply.statusCode >= 500 || ms > SLOW_REQUEST_MS;
    const quiet = this.level === 'debug' || QUIET_PATHS.has(request.url.split('?')[0] ?? '');
    // The req and res serializers of Fastify's logger turn these into method, url, remote address and status.
    const line = { req: request, res: reply, responseTime: Math.round(ms * 10) / 10 };
    const message = ms > SLOW_REQUEST_MS ? 'slow request' : 'request completed';
    if (notable || !quiet) reply.log.info(line, message);
    else reply.log.debug(line, message);
  }
}
