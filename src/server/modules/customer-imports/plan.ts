import type { Kysely } from 'kysely';
import { normalizeCustomerName } from '../../../domain/customers/duplicates.ts';
import {
  type CellError,
  type ImportedRow,
  type ImportField,
  mapHeaders,
  parseImportRow,
} from '../../../domain/customers/import-columns.ts';
import type { Database } from '../../db/schema.ts';
import { invalid } from '../../http/errors.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';

export type RowAction = 'create' | 'update' | 'unchanged' | 'reject';

export interface PlannedRow {
  /** 1-based row number in the sheet, as the user sees it. */
  line: number;
  action: RowAction;
  name: string;
  code?: string;
  errors: CellError[];
  row?: ImportedRow;
  customerId?: number;
  ownerId?: number | null;
  changes?: Record<string, unknown>;
  addContact?: boolean;
}

const COMPARED = {
  shortName: 'short_name',
  kind: 'kind',
  industry: 'industry',
  province: 'province',
  city: 'city',
  district: 'district',
  address: 'address',
  annualAmount: 'annual_amount',
  status: 'status',
  remark: 'remark',
} as const;

export const MAX_IMPORT_ROWS = 200_000;

/**
 * Decides, for every row, what applying the sheet would do — with a few set-based look-ups, not a query per row.
 * Matching: by 客户编号 when given, else by normalised name. Re-importing the same sheet plans nothing but "unchanged".
 */
export async function planImport(
  db: Kysely<Database>,
  cipher: FieldCipher,
  sheet: string[][],
  canWrite: (ownerId: number | null, agentId: number | null) => boolean,
): Promise<PlannedRow[]> {
  const [headers = [], ...body] = sheet;
  const { map, missing } = mapHeaders(headers);
  if (missing.length > 0) {
    throw invalid([
      {
        field: 'file',
        zh: `缺少必需的列：${missing.join('、')}（请使用下载的模板）`,
        en: `missing columns: ${missing.join(', ')}`,
      },
    ]);
  }
  if (body.length > MAX_IMPORT_ROWS) {
    throw invalid([
      {
        field: 'file',
        zh: `一次最多导入 ${MAX_IMPORT_ROWS} 行`,
        en: `at most ${MAX_IMPORT_ROWS} rows per import`,
      },
    ]);
  }
  const parsed = body.map((cells, i) => {
    const record: Partial<Record<ImportField, string>> = {};
    for (const [index, field] of map) record[field] = cells[index] ?? '';
    return { line: i + 2, rawName: record.name?.trim() ?? '', ...parseImportRow(record) };
  });
  const rows = parsed.filter((p) => p.row);
  const codes = [...new Set(rows.map((p) => p.row?.code).filter((c): c is string => !!c))];
  const nameKeys = [...new Set(rows.map((p) => normalizeCustomerName(p.row?.name ?? '')))];
  const existing = await loadExisting(db, codes, nameKeys);
  const users = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .where('status', '=', 'active')
    .execute();
  const contactsOf = await loadContacts(
    db,
    [...existing.values()].map((c) => c.id),
  );

  const seen = new Set<string>();
  return parsed.map((p): PlannedRow => {
    if (!p.row) return { line: p.line, action: 'reject', name: p.rawName, errors: p.errors };
    const row = p.row;
    const nameKey = normalizeCustomerName(row.name);
    const fileKey = row.code ?? nameKey;
    const result: PlannedRow = {
      line: p.line,
      action: 'create',
      name: row.name,
      code: row.code,
      errors: [],
      row,
    };
    if (seen.has(fileKey))
      return { ...result, action: 'reject', errors: [{ column: '客户名称', message: '与表中前面的行重复' }] };
    seen.add(fileKey);
    if (row.owner) {
      const owner = users.find((u) => u.username === row.owner || u.display_name === row.owner);
      if (!owner)
        return {
          ...result,
          action: 'reject',
          errors: [{ column: '负责客户经理', message: `找不到在职员工“${row.owner}”` }],
        };
      result.ownerId = owner.id;
    }
    const match = row.code ? existing.get(`code:${row.code}`) : existing.get(`name:${nameKey}`);
    if (row.code && !match)
      return {
        ...result,
        action: 'reject',
        errors: [{ column: '客户编号', message: '系统中没有这个客户编号；新客户请留空' }],
      };
    if (!match) return result;
    if (!canWrite(match.owner_id, match.agent_id)) {
      return {
        ...result,
        action: 'reject',
        customerId: match.id,
        errors: [{ column: '客户名称', message: `${match.code} 不在您的负责范围内，不能修改` }],
      };
    }
    const changes: Record<string, unknown> = {};
    for (const [field, column] of Object.entries(COMPARED) as [keyof typeof COMPARED, string][]) {
      const value = row[field];
      if (value !== undefined && String(match[column as keyof typeof match] ?? '') !== value)
        changes[column] = value;
    }
    if (row.name !== match.name) Object.assign(changes, { name: row.name, name_key: nameKey });
    if (result.ownerId !== undefined && result.ownerId !== match.owner_id) changes.owner_id = result.ownerId;
    const extraTags = (row.tags ?? []).filter((tag) => !match.tags.includes(tag));
    if (extraTags.length > 0) changes.tags = [...match.tags, ...extraTags];
    const known = contactsOf.get(match.id) ?? [];
    const addContact =
      !!row.contact &&
      !known.some((k) =>
        row.contact?.mobile
          ? k.mobile_hash === cipher.hash(row.contact.mobile)
          : k.name === row.contact?.name,
      );
    const changed = Object.keys(changes).length > 0 || addContact;
    return {
      ...result,
      action: changed ? 'update' : 'unchanged',
      customerId: match.id,
      code: match.code,
      changes,
      addContact,
    };
  });
}

async function loadExisting(db: Kysely<Database>, codes: string[], nameKeys: string[]) {
  const found = new Map<string, Awaited<ReturnType<typeof selectCustomers>>[number]>();
  const selectCustomers = (column: 'code' | 'name_key', values: string[]) =>
    db
      .selectFrom('customers')
      .select([
        'id',
        'code',
        'name',
        'name_key',
        'short_name',
        'kind',
        'industry',
        'province',
        'city',
        'district',
        'address',
        'annual_amount',
        'status',
        'remark',
        'owner_id',
        'agent_id',
        'tags',
      ])
      .where(column, 'in', values)
      .where('deleted_at', 'is', null)
      .where('merged_into_id', 'is', null)
      .orderBy('id')
      .execute();
  for (let i = 0; i < codes.length; i += 5000) {
    for (const c of await selectCustomers('code', codes.slice(i, i + 5000))) found.set(`code:${c.code}`, c);
  }
  for (let i = 0; i < nameKeys.length; i += 5000) {
    for (const c of await selectCustomers('name_key', nameKeys.slice(i, i + 5000))) {
      if (!found.has(`name:${c.name_key}`)) found.set(`name:${c.name_key}`, c);
    }
  }
  return found;
}

async function loadContacts(db: Kysely<Database>, customerIds: number[]) {
  const byCustomer = new Map<number, { name: string; mobile_hash: string | null }[]>();
  for (let i = 0; i < customerIds.length; i += 5000) {
    const rows = await db
      .selectFrom('contacts')
      .select(['customer_id', 'name', 'mobile_hash'])
      .where('customer_id', 'in', customerIds.slice(i, i + 5000))
      .where('deleted_at', 'is', null)
      .execute();
    for (const r of rows) byCustomer.set(r.customer_id, [...(byCustomer.get(r.customer_id) ?? []), r]);
  }
  return byCustomer;
}
