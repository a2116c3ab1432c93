import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequestContext } from '../../http/actor.ts';
import { conflict, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as links from './links-repository.ts';
import * as repo from './repository.ts';
import { getIssue, ISSUE, issueViewer } from './service.ts';
import { lockForChange } from './transitions.ts';

/**
 * 重复反映: a report of a problem already registered joins that issue. It is set aside (无需处理, naming the issue
 * it joined), so it is neither escalated nor revisited, and counts once; the main issue lists it.
 */
export async function linkDuplicate(db: Kysely<Database>, ctx: RequestContext, id: number, mainId: number) {
  if (mainId === id)
    throw invalid([{ field: 'issueId', zh: '不能并入问题自身', en: 'cannot be the issue itself' }]);
  const viewer = await issueViewer(db, ctx);
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    const row = await lockForChange(trx, ctx, id);
    const main = await repo.findIssue(trx, viewer, mainId);
    if (!main?.in_scope) throw notFound(ISSUE);
    const target = await repo.lockIssue(trx, mainId);
    if (target?.duplicate_of_id)
      throw conflict({
        zh: '该问题本身是重复反映，请并入它所并入的问题',
        en: 'That issue is itself a duplicate',
      });
    if (row.status !== 'pending' && row.status !== 'in_progress')
      throw conflict({
        zh: '只有待处理或处理中的问题可以并入其他问题',
        en: 'Only an open issue can be merged',
      });
    await repo.updateIssue(trx, id, {
      duplicate_of_id: mainId,
      status: 'no_action',
      no_action_reason: `重复反映，已并入 ${main.number}`,
      paused_at: null,
    });
    await repo.insertEvents(trx, [
      {
        issue_id: id,
        kind: 'duplicate_linked',
        from_status: row.status,
        to_status: 'no_action',
        cycle: row.cycle,
        note: `并入 ${main.number}`,
        actor_id: ctx.actor.id,
        at: now,
      },
      {
        issue_id: mainId,
        kind: 'duplicate_linked',
        cycle: target?.cycle ?? 1,
        note: `${row.number} 为同一问题的重复反映`,
        actor_id: ctx.actor.id,
        at: now,
      },
    ]);
    await recordAudit(
      trx,
      ctx,
      'issues.duplicate_linked',
      { type: 'issue', id },
      {
        number: row.number,
        into: main.number,
      },
    );
  });
  return getIssue(db, ctx, id);
}

/** 公开信: one reply answering many issues about the same matter, kept with each of them. */
export async function sendOpenLetter(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: { title: string; body: string; issueIds: number[] },
) {
  await issueViewer(db, ctx);
  const ids = [...new Set(input.issueIds)];
  const errors = [];
  if (!input.title.trim()) errors.push({ field: 'title', zh: '请填写标题', en: 'must not be blank' });
  if (!input.body.trim()) errors.push({ field: 'body', zh: '请填写公开信内容', en: 'must not be blank' });
  if (errors.length > 0) throw invalid(errors);
  const now = new Date();
  const letterId = await db.transaction().execute(async (trx) => {
    // lockForChange checks each issue is within the actor's reach (404 otherwise).
    const rows = [];
    for (const id of ids) rows.push(await lockForChange(trx, ctx, id));
    const newId = await links.insertLetter(
      trx,
      { title: input.title.trim(), body: input.body.trim(), createdBy: ctx.actor.id },
      ids,
    );
    await repo.insertEvents(
      trx,
      rows.map((row) => ({
        issue_id: row.id,
        kind: 'letter',
        cycle: row.cycle,
        note: `公开信：${input.title.trim()}`,
        actor_id: ctx.actor.id,
        at: now,
      })),
    );
    await recordAudit(
      trx,
      ctx,
      'open_letters.sent',
      { type: 'open_letter', id: newId },
      { issues: ids.length },
    );
    return newId;
  });
  return { id: letterId, issueIds: ids };
}

/** What an issue's page shows of its links: the issue it joined, the reports that joined it, its letters. */
export async function linksOf(db: Kysely<Database>, issue: { id: number; duplicateOfId: number | null }) {
  const [duplicates, letters, main] = await Promise.all([
    links.duplicatesOf(db, issue.id),
    links.lettersOf(db, issue.id),
    issue.duplicateOfId === null ? undefined : links.numberOf(db, issue.duplicateOfId),
  ]);
  return {
    duplicateOf: main ? { id: main.id, number: main.number } : null,
    duplicates: duplicates.map((d) => ({
      id: d.id,
      number: d.number,
      channel: d.channel,
      customerName: d.customer_name,
      raisedAt: d.raised_at.toISOString(),
    })),
    letters: letters.map((l) => ({
      id: l.id,
      title: l.title,
      body: l.body,
      createdByName: l.created_by_name,
      createdAt: l.created_at.toISOString(),
      issueCount: Number(l.issue_count),
    })),
  };
}
