import { describe, expect, it } from 'vitest';
import { subtreeIds, wouldCreateCycle } from './departments.ts';

describe('department tree', () => {
  const tree = [
    { id: 1, parentId: null },
    { id: 2, parentId: 1 },
    { id: 3, parentId: 2 },
    { id: 4, parentId: null },
  ];
  it('collects a subtree', () => {
    expect(subtreeIds(tree, 1).sort()).toEqual([1, 2, 3]);
    expect(subtreeIds(tree, 4)).toEqual([4]);
  });
  it('detects cycles', () => {
    expect(wouldCreateCycle(tree, 1, 3)).toBe(true);
    expect(wouldCreateCycle(tree, 1, 1)).toBe(true);
    expect(wouldCreateCycle(tree, 3, 4)).toBe(false);
    expect(wouldCreateCycle(tree, 2, null)).toBe(false);
  });
});
