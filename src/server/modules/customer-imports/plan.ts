import type { Kysely } from 'kysely';
import { normalizeCustomerName } from '../../../domain/customers/duplicates.ts';
import {
  type CellError,
  type ImportedRow,
  type ImportField,
  mapHeaders,
  parseImportRow,
} from '../../../domain/customers/import-columns.ts';
import { type ImportedHistory, parseHistory } from '../../../domain/followups/history-import.ts';
import { clipped, TEXT_FLAW_MESSAGE, textFlaw } from '../../../domain/text.ts';
import type { Database } from '../../db/schema.ts';
import { invalid } from '../../http/errors.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { type FreshHistory, freshHistory } from './history.ts';
import * as repo from './repository.ts';

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
  /** What decides the tier of the customer an update changes, as stored before the import. */
  tierFacts?: { tier: string | null; tierManual: boolean; score: string | null };
  /** The row's follow-up history (an accepted row only), and which of its parts are not in the system yet. */
  history?: ImportedHistory;
  fresh?: FreshHistory;
}

/** Sheet fields compared with the stored customer, and their columns. */
export const COMPARED = {
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

/** What planning carries from one chunk of rows to the next: the columns, the people, the rows seen. */
export interface PlanContext {
  map: Map<number, ImportField>;
  users: { id: number; username: string; display_name: string }[];
  /** Code or normalised name of every accepted row so far: a later row with the same one is a duplicate. */
  seen: Set<string>;
  canWrite: (ownerId: number | null, agentId: number | null) => boolean;
  cipher: FieldCipher;
  rows: number;
  /** The company's time zone and the time of the import: what the sheet's dates mean, and which lie ahead. */
  timeZone: string;
  now: Date;
  /** The history of the rows so far, by customer: a later row bringing the same one brings nothing new. */
  historySeen: Set<string>;
}

const tooMany = () =>
  invalid([
    {
      field: 'file',
      zh: `一次最多导入 ${MAX_IMPORT_ROWS} 行`,
      en: `at most ${MAX_IMPORT_ROWS} rows per import`,
    },
  ]);

/** A NUL or a lone surrogate in a cell is a broken file, and no column could store it: the file is refused. */
function refuseFlawedText(line: number, cells: string[]): void {
  const flaw = cells.map(textFlaw).find((f) => f !== null);
  if (!flaw) return;
  const message = TEXT_FLAW_MESSAGE[flaw];
  throw invalid([{ field: 'file', zh: `第 ${line} 行${message.zh}`, en: `row ${line} ${message.en}` }]);
}

/** Reads the header row: which column holds which field; a missing required column stops the import. */
export async function startPlan(
  db: Kysely<Database>,
  cipher: FieldCipher,
  headers: string[],
  canWrite: PlanContext['canWrite'],
  timeZone: string,
): Promise<PlanContext> {
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
  const users = await repo.activeUserNames(db);
  return {
    map,
    users,
    seen: new Set(),
    canWrite,
    cipher,
    rows: 0,
    timeZone,
    now: new Date(),
    historySeen: new Set(),
  };
}

/**
 * Decides, for one chunk of rows, what applying the sheet would do — with a few set-based look-ups per chunk,
 * not a query per row. Matching: by 客户编号 when given, else by normalised name. Re-importing the same sheet
 * plans nothing but "unchanged", and no history.
 */
export async function planChunk(
  db: Kysely<Database>,
  context: PlanContext,
  chunk: { line: number; cells: string[] }[],
): Promise<PlannedRow[]> {
  context.rows += chunk.length;
  if (context.rows > MAX_IMPORT_ROWS) throw tooMany();
  for (const { line, cells } of chunk) refuseFlawedText(line, cells);
  const parsed = chunk.map(({ line, cells }) => {
    const record: Partial<Record<ImportField, string>> = {};
    for (const [index, field] of context.map) record[field] = cells[index] ?? '';
    const customer = parseImportRow(record);
    const past = parseHistory(record, context);
    const errors = [...customer.errors, ...past.errors];
    const row = errors.length > 0 ? undefined : customer.row;
    return { line, rawName: record.name?.trim() ?? '', row, history: past.history, errors };
  });
  const rows = parsed.filter((p) => p.row);
  const codes = [...new Set(rows.map((p) => p.row?.code).filter((c): c is string => !!c))];
  const nameKeys = [...new Set(rows.map((p) => normalizeCustomerName(p.row?.name ?? '')))];
  const existing = await repo.loadExisting(db, codes, nameKeys);
  const contactsOf = await repo.loadContacts(
    db,
    [...existing.values()].map((c) => c.id),
  );
  const planned = parsed.map(
    (p): PlannedRow =>
      p.row
        ? withHistory(planRow(context, p.line, p.row, existing, contactsOf), p.history)
        : {
            line: p.line,
            action: 'reject',
            // A rejected name may be a whole cell (32 767 characters): the preview and the report show its start.
            name: clipped(p.rawName),
            errors: p.errors,
          },
  );
  await freshHistory(db, context, planned);
  return planned;
}

/** An accepted row brings its history along; a rejected one nothing. */
const withHistory = (row: PlannedRow, history: ImportedHistory | undefined): PlannedRow =>
  row.action === 'reject' || !history ? row : { ...row, history };

function planRow(
  context: PlanContext,
  line: number,
  row: ImportedRow,
  existing: Awaited<ReturnType<typeof repo.loadExisting>>,
  contactsOf: Awaited<ReturnType<typeof repo.loadContacts>>,
): PlannedRow {
  const nameKey = normalizeCustomerName(row.name);
  const fileKey = row.code ?? nameKey;
  const result: PlannedRow = { line, action: 'create', name: row.name, code: row.code, errors: [], row };
  const reject = (column: string, message: string, extra: Partial<PlannedRow> = {}): PlannedRow => ({
    ...result,
    ...extra,
    action: 'reject',
    errors: [{ column, message }],
  });
  if (context.seen.has(fileKey)) return reject('客户名称', '与表中前面的行重复');
  context.seen.add(fileKey);
  if (row.owner) {
    const owner = context.users.find((u) => u.username === row.owner || u.display_name === row.owner);
    if (!owner) return reject('负责客户经理', `找不到在职员工“${clipped(row.owner)}”`);
    result.ownerId = owner.id;
  }
  const match = row.code ? existing.get(`code:${row.code}`) : existing.get(`name:${nameKey}`);
  if (row.code && !match) return reject('客户编号', '系统中没有这个客户编号；新客户请留空');
  if (!match) return result;
  if (!context.canWrite(match.owner_id, match.agent_id)) {
    return reject('客户名称', `${match.code} 不在您的负责范围内，不能修改`, { customerId: match.id });
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
        ? k.mobile_hash === context.cipher.hash(row.contact.mobile)
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
    tierFacts: { tier: match.tier, tierManual: match.tier_manual, score: match.score },
  };
}
