import type { Insertable } from 'kysely';
import { type Kysely, sql } from 'kysely';
import type { ContactsTable, Database } from '../../db/schema.ts';
import { type NewCustomer, nameColumns } from '../customers/repository.ts';

/** People a sheet may name as 负责客户经理, by username or display name. */
export function activeUserNames(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .where('status', '=', 'active')
    .execute();
}

/** Live customers a chunk names, by code and by normalised name (5 000 values per statement). */
export async function loadExisting(db: Kysely<Database>, codes: string[], nameKeys: string[]) {
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
        'tier',
        'tier_manual',
        'score',
        'do_not_contact',
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

/** The contacts of matched customers, to tell a new contact from one already on file, and what it holds. */
export async function loadContacts(db: Kysely<Database>, customerIds: number[]) {
  const byCustomer = new Map<
    number,
    {
      id: number;
      name: string;
      mobile_hash: string | null;
      position: string | null;
      phone: string | null;
      email: string | null;
      qq: string | null;
      wechat: string | null;
    }[]
  >();
  for (let i = 0; i < customerIds.length; i += 5000) {
    const rows = await db
      .selectFrom('contacts')
      .select(['id', 'customer_id', 'name', 'mobile_hash', 'position', 'phone', 'email', 'qq', 'wechat'])
      .where('customer_id', 'in', customerIds.slice(i, i + 5000))
      .where('deleted_at', 'is', null)
      .execute();
    for (const r of rows) byCustomer.set(r.customer_id, [...(byCustomer.get(r.customer_id) ?? []), r]);
  }
  return byCustomer;
}

/** One chunk's new customers in one statement, verified now; ids and tiers in insertion order. */
export function insertCustomers(db: Kysely<Database>, rows: NewCustomer[]) {
  return db
    .insertInto('customers')
    .values(rows.map((row) => ({ ...row, ...nameColumns(row.name), verified_at: sql<Date>`now()` })))
    .returning(['id', 'tier'])
    .execute();
}

export async function insertTierChanges(
  db: Kysely<Database>,
  rows: Insertable<Database['customer_tier_history']>[],
) {
  if (rows.length > 0) await db.insertInto('customer_tier_history').values(rows).execute();
}

export async function insertContactRows(db: Kysely<Database>, rows: Insertable<ContactsTable>[]) {
  if (rows.length > 0) await db.insertInto('contacts').values(rows).execute();
}

/**
 * Updates many customers in one statement: each row's changes as JSON, a missing key keeping the stored value
 * (an import never clears a field). `columns` are the ones an import may change.
 */
export async function updateCustomersFromJson(
  db: Kysely<Database>,
  columns: readonly string[],
  changed: Record<string, unknown>[],
) {
  if (changed.length === 0) return;
  // A new name brings its pinyin sort key and initials along.
  if (columns.includes('name')) {
    columns = [...columns, 'name_sort', 'name_initials'];
    changed = changed.map((row) =>
      typeof row.name === 'string' ? { ...row, ...nameColumns(row.name) } : row,
    );
  }
  const kept = columns.map(
    (column) => sql`${sql.id(column)} = coalesce(v.${sql.id(column)}, c.${sql.id(column)})`,
  );
  await sql`update customers c set ${sql.join(kept)}, updated_at = now(), version = c.version + 1
    from jsonb_populate_recordset(null::customers, ${JSON.stringify(changed)}::jsonb) v
    where c.id = v.id`.execute(db);
}

/** Fields of contacts on file that a sheet fills or changes, in one statement (a missing key keeps the stored value). */
export async function updateContactsFromJson(db: Kysely<Database>, changed: Record<string, unknown>[]) {
  if (changed.length === 0) return;
  const columns = ['position', 'phone', 'email', 'qq', 'wechat'];
  const kept = columns.map(
    (column) => sql`${sql.id(column)} = coalesce(v.${sql.id(column)}, c.${sql.id(column)})`,
  );
  await sql`update contacts c set ${sql.join(kept)}, updated_at = now(), version = c.version + 1
    from jsonb_populate_recordset(null::contacts, ${JSON.stringify(changed)}::jsonb) v
    where c.id = v.id`.execute(db);
}

/** Fresher planner statistics after a big import (an optimisation: autovacuum gets there anyway). */
export async function analyzeImported(db: Kysely<Database>) {
  // The follow-up tables too: the next import looks its history up in them (history.ts).
  await sql`analyze customers, contacts, customer_name_grams, followup_records, followup_tasks`
    .execute(db)
    .catch(() => undefined);
}

/** One row's history as the look-up below takes it: what would make it new. */
export interface HistoryKeys {
  customerId: number;
  contactedAt: Date | null;
  taskKey: string | null;
  issueRef: string | null;
}

/**
 * Which parts of the rows' history the system has already, in one statement: an imported record at that contact
 * time, a task of that source key, an imported issue request of that contact.
 */
export async function knownHistory(
  db: Kysely<Database>,
  keys: HistoryKeys[],
): Promise<{ record: boolean; task: boolean; issue: boolean }[]> {
  if (keys.length === 0) return [];
  const rows = JSON.stringify(
    keys.map((k, i) => ({
      i,
      customer_id: k.customerId,
      contacted_at: k.contactedAt?.toISOString() ?? null,
      task_key: k.taskKey,
      issue_ref: k.issueRef,
    })),
  );
  const result = await sql<{ record: boolean; task: boolean; issue: boolean }>`
    select
      exists (select 1 from followup_records r
        where r.imported and r.customer_id = x.customer_id and r.contacted_at = x.contacted_at) as record,
      exists (select 1 from followup_tasks t where t.customer_id = x.customer_id and t.source_key = x.task_key) as task,
      exists (select 1 from followup_events e where e.kind = 'issue_requested' and e.ref_type = 'import'
        and e.customer_id = x.customer_id and e.ref_id = x.issue_ref) as issue
    from jsonb_to_recordset(${rows}::jsonb) as x(i integer, customer_id bigint, contacted_at timestamptz,
      task_key text, issue_ref text)
    order by x.i
  `.execute(db);
  return result.rows;
}

export interface ImportedRecord {
  /** The sheet's row: records of one day are numbered in the sheet's order. */
  line: number;
  customerId: number;
  day: string;
  contactedAt: Date;
  staffId: number;
  method: string;
  keyPoints: string | null;
  opinions: string | null;
  satisfaction: number | null;
  nextOn: string | null;
  issueRequested: boolean;
  resolved: boolean | null;
}

/**
 * Imported last contacts as records, reviewed already, in one statement: numbered HF + the contact's day + the
 * day's sequence from the same counter as records logged by hand (one counter update per day), a record the
 * system has already skipped before it takes a number. Returns the records written.
 */
export async function insertImportedRecords(db: Kysely<Database>, records: ImportedRecord[]) {
  if (records.length === 0) return [];
  const rows = JSON.stringify(
    records.map((r) => ({
      line: r.line,
      customer_id: r.customerId,
      day: r.day,
      contacted_at: r.contactedAt.toISOString(),
      staff_id: r.staffId,
      method: r.method,
      key_points: r.keyPoints,
      opinions: r.opinions,
      satisfaction: r.satisfaction,
      next_on: r.nextOn,
      issue_requested: r.issueRequested,
      resolved: r.resolved,
    })),
  );
  const result = await sql<{
    customer_id: number;
    contacted_at: Date;
    method: string;
    key_points: string | null;
    opinions: string | null;
    service_satisfaction: number | null;
  }>`
    with fresh as (
      select x.*, row_number() over (partition by x.day order by x.line) as seq, count(*) over (partition by x.day) as n
      from jsonb_to_recordset(${rows}::jsonb) as x(line integer, customer_id bigint, day date, contacted_at timestamptz,
        staff_id bigint, method text, key_points text, opinions text, satisfaction smallint, next_on date,
        issue_requested boolean, resolved boolean)
      where not exists (select 1 from followup_records r
        where r.imported and r.customer_id = x.customer_id and r.contacted_at = x.contacted_at)
    ), counters as (
      insert into followup_record_counters (day, last)
      select day, max(n) from fresh group by day
      on conflict (day) do update set last = followup_record_counters.last + excluded.last
      returning day, last
    )
    insert into followup_records (number, customer_id, staff_id, method, contacted_at, key_points, opinions,
      service_satisfaction, next_followup_on, issue_requested, resolved, imported, review_status)
    select 'HF' || to_char(f.day, 'YYYYMMDD') || lpad(s.seq::text, greatest(4, length(s.seq::text)), '0'),
      f.customer_id, f.staff_id, f.method, f.contacted_at, f.key_points, f.opinions, f.satisfaction, f.next_on,
      f.issue_requested, f.resolved, true, 'approved'
    from fresh f
    join counters c on c.day = f.day
    cross join lateral (select c.last - f.n + f.seq as seq) s
    on conflict (customer_id, contacted_at) where imported do nothing
    returning customer_id, contacted_at, method, key_points, opinions, service_satisfaction
  `.execute(db);
  return result.rows.map((r) => ({
    customerId: Number(r.customer_id),
    contactedAt: new Date(r.contacted_at),
    method: r.method,
    summary: r.key_points,
    feedback: r.opinions,
    satisfaction: r.service_satisfaction,
  }));
}

/**
 * The next planned contacts as routine tasks of the customers' account managers (else the importer), one
 * statement; `source_key` import:next:<date> makes a re-import add none. Returns the customers that got one.
 */
export async function insertImportedTasks(
  db: Kysely<Database>,
  importerId: number,
  tasks: { customerId: number; sourceKey: string; method: string; startAt: Date; dueAt: Date }[],
): Promise<number[]> {
  if (tasks.length === 0) return [];
  const rows = JSON.stringify(
    tasks.map((t) => ({
      customer_id: t.customerId,
      source_key: t.sourceKey,
      method: t.method,
      start_at: t.startAt.toISOString(),
      due_at: t.dueAt.toISOString(),
    })),
  );
  const result = await sql<{ customer_id: number }>`
    insert into followup_tasks (customer_id, source_key, type, method, assignee_id, start_at, due_at)
    select c.id, x.source_key, 'routine', x.method, coalesce(c.owner_id, ${importerId}), x.start_at, x.due_at
    from jsonb_to_recordset(${rows}::jsonb) as x(customer_id bigint, source_key text, method text,
      start_at timestamptz, due_at timestamptz)
    join customers c on c.id = x.customer_id
    on conflict (customer_id, source_key) do nothing
    returning customer_id
  `.execute(db);
  return result.rows.map((r) => Number(r.customer_id));
}

/**
 * Problems the sheet says are open, as `issue_requested` events for the issues module (ref_type import, ref_id
 * the contact's time), raised now like a record's; one per contact however often the sheet is imported.
 */
export async function insertImportedIssueRequests(
  db: Kysely<Database>,
  requests: { customerId: number; ref: string }[],
): Promise<number> {
  if (requests.length === 0) return 0;
  const rows = JSON.stringify(requests.map((r) => ({ customer_id: r.customerId, ref_id: r.ref })));
  const result = await sql`
    insert into followup_events (customer_id, kind, occurred_at, severity, ref_type, ref_id)
    select x.customer_id, 'issue_requested', now(), null, 'import', x.ref_id
    from jsonb_to_recordset(${rows}::jsonb) as x(customer_id bigint, ref_id text)
    on conflict (customer_id, ref_id) where kind = 'issue_requested' and ref_type = 'import' do nothing
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
