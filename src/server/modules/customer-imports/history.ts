import type { Kysely } from 'kysely';
import { type ImportedHistory, nextTaskSpan } from '../../../domain/followups/history-import.ts';
import type { Database } from '../../db/schema.ts';
import type { RequestContext } from '../../http/actor.ts';
import { recordLatestFollowups, refreshNextFollowup } from '../followups/summary-repository.ts';
import type { PlanContext, PlannedRow } from './plan.ts';
import * as repo from './repository.ts';

/**
 * The 总表's history brought along with its customers (issue 11): per row, the last contact as a record (imported,
 * reviewed already), the next planned contact as a task, an open problem as an issue request. Each is keyed so
 * that importing the sheet again adds none: the record by customer and contact time, the task by its source key
 * import:next:<date>, the request by customer and contact time.
 */

/** Which parts of a row's history the system does not have yet (what applying it would create). */
export interface FreshHistory {
  record: boolean;
  task: boolean;
  issue: boolean;
}

export interface HistoryCounts {
  records: number;
  tasks: number;
  issues: number;
}

const taskKey = (history: ImportedHistory) => (history.next ? `import:next:${history.next.on}` : null);
const issueRef = (history: ImportedHistory) =>
  history.contact?.issueOpen ? history.contact.at.toISOString() : null;

/**
 * Marks what of each accepted row's history is new: all of it for a customer the sheet creates; for one it
 * matches, what the system and the earlier rows of the sheet do not have (one look-up per chunk).
 */
export async function freshHistory(
  db: Kysely<Database>,
  context: PlanContext,
  planned: PlannedRow[],
): Promise<void> {
  const rows = planned.filter((r) => r.history);
  const matched = rows.filter((r) => r.customerId !== undefined);
  const known = await repo.knownHistory(
    db,
    matched.map((r) => {
      const history = r.history as ImportedHistory;
      return {
        customerId: r.customerId as number,
        contactedAt: history.contact?.at ?? null,
        taskKey: taskKey(history),
        issueRef: issueRef(history),
      };
    }),
  );
  const knownOf = new Map(matched.map((r, i) => [r, known[i]]));
  for (const row of rows) {
    const history = row.history as ImportedHistory;
    const had = knownOf.get(row);
    // Two rows may name one customer (by code and by name): the second brings only what the first did not.
    const isNew = (has: boolean | undefined, key: string | null) => {
      if (key === null || has) return false;
      if (row.customerId === undefined) return true;
      const seen = `${row.customerId}|${key}`;
      if (context.historySeen.has(seen)) return false;
      context.historySeen.add(seen);
      return true;
    };
    row.fresh = {
      record: isNew(had?.record, history.contact ? `record:${history.contact.at.toISOString()}` : null),
      task: isNew(had?.task, taskKey(history)),
      issue: isNew(had?.issue, issueRef(history) && `issue:${issueRef(history)}`),
    };
  }
}

/** What the rows' fresh history counts (the preview's figures). */
export function countFresh(planned: PlannedRow[]): HistoryCounts {
  const counts = { records: 0, tasks: 0, issues: 0 };
  for (const { fresh } of planned) {
    counts.records += Number(fresh?.record ?? false);
    counts.tasks += Number(fresh?.task ?? false);
    counts.issues += Number(fresh?.issue ?? false);
  }
  return counts;
}

/**
 * Writes the fresh history of a chunk's accepted rows, whose customers exist by now (created or matched): one
 * statement each for the records, the tasks and the issue requests, then the customers' follow-up columns — the
 * imported contact becomes the latest unless a newer record is there, and the next task counts for 下次计划回访时间.
 * The record is the account manager's the row names, else the importer's.
 */
export async function applyHistory(
  trx: Kysely<Database>,
  ctx: RequestContext,
  timeZone: string,
  planned: PlannedRow[],
): Promise<HistoryCounts> {
  const rows = planned.filter((r) => r.fresh && r.history && r.customerId !== undefined);
  const of = (r: PlannedRow) => ({
    customerId: r.customerId as number,
    history: r.history as ImportedHistory,
  });
  const records = await repo.insertImportedRecords(
    trx,
    rows
      .filter((r) => r.fresh?.record)
      .map((r) => {
        const { customerId, history } = of(r);
        const contact = history.contact as NonNullable<ImportedHistory['contact']>;
        return {
          line: r.line,
          customerId,
          day: contact.day,
          contactedAt: contact.at,
          staffId: r.ownerId ?? ctx.actor.id,
          method: contact.method,
          keyPoints: contact.summary ?? null,
          opinions: contact.feedback ?? null,
          satisfaction: contact.satisfaction ?? null,
          nextOn: history.next?.on ?? null,
          issueRequested: contact.issueOpen,
          resolved: contact.resolved,
        };
      }),
  );
  const tasked = await repo.insertImportedTasks(
    trx,
    ctx.actor.id,
    rows
      .filter((r) => r.fresh?.task)
      .map((r) => {
        const { customerId, history } = of(r);
        const next = history.next as NonNullable<ImportedHistory['next']>;
        return {
          customerId,
          sourceKey: taskKey(history) as string,
          method: next.method,
          ...nextTaskSpan(next.on, timeZone),
        };
      }),
  );
  const issues = await repo.insertImportedIssueRequests(
    trx,
    rows
      .filter((r) => r.fresh?.issue)
      .map((r) => ({ customerId: of(r).customerId, ref: issueRef(of(r).history) as string })),
  );
  await recordLatestFollowups(trx, records);
  await refreshNextFollowup(trx, [...new Set(tasked)]);
  return { records: records.length, tasks: tasked.length, issues };
}
