import { HISTORY_COLUMNS } from '../followups/history-import.ts';
import { formatYuan, parseYuan } from '../money.ts';
import { isMainlandMobile, normalizeMobile } from './duplicates.ts';
import { type ImportIssue, type ImportIssueCode, importIssue } from './import-issues.ts';
import { halfWidth } from './sheet-rows.ts';
import { TIERS, type Tier } from './tier.ts';

/**
 * Column headers of the 客户关系维护跟踪总表 layout, with the field each fills: the seed's columns in its order
 * (forms.md: 序号 | 客户编号 | 客户名称 | 所属行业 | 客户等级 | 负责客户经理 | 联系方式 | the follow-up columns | 备注),
 * then the archive's own fields. The template and the export write them in this order after 序号; the import
 * finds them by name (or alias) wherever they are, so an older sheet or one laid out by hand reads as well.
 */
export const IMPORT_COLUMNS = [
  { header: '客户编号', field: 'code', aliases: ['编号'] },
  { header: '客户名称', field: 'name', aliases: ['客户名称(简称)', '客户名称（简称）', '名称', '客户姓名'] },
  { header: '所属行业', field: 'industry', aliases: ['行业'] },
  { header: '客户等级', field: 'tier', aliases: ['等级'] },
  { header: '负责客户经理', field: 'owner', aliases: ['客户经理'] },
  {
    header: '联系方式',
    field: 'contactMobile',
    aliases: ['手机', '手机号', '手机号码', '联系电话', '电话号码'],
  },
  ...HISTORY_COLUMNS,
  { header: '备注', field: 'remark', aliases: [] },
  { header: '简称', field: 'shortName', aliases: [] },
  { header: '客户类型', field: 'kind', aliases: ['类型'] },
  { header: '客户状态', field: 'status', aliases: ['状态'] },
  { header: '年合作金额', field: 'annualAmount', aliases: ['年合作金额(元)', '年合作金额（元）'] },
  { header: '省份', field: 'province', aliases: ['省'] },
  { header: '城市', field: 'city', aliases: ['市'] },
  { header: '区县', field: 'district', aliases: [] },
  { header: '地址', field: 'address', aliases: ['联系地址'] },
  { header: '联系人', field: 'contactName', aliases: ['联系人姓名'] },
  { header: '职务', field: 'contactPosition', aliases: [] },
  { header: '电话', field: 'contactPhone', aliases: ['座机', '固定电话', '办公电话'] },
  { header: '邮箱', field: 'contactEmail', aliases: ['E-mail', 'Email', '电子邮箱'] },
  { header: 'QQ', field: 'contactQq', aliases: ['QQ号'] },
  { header: '微信', field: 'contactWechat', aliases: ['微信号'] },
  { header: '标签', field: 'tags', aliases: [] },
  { header: '免打扰', field: 'doNotContact', aliases: [] },
] as const;

/** The sheet's columns as the template and the export write them: 序号 (numbering only, never read), then the fields. */
export const SHEET_HEADERS: readonly string[] = ['序号', ...IMPORT_COLUMNS.map((c) => c.header)];

export type ImportField = (typeof IMPORT_COLUMNS)[number]['field'];

/** A header as compared: no spaces, full-width forms as ASCII, latin letters in capitals (qq, E-Mail). */
const headerKey = (text: string) => halfWidth(text).replace(/\s+/g, '').toUpperCase();
const COLUMN_OF = new Map<string, (typeof IMPORT_COLUMNS)[number]>();
for (const column of IMPORT_COLUMNS) {
  for (const name of [column.header, ...column.aliases]) COLUMN_OF.set(headerKey(name), column);
}

/**
 * Which column index feeds which field, and the header each has in the sheet (messages name the column as the
 * sheet does); unknown headers (序号 …) are ignored, and of two columns for one field the first counts.
 */
export function mapHeaders(headers: string[]): {
  map: Map<number, ImportField>;
  names: Map<ImportField, string>;
  missing: string[];
} {
  const map = new Map<number, ImportField>();
  const names = new Map<ImportField, string>();
  headers.forEach((raw, index) => {
    const column = COLUMN_OF.get(headerKey(raw ?? ''));
    if (column && !names.has(column.field)) {
      map.set(index, column.field);
      names.set(column.field, raw.trim());
    }
  });
  return { map, names, missing: names.has('name') ? [] : ['客户名称'] };
}

const KIND: Record<string, string> = {
  企业: 'enterprise',
  个人: 'individual',
  加盟商: 'franchisee',
  散批商: 'wholesale',
};
const STATUS: Record<string, string> = { 潜在: 'prospect', 合作中: 'active', 流失: 'lost' };
const YES_NO: Record<string, boolean> = {
  是: true,
  否: false,
  Y: true,
  N: false,
  YES: true,
  NO: false,
  '1': true,
  '0': false,
  '√': true,
  '×': false,
};

export interface ImportedContact {
  /** The contact's name; the customer's own name when the sheet gives a number without a 联系人. */
  name: string;
  /** The number is the customer's own (no 联系人 given). */
  own: boolean;
  position?: string;
  mobile?: string;
  phone?: string;
  email?: string;
  qq?: string;
  wechat?: string;
}

export interface ImportedRow {
  code?: string;
  name: string;
  shortName?: string;
  kind?: string;
  industry?: string;
  province?: string;
  city?: string;
  district?: string;
  address?: string;
  annualAmount?: string;
  /** 客户等级 as the sheet gives it (A–D). */
  tier?: Tier;
  status?: string;
  owner?: string;
  contact?: ImportedContact;
  tags?: string[];
  remark?: string;
  /** 免打扰 as the sheet gives it: read, never applied (setting it needs a reason, on the customer's page). */
  doNotContact?: boolean;
}

/** A bad cell: its column as the sheet names it, the field it was read as, and why (a code the web words). */
export interface CellError extends ImportIssue {
  column: string;
  field?: string;
}

export const headerOf = (field: ImportField) =>
  IMPORT_COLUMNS.find((c) => c.field === field)?.header ?? field;

/** Fields whose cells are codes, numbers or words from a list: full-width forms are read as ASCII. */
const HALF_WIDTH_FIELDS: ReadonlySet<string> = new Set([
  'code',
  'tier',
  'annualAmount',
  'contactMobile',
  'contactPhone',
  'contactEmail',
  'contactQq',
  'contactWechat',
  'kind',
  'status',
  'doNotContact',
  'lastContact',
  'nextContact',
  'satisfaction',
  'method',
  'issueStatus',
]);

/** The cells as read: full-width digits and letters of the fields above as ASCII (１３９… → 139…). */
export function normalizedCells(
  cells: Partial<Record<ImportField, string>>,
): Partial<Record<ImportField, string>> {
  const result: Partial<Record<ImportField, string>> = {};
  for (const [field, value] of Object.entries(cells) as [ImportField, string][]) {
    result[field] = HALF_WIDTH_FIELDS.has(field) ? halfWidth(value) : value;
  }
  return result;
}

/** A landline: 0310-6812345, (0310)6812345, 6812345, 400-800-1234, with an extension (-801, 转801). */
const LANDLINE = /^(?:(?:\(0\d{2,3}\)|0\d{2,3})[-\s]?)?[2-9]\d{6,7}(?:(?:-|转|#|ext\.?)\d{1,6})?$/i;
const SERVICE_LINE = /^[48]00[-\s]?\d{3}[-\s]?\d{4}$/;
export const isLandline = (text: string) => LANDLINE.test(text.trim()) || SERVICE_LINE.test(text.trim());

/** An amount cell: text as written (500,000.00 元) or a number (Excel's 88000.5, or 1234.5600000001 computed). */
function amountFen(text: string): number | undefined {
  const cleaned = text.replace(/元$/, '').trim();
  const fen = parseYuan(cleaned);
  if (fen !== undefined) return fen;
  const number = Number(cleaned);
  if (!/^-?\d+\.\d+(e-?\d+)?$/i.test(cleaned) || !Number.isFinite(number)) return undefined;
  const rounded = Math.round(number * 100);
  return Math.abs(rounded - number * 100) < 1e-6 ? rounded : undefined;
}

/**
 * One spreadsheet row to customer fields, with a message per bad cell quoting the value (in Chinese: the sheet
 * is Chinese). `names` are the sheet's own headers, which the messages use (「手机」“1381234” 应为 11 位手机号码).
 */
export function parseImportRow(
  raw: Partial<Record<ImportField, string>>,
  names: ReadonlyMap<ImportField, string> = new Map(),
): {
  row?: ImportedRow;
  errors: CellError[];
} {
  const cells = normalizedCells(raw);
  const errors: CellError[] = [];
  const column = (field: ImportField) => names.get(field) ?? headerOf(field);
  const fail = (field: ImportField, code: ImportIssueCode, value?: string) =>
    errors.push({ column: column(field), field, ...importIssue(code, value === undefined ? {} : { value }) });
  const get = (field: ImportField) => cells[field]?.trim() || undefined;
  const name = get('name');
  if (!name) fail('name', 'required');
  if (name && name.length > 200)
    errors.push({ column: column('name'), field: 'name', ...importIssue('tooLong', { max: '200' }) });
  const row: ImportedRow = { name: name ?? '' };
  const code = get('code');
  if (code && !/^KH\d{4,}$/i.test(code)) fail('code', 'badCode', code);
  if (code) row.code = code.toUpperCase();
  for (const field of [
    'shortName',
    'industry',
    'province',
    'city',
    'district',
    'address',
    'owner',
    'remark',
  ] as const) {
    const value = get(field);
    if (value) row[field] = value;
  }
  const kind = get('kind');
  if (kind) {
    if (KIND[kind]) row.kind = KIND[kind];
    else fail('kind', 'badKind', kind);
  }
  const status = get('status');
  if (status) {
    if (status === '流失') fail('status', 'lostByHand');
    else if (STATUS[status]) row.status = STATUS[status];
    else fail('status', 'badStatus', status);
  }
  const tier = get('tier');
  if (tier) {
    const letter = /^([A-D])\s*(类|级|类客户|级客户)?$/i.exec(tier)?.[1]?.toUpperCase() as Tier | undefined;
    if (letter && (TIERS as readonly string[]).includes(letter)) row.tier = letter;
    else fail('tier', 'badTier', tier);
  }
  const amount = get('annualAmount');
  if (amount) {
    const fen = amountFen(amount);
    if (fen === undefined || fen < 0) fail('annualAmount', 'badAmount', amount);
    else row.annualAmount = formatYuan(fen);
  }
  const dnc = get('doNotContact');
  if (dnc !== undefined) {
    const value = YES_NO[dnc.toUpperCase()];
    if (value === undefined) fail('doNotContact', 'badYesNo', dnc);
    else row.doNotContact = value;
  }
  const contact = parseContact(get, fail, name ?? '');
  if (contact) row.contact = contact;
  const tags = get('tags');
  if (tags) row.tags = [...new Set(tags.split(/[,，、;；\s]+/).filter(Boolean))];
  return errors.length > 0 ? { errors } : { row, errors };
}

/**
 * The contact a row brings. 联系方式 (or 手机) may hold a mobile, a landline or both (13912345678 / 0310-6812345):
 * a mobile is the contact's 手机, a landline its 电话 unless the 电话 column gives one. A number or e-mail without a
 * 联系人 is the customer's own (seed 001's 联系方式 has no 联系人 column): the contact takes the customer's name.
 */
function parseContact(
  get: (field: ImportField) => string | undefined,
  fail: (field: ImportField, code: ImportIssueCode, value?: string) => void,
  customerName: string,
): ImportedContact | undefined {
  const numbers = get('contactMobile');
  let mobile: string | undefined;
  let landline: string | undefined;
  if (numbers) {
    const parts = numbers.split(/\s*[/、,，;；]\s*/).filter(Boolean);
    for (const part of parts) {
      const digits = normalizeMobile(part);
      if (/^\+?(0086|86)?[\s-]*1/.test(part.trim()) && !isLandline(part)) {
        if (!isMainlandMobile(part)) fail('contactMobile', 'badMobile', part);
        else if (mobile && mobile !== digits) fail('contactMobile', 'twoMobiles', numbers);
        else mobile = digits;
      } else if (isLandline(part)) {
        landline ??= part.trim();
      } else {
        fail('contactMobile', 'badPhoneNumber', part);
      }
    }
  }
  const phoneCell = get('contactPhone');
  if (phoneCell && !isLandline(phoneCell) && !isMainlandMobile(phoneCell))
    fail('contactPhone', 'badLandline', phoneCell);
  const phone = phoneCell ?? landline;
  const email = get('contactEmail');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail('contactEmail', 'badEmail', email);
  const qq = get('contactQq');
  if (qq && !/^[1-9]\d{4,11}$/.test(qq)) fail('contactQq', 'badQq', qq);
  const wechat = get('contactWechat');
  const contactName = get('contactName');
  const position = get('contactPosition');
  if (!contactName && !mobile && !phone && !email && !qq && !wechat) return undefined;
  return {
    name: contactName ?? customerName,
    own: !contactName,
    position,
    mobile,
    phone,
    email,
    qq,
    wechat,
  };
}
