import { type Kysely, sql, type Transaction } from 'kysely';
import {
  type AuditFields,
  type ChainRow,
  GENESIS_HASH,
  KEYED,
  keyedAuditHash,
} from '../../../domain/audit-chain.ts';
import { type Cursor, type KeysetOrder, keysetAfter, keysetOrderBy } from '../../db/keyset.ts';
import type { AuditEventRow, Database } from '../../db/schema.ts';
import { auditChainKey, notifyAuditAppended } from './chain-key.ts';

// Serialises appends so every row links to exactly one predecessor. Held until the caller's transaction
// ends, so ids are assigned and committed in chain order, across instances on one PostgreSQL.
const AUDIT_CHAIN_LOCK = 7_262_001;

export async function appendAuditEvent(trx: Transaction<Database>, event: AuditFields): Promise<void> {
  const key = auditChainKey();
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('audit_events')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_events')
    .values({
      occurred_at: event.occurredAt,
      actor_id: event.actorId,
      actor_name: event.actorName,
      action: event.action,
      target_type: event.targetType,
      target_id: event.targetId,
      details: JSON.stringify(event.details ?? {}),
      ip: event.ip,
      prev_hash: prevHash,
      hash: keyedAuditHash(key, prevHash, event),
      hash_version: KEYED,
    })
    .execute();
  notifyAuditAppended();
}

export interface AuditFilter {
  action?: string;
  actorId?: number;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  after?: Cursor;
  limit: number;
}

/** Newest first. */
const NEWEST_FIRST: KeysetOrder = { column: 'id', id: 'id', desc: true };

function auditPageQuery(db: Kysely<Database>, filter: AuditFilter) {
  let query = db.selectFrom('audit_events').selectAll();
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
  if (filter.targetType) query = query.where('target_type', '=', filter.targetType);
  if (filter.targetId) query = query.where('target_id', '=', filter.targetId);
  if (filter.from) query = query.where('occurred_at', '>=', filter.from);
  if (filter.to) query = query.where('occurred_at', '<', filter.to);
  if (filter.after) query = query.where(keysetAfter(NEWEST_FIRST, filter.after));
  return query.orderBy(keysetOrderBy(NEWEST_FIRST)).limit(filter.limit);
}

export interface NamedAuditRow extends AuditEventRow {
  /** A customer's or issue's code, a user's login name: what people quote. */
  target_code: string | null;
  target_name: string | null;
}

/** The target's id as a key into its table, when it is one (a job's target id is its name). */
const targetKey = (type: string) =>
  sql`case when a.target_type = ${type} and a.target_id ~ '^[0-9]{1,9}$' then a.target_id::int end`;

/**
 * A page of the log with each target's code and name, joined once for the page (not looked up per row).
 * Customer names only for readers who may read customers; the code alone says which one it was.
 */
export async function listNamedAuditEvents(
  db: Kysely<Database>,
  filter: AuditFilter,
  options: { customerNames: boolean; locale: string },
): Promise<NamedAuditRow[]> {
  const { rows } = await sql<NamedAuditRow>`
    select a.*,
           coalesce(c.code, u.username, i.number) as target_code,
           coalesce(${options.customerNames ? sql`c.name` : sql`null`}, u.display_name, d.name,
                    ${options.locale === 'en' ? sql`r.name_en` : sql`r.name_zh`}) as target_name
      from (${auditPageQuery(db, filter)}) a
      left join customers c on c.id = ${targetKey('customer')}
      left join users u on u.id = ${targetKey('user')}
      left join departments d on d.id = ${targetKey('department')}
      left join issues i on i.id = ${targetKey('issue')}
      left join roles r on a.target_type = 'role' and r.key = a.target_id
     order by a.id desc`.execute(db);
  return rows;
}

export async function chainRowsAfter(
  db: Kysely<Database>,
  afterId: number,
  limit: number,
): Promise<ChainRow[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurred_at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    details: r.details,
    ip: r.ip,
    prevHash: r.prev_hash,
    hash: r.hash,
    hashVersion: r.hash_version,
  }));
}

/** The newest committed event. Appends commit in id order (the chain lock), so this is the chain's head. */
export async function lastChainEvent(
  db: Kysely<Database>,
): Promise<{ id: number; hash: string } | undefined> {
  return db
    .selectFrom('audit_events')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function chainHashAt(db: Kysely<Database>, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('audit_events').select('hash').where('id', '=', id).executeTakeFirst();
  return row?.hash;
}

/** Events with afterId < id <= throughId. */
export async function countChainEvents(
  db: Kysely<Database>,
  afterId: number,
  throughId: number,
): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', '>', afterId)
    .where('id', '<=', throughId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * One checkpoint writer at a time (several instances may share one checkpoint directory), held until the
 * transaction ends; not the chain lock, so writing a file never holds up audit appends.
 */
const AUDIT_CHECKPOINT_LOCK = 7_262_003;

export async function lockCheckpointWriter(trx: Kysely<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHECKPOINT_LOCK})`.execute(trx);
}
