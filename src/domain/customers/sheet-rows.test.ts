import { describe, expect, it } from 'vitest';
import { mapHeaders, parseImportRow } from './import-columns.ts';
import { halfWidth, ignoredKind, maskedValue } from './sheet-rows.ts';

describe('a 总表 filled by hand', () => {
  it('reads full-width digits, letters and punctuation as ASCII', () => {
    expect(halfWidth('１３９１２３４５６７８')).toBe('13912345678');
    expect(halfWidth('ＫＨ０００１')).toBe('KH0001');
    expect(halfWidth('０３１０－６８１２３４５\u3000（总机）')).toBe('0310-6812345 (总机)');
  });

  it('finds headers by name or alias, full-width or spaced, and names them as the sheet does', () => {
    const { map, names } = mapHeaders([
      '序号',
      '客户名称（简称）',
      '联 系 方 式',
      'ｑｑ',
      '年合作金额（元）',
    ]);
    expect([...map.entries()]).toEqual([
      [1, 'name'],
      [2, 'contactMobile'],
      [3, 'contactQq'],
      [4, 'annualAmount'],
    ]);
    expect(names.get('contactMobile')).toBe('联 系 方 式');
  });

  it('tells blank rows, notes and 合计 lines from customers', () => {
    const row = (cells: string[], name = cells[1]) => ignoredKind(cells, { name, code: '' });
    expect(row(['3', ''])).toBe('blank');
    expect(row(['', '', '—'], '—')).toBe('blank');
    expect(row(['注：客户等级根据年合作金额划分'], '')).toBe('note');
    expect(row(['填表说明：金额单位为元'], '')).toBe('note');
    expect(row(['合计', '5 家'])).toBe('total');
    expect(row(['', '总 计：12 家'])).toBe('total');
    expect(row(['', '5家'])).toBe('total');
    expect(row(['4', '备注科技有限公司'])).toBeNull();
    expect(ignoredKind(['1', '合计采购贸易公司', '合计采购3次'], { name: '合计采购贸易公司' })).toBeNull();
  });

  it('knows a masked row by its asterisks', () => {
    expect(maskedValue({ name: '宁波港联', contactMobile: '139****2222' })).toBe('139****2222');
    expect(maskedValue({ name: '宁波港联', annualAmount: '***' })).toBe('***');
    expect(maskedValue({ name: '宁波港联', contactName: '王*' })).toBe('王*');
    expect(maskedValue({ name: '宁波港联*', contactMobile: '13911112222' })).toBeUndefined();
  });
});

describe('a row’s contact and amount', () => {
  const parse = (cells: Record<string, string>) => parseImportRow({ name: '保定恒远纸业', ...cells });

  it('takes a mobile or a landline from 联系方式; without 联系人 the number is the customer’s own', () => {
    expect(parse({ contactMobile: '１３９１２３４５６７８' }).row?.contact).toEqual({
      name: '保定恒远纸业',
      own: true,
      mobile: '13912345678',
    });
    expect(parse({ contactMobile: '0310-6812345' }).row?.contact).toMatchObject({ phone: '0310-6812345' });
    expect(
      parse({ contactMobile: '13912345678 / 0310-6812345', contactName: '张伟' }).row?.contact,
    ).toMatchObject({ name: '张伟', own: false, mobile: '13912345678', phone: '0310-6812345' });
    // The 电话 column wins over a landline in 联系方式.
    expect(parse({ contactMobile: '0310-6812345', contactPhone: '0310-6812346' }).row?.contact?.phone).toBe(
      '0310-6812346',
    );
  });

  it('quotes a bad value and names the column as the sheet does', () => {
    const said = (cells: Record<string, string>) =>
      parseImportRow({ name: '保定恒远纸业', ...cells }).errors.map(({ column, message }) => ({
        column,
        message,
      }));
    const names = new Map([['contactMobile', '手机']] as const);
    // A code and its value for the web to word in the user's language; the Chinese text for the error report.
    expect(parseImportRow({ name: '某公司', contactMobile: '1381234' }, names).errors).toEqual([
      {
        column: '手机',
        field: 'contactMobile',
        code: 'badMobile',
        params: { value: '1381234' },
        message: '“1381234”应为 11 位手机号码',
      },
    ]);
    expect(said({ contactMobile: '12ab' })).toEqual([
      { column: '联系方式', message: '“12ab”应为 11 位手机号码' },
    ]);
    expect(said({ contactMobile: 'abc' })).toEqual([
      { column: '联系方式', message: '“abc”应为 11 位手机号码或座机号码（如 0310-6812345）' },
    ]);
    expect(said({ annualAmount: '很多' })).toEqual([
      { column: '年合作金额', message: '“很多”应为金额（元），如 500000 或 500,000.00' },
    ]);
    expect(said({ tier: 'S' })).toEqual([{ column: '客户等级', message: '“S”应为 A / B / C / D' }]);
  });

  it('reads amounts written as text or stored as numbers, and tiers as A, Ａ类 or b级', () => {
    expect(parse({ annualAmount: '500,000.00 元' }).row?.annualAmount).toBe('500000.00');
    expect(parse({ annualAmount: '１２３４.５' }).row?.annualAmount).toBe('1234.50');
    // What Excel stores for a computed amount: the float's rounding error is not a third decimal.
    expect(parse({ annualAmount: '1234.5600000000002' }).row?.annualAmount).toBe('1234.56');
    expect(parse({ annualAmount: '1234.567' }).errors).toHaveLength(1);
    expect(parse({ tier: 'Ａ类' }).row?.tier).toBe('A');
    expect(parse({ tier: 'b级' }).row?.tier).toBe('B');
  });
});
