import type { Exposure, Level, Visibility } from '../../../domain/customers/confidentiality.ts';

/**
 * Which customer field is shown to whom (SPEC §1, §2.5), field by field, in one place: the detail, the list, the
 * export and the import's masked rows all ask here. `basic` is what marketing sees of any customer (name,
 * industry, region — province, city, district — and the do-not-contact flag so that campaigns honour it); the
 * other fields go by their level: 秘密 basic information and the relationship (owner, tier, dates, follow-ups,
 * scale), 机密 contact details (the ID number, the primary contact, why the customer asked not to be called),
 * 绝密 cooperation figures (the annual amount and the score computed from orders and payments).
 */
export const CUSTOMER_FIELD_LEVELS = {
  name: 'basic',
  shortName: 'basic',
  industry: 'basic',
  province: 'basic',
  city: 'basic',
  district: 'basic',
  doNotContact: 'basic',

  kind: 'secret',
  address: 'secret',
  tags: 'secret',
  needType: 'secret',
  tier: 'secret',
  status: 'secret',
  ownerId: 'secret',
  ownerName: 'secret',
  agentId: 'secret',
  agentName: 'secret',
  verifiedAt: 'secret',
  stale: 'secret',
  lastFollowupAt: 'secret',
  lastFollowupMethod: 'secret',
  lastFollowupSummary: 'secret',
  lastFeedback: 'secret',
  lastSatisfaction: 'secret',
  nextFollowupAt: 'secret',
  foundedOn: 'secret',
  employees: 'secret',
  // 规模 (employees, annual revenue) is basic information in SPEC §2.5: the customer's own size, not ours with it.
  annualRevenue: 'secret',
  source: 'secret',
  firstCooperationOn: 'secret',
  products: 'secret',
  cooperationFrequency: 'secret',
  membershipNo: 'secret',
  anniversaryOn: 'secret',
  gender: 'secret',
  age: 'secret',
  prospects: 'secret',
  lostReason: 'secret',
  lostOn: 'secret',
  dncSetAt: 'secret',
  dncSetByName: 'secret',
  preferredMethod: 'secret',
  preferredChannel: 'secret',
  preferredWindow: 'secret',
  followupWeeklyCap: 'secret',
  remark: 'secret',

  idNumber: 'confidential',
  primaryContactName: 'confidential',
  primaryContactMobile: 'confidential',
  // Free text follows what it describes: why a customer asked not to be called is about reaching them, and may
  // quote a number; it cannot be masked, so it is shown in full or not at all.
  dncReason: 'confidential',

  annualAmount: 'top_secret',
  score: 'top_secret',
} as const satisfies Record<string, 'basic' | Level>;

export type CustomerField = keyof typeof CUSTOMER_FIELD_LEVELS;

/** Values that have a masked form (张*, 138****5678, 3301**********1235); other 机密 values are all or nothing. */
const MASKABLE = new Set<CustomerField>(['idNumber', 'primaryContactName', 'primaryContactMobile']);

/** The level a 查阅申请 must open to show the field. */
export function levelOf(field: CustomerField): Level {
  const level = CUSTOMER_FIELD_LEVELS[field];
  return level === 'basic' ? 'secret' : level;
}

/**
 * How the viewer sees one field of a customer: `full`, `masked` (the value in its masked form) or `hidden` (null,
 * and named in the answer's `hidden` so that it does not read as empty).
 */
export function fieldExposure(visibility: Visibility, field: CustomerField): Exposure {
  const level = CUSTOMER_FIELD_LEVELS[field];
  if (level === 'basic') return visibility.secret === 'hidden' ? 'hidden' : 'full';
  const exposure = visibility[level];
  if (exposure === 'masked' && (level === 'secret' || !MASKABLE.has(field))) return 'hidden';
  return exposure;
}

/** Whether the viewer sees the field's value in full. */
export const seesInFull = (visibility: Visibility, field: CustomerField) =>
  fieldExposure(visibility, field) === 'full';

export type Withheld = Partial<Record<CustomerField, Level>>;

const withheldCache = new WeakMap<readonly CustomerField[], Map<string, Withheld>>();

/**
 * The fields of `fields` the viewer may not see, each with the level a 查阅申请 must open: what the web shows as
 * 无权查看 rather than "—". The same few combinations recur on every row, so each is computed once per field set
 * (pass the same array each time) and frozen.
 */
export function withheldFields(visibility: Visibility, fields: readonly CustomerField[]): Withheld {
  let byVisibility = withheldCache.get(fields);
  if (!byVisibility) {
    byVisibility = new Map();
    withheldCache.set(fields, byVisibility);
  }
  const key = `${visibility.secret}|${visibility.confidential}|${visibility.top_secret}`;
  let withheld = byVisibility.get(key);
  if (!withheld) {
    const found: Withheld = {};
    for (const field of fields) {
      if (fieldExposure(visibility, field) === 'hidden') found[field] = levelOf(field);
    }
    withheld = Object.freeze(found);
    byVisibility.set(key, withheld);
  }
  return withheld;
}
