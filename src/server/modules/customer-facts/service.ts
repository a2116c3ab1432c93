import type { Kysely } from 'kysely';
import { customerScore } from '../../../domain/customers/scoring.ts';
import { tierFor } from '../../../domain/customers/tier.ts';
import { formatYuan, parseYuan } from '../../../domain/money.ts';
import type { Database } from '../../db/schema.ts';
import type { RequestContext } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { basicDetailsOrThrow, topSecretOrThrow, writableOrThrow } from '../customer-access/access.ts';
import { insertTierHistory } from '../customers/repository.ts';
import { loadScoreWeights, loadTierRules } from '../settings/values.ts';
import { activeUserExists } from '../users/repository.ts';
import * as repo from './repository.ts';

/** Recomputes the 100-point score from the facts, and the tier when tiers follow the score. */
export async function rescore(
  db: Kysely<Database>,
  customerId: number,
  userId: number | null,
): Promise<void> {
  const asOf = new Date();
  const facts = await repo.scoreFacts(db, customerId, asOf);
  const weights = await loadScoreWeights(db);
  const scored = customerScore(
    {
      lastQuarterOrders: facts.orders.map((o) => ({
        amount: parseYuan(o.amount) ?? 0,
        productClass: o.product_class ?? '',
      })),
      firstCooperationOn: facts.customer.first_cooperation_on
        ? new Date(facts.customer.first_cooperation_on)
        : null,
      lastYearPayments: facts.payments.map((p) => ({
        dueOn: new Date(p.due_on as string),
        paidOn: p.paid_on ? new Date(p.paid_on) : null,
      })),
      prospects: facts.customer.prospects,
      asOf,
    },
    weights,
  );
  const score = scored.total;
  const rules = await loadTierRules(db);
  // A tier set through 客户等级申报 stays; the score is still kept up to date.
  const tier = facts.customer.tier_manual
    ? facts.customer.tier
    : tierFor({ annualAmount: parseYuan(facts.customer.annual_amount) ?? 0, score }, rules);
  if (tier !== facts.customer.tier) {
    await insertTierHistory(db, {
      customerId,
      fromTier: facts.customer.tier,
      toTier: tier,
      reason: 'score_changed',
      score,
      userId,
    });
  }
  await repo.saveScore(db, customerId, scored, tier);
}

type TransactionRow = Awaited<ReturnType<typeof repo.listTransactions>>[number];
type ContractRow = Awaited<ReturnType<typeof repo.listContracts>>[number];

export async function listTransactions(db: Kysely<Database>, ctx: RequestContext, customerId: number) {
  await topSecretOrThrow(db, ctx, customerId, 'transactions');
  return (await repo.listTransactions(db, customerId)).map(transactionJson);
}

function transactionJson(t: TransactionRow) {
  return {
    id: t.id,
    customerId: t.customer_id,
    kind: t.kind,
    occurredOn: t.occurred_on,
    amount: t.amount,
    quantity: t.quantity,
    productClass: t.product_class,
    product: t.product,
    dueOn: t.due_on,
    paidOn: t.paid_on,
    createdAt: t.created_at.toISOString(),
  };
}

export interface NewTransaction {
  customerId: number;
  kind?: 'sale' | 'return';
  occurredOn: string;
  amount: string | number;
  quantity?: number;
  productClass?: 'A' | 'B' | 'C' | 'past' | null;
  product?: string | null;
  dueOn?: string | null;
  paidOn?: string | null;
}

export async function addTransaction(db: Kysely<Database>, ctx: RequestContext, input: NewTransaction) {
  await writableOrThrow(db, ctx, input.customerId);
  const fen = parseYuan(input.amount);
  if (fen === undefined || fen < 0) {
    throw invalid([
      { field: 'amount', zh: '应为不小于 0 的金额（元，最多两位小数）', en: 'must be an amount in yuan ≥ 0' },
    ]);
  }
  const inserted = await db.transaction().execute(async (trx) => {
    const row = await repo.insertTransaction(trx, {
      customer_id: input.customerId,
      kind: input.kind ?? 'sale',
      occurred_on: input.occurredOn,
      amount: formatYuan(fen),
      quantity: input.quantity ?? 1,
      product_class: input.productClass ?? null,
      product: input.product?.trim() || null,
      due_on: input.dueOn ?? null,
      paid_on: input.paidOn ?? null,
      created_by: ctx.actor.id,
    });
    await rescore(trx, input.customerId, ctx.actor.id);
    await recordAudit(
      trx,
      ctx,
      'customers.transaction_added',
      { type: 'customer', id: input.customerId },
      { transactionId: row.id },
    );
    return row;
  });
  return transactionJson(inserted);
}

export async function listContracts(db: Kysely<Database>, ctx: RequestContext, customerId: number) {
  await topSecretOrThrow(db, ctx, customerId, 'contracts');
  return (await repo.listContracts(db, customerId)).map(contractJson);
}

function contractJson(c: ContractRow) {
  return {
    id: c.id,
    customerId: c.customer_id,
    contractNo: c.contract_no,
    title: c.title,
    amount: c.amount,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    createdAt: c.created_at.toISOString(),
  };
}

export async function addContract(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: {
    customerId: number;
    contractNo?: string | null;
    title: string;
    amount?: string | number | null;
    startsOn: string;
    endsOn: string;
  },
) {
  await writableOrThrow(db, ctx, input.customerId);
  const errors = [];
  const fen = input.amount === undefined || input.amount === null ? null : parseYuan(input.amount);
  if (fen === undefined) errors.push({ field: 'amount', zh: '金额格式不正确', en: 'is not an amount' });
  if (input.endsOn < input.startsOn)
    errors.push({ field: 'endsOn', zh: '结束日期不能早于开始日期', en: 'must not be before startsOn' });
  if (errors.length > 0) throw invalid(errors);
  const inserted = await db.transaction().execute(async (trx) => {
    const row = await repo.insertContract(trx, {
      customer_id: input.customerId,
      contract_no: input.contractNo?.trim() || null,
      title: input.title.trim(),
      amount: fen === null || fen === undefined ? null : formatYuan(fen),
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      created_by: ctx.actor.id,
    });
    await recordAudit(
      trx,
      ctx,
      'customers.contract_added',
      { type: 'customer', id: input.customerId },
      { contractId: row.id },
    );
    return row;
  });
  return contractJson(inserted);
}

function serviceEventJson(e: repo.ServiceEventRow) {
  return {
    id: e.id,
    customerId: e.customer_id,
    kind: e.kind,
    occurredAt: e.occurred_at.toISOString(),
    product: e.product,
    summary: e.summary,
    staffId: e.staff_id,
    staffName: e.staff_name,
  };
}

export async function listServiceEvents(db: Kysely<Database>, ctx: RequestContext, customerId: number) {
  await basicDetailsOrThrow(db, ctx, customerId);
  return (await repo.listServiceEvents(db, customerId)).map(serviceEventJson);
}

export async function addServiceEvent(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: {
    customerId: number;
    kind: string;
    occurredAt: string;
    product?: string | null;
    summary?: string | null;
    staffId?: number | null;
  },
) {
  await writableOrThrow(db, ctx, input.customerId);
  // An unknown staff id would reach the foreign key as a 500: it is the caller's mistake, named.
  if (input.staffId != null && !(await activeUserExists(db, input.staffId))) {
    throw invalid([{ field: 'staffId', zh: '服务人员不存在或已停用', en: 'no such active user' }]);
  }
  const id = await db.transaction().execute(async (trx) => {
    const newId = await repo.insertServiceEvent(trx, {
      customer_id: input.customerId,
      kind: input.kind,
      occurred_at: new Date(input.occurredAt),
      product: input.product?.trim() || null,
      summary: input.summary?.trim() || null,
      staff_id: input.staffId ?? ctx.actor.id,
      created_by: ctx.actor.id,
    });
    await recordAudit(
      trx,
      ctx,
      'customers.service_event_added',
      { type: 'customer', id: input.customerId },
      { kind: input.kind },
    );
    return newId;
  });
  return serviceEventJson(await repo.findServiceEvent(db, id));
}

export async function customerTimeline(db: Kysely<Database>, ctx: RequestContext, customerId: number) {
  const { visibility } = await basicDetailsOrThrow(db, ctx, customerId);
  const rows = await repo.timeline(db, customerId, visibility.top_secret === 'full', 200);
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    kind: r.kind,
    title: r.title,
    detail: r.detail,
    gradeRequestId: r.grade_request_id,
    actor: r.actor,
  }));
}
