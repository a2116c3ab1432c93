import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import * as repo from './repository.ts';

/**
 * What a module does with its rows when a customer is merged, destroyed or handed over. Merge, retention and
 * handover walk `registry.ts`, so a module adding a table that references customers declares it in its own
 * lifecycle file and nobody else's code changes. Every hook runs inside the caller's transaction.
 */
export interface CustomerLifecycle {
  /** The table (or concern) it covers; its counts are reported under this name. */
  name: string;
  /** The duplicate's rows now belong to the customer that stays. Returns the rows moved. */
  merge?(trx: Kysely<Database>, move: { keepId: number; duplicateId: number }): Promise<number>;
  /** The customers' data is destroyed (retention): their rows go. Returns the rows deleted. */
  destroy?(trx: Kysely<Database>, customerIds: number[]): Promise<number>;
  /** A leaving employee's open work passes to the successor. Returns the rows passed on. */
  handOver?(trx: Kysely<Database>, move: { fromUserId: number; toUserId: number }): Promise<number>;
}

/** A plain child table (customer_id column): merged rows move over, destroyed ones are deleted. */
export function childTable(table: repo.CustomerChildTable): CustomerLifecycle {
  return {
    name: table,
    merge: (trx, move) => repo.moveRows(trx, table, move.duplicateId, move.keepId),
    destroy: (trx, customerIds) => repo.deleteRows(trx, table, customerIds),
  };
}

type Stage = 'merge' | 'destroy' | 'handOver';

/** Runs one stage of every lifecycle that has it, in order; the counts per name go into the audit record. */
export async function runLifecycles<S extends Stage>(
  lifecycles: CustomerLifecycle[],
  stage: S,
  trx: Kysely<Database>,
  argument: Parameters<NonNullable<CustomerLifecycle[S]>>[1],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const lifecycle of lifecycles) {
    const hook = lifecycle[stage] as
      | ((
          trx: Kysely<Database>,
          argument: Parameters<NonNullable<CustomerLifecycle[S]>>[1],
        ) => Promise<number>)
      | undefined;
    if (hook) counts[lifecycle.name] = await hook(trx, argument);
  }
  return counts;
}
