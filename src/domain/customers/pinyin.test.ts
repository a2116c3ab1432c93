import { describe, expect, it } from 'vitest';
import { nameInitials, nameSortKey } from './pinyin.ts';

const byKey = (names: string[]) =>
  [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : nameSortKey(a) > nameSortKey(b) ? 1 : 0));

describe('pinyin order of customer names', () => {
  it('sorts provinces as a Chinese reader expects, not by code point', () => {
    expect(byKey(['上海', '重庆', '北京', '安徽'])).toEqual(['安徽', '北京', '重庆', '上海']);
    expect(byKey(['上海华兴', '东莞华兴', '北京华兴'])).toEqual(['北京华兴', '东莞华兴', '上海华兴']);
  });

  it('reads polyphones in context: 长 as chang in 长沙, zhang in 行长; 重 as chong in 重庆', () => {
    expect(nameSortKey('长沙银行')).toBe('chang2sha1yin2hang2 长沙银行');
    expect(nameSortKey('重庆')).toMatch(/^chong2qing4 /);
    // 长沙 (chang) sorts before 常州 (chang, later syllable zhou) and after 曹县 (cao).
    expect(byKey(['常州', '长沙', '曹县'])).toEqual(['曹县', '长沙', '常州']);
  });

  it('lists a shorter reading first, and tones in dictionary order', () => {
    // 西安 xi an before 先锋 xian feng: a syllable ends before any longer one starting the same.
    expect(byKey(['先锋', '西安'])).toEqual(['西安', '先锋']);
    expect(byKey(['妈妈商行', '马记', '麻辣'])).toEqual(['妈妈商行', '麻辣', '马记']);
    expect(nameSortKey('女儿')).toMatch(/^nv3er2 /);
  });

  it('places digits first and Latin letters among the pinyin of their letter', () => {
    expect(byKey(['北京', '3M中国', 'ABC科技', '安徽', 'Zeta'])).toEqual([
      '3M中国',
      'ABC科技',
      '安徽',
      '北京',
      'Zeta',
    ]);
    expect(nameSortKey('３Ｍ（中国）')).toBe('3mzhong1guo2 ３Ｍ（中国）');
  });

  it('keeps names that read alike together, ordered among themselves', () => {
    // 华兴 and 华星 both read hua2xing1: the name decides, so each name's rows stay together.
    expect(byKey(['华星商贸', '华兴商贸', '华星商贸'])).toEqual(['华兴商贸', '华星商贸', '华星商贸']);
    expect(nameSortKey('华兴商贸').split(' ')[0]).toBe(nameSortKey('华星商贸').split(' ')[0]);
  });

  it('makes pinyin initials, letters and digits kept as they are', () => {
    expect(nameInitials('上海中联')).toBe('shzl');
    expect(nameInitials('长沙银行')).toBe('csyh');
    expect(nameInitials('3M（中国）有限公司')).toBe('3mzgyxgs');
    expect(nameInitials('ABC科技')).toBe('abckj');
  });
});
