/**
 * Reading a 客户关系维护跟踪总表 filled in by hand: where its header row is, and which of its rows are no
 * customer at all (a blank line, a note, a 合计 line) or carry masked values (a sheet exported by someone who
 * sees them masked). Pure rules: the import (server/modules/customer-imports) applies them row by row.
 */

/**
 * Full-width forms to ASCII (１３９… → 139…, ＫＨ０００１ → KH0001, （ → (, ： → :) and the ideographic space to
 * a space: what a Chinese input method types into a number or code cell. Names and free text keep their own
 * characters (a stored name with （集团） must still read as unchanged).
 */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** How far down a sheet its header row may be: a title and a 填表人 / 填表日期 line usually come first. */
export const HEADER_SEARCH_ROWS = 10;

/** What a row that is not a customer is: nothing to import, a written note, a 合计 / 总计 / 小计 line. */
export type IgnoredKind = 'blank' | 'note' | 'total';

const TOTAL = /^(合\s*计|总\s*计|小\s*计|共\s*计)\s*[:：]?\s*(\d[\d,，.]*\s*[家户个位名条项行]?)?$/;
/** "5 家" in the 客户名称 column: the count of a totals line, never a customer's name. */
const COUNT = /^\d[\d,，]*\s*[家户个位名条项]$/;
const NOTE = /^(填表说明|填写说明|说明|备注|注意事项|注意|注|附注|附|提示)\s*\d*\s*[:：]/;
/** Text a sheet writes in a cell it means to leave empty. */
const EMPTY = /^[\s\-—－/／]*$/;

const filled = (cell: string | undefined) => cell !== undefined && !EMPTY.test(cell);

/**
 * Why a row after the header is no customer, or null when it may be one. `mapped` are the cells of the columns
 * the import reads, by field; `cells` the whole row (a note or a 合计 may sit in a column nobody reads, 序号).
 */
export function ignoredKind(
  cells: readonly (string | undefined)[],
  mapped: Record<string, string | undefined>,
): IgnoredKind | null {
  const texts = cells.map((c) => halfWidth(c ?? '').trim()).filter((c) => c !== '');
  if (texts.some((c) => TOTAL.test(c))) return 'total';
  const name = halfWidth(mapped.name ?? '').trim();
  if (COUNT.test(name) && !filled(mapped.code)) return 'total';
  // One cell of text (often merged across the row) that starts as a note does: 注：…, 说明：…, 填表说明：…
  const distinct = new Set(texts);
  if (distinct.size === 1 && NOTE.test([...distinct][0] as string)) return 'note';
  if (!Object.values(mapped).some(filled)) return 'blank';
  return null;
}

/** Fields whose cell shows a mask (张*, 138****5678, ***) when exported by someone who sees them masked. */
const MASKABLE = [
  'contactName',
  'contactMobile',
  'contactPhone',
  'contactEmail',
  'contactQq',
  'contactWechat',
  'annualAmount',
  'address',
] as const;

/** The first masked value of a row (a mask is asterisks: no phone, amount or person's name has one), if any. */
export function maskedValue(mapped: Record<string, string | undefined>): string | undefined {
  for (const field of MASKABLE) {
    const value = mapped[field]?.trim();
    if (value && /[*＊]/.test(value)) return value;
  }
  return undefined;
}
