import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { subtreeIds } from './repository.ts';

/** Which rows a user sees in full, resolved once per request (SPEC §2.5: own / department / all). */
export type ResolvedScope =
  | { kind: 'none' }
  | { kind: 'all' }
  | { kind: 'own'; userId: number }
  | { kind: 'department'; userId: number; departmentIds: number[] };

export async function resolveDataScope(db: Kysely<Database>, actor: Actor): Promise<ResolvedScope> {
  switch (actor.dataScope) {
    case 'all':
      return { kind: 'all' };
    case 'own':
      return { kind: 'own', userId: actor.id };
    case 'department':
      return actor.departmentId === null
        ? { kind: 'own', userId: actor.id }
        : { kind: 'department', userId: actor.id, departmentIds: await subtreeIds(db, actor.departmentId) };
    default:
      return { kind: 'none' };
  }
}

/**
 * A WHERE condition limiting rows to the scope, given the columns naming the users responsible for a row
 * (e.g. a customer's owner and service agent). Department scope covers rows whose responsible user
 * works in the department or below it.
 */
export function scopeCondition(scope: ResolvedScope, userColumns: string[]): RawBuilder<SqlBool> {
  const refs = userColumns.map((c) => sql.ref(c));
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'none':
      return sql<SqlBool>`false`;
    case 'own':
      return sql<SqlBool>`${scope.userId} in (${sql.join(refs)})`;
    case 'department':
      return sql<SqlBool>`(${scope.userId} in (${sql.join(refs)}) or exists (
        select 1 from users scope_u where scope_u.id in (${sql.join(refs)})
        and scope_u.department_id = any(${scope.departmentIds})))`;
  }
}
