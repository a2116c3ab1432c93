import type { Kysely } from 'kysely';
import { normalizeCustomerName } from '../../../domain/customers/duplicates.ts';
import { type ImportField, mapHeaders } from '../../../domain/customers/import-columns.ts';
import { maskMobile } from '../../../domain/customers/masking.ts';
import { HEADER_SEARCH_ROWS, type IgnoredKind, ignoredKind } from '../../../domain/customers/sheet-rows.ts';
import type { TierRules } from '../../../domain/customers/tier.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import type { Progress } from '../../http/progress-stream.ts';
import { commonNameGramsJob } from '../../jobs/common-name-grams.ts';
import type { JobRunner } from '../../jobs/runner.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { recordAudit } from '../audit/service.ts';
import { ownsWhatTheyCreate, writeScopeFor } from '../customer-access/access.ts';
import { COMMON_GRAM_CUSTOMERS } from '../customers/common-grams-repository.ts';
import { loadTierRules } from '../settings/values.ts';
import { applyHistory, countFresh, type HistoryCounts } from './history.ts';
import type { ImportLimits } from './limits.ts';
import { COMPARED, type PlanContext, type PlannedRow, planChunk, startPlan, tierAfter } from './plan.ts';
import { countedRows, type SheetRow, sheetRows } from './read-sheet.ts';
import * as repo from './repository.ts';

/** Rows read, planned and written together: memory holds one chunk, not the file's rows. */
const CHUNK = 1000;
/** …or fewer, when their cells hold this many characters (a cell may hold 32 767). */
const CHUNK_CHARS = 4_000_000;
const SHOWN_PER_ACTION = 500;
/**
 * After writing this many rows the planner's statistics are refreshed at once: until autovacuum gets to it,
 * a table that grew by a bulk load is planned as if small, and the next import's look-ups scan it (a
 * re-import of 100 000 rows took 15 s instead of 5).
 */
const ANALYZE_AFTER_ROWS = 5_000;

export interface ImportSummary {
  create: number;
  update: number;
  unchanged: number;
  skip: number;
  reject: number;
}

/** Row numbers listed per kind of ignored row (the count is exact however many there are). */
const LISTED_IGNORED = 50;

/** Rows that are no customer (blank, a note, a 合计 line), by kind: how many, and the first ones' numbers. */
export interface IgnoredRows {
  kind: IgnoredKind;
  count: number;
  lines: number[];
}

/** Where the sheet's header was found, and the rows before and after it that are no customer. */
export interface SheetShape {
  headerLine: number;
  ignored: IgnoredRows[];
}

/** The summary, the history it brings and the first rows of each kind, gathered chunk by chunk. */
function tally() {
  const summary: ImportSummary = { create: 0, update: 0, unchanged: 0, skip: 0, reject: 0 };
  const history: HistoryCounts = { records: 0, tasks: 0, issues: 0 };
  const rows: {
    line: number;
    action: PlannedRow['action'];
    name: string;
    code: string | null;
    errors: PlannedRow['errors'];
    notes: PlannedRow['notes'];
  }[] = [];
  const shape: SheetShape = { headerLine: 1, ignored: [] };
  return {
    shape,
    /** A chunk's rows, and the history they bring (what planning found new; what applying wrote). */
    add(planned: PlannedRow[], brought: HistoryCounts) {
      for (const r of planned) {
        if (summary[r.action]++ < SHOWN_PER_ACTION) {
          rows.push({
            line: r.line,
            action: r.action,
            name: r.name,
            code: r.code ?? null,
            errors: r.errors,
            notes: r.notes,
          });
        }
      }
      history.records += brought.records;
      history.tasks += brought.tasks;
      history.issues += brought.issues;
    },
    result: () => ({
      summary,
      history,
      headerLine: shape.headerLine,
      ignored: shape.ignored,
      rows: rows.sort((a, b) => a.line - b.line),
    }),
  };
}

/** Counts rows `from`…`to` as ignored of one kind. */
function noteIgnored(shape: SheetShape, kind: IgnoredKind, from: number, to = from): void {
  let entry = shape.ignored.find((i) => i.kind === kind);
  if (!entry) {
    entry = { kind, count: 0, lines: [] };
    shape.ignored.push(entry);
  }
  entry.count += to - from + 1;
  for (let line = from; line <= to && entry.lines.length < LISTED_IGNORED; line++) entry.lines.push(line);
}

const noHeader = () =>
  invalid([
    {
      field: 'file',
      zh: `缺少必需的列：客户名称（前 ${HEADER_SEARCH_ROWS} 行中没有找到含“客户名称”的表头行，请使用下载的模板）`,
      en: `missing columns: 客户名称 (no header row with 客户名称 in the first ${HEADER_SEARCH_ROWS} rows)`,
    },
  ]);

/** The cells of the columns the import reads, by field. */
function fieldsOf(map: Map<number, ImportField>, cells: string[]): Record<string, string | undefined> {
  const record: Record<string, string | undefined> = {};
  for (const [index, field] of map) record[field] = cells[index];
  return record;
}

/** The sheet, what reading it may take, and the company's time zone (the zone of its dates). */
export interface ImportFile {
  file: Buffer;
  limits: ImportLimits;
  timeZone: string;
  /** Where an import queues the work that may follow it (the common name grams); none: that waits for tonight. */
  jobs?: Pick<JobRunner, 'ensureStarted' | 'enqueueRun' | 'wake'>;
}

/** The row with only the cells of the columns planning reads (a row may have 16 384), and their length. */
function plannedCells(context: PlanContext, row: SheetRow): { row: SheetRow; chars: number } {
  const cells: string[] = [];
  let chars = 0;
  for (const index of context.map.keys()) {
    const cell = row.cells[index];
    if (cell === undefined) continue;
    cells[index] = cell;
    chars += cell.length;
  }
  return { row: { line: row.line, cells }, chars };
}

/**
 * The sheet planned a chunk at a time, reporting the rows done after each. The header row is the first of the
 * first rows that names 客户名称 (a title and a 填表人 line may come before it); after it, blank rows, notes and
 * 合计 lines are counted in `shape` and left out (a blank row only when a later row follows it: the formatted
 * empty rows at a sheet's end are no rows).
 */
async function* plannedChunks(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  { file, limits, timeZone }: ImportFile,
  progress: (done: number) => void,
  shape: SheetShape = { headerLine: 1, ignored: [] },
): AsyncGenerator<PlannedRow[]> {
  requirePermission(ctx.actor, 'customers.import');
  const canWrite = await writeScopeFor(db, ctx);
  const tierRules = await loadTierRules(db);
  let context: PlanContext | undefined;
  let chunk: SheetRow[] = [];
  let chunkChars = 0;
  let done = 0;
  let looked = 0;
  /** The last row read after the header that is not blank: rows after it up to the next one are blank. */
  let lastFilled = 0;
  const plan = async () => {
    const planned = await planChunk(db, context as PlanContext, chunk);
    done += chunk.length;
    chunk = [];
    chunkChars = 0;
    progress(done);
    return planned;
  };
  for await (const row of sheetRows(file, limits)) {
    if (!context) {
      const header = mapHeaders(row.cells);
      if (header.missing.length > 0) {
        if (++looked >= HEADER_SEARCH_ROWS) throw noHeader();
        continue;
      }
      shape.headerLine = row.line;
      lastFilled = row.line;
      context = await startPlan(db, cipher, header, canWrite, timeZone, tierRules);
      continue;
    }
    const kind = ignoredKind(row.cells, fieldsOf(context.map, row.cells));
    if (kind === 'blank') continue;
    // Blank rows are those between two rows with something in them: a workbook often does not store them at all.
    if (row.line > lastFilled + 1) noteIgnored(shape, 'blank', lastFilled + 1, row.line - 1);
    lastFilled = row.line;
    if (kind) {
      noteIgnored(shape, kind, row.line);
      continue;
    }
    const kept = plannedCells(context, row);
    chunk.push(kept.row);
    chunkChars += kept.chars;
    if (chunk.length === CHUNK || chunkChars >= CHUNK_CHARS) yield await plan();
  }
  if (!context) throw noHeader();
  if (chunk.length > 0) yield await plan();
}

type Report = (progress: Progress) => void;
const silent: Report = () => {};

/** Step 1: what the sheet would do, row by row, and the history it would bring, without changing anything. */
export async function previewImport(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  file: ImportFile,
  report: Report = silent,
) {
  const total = countedRows(file.file);
  const result = tally();
  report({ done: 0, total, phase: 'preview' });
  const chunks = plannedChunks(
    db,
    ctx,
    cipher,
    file,
    (done) => report({ done, total, phase: 'preview' }),
    result.shape,
  );
  for await (const planned of chunks) result.add(planned, countFresh(planned));
  return result.result();
}

export interface RejectedRow {
  line: number;
  name: string;
  column: string;
  message: string;
}

/** 错误报告: every rejected row with the column and reason, however many (the preview shows the first 500). */
export async function rejectedRows(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  file: ImportFile,
) {
  const rejected: RejectedRow[] = [];
  for await (const planned of plannedChunks(db, ctx, cipher, file, () => {})) {
    for (const r of planned) {
      if (r.action !== 'reject') continue;
      for (const e of r.errors)
        rejected.push({ line: r.line, name: r.name, column: e.column, message: e.message });
    }
  }
  return rejected;
}

/**
 * Step 2: applies every accepted row in one transaction — a failure leaves nothing half-imported. A chunk's
 * customers are written first, then the history its rows bring (history.ts).
 */
export async function applyImport(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  file: ImportFile,
  report: Report = silent,
) {
  const total = countedRows(file.file);
  const rules = await loadTierRules(db);
  const defaultOwner = ownsWhatTheyCreate(ctx.actor) ? ctx.actor.id : null;
  const result = tally();
  report({ done: 0, total, phase: 'apply' });
  await file.jobs?.ensureStarted(); // before the transaction: on PGlite it would wait for its connection
  await db.transaction().execute(async (trx) => {
    const chunks = plannedChunks(
      trx,
      ctx,
      cipher,
      file,
      (done) => report({ done, total, phase: 'apply' }),
      result.shape,
    );
    for await (const planned of chunks) {
      const created = planned.filter((r) => r.action === 'create');
      const ids = await insertCreated(trx, ctx, cipher, defaultOwner, created);
      created.forEach((r, i) => {
        r.customerId = ids[i];
      });
      await applyUpdates(
        trx,
        ctx,
        cipher,
        rules,
        planned.filter((r) => r.action === 'update'),
      );
      result.add(planned, await applyHistory(trx, ctx, file.timeZone, planned));
    }
    const { summary, history } = result.result();
    await recordAudit(trx, ctx, 'customers.imported', undefined, { ...summary, ...history });
    // Enough new names to make a bigram common: its customers are kept in name order by a run queued with the
    // import (committed with it), rather than tonight. It runs after the answer: a bulk import's backfill
    // takes seconds that the importer need not wait for, and meanwhile such a term is searched as before.
    if (summary.create >= COMMON_GRAM_CUSTOMERS)
      await file.jobs?.enqueueRun(trx, commonNameGramsJob.name, new Date(), 'import');
  });
  const { summary, history } = result.result();
  if (summary.create >= COMMON_GRAM_CUSTOMERS) file.jobs?.wake(commonNameGramsJob.name);
  if (summary.create + summary.update + history.records + history.tasks >= ANALYZE_AFTER_ROWS) {
    // The import is committed: fresher statistics are an optimisation, and autovacuum gets there anyway.
    await repo.analyzeImported(db);
  }
  return result.result();
}

async function insertCreated(
  trx: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  defaultOwner: number | null,
  creates: PlannedRow[],
): Promise<number[]> {
  if (creates.length === 0) return [];
  const inserted = await repo.insertCustomers(
    trx,
    creates.map(({ row, ownerId, tier }) => ({
      name: row?.name as string,
      name_key: normalizeCustomerName(row?.name as string),
      short_name: row?.shortName ?? null,
      kind: row?.kind ?? 'enterprise',
      industry: row?.industry ?? null,
      province: row?.province ?? null,
      city: row?.city ?? null,
      district: row?.district ?? null,
      address: row?.address ?? null,
      annual_amount: row?.annualAmount ?? '0.00',
      status: row?.status ?? 'prospect',
      remark: row?.remark ?? null,
      tags: row?.tags ?? [],
      owner_id: ownerId ?? defaultOwner,
      tier: tier?.tier ?? 'C',
      tier_manual: tier?.manual ?? false,
      created_by: ctx.actor.id,
    })),
  );
  await repo.insertTierChanges(
    trx,
    inserted.map((c) => ({
      customer_id: c.id,
      from_tier: null,
      to_tier: c.tier,
      reason: 'import' as const,
      changed_by: ctx.actor.id,
    })),
  );
  const contacts = creates.flatMap((p, j) =>
    p.row?.contact ? [{ contact: p.row.contact, customerId: inserted[j]?.id as number }] : [],
  );
  await repo.insertContactRows(
    trx,
    contacts.map(({ contact, customerId }) => contactValues(cipher, contact, customerId, true)),
  );
  return inserted.map((c) => c.id);
}

/** The tier an imported amount gives, when it differs from the stored one (a hand-set tier stays). */
function changedTier(update: PlannedRow, changes: Record<string, unknown>, rules: TierRules): string | null {
  const facts = update.tierFacts;
  if (!facts) return null;
  const amount = changes.annual_amount === undefined ? undefined : String(changes.annual_amount);
  const tier = tierAfter(facts, amount, rules);
  return tier === facts.tier ? null : tier;
}

/**
 * One chunk's updates in three statements: the customers (each row's changes as JSON, a missing key keeping
 * the stored value, since an import never clears a field), their tier changes and their new contacts.
 */
async function applyUpdates(
  trx: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  rules: TierRules,
  updates: PlannedRow[],
) {
  // Two rows may name one customer (by code and by name): the later row's changes win, as if applied in turn.
  const byCustomer = new Map<number, { update: PlannedRow; changes: Record<string, unknown> }>();
  for (const update of updates) {
    const id = update.customerId as number;
    const earlier = byCustomer.get(id)?.changes ?? {};
    byCustomer.set(id, { update, changes: { ...earlier, ...update.changes } });
  }
  const changed: Record<string, unknown>[] = [];
  const tierChanges = [];
  for (const [id, { update, changes }] of byCustomer) {
    const tier = changedTier(update, changes, rules);
    if (tier) {
      changes.tier = tier;
      tierChanges.push({
        customer_id: id,
        from_tier: update.tierFacts?.tier ?? null,
        to_tier: tier,
        reason: 'import' as const,
        changed_by: ctx.actor.id,
      });
    }
    const unknown = Object.keys(changes).filter((key) => !IMPORTED_COLUMNS.includes(key));
    if (unknown.length > 0) throw new Error(`import cannot change ${unknown.join(', ')}`);
    if (Object.keys(changes).length > 0) changed.push({ ...changes, id });
  }
  await repo.updateCustomersFromJson(trx, IMPORTED_COLUMNS, changed);
  await repo.insertTierChanges(trx, tierChanges);
  const contacts = updates.flatMap((u) =>
    u.addContact && u.row?.contact
      ? [contactValues(cipher, u.row.contact, u.customerId as number, false)]
      : [],
  );
  await repo.insertContactRows(trx, contacts);
  await repo.updateContactsFromJson(
    trx,
    updates.flatMap((u) => (u.contactChanges ? [u.contactChanges] : [])),
  );
}

/** Every column an import may change (plan.ts decides which, per row). */
const IMPORTED_COLUMNS: readonly string[] = [
  ...Object.values(COMPARED),
  'name',
  'name_key',
  'owner_id',
  'tags',
  'tier',
];

function contactValues(
  cipher: FieldCipher,
  contact: NonNullable<PlannedRow['row']>['contact'] & {},
  customerId: number,
  primary: boolean,
) {
  return {
    customer_id: customerId,
    name: contact.name,
    position: contact.position ?? null,
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    qq: contact.qq ?? null,
    wechat: contact.wechat ?? null,
    mobile_enc: contact.mobile ? cipher.encrypt(contact.mobile) : null,
    mobile_hash: contact.mobile ? cipher.hash(contact.mobile) : null,
    mobile_masked: contact.mobile ? maskMobile(contact.mobile) : null,
    is_primary: primary,
  };
}
