import { describe, expect, it } from 'vitest';
import { regionText } from './regions.ts';

describe('a customer’s region in words', () => {
  it('names a municipality once and a province with its city', () => {
    expect(regionText('上海市', '上海市')).toBe('上海市');
    expect(regionText('北京市', '北京')).toBe('北京市');
    expect(regionText('重庆市', '重庆市', '渝中区')).toBe('重庆市 渝中区');
    expect(regionText('浙江省', '杭州市')).toBe('浙江省 杭州市');
    expect(regionText('天津市', null)).toBe('天津市');
    expect(regionText(null, '苏州市')).toBe('苏州市');
    expect(regionText(null, undefined)).toBe('');
  });
});
