import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { recordExport } from '../exports/policy.ts';
import { type BoardFilter, boardExportOf, boardOf } from './breach-board-repository.ts';
import { issueViewer } from './service.ts';

/**
 * 超时看板 (SPEC §4): the open issues past a deadline now, in the viewer's data scope, with the highest
 * escalation step of their current cycle, and per department how many stand at each level and urgency. The SQL is
 * breach-board-repository.ts.
 */

/** Who may see the board: whoever handles escalations (supervisors, department managers, executives). */
async function boardViewer(db: Kysely<Database>, ctx: RequestContext) {
  const viewer = await issueViewer(db, ctx);
  requirePermission(ctx.actor, 'issues.escalate');
  return viewer;
}

export async function breachBoard(db: Kysely<Database>, ctx: RequestContext, filter: BoardFilter) {
  const now = new Date();
  const [items, counts] = await boardOf(db, await boardViewer(db, ctx), filter, now);
  return { asOf: now.toISOString(), items, summary: counts };
}

export async function breachBoardExport(db: Kysely<Database>, ctx: RequestContext, filter: BoardFilter) {
  const exported = await boardExportOf(db, await boardViewer(db, ctx), filter, new Date());
  await recordExport(db, ctx, 'issues.breach_board_exported', {
    rows: exported.items.length,
    filter: { ...filter },
  });
  return exported;
}
