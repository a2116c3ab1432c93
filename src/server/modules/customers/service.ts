import { type Kysely, sql } from 'kysely';
import { auditedLevels } from '../../../domain/customers/confidentiality.ts';
import { isMainlandMobile, normalizeMobile } from '../../../domain/customers/duplicates.ts';
import { parseSearchTerm } from '../../../domain/customers/search-grams.ts';
import type { Database } from '../../db/schema.ts';
import { type Actor, type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError, conflict, type FieldError, invalid, notFound } from '../../http/errors.ts';
import { decodeCursor, pageOf } from '../../http/pagination.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { recordAudit, recordReadAudit } from '../audit/service.ts';
import {
  basicDetailsOrThrow,
  contactsExposureOrThrow,
  customerViewer,
  customerVisibility,
  ownsWhatTheyCreate,
  refuseHiddenFilters,
  visibilityOf,
  writableOrThrow,
} from '../customer-access/access.ts';
import { loadTierRules } from '../settings/values.ts';
import { activeUserExists } from '../users/repository.ts';
import * as contactsRepo from './contacts-repository.ts';
import {
  type ContactInput,
  type CustomerInput,
  contactColumns,
  customerColumns,
  lifecycleErrors,
  personErrors,
} from './customer-input.ts';
import * as repo from './repository.ts';
import { retier } from './tiering.ts';
import { contactJson, customerDetailJson, customerListJson } from './view.ts';

export type ListCustomersQuery = Omit<repo.CustomerFilter, 'sort' | 'desc' | 'keyword' | 'mine'> & {
  q?: string;
  /** 我的客户: owned or served (as agent) by the one asking. */
  mine?: boolean;
  sort?: string;
  limit: number;
  cursor?: string;
};

/**
 * Lists default to name order; keyword results to code (creation) order, which a common term fills from the
 * first rows of the table instead of having to sort every match by name.
 */
function parseSort(sort: string | undefined, searching: boolean): { sort: repo.CustomerSort; desc: boolean } {
  const desc = sort?.startsWith('-') ?? false;
  const key = (sort ?? (searching ? 'code' : 'name')).replace(/^-/, '');
  if (key !== 'name' && key !== 'code' && key !== 'createdAt') {
    throw invalid([
      { field: 'sort', zh: '排序字段应为 name、code 或 createdAt', en: 'must be name, code or createdAt' },
    ]);
  }
  return { sort: key, desc };
}

function keywordOf(q: string | undefined, cipher: FieldCipher): repo.CustomerFilter['keyword'] {
  const term = q ? parseSearchTerm(q) : null;
  if (!term) return undefined;
  const digits = q?.trim() ?? '';
  return { ...term, mobileHash: isMainlandMobile(digits) ? cipher.hash(normalizeMobile(digits)) : undefined };
}

export function customerFilter(
  actor: Actor,
  query: ListCustomersQuery,
  cipher: FieldCipher,
): repo.CustomerFilter {
  const { q, sort, limit: _limit, cursor: _cursor, mine, ...filters } = query;
  refuseHiddenFilters(actor, filters);
  const keyword = keywordOf(q, cipher);
  return {
    ...filters,
    mine: mine ? actor.id : undefined,
    ...parseSort(sort, keyword !== undefined),
    keyword,
  };
}

/** A list's total is counted exactly up to this many rows; beyond, the list says "10 000+". */
export const TOTAL_BOUND = 10_000;

export async function listCustomers(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  query: ListCustomersQuery,
) {
  const viewer = await customerViewer(db, ctx);
  const filter = customerFilter(ctx.actor, query, cipher);
  const rows = await repo.listCustomers(db, viewer, filter, query.limit + 1, decodeCursor(query.cursor));
  const page = pageOf(rows, query.limit, (r) => ({
    v: filter.sort === 'name' ? r.name_sort : filter.sort === 'code' ? r.id : r.created_key,
    id: r.id,
  }));
  return { items: page.items.map((r) => customerListJson(ctx.actor, r)), nextCursor: page.nextCursor };
}

/**
 * How many customers the list's filter finds, exactly up to 10 000 (then `capped`). A request of its own: counting
 * reads every matching row up to the bound (hundreds of milliseconds for a common term in a million customers),
 * which the page itself, 50 rows found through an index, must not wait for.
 */
export async function countCustomers(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  query: Omit<ListCustomersQuery, 'limit' | 'cursor' | 'sort'>,
) {
  const viewer = await customerViewer(db, ctx);
  const filter = customerFilter(ctx.actor, { ...query, limit: 1 }, cipher);
  const counted = await repo.countCustomers(db, viewer, filter, TOTAL_BOUND + 1);
  return { total: Math.min(counted, TOTAL_BOUND), capped: counted > TOTAL_BOUND };
}

/** Every view of 机密/绝密 data is audited (SPEC §2.5). */
export async function getCustomer(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  id: number,
) {
  const { row, visibility } = await customerVisibility(db, ctx, id);
  const levels = auditedLevels(visibility);
  if (levels.length > 0) {
    await recordReadAudit(db, ctx, 'customers.viewed', { type: 'customer', id }, { levels });
  }
  return customerDetailJson(row, visibility, cipher);
}

async function checkPeople(db: Kysely<Database>, input: CustomerInput): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const field of ['ownerId', 'agentId'] as const) {
    const id = input[field];
    if (id !== undefined && id !== null && !(await activeUserExists(db, id))) {
      errors.push({ field, zh: '员工不存在或已停用', en: 'no such active user' });
    }
  }
  return errors;
}

interface Duplicates {
  /** Customers the user may be told about: same name (names are listed to everyone), or a mobile they see. */
  named: { id: number; code: string; name: string }[];
  /** Customers with the same mobile whose contacts the user does not see: not identified to them. */
  unnamed: number[];
}

/**
 * Same name, or a contact with the same mobile. A mobile match is named only when the user sees that
 * customer's contacts in full: otherwise the check would be a mobile look-up into data they may not read.
 */
async function duplicatesOf(
  db: Kysely<Database>,
  ctx: RequestContext,
  nameKey: string | undefined,
  mobileHashes: string[],
): Promise<Duplicates> {
  const byName = nameKey ? await repo.customersWithNameKey(db, nameKey) : [];
  const named = new Map(byName.map((c) => [c.id, c]));
  const unnamed: number[] = [];
  const viewer = await customerViewer(db, ctx);
  for (const match of await repo.customersWithMobileHash(db, mobileHashes)) {
    if (named.has(match.id)) continue;
    const row = await repo.findCustomer(db, viewer, match.id);
    if (row && visibilityOf(ctx.actor, row).confidential === 'full') named.set(match.id, match);
    else unnamed.push(match.id);
  }
  return { named: [...named.values()], unnamed };
}

function duplicateConflict(found: Duplicates): AppError {
  const list = found.named.map((c) => `${c.code} ${c.name}`).join('、');
  const hidden = found.unnamed.length > 0;
  const zh = [
    list ? `与已有客户重复：${list}。` : '',
    hidden ? '您权限范围外的一位客户已登记了相同的手机号码，请联系其负责人或部门经理确认。' : '',
    '确认不是同一客户时可勾选“仍然创建”',
  ].join('');
  const en = [
    list ? `Looks like an existing customer: ${list}.` : '',
    hidden
      ? ' A customer outside your scope already has this mobile number; ask its owner or a manager.'
      : '',
  ]
    .join('')
    .trim();
  return conflict({ zh, en }, [
    list
      ? { field: 'name', zh: `可能与 ${list} 重复`, en: `may duplicate ${list}` }
      : {
          field: 'contacts',
          zh: '手机号码已被权限范围外的客户使用',
          en: 'mobile already used outside your scope',
        },
  ]);
}

/** Refuses a likely duplicate; a match the user may not see is audited, since it tells them something. */
async function refuseDuplicates(
  db: Kysely<Database>,
  ctx: RequestContext,
  nameKey: string | undefined,
  mobileHashes: string[],
  attemptedName: string,
): Promise<void> {
  const found = await duplicatesOf(db, ctx, nameKey, mobileHashes);
  if (found.named.length === 0 && found.unnamed.length === 0) return;
  if (found.unnamed.length > 0) {
    await db.transaction().execute(async (trx) => {
      for (const id of found.unnamed) {
        await recordAudit(
          trx,
          ctx,
          'customers.duplicate_mobile_outside_scope',
          { type: 'customer', id },
          { attemptedName },
        );
      }
    });
  }
  throw duplicateConflict(found);
}

export interface CreateCustomerInput extends CustomerInput {
  name: string;
  contacts?: ContactInput[];
  /** Create even though a customer with the same name or mobile exists. */
  allowDuplicate?: boolean;
}

export async function createCustomer(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  input: CreateCustomerInput,
) {
  requirePermission(ctx.actor, 'customers.write');
  // Account managers own what they create unless told otherwise.
  const owned = {
    ...input,
    ownerId: input.ownerId === undefined && ownsWhatTheyCreate(ctx.actor) ? ctx.actor.id : input.ownerId,
  };
  const { columns, errors } = customerColumns(owned, cipher);
  const contacts = (input.contacts ?? []).map((c, i) =>
    contactColumns({ isPrimary: i === 0, ...c }, cipher, `contacts.${i}.`),
  );
  errors.push(...contacts.flatMap((c) => c.errors), ...(await checkPeople(db, owned)));
  errors.push(...personErrors(input.kind ?? 'enterprise', columns));
  errors.push(
    ...lifecycleErrors({
      status: input.status ?? 'prospect',
      lost_reason: columns.lost_reason ?? null,
      lost_on: input.lostOn ?? null,
    }),
  );
  if (contacts.filter((c) => c.columns.is_primary).length > 1) {
    errors.push({ field: 'contacts', zh: '只能有一个主要联系人', en: 'only one contact can be primary' });
  }
  if (errors.length > 0) throw invalid(errors);

  if (!input.allowDuplicate) {
    const hashes = contacts
      .map((c) => c.columns.mobile_hash)
      .filter((h): h is string => typeof h === 'string');
    await refuseDuplicates(db, ctx, columns.name_key as string, hashes, input.name);
  }
  const id = await db.transaction().execute(async (trx) => {
    const rules = await loadTierRules(trx);
    const inserted = await repo.insertCustomer(trx, {
      ...(columns as { name: string; name_key: string }),
      created_by: ctx.actor.id,
    });
    const tier = await retier(
      trx,
      rules,
      { id: inserted.id, tier: null, annualAmount: inserted.annual_amount, score: null },
      'created',
      ctx.actor.id,
    );
    await repo.setTier(trx, inserted.id, tier);
    await contactsRepo.insertContacts(
      trx,
      contacts.map((c) => ({ ...(c.columns as { name: string }), customer_id: inserted.id })),
    );
    await recordAudit(
      trx,
      ctx,
      'customers.created',
      { type: 'customer', id: inserted.id },
      { name: input.name, tier },
    );
    return inserted.id;
  });
  return getCustomer(db, ctx, cipher, id);
}

export interface UpdateCustomerInput extends CustomerInput {
  version?: number;
}

export async function updateCustomer(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  id: number,
  input: UpdateCustomerInput,
) {
  const before = await writableOrThrow(db, ctx, id);
  const { version, verified, doNotContact, dncReason, ...fields } = input;
  const { columns, errors } = customerColumns(fields, cipher);
  errors.push(...(await checkPeople(db, fields)));
  errors.push(...personErrors((columns.kind as string | undefined) ?? before.kind, columns));
  const after = { ...before, ...columns } as {
    status: string;
    lost_reason: string | null;
    lost_on: string | null;
  };
  if (after.status !== 'lost') Object.assign(columns, { lost_reason: null, lost_on: null });
  else errors.push(...lifecycleErrors(after));
  if (doNotContact === true && !dncReason?.trim() && !before.do_not_contact) {
    errors.push({
      field: 'dncReason',
      zh: '设置免打扰时必须填写原因',
      en: 'is required when setting do-not-contact',
    });
  }
  if (errors.length > 0) throw invalid(errors);
  if (doNotContact !== undefined && doNotContact !== before.do_not_contact) {
    Object.assign(
      columns,
      doNotContact
        ? {
            do_not_contact: true,
            dnc_reason: dncReason?.trim(),
            dnc_set_at: sql`now()`,
            dnc_set_by: ctx.actor.id,
          }
        : { do_not_contact: false, dnc_reason: null, dnc_set_at: null, dnc_set_by: null },
    );
  }
  if (verified) columns.verified_at = sql`now()` as unknown as Date;

  await db.transaction().execute(async (trx) => {
    if (columns.annual_amount !== undefined) {
      columns.tier = await retier(
        trx,
        await loadTierRules(trx),
        {
          id,
          tier: before.tier,
          tierManual: before.tier_manual,
          annualAmount: String(columns.annual_amount),
          score: before.score === null ? null : Number(before.score),
        },
        'amount_changed',
        ctx.actor.id,
      );
    }
    if (!(await repo.updateCustomer(trx, id, columns, version))) throw new AppError('stale_version');
    await recordAudit(
      trx,
      ctx,
      'customers.updated',
      { type: 'customer', id },
      { fields: Object.keys(input).filter((k) => k !== 'version') },
    );
  });
  return getCustomer(db, ctx, cipher, id);
}

export async function tierHistory(db: Kysely<Database>, ctx: RequestContext, id: number) {
  const { visibility } = await basicDetailsOrThrow(db, ctx, id);
  const scoreShown = visibility.top_secret === 'full';
  return (await repo.tierHistory(db, id)).map((h) => ({
    id: h.id,
    fromTier: h.from_tier,
    toTier: h.to_tier,
    reason: h.reason,
    gradeRequestId: h.grade_request_id,
    score: scoreShown && h.score !== null ? Number(h.score) : null,
    changedAt: h.changed_at.toISOString(),
    changedByName: h.changed_by_name,
  }));
}

// ── contacts (机密) ──────────────────────────────────────────────────────────

export async function listContacts(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  customerId: number,
) {
  const exposure = await contactsExposureOrThrow(db, ctx, customerId);
  const contacts = await contactsRepo.listContacts(db, customerId);
  if (exposure === 'full' && contacts.length > 0) {
    await recordReadAudit(
      db,
      ctx,
      'customers.contacts_viewed',
      { type: 'customer', id: customerId },
      {
        contacts: contacts.length,
      },
    );
  }
  return contacts.map((c) => contactJson(c, exposure, cipher));
}

export async function addContact(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  customerId: number,
  input: ContactInput & { name: string },
) {
  await writableOrThrow(db, ctx, customerId);
  const { columns, errors } = contactColumns(input, cipher, '');
  if (errors.length > 0) throw invalid(errors);
  const id = await db.transaction().execute(async (trx) => {
    if (input.isPrimary) await contactsRepo.clearPrimary(trx, customerId);
    const [inserted] = await contactsRepo.insertContacts(trx, [
      { ...(columns as { name: string }), customer_id: customerId },
    ]);
    await recordAudit(
      trx,
      ctx,
      'customers.contact_added',
      { type: 'customer', id: customerId },
      { contactId: inserted?.id },
    );
    return inserted?.id as number;
  });
  const created = await contactsRepo.findContact(db, customerId, id);
  return contactJson(created as NonNullable<typeof created>, 'full', cipher);
}

export async function updateContact(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  customerId: number,
  contactId: number,
  input: ContactInput & { version?: number },
) {
  await writableOrThrow(db, ctx, customerId);
  if (!(await contactsRepo.findContact(db, customerId, contactId)))
    throw notFound({ zh: '联系人', en: 'Contact' });
  const { version, ...fields } = input;
  const { columns, errors } = contactColumns(fields, cipher, '');
  if (errors.length > 0) throw invalid(errors);
  await db.transaction().execute(async (trx) => {
    if (input.isPrimary) await contactsRepo.clearPrimary(trx, customerId, contactId);
    if (!(await contactsRepo.updateContact(trx, contactId, columns, version)))
      throw new AppError('stale_version');
    await recordAudit(
      trx,
      ctx,
      'customers.contact_updated',
      { type: 'customer', id: customerId },
      { contactId, fields: Object.keys(fields) },
    );
  });
  const updated = await contactsRepo.findContact(db, customerId, contactId);
  return contactJson(updated as NonNullable<typeof updated>, 'full', cipher);
}

export async function deleteContact(
  db: Kysely<Database>,
  ctx: RequestContext,
  customerId: number,
  contactId: number,
) {
  await writableOrThrow(db, ctx, customerId);
  if (!(await contactsRepo.findContact(db, customerId, contactId)))
    throw notFound({ zh: '联系人', en: 'Contact' });
  await db.transaction().execute(async (trx) => {
    await contactsRepo.softDeleteContact(trx, contactId);
    await recordAudit(
      trx,
      ctx,
      'customers.contact_deleted',
      { type: 'customer', id: customerId },
      { contactId },
    );
  });
}
