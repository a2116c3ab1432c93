import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

export async function listDepartments(db: Kysely<Database>) {
  return db
    .selectFrom('departments as d')
    .select([
      'd.id',
      'd.name',
      'd.parent_id',
      'd.sort_order',
      'd.created_at',
      'd.updated_at',
      (eb) =>
        eb
          .selectFrom('users as u')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('u.department_id', '=', 'd.id')
          .where('u.status', '=', 'active')
          .as('member_count'),
    ])
    .orderBy('d.sort_order')
    .orderBy('d.id')
    .execute();
}

export type DepartmentView = Awaited<ReturnType<typeof listDepartments>>[number];

export async function departmentNodes(db: Kysely<Database>) {
  const rows = await db.selectFrom('departments').select(['id', 'parent_id']).execute();
  return rows.map((r) => ({ id: r.id, parentId: r.parent_id }));
}

export async function siblingNameTaken(
  db: Kysely<Database>,
  parentId: number | null,
  name: string,
  exceptId?: number,
): Promise<boolean> {
  let query = db
    .selectFrom('departments')
    .select('id')
    .where(sql`coalesce(parent_id, 0)`, '=', parentId ?? 0)
    .where('name', '=', name);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertDepartment(
  db: Kysely<Database>,
  dept: { name: string; parentId: number | null; sortOrder: number },
): Promise<number> {
  const row = await db
    .insertInto('departments')
    .values({ name: dept.name, parent_id: dept.parentId, sort_order: dept.sortOrder })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDepartment(
  db: Kysely<Database>,
  id: number,
  changes: { name?: string; parent_id?: number | null; sort_order?: number },
): Promise<void> {
  await db
    .updateTable('departments')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function usage(db: Kysely<Database>, id: number): Promise<{ users: number; children: number }> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('users')
        .select(eb.fn.countAll<number>().as('n'))
        .where('department_id', '=', id)
        .as('users'),
      eb
        .selectFrom('departments')
        .select(eb.fn.countAll<number>().as('n'))
        .where('parent_id', '=', id)
        .as('children'),
    ])
    .executeTakeFirstOrThrow();
  return { users: Number(row.users), children: Number(row.children) };
}

export async function deleteDepartment(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('departments').where('id', '=', id).execute();
}

/** Department ids in the subtree under `rootId` (inclusive), for department data scope. */
export async function subtreeIds(db: Kysely<Database>, rootId: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    with recursive tree(id) as (
      select id from departments where id = ${rootId}
      union
      select d.id from departments d join tree t on d.parent_id = t.id
    )
    select id from tree`.execute(db);
  return rows.map((r) => r.id);
}
