import type { Kysely } from 'kysely';
import { type Level, type Visibility, visibilityFor } from '../../../domain/customers/confidentiality.ts';
import { isBasicOnlyViewer } from '../../../domain/roles.ts';
import type { Database } from '../../db/schema.ts';
import { type Actor, type RequestContext, requirePermission } from '../../http/actor.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { recordReadAudit } from '../audit/service.ts';
import { findCustomer } from '../customers/repository.ts';
import { resolveDataScope } from '../departments/data-scope.ts';
import type { Viewer } from './fragments.ts';
import * as repo from './repository.ts';

/**
 * Customer access (SPEC §2.5), the one place that answers "may this actor read / change / see level X of this
 * customer". Rows come with `in_scope` and `granted_levels` from `fragments.ts`; the functions here decide.
 */

export const CUSTOMER = { zh: '客户', en: 'Customer' };

/** Who is asking, with their data scope resolved once per request. Reading customers at all needs customers.read. */
export async function customerViewer(db: Kysely<Database>, ctx: RequestContext): Promise<Viewer> {
  requirePermission(ctx.actor, 'customers.read');
  return { userId: ctx.actor.id, scope: await resolveDataScope(db, ctx.actor) };
}

/** Per level, whether the actor sees a customer row in full, masked or not at all. */
export function visibilityOf(
  actor: Actor,
  row: { in_scope: boolean | null; granted_levels: string[] | null },
): Visibility {
  return visibilityFor({
    inScope: row.in_scope === true,
    canRead: actor.permissions.has('customers.read'),
    basicOnly: isBasicOnlyViewer(actor.roles),
    grantedLevels: (row.granted_levels ?? []) as Level[],
  });
}

/** Marketing sees name, industry and region only: it can neither read nor filter by anything else. */
export function seesBasicOnly(actor: Actor): boolean {
  return isBasicOnlyViewer(actor.roles);
}

/** Filters on fields marketing does not see would tell it those fields (which customers are tier A …). */
const BASIC_HIDDEN_FILTERS = ['tier', 'kind', 'status', 'ownerId', 'tag', 'staleDays', 'followup'] as const;

export function refuseHiddenFilters(actor: Actor, filters: Partial<Record<string, unknown>>): void {
  if (!seesBasicOnly(actor)) return;
  const hidden = BASIC_HIDDEN_FILTERS.filter((f) => filters[f] !== undefined);
  if (hidden.length === 0) return;
  throw invalid(
    hidden.map((field) => ({
      field,
      zh: '您只能查看客户名称、行业和地区，不能按此项筛选',
      en: 'you see name, industry and region only, and cannot filter by this',
    })),
  );
}

/** Account managers own what they create unless told otherwise. */
export function ownsWhatTheyCreate(actor: Actor): boolean {
  return actor.roles.includes('account_manager');
}

/** Cooperation figures across the whole company (大客户登记名单): executives, or whoever decides 绝密 access. */
export function seesEveryTopSecret(actor: Actor): boolean {
  return actor.dataScope === 'all' || actor.permissions.has('access.approve_top_secret');
}

async function findOrThrow(db: Kysely<Database>, viewer: Viewer, id: number) {
  const row = await findCustomer(db, viewer, id);
  if (!row) throw notFound(CUSTOMER);
  return row;
}

/** The customer as this user may see it: the row and, per confidentiality level, full / masked / hidden. */
export async function customerVisibility(db: Kysely<Database>, ctx: RequestContext, id: number) {
  const row = await findOrThrow(db, await customerViewer(db, ctx), id);
  return { row, visibility: visibilityOf(ctx.actor, row) };
}

/** Service records, the timeline and tier history are 秘密 details beyond name, industry and region. */
export async function basicDetailsOrThrow(db: Kysely<Database>, ctx: RequestContext, id: number) {
  const shown = await customerVisibility(db, ctx, id);
  if (shown.visibility.secret !== 'full') {
    throw new AppError('forbidden', {}, [], {
      zh: '您只能查看客户名称、行业和地区；其他信息需提交查阅申请',
      en: 'You see name, industry and region only; request access for more',
    });
  }
  return shown;
}

/** Work on a customer (a follow-up record, its review) is for those whose data scope holds it. */
export async function inScopeOrThrow(db: Kysely<Database>, ctx: RequestContext, id: number) {
  const shown = await customerVisibility(db, ctx, id);
  if (shown.row.in_scope !== true) {
    throw new AppError('forbidden', {}, [], {
      zh: '该客户不在您的负责范围内',
      en: 'This customer is outside your reach',
    });
  }
  return shown;
}

/** Contacts (机密) come full or masked; hidden ones are refused, so that an empty table never means "none". */
export async function contactsExposureOrThrow(db: Kysely<Database>, ctx: RequestContext, id: number) {
  const exposure = (await customerVisibility(db, ctx, id)).visibility.confidential;
  if (exposure === 'hidden') {
    throw new AppError('forbidden', {}, [], {
      zh: '联系人属于机密信息，您需要提交查阅申请并获批后才能查看',
      en: 'Contacts are confidential: request access to see them',
    });
  }
  return exposure;
}

const TOP_SECRET_NEEDED = {
  zh: '交易、合同等合作明细属于绝密信息，需要提交查阅申请并经总经理批准',
  en: 'Cooperation details are top secret; request access approved by the executive',
};

/** Transactions and contracts are 绝密: readable only in full, and each read is audited. */
export async function topSecretOrThrow(
  db: Kysely<Database>,
  ctx: RequestContext,
  customerId: number,
  what: string,
): Promise<void> {
  const { visibility } = await customerVisibility(db, ctx, customerId);
  if (visibility.top_secret !== 'full') throw new AppError('forbidden', {}, [], TOP_SECRET_NEEDED);
  await recordReadAudit(
    db,
    ctx,
    'customers.viewed',
    { type: 'customer', id: customerId },
    {
      levels: ['top_secret'],
      what,
    },
  );
}

/** Changing a customer needs customers.write and the customer inside the actor's own data scope (no grant widens it). */
export async function writableOrThrow(db: Kysely<Database>, ctx: RequestContext, id: number) {
  requirePermission(ctx.actor, 'customers.write');
  const row = await findOrThrow(db, await customerViewer(db, ctx), id);
  if (row.in_scope !== true) throw new AppError('forbidden');
  return row;
}

/**
 * Whether the actor may write a customer that will be owned / served by these people (an import creates and
 * updates rows that may not exist yet): the same scope as `inScope`, asked of the people instead of the row.
 */
export async function writeScopeFor(
  db: Kysely<Database>,
  ctx: RequestContext,
): Promise<(ownerId: number | null, agentId: number | null) => boolean> {
  const viewer = await customerViewer(db, ctx);
  if (viewer.scope.kind === 'all') return () => true;
  const reachable = new Set(await repo.usersInScope(db, viewer));
  return (ownerId, agentId) =>
    (ownerId !== null && reachable.has(ownerId)) || (agentId !== null && reachable.has(agentId));
}
