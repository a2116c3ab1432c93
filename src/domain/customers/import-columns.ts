import { HISTORY_COLUMNS } from '../followups/history-import.ts';
import { formatYuan, parseYuan } from '../money.ts';
import { isMainlandMobile, normalizeMobile } from './duplicates.ts';

/**
 * Column headers of the 客户关系维护跟踪总表 layout (and the template), with the field each fills: the customer's,
 * then its follow-up history (history-import.ts).
 */
export const IMPORT_COLUMNS = [
  { header: '客户编号', field: 'code', aliases: ['编号'] },
  { header: '客户名称', field: 'name', aliases: ['客户名称(简称)', '客户名称（简称）', '名称'] },
  { header: '简称', field: 'shortName', aliases: [] },
  { header: '客户类型', field: 'kind', aliases: ['类型'] },
  { header: '所属行业', field: 'industry', aliases: ['行业'] },
  { header: '省份', field: 'province', aliases: ['省'] },
  { header: '城市', field: 'city', aliases: ['市'] },
  { header: '区县', field: 'district', aliases: [] },
  { header: '地址', field: 'address', aliases: [] },
  { header: '年合作金额', field: 'annualAmount', aliases: ['年合作金额(元)', '年合作金额（元）'] },
  { header: '客户状态', field: 'status', aliases: ['状态'] },
  { header: '负责客户经理', field: 'owner', aliases: ['客户经理'] },
  { header: '联系人', field: 'contactName', aliases: ['联系人姓名'] },
  { header: '职务', field: 'contactPosition', aliases: [] },
  { header: '手机', field: 'contactMobile', aliases: ['联系方式', '手机号', '联系电话'] },
  { header: '邮箱', field: 'contactEmail', aliases: ['E-mail', 'Email'] },
  { header: '标签', field: 'tags', aliases: [] },
  { header: '备注', field: 'remark', aliases: [] },
  ...HISTORY_COLUMNS,
] as const;

export type ImportField = (typeof IMPORT_COLUMNS)[number]['field'];

/** Which column index feeds which field; unknown headers (序号 …) are ignored. */
export function mapHeaders(headers: string[]): { map: Map<number, ImportField>; missing: string[] } {
  const map = new Map<number, ImportField>();
  headers.forEach((raw, index) => {
    const header = raw.trim().replace(/\s+/g, '');
    const column = IMPORT_COLUMNS.find(
      (c) => c.header === header || (c.aliases as readonly string[]).includes(header),
    );
    if (column && ![...map.values()].includes(column.field)) map.set(index, column.field);
  });
  return { map, missing: [...map.values()].includes('name') ? [] : ['客户名称'] };
}

const KIND: Record<string, string> = {
  企业: 'enterprise',
  个人: 'individual',
  加盟商: 'franchisee',
  散批商: 'wholesale',
};
const STATUS: Record<string, string> = { 潜在: 'prospect', 合作中: 'active', 流失: 'lost' };

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
  status?: string;
  owner?: string;
  contact?: { name: string; position?: string; mobile?: string; email?: string };
  tags?: string[];
  remark?: string;
}

export interface CellError {
  column: string;
  message: string;
}

const headerOf = (field: ImportField) => IMPORT_COLUMNS.find((c) => c.field === field)?.header ?? field;

/** One spreadsheet row to customer fields, with a message per bad cell (in Chinese: the sheet is Chinese). */
export function parseImportRow(cells: Partial<Record<ImportField, string>>): {
  row?: ImportedRow;
  errors: CellError[];
} {
  const errors: CellError[] = [];
  const get = (field: ImportField) => cells[field]?.trim() || undefined;
  const name = get('name');
  if (!name) errors.push({ column: headerOf('name'), message: '不能为空' });
  if (name && name.length > 200) errors.push({ column: headerOf('name'), message: '最多 200 个字符' });
  const row: ImportedRow = { name: name ?? '' };
  const code = get('code');
  if (code && !/^KH\d{4,}$/i.test(code))
    errors.push({ column: headerOf('code'), message: '应为 KH 加至少 4 位数字，如 KH0001' });
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
    else errors.push({ column: headerOf('kind'), message: '应为 企业 / 个人 / 加盟商 / 散批商' });
  }
  const status = get('status');
  if (status) {
    if (status === '流失')
      errors.push({ column: headerOf('status'), message: '流失需填写原因和日期，请在系统中逐个标记' });
    else if (STATUS[status]) row.status = STATUS[status];
    else errors.push({ column: headerOf('status'), message: '应为 潜在 / 合作中' });
  }
  const amount = get('annualAmount');
  if (amount) {
    const fen = parseYuan(amount.replace(/元$/, ''));
    if (fen === undefined || fen < 0)
      errors.push({ column: headerOf('annualAmount'), message: '应为金额（元），如 500000 或 500,000.00' });
    else row.annualAmount = formatYuan(fen);
  }
  const contactName = get('contactName');
  const mobile = get('contactMobile');
  if (mobile && !isMainlandMobile(mobile))
    errors.push({ column: headerOf('contactMobile'), message: '应为 11 位手机号码' });
  if ((mobile || get('contactEmail')) && !contactName)
    errors.push({ column: headerOf('contactName'), message: '填写了手机或邮箱时必填' });
  if (contactName) {
    row.contact = {
      name: contactName,
      position: get('contactPosition'),
      mobile: mobile ? normalizeMobile(mobile) : undefined,
      email: get('contactEmail'),
    };
  }
  const tags = get('tags');
  if (tags) row.tags = [...new Set(tags.split(/[,，、;；\s]+/).filter(Boolean))];
  return errors.length > 0 ? { errors } : { row, errors };
}
