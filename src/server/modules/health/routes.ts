import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { DatabaseKind } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';
import { ping } from './repository.ts';

const Health = Type.Object({
  status: Type.Enum(['ok', 'degraded']),
  database: Type.Object({ kind: Type.String(), reachable: Type.Boolean(), latencyMs: Type.Number() }),
  version: Type.String(),
  uptimeSeconds: Type.Number(),
});

/** Load balancers poll this: 200 when the database answers, 503 when it does not. */
export function healthRoutes(
  db: Kysely<Database>,
  kind: DatabaseKind,
  version: string,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/health',
      { schema: { tags: ['health'], summary: '健康检查', response: { 200: Health, 503: Health } } },
      async (request, reply) => {
        const started = performance.now();
        let reachable = true;
        try {
          await Promise.race([
            ping(db),
            new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
          ]);
        } catch (error) {
          request.log.warn({ err: error }, 'health check: database unreachable');
          reachable = false;
        }
        const body = {
          status: reachable ? ('ok' as const) : ('degraded' as const),
          database: { kind, reachable, latencyMs: Math.round((performance.now() - started) * 100) / 100 },
          version,
          uptimeSeconds: Math.round(process.uptime()),
        };
        return reply.code(reachable ? 200 : 503).send(body);
      },
    );
  };
}
