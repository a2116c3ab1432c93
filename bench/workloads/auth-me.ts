/**
 * `GET /api/v1/auth/me` with a rotating pool of session cookies, against the floor: the SQL that
 * findSessionActor sends (captured from it, so it stays the same SQL), run through the server's own pool.
 */
import { createHash } from 'node:crypto';
import {
  CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import type { Database } from '../../src/server/db/schema.ts';
import { findSessionActor } from '../../src/server/modules/auth/repository.ts';
import { measureLoop } from '../measure.ts';
import { profiledHttpLoad } from '../profile.ts';
import { type ResultRow, ratio, type Workload, type WorkloadContext } from '../workload.ts';

const MARKER = 'bench-session-id-marker';
/** Bound on operations per measured run; time is the other bound. */
const MAX_OPERATIONS = 2_000_000;

/** The exact SQL and parameters findSessionActor would send for a session id. */
export async function sessionLookupQuery(): Promise<(sessionId: string) => CompiledQuery> {
  let captured: CompiledQuery | undefined;
  const probe = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      captured = event.query;
    },
  });
  await findSessionActor(probe, MARKER);
  await probe.destroy();
  const query = captured;
  if (query?.parameters.filter((p) => p === MARKER).length !== 1) {
    throw new Error('could not capture the session lookup SQL from findSessionActor');
  }
  return (sessionId) =>
    CompiledQuery.raw(
      query.sql,
      query.parameters.map((p) => (p === MARKER ? sessionId : p)),
    );
}

export const authMe: Workload = {
  name: 'auth/me',
  description: 'GET /api/v1/auth/me with session cookies rotating across requests',
  async run(context: WorkloadContext): Promise<ResultRow[]> {
    const { db, baseUrl, org, settings, kind } = context;
    const secrets = org.sessionSecrets;
    const sessionIds = secrets.map((s) => createHash('sha256').update(s).digest('hex'));
    const cookies = secrets.map((s) => `huifang_session=${s}`);
    const lookup = await sessionLookupQuery();

    // Both paths must do the real work: a signed-in answer from the server, a row from the SQL.
    const probe = await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { cookie: cookies[0] as string } });
    if (probe.status !== 200)
      throw new Error(`GET /api/v1/auth/me answered ${probe.status}: ${await probe.text()}`);
    for (const id of sessionIds.slice(0, 20)) {
      const { rows } = await db.executeQuery(lookup(id));
      if (rows.length !== 1) throw new Error('the session lookup found no row for a generated session');
    }

    const floorRun = (concurrency: number) =>
      measureLoop((i) => db.executeQuery(lookup(sessionIds[i % sessionIds.length] as string)), {
        concurrency,
        seconds: settings.seconds,
        warmupSeconds: Math.min(1, settings.warmupSeconds),
        maxCount: MAX_OPERATIONS,
      });

    const rows: ResultRow[] = [];
    context.log('session lookup (raw SQL), sequential');
    const sequential = await floorRun(1);
    rows.push({
      workload: 'session lookup (raw SQL)',
      db: kind,
      concurrency: 1,
      app: null,
      floor: sequential,
      ratio: null,
    });

    for (const connections of settings.connections) {
      context.log(`auth/me over HTTP, ${connections} connection(s)`);
      const app = await profiledHttpLoad(context, 'auth/me', {
        url: `${baseUrl}/api/v1/auth/me`,
        cookies,
        connections,
        seconds: settings.seconds,
        warmupSeconds: settings.warmupSeconds,
        maxRequests: MAX_OPERATIONS,
      });
      let floor = sequential;
      if (connections !== 1) {
        context.log(`session lookup (raw SQL), ${connections} concurrent callers`);
        floor = await floorRun(connections);
      }
      rows.push({
        workload: 'auth/me',
        db: kind,
        concurrency: connections,
        app,
        floor,
        ratio: ratio(app, floor),
      });
    }
    return rows;
  },
};
