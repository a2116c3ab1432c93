import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { purgeExpiredSessions, purgeStaleThrottle } from '../modules/auth/service.ts';

const HOURLY = 3600_000;

/** Deletes expired sessions and stale sign-in counters every hour; idempotent, so every instance may run it. */
export function startHousekeeping(db: Kysely<Database>, log: FastifyBaseLogger): { stop(): void } {
  const timer = setInterval(() => {
    purgeExpiredSessions(db)
      .then((n) => n > 0 && log.info({ purged: n }, 'expired sessions purged'))
      .catch((error) => log.warn({ err: error }, 'session purge failed'));
    purgeStaleThrottle(db).catch((error) => log.warn({ err: error }, 'sign-in throttle purge failed'));
  }, HOURLY);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
