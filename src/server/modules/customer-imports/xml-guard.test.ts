import { describe, expect, it } from 'vitest';
import { XmlGuard, type XmlRules } from './xml-guard.ts';

const rules: XmlRules = {
  values: new Set(['v', 't', 'is', 'f']),
  units: new Set(['row']),
  stopAt: 'sheetData',
  maxValueChars: 10,
  maxUnitChars: 80,
  valueTooLong: (row) => new Error(`value too long near row ${row}`),
  unitTooLong: (row) => new Error(`unit too long near row ${row}`),
  doctype: () => new Error('doctype'),
};

/** The XML cut into pieces of `size` characters, as chunks arrive: what passes, or the error. */
function scan(xml: string, size: number): string {
  const guard = new XmlGuard(rules);
  let passed = '';
  try {
    for (let at = 0; at < xml.length && !guard.stopped; at += size)
      passed += guard.scan(xml.slice(at, at + size));
    passed += guard.end();
  } catch (error) {
    return (error as Error).message;
  }
  return passed;
}

const sizes = [1, 2, 3, 7, 1000];

describe('watching streamed XML', () => {
  it('passes a sheet up to its end of rows, however the chunks are cut', () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>客户名称</t></is></c></row><x:row r="2"><x:c><x:v>12</x:v></x:c></x:row>';
    const xml = `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData><mergeCells count="1"/></worksheet>`;
    for (const size of sizes) expect(scan(xml, size)).toBe(xml.slice(0, xml.indexOf('</sheetData>')));
  });

  it('stops a value longer than a cell may be, naming the row', () => {
    const xml = `<sheetData><row r="7"><c><v>${'9'.repeat(11)}</v></c></row></sheetData>`;
    for (const size of sizes) expect(scan(xml, size)).toBe('value too long near row 7');
    // Ten characters in each of many values is fine: each value starts the count again.
    const many = `<sheetData><row r="1">${'<c><v>1234567890</v></c>'.repeat(2)}</row>`;
    for (const size of sizes) expect(scan(many, size)).toBe(many);
  });

  it('counts text after a value to it, as ExcelJS appends it', () => {
    const xml = `<sheetData><row r="1"><c><v>1</v></c></row>${'<a>12345</a>'.repeat(3)}`;
    for (const size of sizes) expect(scan(xml, size)).toBe('value too long near row 1');
  });

  it('stops a row longer than a row may be, and what lies between rows', () => {
    const xml = `<sheetData><row r="3">${'<c><v>1</v></c>'.repeat(5)}</row>`;
    for (const size of sizes) expect(scan(xml, size)).toBe('unit too long near row 3');
    const between = `<sheetData><row r="1"/>${'<q/>'.repeat(20)}<row r="2"/>`;
    for (const size of sizes) expect(scan(between, size)).toBe('unit too long near row 1');
  });

  it('does not take tags inside comments and CDATA for tags', () => {
    // A comment full of fake rows and values would reset both counts if its tags were taken for real.
    const comment = `<sheetData><row r="1"><!--${'<row><v>'.repeat(10)}--></row>`;
    for (const size of sizes) expect(scan(comment, size)).toBe('unit too long near row 1');
    const cdata = `<sheetData><row r="1"><c><v><![CDATA[${'<v>1'.repeat(3)}]]></v></c></row>`;
    for (const size of sizes) expect(scan(cdata, size)).toBe('value too long near row 1');
    const fine = '<sheetData><!-- a -- b --><?pi x?><row r="1"><c><v><![CDATA[1]]]]></v></c></row>';
    for (const size of sizes) expect(scan(fine, size)).toBe(fine);
  });

  it('refuses a DOCTYPE, which could define entities', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>';
    for (const size of sizes) expect(scan(xml, size)).toBe('doctype');
  });
});
