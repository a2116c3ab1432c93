/** The departments a new company starts with (SPEC §1). */
export const DEFAULT_DEPARTMENTS = [
  '总经理办公室',
  '客户服务部',
  '销售部',
  '技术部',
  '物流部',
  '市场部',
  '售后服务部',
] as const;

export interface DepartmentNode {
  id: number;
  parentId: number | null;
}

/** The department and every department under it. */
export function subtreeIds(departments: DepartmentNode[], rootId: number): number[] {
  const children = new Map<number | null, number[]>();
  for (const d of departments) {
    const list = children.get(d.parentId) ?? [];
    list.push(d.id);
    children.set(d.parentId, list);
  }
  const result: number[] = [];
  const stack = [rootId];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const id = stack.pop() as number;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

/** Moving a department under itself or one of its descendants would make a cycle. */
export function wouldCreateCycle(
  departments: DepartmentNode[],
  id: number,
  newParentId: number | null,
): boolean {
  if (newParentId === null) return false;
  return subtreeIds(departments, id).includes(newParentId);
}
