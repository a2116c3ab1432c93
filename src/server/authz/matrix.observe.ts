/**
 * What a 2xx answer about a customer shows, judged on the body: which of its 秘密 / 机密 / 绝密 values appear.
 * An observer returns every class of matrix.table.ts the body is consistent with (a level the fixture has no
 * data for cannot be told apart), or a description of what it shows when it fits none.
 */
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import type { CustomerFixture, Markers } from './matrix.world.ts';

type Level = keyof Markers;
/** Whether the answer shows a level in full; undefined where this route or fixture cannot tell. */
type Shown = Partial<Record<Level, boolean>>;

const LEVEL_NAME: Record<Level, string> = { secret: '秘密', confidential: '机密', topSecret: '绝密' };
const LEVELS: Level[] = ['secret', 'confidential', 'topSecret'];

const CLASSES: [string, Record<Level, boolean>][] = [
  ['full', { secret: true, confidential: true, topSecret: true }],
  ['masked', { secret: true, confidential: false, topSecret: false }],
  ['basic', { secret: false, confidential: false, topSecret: false }],
];

export function judge(shown: Shown): string[] {
  const fitting = CLASSES.filter(([, want]) =>
    LEVELS.every((l) => shown[l] === undefined || shown[l] === want[l]),
  ).map(([name]) => name);
  if (fitting.length > 0) return fitting;
  const names = (value: boolean) =>
    LEVELS.filter((l) => shown[l] === value)
      .map((l) => LEVEL_NAME[l])
      .join('+');
  return [`200 showing ${names(true) || 'nothing'} but not ${names(false)}`];
}

const includesAny = (text: string, values: string[]) => values.find((v) => text.includes(v));

/** A value of a level this answer must never carry (lists never carry 机密/绝密 values, contacts no amounts). */
function leak(text: string, customer: CustomerFixture, levels: Level[]): string[] | undefined {
  for (const level of levels) {
    const found = includesAny(text, customer.markers[level]);
    if (found) return [`200 leaking ${LEVEL_NAME[level]} value ${found}`];
  }
  return undefined;
}

const has = (text: string, customer: CustomerFixture, level: Level) =>
  includesAny(text, customer.markers[level]) !== undefined;

type Json = Record<string, unknown>;

/** A field the answer names as hidden (无权查看) must carry no value: hidden is neither empty nor shown. */
function hiddenButShown(body: Json): string[] | undefined {
  const hidden = body.hidden as Record<string, string> | undefined;
  if (!hidden) return ['200 without its hidden fields named'];
  const shown = Object.keys(hidden).find((field) => body[field] !== null && body[field] !== undefined);
  return shown ? [`200 showing hidden field ${shown}`] : undefined;
}

const items = (response: LightMyRequestResponse) => (response.json() as { items: Json[] }).items;

/** GET /customers: the row of the case's customer; what it may show is its visibility, its values never. */
export function listRow(customer: CustomerFixture, response: LightMyRequestResponse): string[] {
  const row = items(response).find((i) => i.id === customer.id);
  if (!row) return ['unlisted'];
  const text = JSON.stringify(row);
  const visibility = row.visibility as Record<string, string>;
  return (
    leak(text, customer, ['confidential', 'topSecret']) ??
    hiddenButShown(row) ??
    judge({
      secret:
        [row.ownerName, row.tier, row.status, row.tags].some((v) => v !== null) ||
        has(text, customer, 'secret'),
      confidential: visibility.confidential === 'full',
      topSecret: visibility.topSecret === 'full',
    })
  );
}

export function detail(customer: CustomerFixture, response: LightMyRequestResponse): string[] {
  const body = response.json() as Json;
  const text = response.body;
  return (
    hiddenButShown(body) ??
    judge({
      secret:
        [body.ownerName, body.agentName, body.tier, body.status, body.tags, body.firstCooperationOn].some(
          (v) => v !== null,
        ) || has(text, customer, 'secret'),
      confidential: body.dncReason !== null || has(text, customer, 'confidential'),
      topSecret: body.annualAmount !== null || body.score !== null || has(text, customer, 'topSecret'),
    })
  );
}

/** Contacts listed at all (masked or full) show 秘密; the full mobile or name is 机密. */
export function contacts(customer: CustomerFixture, response: LightMyRequestResponse): string[] {
  const confidential = has(response.body, customer, 'confidential');
  return (
    leak(response.body, customer, ['topSecret']) ??
    judge({ secret: confidential || response.body.includes(customer.maskedMobile), confidential })
  );
}

/** 绝密 values in the answer: amounts, and scores of tier changes. */
const topSecretShown = (customer: CustomerFixture, response: LightMyRequestResponse) =>
  customer.cooperation
    ? items(response).some((i) => typeof i.score === 'number') || has(response.body, customer, 'topSecret')
    : undefined;

/**
 * Transactions and contracts: 绝密 through and through. The `other` customer has none, so there only the
 * status tells (a 200 is `full`).
 */
export function cooperation(customer: CustomerFixture, response: LightMyRequestResponse): string[] {
  return (
    leak(response.body, customer, ['confidential']) ??
    judge({ topSecret: topSecretShown(customer, response) })
  );
}

/**
 * The timeline and the tier history: 秘密 details with 绝密 entries (transactions, contracts, the score that moved
 * a tier). The `other` customer has no 绝密 entries, so there `full` and `masked` answer alike.
 */
export function history(customer: CustomerFixture, response: LightMyRequestResponse): string[] {
  return (
    leak(response.body, customer, ['confidential']) ??
    judge({ secret: items(response).length > 0, topSecret: topSecretShown(customer, response) })
  );
}

/** GET /grade-requests?box=to_approve: the customer's requests, with or without their 绝密 figures. */
export function gradeRequests(customer: CustomerFixture, response: LightMyRequestResponse): string[] {
  const mine = items(response).filter((i) => i.customerId === customer.id);
  if (mine.length === 0) return ['unlisted'];
  const text = JSON.stringify(mine);
  return (
    leak(text, customer, ['confidential']) ??
    judge({ topSecret: mine.some((i) => i.figures !== null) || has(text, customer, 'topSecret') })
  );
}

/** The exported sheet's row for the customer: owner (秘密), mobile (机密), annual amount (绝密). */
export async function exportRow(
  customer: CustomerFixture,
  response: LightMyRequestResponse,
): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  let text: string | undefined;
  book.worksheets[0]?.eachRow((row) => {
    const values = (row.values as unknown[]).map((v) => (v === null || v === undefined ? '' : String(v)));
    if (values.includes(customer.code)) text = values.join('|');
  });
  if (text === undefined) return ['unlisted'];
  return judge({
    secret: has(text, customer, 'secret'),
    confidential: has(text, customer, 'confidential'),
    topSecret: has(text, customer, 'topSecret'),
  });
}
