import { describe, expect, it } from 'vitest';
import { searchTerms } from './terms.ts';

describe('search terms', () => {
  it('cuts Chinese into words and their parts, without punctuation, full-width letters made half-width', () => {
    const terms = searchTerms('设备安装后控制面板偶发黑屏，ＰＬＣ报警！');
    expect(terms).toEqual(
      expect.arrayContaining(['设备', '安装', '控制面板', '面板', '黑屏', 'plc', '报警']),
    );
    expect(terms).not.toContain('，');
    expect(terms).not.toContain('！');
  });

  it('gives the same terms for a query as for the text it should find', () => {
    const stored = new Set(searchTerms('打印模块卡纸，客户要求更换整机'));
    for (const term of searchTerms('卡纸')) expect(stored.has(term)).toBe(true);
  });
});
