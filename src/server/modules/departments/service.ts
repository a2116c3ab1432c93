import type { Kysely } from 'kysely';
import { wouldCreateCycle } from '../../../domain/departments.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { conflict, type FieldError, invalid, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as repo from './repository.ts';

const DEPARTMENT = { zh: '部门', en: 'Department' };

function toJson(row: repo.DepartmentView) {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parent_id,
    sortOrder: row.sort_order,
    memberCount: Number(row.member_count ?? 0),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Any signed-in user may read the department list: forms everywhere pick departments from it. */
export async function listDepartments(db: Kysely<Database>, _ctx: RequestContext) {
  return (await repo.listDepartments(db)).map(toJson);
}

async function findOrThrow(db: Kysely<Database>, id: number) {
  const row = (await repo.listDepartments(db)).find((d) => d.id === id);
  if (!row) throw notFound(DEPARTMENT);
  return toJson(row);
}

async function checkPlacement(
  db: Kysely<Database>,
  name: string,
  parentId: number | null,
  id?: number,
): Promise<FieldError[]> {
  const nodes = await repo.departmentNodes(db);
  const errors: FieldError[] = [];
  if (parentId !== null && !nodes.some((n) => n.id === parentId)) {
    errors.push({ field: 'parentId', zh: '上级部门不存在', en: 'no such parent department' });
  } else if (id !== undefined && wouldCreateCycle(nodes, id, parentId)) {
    errors.push({
      field: 'parentId',
      zh: '不能移到自身或其下级部门之下',
      en: 'cannot be the department itself or below it',
    });
  }
  if (await repo.siblingNameTaken(db, parentId, name, id)) {
    errors.push({ field: 'name', zh: '同级已有同名部门', en: 'a sibling department has this name' });
  }
  return errors;
}

export async function createDepartment(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: { name: string; parentId?: number | null; sortOrder?: number },
) {
  requirePermission(ctx.actor, 'departments.manage');
  const name = input.name.trim();
  const parentId = input.parentId ?? null;
  const id = await db.transaction().execute(async (trx) => {
    const errors = await checkPlacement(trx, name, parentId);
    if (errors.length > 0) throw invalid(errors);
    const newId = await repo.insertDepartment(trx, { name, parentId, sortOrder: input.sortOrder ?? 0 });
    await recordAudit(trx, ctx, 'departments.created', { type: 'department', id: newId }, { name, parentId });
    return newId;
  });
  return findOrThrow(db, id);
}

export async function updateDepartment(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: number,
  input: { name?: string; parentId?: number | null; sortOrder?: number },
) {
  requirePermission(ctx.actor, 'departments.manage');
  const existing = await findOrThrow(db, id);
  const name = input.name?.trim() ?? existing.name;
  const parentId = input.parentId === undefined ? existing.parentId : input.parentId;
  await db.transaction().execute(async (trx) => {
    const errors = await checkPlacement(trx, name, parentId, id);
    if (errors.length > 0) throw invalid(errors);
    await repo.updateDepartment(trx, id, { name, parent_id: parentId, sort_order: input.sortOrder });
    await recordAudit(trx, ctx, 'departments.updated', { type: 'department', id }, { ...input });
  });
  return findOrThrow(db, id);
}

export async function deleteDepartment(db: Kysely<Database>, ctx: RequestContext, id: number): Promise<void> {
  requirePermission(ctx.actor, 'departments.manage');
  const existing = await findOrThrow(db, id);
  await db.transaction().execute(async (trx) => {
    const { users, children } = await repo.usage(trx, id);
    if (users > 0 || children > 0) {
      throw conflict({
        zh: `部门“${existing.name}”下还有 ${users} 名员工、${children} 个下级部门，不能删除`,
        en: `Department "${existing.name}" still has ${users} users and ${children} sub-departments`,
      });
    }
    await repo.deleteDepartment(trx, id);
    await recordAudit(trx, ctx, 'departments.deleted', { type: 'department', id }, { name: existing.name });
  });
}
