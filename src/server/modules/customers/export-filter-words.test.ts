import { describe, expect, it } from 'vitest';
import { exportFilterWords } from './export-filter-words.ts';

describe('the export’s 筛选条件 in words', () => {
  it('says 全部 when nothing narrows the list, and names each filter with its value in words', () => {
    expect(exportFilterWords({})).toBe('全部');
    expect(exportFilterWords({ limit: 50, cursor: 'x' })).toBe('全部');
    expect(exportFilterWords({ sort: '-createdAt' })).toBe('全部（按建档时间倒序）');
    expect(
      exportFilterWords(
        { tier: 'A', kind: 'franchisee', followup: 'overdue', doNotContact: false, ownerId: 7 },
        '王芳',
      ),
    ).toBe('客户等级：A；客户类型：加盟商；负责客户经理：王芳；免打扰：否；回访：已逾期');
  });
});
