import type { Kysely } from 'kysely';
import { normalizeCustomerName } from '../../../domain/customers/duplicates.ts';
import {
  type CellError,
  headerOf,
  type ImportedRow,
  type ImportField,
  parseImportRow,
} from '../../../domain/customers/import-columns.ts';
import { type ImportIssue, importIssue } from '../../../domain/customers/import-issues.ts';
import { maskedValue } from '../../../domain/customers/sheet-rows.ts';
import { type Tier, type TierRules, tierFor } from '../../../domain/customers/tier.ts';
import { type ImportedHistory, parseHistory } from '../../../domain/followups/history-import.ts';
import { parseYuan } from '../../../domain/money.ts';
import { clipped, TEXT_FLAW_MESSAGE, textFlaw } from '../../../domain/text.ts';
import type { Database } from '../../db/schema.ts';
import { invalid } from '../../http/errors.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { type FreshHistory, freshHistory } from './history.ts';
import * as repo from './repository.ts';

export type RowAction = 'create' | 'update' | 'unchanged' | 'skip' | 'reject';

export interface PlannedRow {
  /** 1-based row number in the sheet, as the user sees it. */
  line: number;
  action: RowAction;
  name: string;
  code?: string;
  errors: CellError[];
  /** What the row's result leaves out or decides on its own (已脱敏，跳过; a tier taken as set by hand). */
  notes: ImportIssue[];
  row?: ImportedRow;
  /** A new customer's tier, and whether it is the sheet's own (no amount to give it). */
  tier?: { tier: Tier; manual: boolean };
  customerId?: number;
  ownerId?: number | null;
  changes?: Record<string, unknown>;
  addContact?: boolean;
  /** Fields of a contact on file that the sheet fills or changes (an import never clears one). */
  contactChanges?: Record<string, unknown> & { id: number };
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
  /** The sheet's own header of each field: messages name the column as the sheet does. */
  names: Map<ImportField, string>;
  tierRules: TierRules;
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

/** What planning needs before the first row: the header's columns (header-row.ts found them), the people, the rules. */
export async function startPlan(
  db: Kysely<Database>,
  cipher: FieldCipher,
  header: { map: Map<number, ImportField>; names: Map<ImportField, string> },
  canWrite: PlanContext['canWrite'],
  timeZone: string,
  tierRules: TierRules,
): Promise<PlanContext> {
  const users = await repo.activeUserNames(db);
  return {
    map: header.map,
    names: header.names,
    tierRules,
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

/** A row whose contact data or amount came masked: the values are not there to import (SPEC §2.5). */
export const MASKED_NOTE = importIssue('masked');

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
    const rawName = record.name?.trim() ?? '';
    const rawCode = record.code?.trim().toUpperCase() || undefined;
    if (maskedValue(record) !== undefined) return { line, rawName, rawCode, masked: true, errors: [] };
    const customer = parseImportRow(record, context.names);
    const past = parseHistory(record, context);
    const errors = [...customer.errors, ...past.errors];
    const row = errors.length > 0 ? undefined : customer.row;
    return { line, rawName, rawCode, masked: false, row, history: past.history, errors };
  });
  const rows = parsed.filter((p) => p.row);
  const codes = [...new Set(rows.map((p) => p.row?.code).filter((c): c is string => !!c))];
  const nameKeys = [...new Set(rows.map((p) => normalizeCustomerName(p.row?.name ?? '')))];
  const existing = await repo.loadExisting(db, codes, nameKeys);
  const contactsOf = await repo.loadContacts(
    db,
    [...existing.values()].map((c) => c.id),
  );
  const planned = parsed.map((p): PlannedRow => {
    if (p.row) return withHistory(planRow(context, p.line, p.row, existing, contactsOf), p.history);
    // A rejected name may be a whole cell (32 767 characters): the preview and the report show its start.
    const shown = { line: p.line, name: clipped(p.rawName), code: p.rawCode && clipped(p.rawCode) };
    if (p.masked) return { ...shown, action: 'skip', errors: [], notes: [MASKED_NOTE] };
    return { ...shown, action: 'reject', errors: p.errors, notes: [] };
  });
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
  const column = (field: ImportField) => context.names.get(field) ?? headerOf(field);
  const result: PlannedRow = {
    line,
    action: 'create',
    name: row.name,
    code: row.code,
    errors: [],
    notes: [],
    row,
  };
  const reject = (field: ImportField, issue: ImportIssue, extra: Partial<PlannedRow> = {}): PlannedRow => ({
    ...result,
    ...extra,
    action: 'reject',
    notes: [],
    errors: [{ column: column(field), field, ...issue }],
  });
  if (context.seen.has(fileKey)) return reject('name', importIssue('duplicateRow'));
  context.seen.add(fileKey);
  if (row.owner) {
    const owner = context.users.find((u) => u.username === row.owner || u.display_name === row.owner);
    if (!owner) return reject('owner', importIssue('unknownOwner', { value: row.owner }));
    result.ownerId = owner.id;
  }
  const match = row.code ? existing.get(`code:${row.code}`) : existing.get(`name:${nameKey}`);
  if (row.code && !match) return reject('code', importIssue('unknownCode', { value: row.code }));
  if (!match) {
    const tier = newTier(context, row);
    return { ...result, tier: tier.tier, notes: [...tier.notes, ...dncNote(row, false)] };
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
  const { addContact, contactChanges } = contactPlan(context, row, contactsOf.get(match.id) ?? []);
  const changed = Object.keys(changes).length > 0 || addContact || contactChanges !== undefined;
  // A row that changes nothing is "unchanged" whoever imports it: only a change needs the customer in reach.
  if (changed && !context.canWrite(match.owner_id, match.agent_id)) {
    return reject('name', importIssue('outOfReach', { code: match.code }), {
      customerId: match.id,
    });
  }
  const tierFacts = { tier: match.tier, tierManual: match.tier_manual, score: match.score };
  return {
    ...result,
    action: changed ? 'update' : 'unchanged',
    customerId: match.id,
    code: match.code,
    changes,
    addContact,
    contactChanges,
    tierFacts,
    notes: [
      ...tierNote(context, row, tierFacts, changes.annual_amount as string | undefined),
      ...dncNote(row, match.do_not_contact),
    ],
  };
}

/**
 * A new customer's tier: from its amount, as the tier rules give it; the sheet's own 客户等级 when the row has no
 * amount to give one (taken as set by hand, and said so). A 客户等级 the amount contradicts is said too.
 */
function newTier(context: PlanContext, row: ImportedRow): Pick<PlannedRow, 'tier' | 'notes'> {
  const byAmount = tierFor(
    { annualAmount: parseYuan(row.annualAmount ?? '0') ?? 0, score: null },
    context.tierRules,
  );
  if (!row.tier) return { tier: { tier: byAmount, manual: false }, notes: [] };
  if (row.annualAmount === undefined) {
    return {
      tier: { tier: row.tier, manual: true },
      notes: [importIssue('tierFromSheet', { tier: row.tier })],
    };
  }
  if (row.tier === byAmount) return { tier: { tier: byAmount, manual: false }, notes: [] };
  return {
    tier: { tier: byAmount, manual: false },
    notes: [importIssue('tierByAmount', { tier: row.tier, byAmount })],
  };
}

/** The tier an imported amount gives an existing customer, when it differs from the stored one (a hand-set tier stays). */
export function tierAfter(
  facts: NonNullable<PlannedRow['tierFacts']>,
  amount: string | undefined,
  rules: TierRules,
): string | null {
  if (amount === undefined || facts.tierManual) return facts.tier;
  const score = facts.score === null ? null : Number(facts.score);
  return tierFor({ annualAmount: parseYuan(amount) ?? 0, score }, rules);
}

/** An existing customer's 客户等级 changes by its amount or a grade request (等级申报), never by a sheet: said, not dropped. */
function tierNote(
  context: PlanContext,
  row: ImportedRow,
  facts: NonNullable<PlannedRow['tierFacts']>,
  amount: string | undefined,
): ImportIssue[] {
  if (!row.tier) return [];
  const after = tierAfter(facts, amount, context.tierRules);
  return row.tier === after || after === null
    ? []
    : [importIssue('tierNotImported', { tier: row.tier, after })];
}

/** 免打扰 needs a reason and is set on the customer's page: a sheet that changes it is told so. */
function dncNote(row: ImportedRow, stored: boolean): ImportIssue[] {
  return row.doNotContact === undefined || row.doNotContact === stored ? [] : [importIssue('dncNotImported')];
}

type KnownContact =
  Awaited<ReturnType<typeof repo.loadContacts>> extends Map<number, (infer C)[]> ? C : never;

/** The row's contact: one on file (same mobile, else same name) gets the fields the sheet fills; else it is added. */
function contactPlan(
  context: PlanContext,
  row: ImportedRow,
  known: KnownContact[],
): Pick<PlannedRow, 'addContact' | 'contactChanges'> {
  const contact = row.contact;
  if (!contact) return { addContact: false };
  const same = contact.mobile
    ? known.find((k) => k.mobile_hash === context.cipher.hash(contact.mobile as string))
    : known.find((k) => k.name === contact.name);
  if (!same) return { addContact: true };
  const changes: Record<string, unknown> = {};
  for (const [field, column] of [
    ['position', 'position'],
    ['phone', 'phone'],
    ['email', 'email'],
    ['qq', 'qq'],
    ['wechat', 'wechat'],
  ] as const) {
    const value = contact[field];
    if (value !== undefined && value !== (same[column] ?? undefined)) changes[column] = value;
  }
  return {
    addContact: false,
    contactChanges: Object.keys(changes).length > 0 ? { ...changes, id: same.id } : undefined,
  };
}
