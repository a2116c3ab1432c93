import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { get } from '../../api/client.ts';
import type { Department } from '../../api/types.ts';

export function useDepartments() {
  return useQuery({
    queryKey: ['departments'],
    queryFn: () => get<{ items: Department[] }>('/api/v1/departments'),
  });
}

/**
 * The departments as a tree, the same array until they change: a TreeSelect given a new tree on every render
 * rebuilds (and re-animates) its open dropdown, and a click landing meanwhile is lost.
 */
export function useDepartmentTree(): DepartmentTreeNode[] {
  const { data } = useDepartments();
  return useMemo(() => departmentTree(data?.items ?? []), [data]);
}

export interface DepartmentTreeNode {
  title: string;
  value: number;
  key: number;
  department: Department;
  /** Absent on leaves: an empty array would give every row of the department table an expand button. */
  children?: DepartmentTreeNode[];
}

/** The flat list from the API as a tree (for TreeSelect and the department page). */
export function departmentTree(items: Department[]): DepartmentTreeNode[] {
  const nodes = new Map<number, DepartmentTreeNode>(
    items.map((d) => [d.id, { title: d.name, value: d.id, key: d.id, department: d }]),
  );
  const roots: DepartmentTreeNode[] = [];
  for (const d of items) {
    const node = nodes.get(d.id) as DepartmentTreeNode;
    const parent = d.parentId === null ? undefined : nodes.get(d.parentId);
    if (!parent) roots.push(node);
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  }
  return roots;
}
