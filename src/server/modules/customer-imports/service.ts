import { type Kysely, sql } from 'kysely';
import { normalizeCustomerName } from '../../../domain/customers/duplicates.ts';
import { maskMobile } from '../../../domain/customers/masking.ts';
import { tierFor } from '../../../domain/customers/tier.ts';
import { parseYuan } from '../../../domain/money.ts';
import { resolveDataScope } from '../../db/data-scope.ts';
import type { Database } from '../../db/schema.ts';
import { type RequestContext, requirePermission } from '../../http/actor.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { recordAudit } from '../audit/service.ts';
import { loadTierRules } from '../customers/tiering.ts';
import { type PlannedRow, planImport } from './plan.ts';
import { readSheet } from './read-sheet.ts';

const BATCH = 500;
const SHOWN_PER_ACTION = 500;

export interface ImportSummary {
  create: number;
  update: number;
  unchanged: number;
  reject: number;
}

function summarise(plan: PlannedRow[]) {
  const summary: ImportSummary = { create: 0, update: 0, unchanged: 0, reject: 0 };
  for (const row of plan) summary[row.action]++;
  const shown = { create: 0, update: 0, unchanged: 0, reject: 0 };
  const rows = plan
    .filter((r) => shown[r.action]++ < SHOWN_PER_ACTION)
    .map((r) => ({ line: r.line, action: r.action, name: r.name, code: r.code ?? null, errors: r.errors }));
  return { summary, rows };
}

async function plan(db: Kysely<Database>, ctx: RequestContext, cipher: FieldCipher, file: Buffer) {
  requirePermission(ctx.actor, 'customers.import');
  const scope = await resolveDataScope(db, ctx.actor);
  const departmentOf = new Map(
    (await db.selectFrom('users').select(['id', 'department_id']).execute()).map((u) => [
      u.id,
      u.department_id,
    ]),
  );
  const canWrite = (ownerId: number | null, agentId: number | null) => {
    const people = [ownerId, agentId].filter((p): p is number => p !== null);
    if (scope.kind === 'all') return true;
    if (scope.kind === 'own') return people.includes(scope.userId);
    if (scope.kind === 'department') {
      return (
        people.includes(scope.userId) ||
        people.some((p) => scope.departmentIds.includes(departmentOf.get(p) ?? -1))
      );
    }
    return false;
  };
  return planImport(db, cipher, await readSheet(file), canWrite);
}

/** Step 1: what the sheet would do, row by row, without changing anything. */
export async function previewImport(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  file: Buffer,
) {
  return summarise(await plan(db, ctx, cipher, file));
}

/** Step 2: applies every accepted row in one transaction — a failure leaves nothing half-imported. */
export async function applyImport(
  db: Kysely<Database>,
  ctx: RequestContext,
  cipher: FieldCipher,
  file: Buffer,
) {
  const planned = await plan(db, ctx, cipher, file);
  const rules = await loadTierRules(db);
  const defaultOwner = ctx.actor.roles.includes('account_manager') ? ctx.actor.id : null;
  await db.transaction().execute(async (trx) => {
    const creates = planned.filter((r) => r.action === 'create');
    for (let i = 0; i < creates.length; i += BATCH) {
      const batch = creates.slice(i, i + BATCH);
      const inserted = await trx
        .insertInto('customers')
        .values(
          batch.map(({ row, ownerId }) => ({
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
            tier: tierFor({ annualAmount: parseYuan(row?.annualAmount ?? '0') ?? 0, score: null }, rules),
            created_by: ctx.actor.id,
            verified_at: sql<Date>`now()`,
          })),
        )
        .returning(['id', 'tier'])
        .execute();
      await trx
        .insertInto('customer_tier_history')
        .values(
          inserted.map((c) => ({
            customer_id: c.id,
            from_tier: null,
            to_tier: c.tier,
            reason: '导入',
            changed_by: ctx.actor.id,
          })),
        )
        .execute();
      const contacts = batch.flatMap((p, j) =>
        p.row?.contact ? [{ contact: p.row.contact, customerId: inserted[j]?.id as number }] : [],
      );
      if (contacts.length > 0) {
        await trx
          .insertInto('contacts')
          .values(contacts.map(({ contact, customerId }) => contactValues(cipher, contact, customerId, true)))
          .execute();
      }
    }
    for (const update of planned.filter((r) => r.action === 'update')) {
      const id = update.customerId as number;
      const changes = { ...update.changes };
      if (changes.annual_amount !== undefined) {
        changes.tier = tierFor(
          { annualAmount: parseYuan(String(changes.annual_amount)) ?? 0, score: null },
          rules,
        );
      }
      if (Object.keys(changes).length > 0) {
        await trx
          .updateTable('customers')
          .set({ ...changes, updated_at: sql`now()`, version: sql`version + 1` })
          .where('id', '=', id)
          .execute();
      }
      if (update.addContact && update.row?.contact) {
        await trx
          .insertInto('contacts')
          .values(contactValues(cipher, update.row.contact, id, false))
          .execute();
      }
    }
    await recordAudit(
      trx,
      ctx,
      'customers.imported',
      undefined,
      summarise(planned).summary as unknown as Record<string, unknown>,
    );
  });
  return summarise(planned);
}

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
    email: contact.email ?? null,
    mobile_enc: contact.mobile ? cipher.encrypt(contact.mobile) : null,
    mobile_hash: contact.mobile ? cipher.hash(contact.mobile) : null,
    mobile_masked: contact.mobile ? maskMobile(contact.mobile) : null,
    is_primary: primary,
  };
}
