import type { Selectable } from 'kysely';
import type { Visibility } from '../../../domain/customers/confidentiality.ts';
import { maskEmail, maskGeneric, maskPersonName } from '../../../domain/customers/masking.ts';
import { ageIn } from '../../../domain/customers/preferences.ts';
import type { ContactsTable } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { visibilityOf } from '../customer-access/access.ts';
import { type CustomerField, fieldExposure, seesInFull, withheldFields } from '../customer-access/fields.ts';
import type { CustomerListRow, CustomerRow } from './repository.ts';

const STALE_DAYS = 30;
const DAY = 86_400_000;

const when = <T>(shown: boolean, value: T): T | null => (shown ? value : null);

/** The fields of a list row, an export row and the detail: what each answer's `hidden` is taken from. */
const BASIC_FIELDS = [
  'shortName',
  'kind',
  'industry',
  'province',
  'city',
  'district',
  'address',
  'tags',
  'needType',
  'tier',
  'status',
  'ownerId',
  'ownerName',
  'agentId',
  'agentName',
  'doNotContact',
  'verifiedAt',
  'stale',
  'lastFollowupAt',
  'lastFollowupMethod',
  'lastFollowupSummary',
  'lastFeedback',
  'lastSatisfaction',
  'nextFollowupAt',
] as const satisfies readonly CustomerField[];
const LIST_FIELDS: readonly CustomerField[] = [...BASIC_FIELDS, 'primaryContactName', 'primaryContactMobile'];
const EXPORT_FIELDS: readonly CustomerField[] = [...LIST_FIELDS, 'annualAmount'];
const DETAIL_FIELDS: readonly CustomerField[] = [
  ...BASIC_FIELDS,
  'foundedOn',
  'employees',
  'annualRevenue',
  'source',
  'firstCooperationOn',
  'annualAmount',
  'products',
  'cooperationFrequency',
  'membershipNo',
  'anniversaryOn',
  'gender',
  'age',
  'idNumber',
  'score',
  'prospects',
  'lostReason',
  'lostOn',
  'dncReason',
  'dncSetAt',
  'dncSetByName',
  'preferredMethod',
  'preferredChannel',
  'preferredWindow',
  'followupWeeklyCap',
  'remark',
];

/** A timestamp as the answer's text: detail rows carry Dates, list rows the text already (`isoTime`). */
const isoText = (value: Date | string) => (typeof value === 'string' ? value : value.toISOString());
const iso = (value: Date | string | null | undefined) => (value == null ? null : isoText(value));
const millis = (value: Date | string) => (typeof value === 'string' ? Date.parse(value) : value.getTime());

/**
 * The fields every answer about a customer carries, each as `fields.ts` says the viewer sees it: marketing gets
 * the name, industry and region (and the do-not-contact flag), everything else null and named in `hidden`.
 */
function basicJson(row: CustomerListRow | CustomerRow, visibility: Visibility) {
  const v = <T>(field: CustomerField, value: T): T | null => when(seesInFull(visibility, field), value);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: v('shortName', row.short_name),
    kind: v('kind', row.kind),
    industry: v('industry', row.industry),
    province: v('province', row.province),
    city: v('city', row.city),
    district: v('district', row.district),
    address: v('address', row.address),
    tags: v('tags', row.tags),
    needType: v('needType', row.need_type),
    tier: v('tier', row.tier),
    status: v('status', row.status),
    ownerId: v('ownerId', row.owner_id),
    ownerName: v('ownerName', row.owner_name),
    agentId: v('agentId', row.agent_id),
    agentName: v('agentName', row.agent_name),
    doNotContact: row.do_not_contact,
    verifiedAt: v('verifiedAt', iso(row.verified_at)),
    stale: v('stale', !row.verified_at || Date.now() - millis(row.verified_at) > STALE_DAYS * DAY),
    lastFollowupAt: v('lastFollowupAt', iso(row.last_followup_at)),
    lastFollowupMethod: v('lastFollowupMethod', row.last_followup_method),
    lastFollowupSummary: v('lastFollowupSummary', row.last_followup_summary),
    lastFeedback: v('lastFeedback', row.last_feedback),
    lastSatisfaction: v('lastSatisfaction', row.last_satisfaction),
    nextFollowupAt: v('nextFollowupAt', iso(row.next_followup_at)),
    createdAt: isoText(row.created_at),
    updatedAt: isoText(row.updated_at),
    version: row.version,
    visibility: {
      secret: visibility.secret,
      confidential: visibility.confidential,
      topSecret: visibility.top_secret,
    },
  };
}

/** The primary contact as a list shows it at the viewer's 机密 exposure: masked (张*, 138****5678), or nothing. */
function primaryContactJson(row: CustomerListRow, visibility: Visibility) {
  if (fieldExposure(visibility, 'primaryContactMobile') === 'hidden') return { name: null, mobile: null };
  return {
    name: row.primary_contact_name ? maskPersonName(row.primary_contact_name) : null,
    mobile: row.primary_contact_mobile_masked,
  };
}

/**
 * A list row: 秘密 fields by exposure, the primary contact masked, no 绝密 values. The row's other fields are
 * assigned onto the basic ones, not spread into a new object: on Node 20 a spread of this many fields with more
 * after it costs ~10 µs a row (half a millisecond for a page of the list).
 */
export function customerListJson(actor: Actor, row: CustomerListRow) {
  const visibility = visibilityOf(actor, row);
  const contact = primaryContactJson(row, visibility);
  return Object.assign(basicJson(row, visibility), {
    primaryContactName: contact.name,
    primaryContactMobile: contact.mobile,
    hidden: withheldFields(visibility, LIST_FIELDS),
  });
}

/**
 * An export row's customer fields: what the list shows, and the annual amount (read with the export's extras,
 * as the list never shows it) where seen in full. The primary contact comes from the extras too (`contactJson`).
 */
export function customerExportJson(actor: Actor, row: CustomerListRow, annualAmount: string | null) {
  const visibility = visibilityOf(actor, row);
  return Object.assign(basicJson(row, visibility), {
    annualAmount: when(seesInFull(visibility, 'annualAmount'), annualAmount),
    hidden: withheldFields(visibility, EXPORT_FIELDS),
  });
}

export function customerDetailJson(row: CustomerRow, visibility: Visibility, cipher: FieldCipher) {
  const v = <T>(field: CustomerField, value: T): T | null => when(seesInFull(visibility, field), value);
  const idNumber = fieldExposure(visibility, 'idNumber');
  return Object.assign(basicJson(row, visibility), {
    foundedOn: v('foundedOn', row.founded_on),
    employees: v('employees', row.employees),
    annualRevenue: v('annualRevenue', row.annual_revenue),
    source: v('source', row.source),
    firstCooperationOn: v('firstCooperationOn', row.first_cooperation_on),
    annualAmount: v('annualAmount', row.annual_amount),
    products: v('products', row.products),
    cooperationFrequency: v('cooperationFrequency', row.cooperation_frequency),
    membershipNo: v('membershipNo', row.membership_no),
    anniversaryOn: v('anniversaryOn', row.anniversary_on),
    gender: v('gender', row.gender),
    age: v('age', row.birth_year === null ? null : ageIn(row.birth_year, new Date().getUTCFullYear())),
    idNumber:
      idNumber === 'full' && row.id_number_enc
        ? cipher.decrypt(row.id_number_enc)
        : idNumber === 'masked'
          ? row.id_number_masked
          : null,
    score: v('score', row.score === null ? null : Number(row.score)),
    prospects: v('prospects', row.prospects),
    lostReason: v('lostReason', row.lost_reason),
    lostOn: v('lostOn', row.lost_on),
    dncReason: v('dncReason', row.dnc_reason),
    dncSetAt: v('dncSetAt', iso(row.dnc_set_at)),
    dncSetByName: v('dncSetByName', row.dnc_set_by_name ?? null),
    preferredMethod: v('preferredMethod', row.preferred_method),
    preferredChannel: v('preferredChannel', row.preferred_channel),
    preferredWindow: v('preferredWindow', row.preferred_window),
    followupWeeklyCap: v('followupWeeklyCap', row.followup_weekly_cap),
    remark: v('remark', row.remark),
    hidden: withheldFields(visibility, DETAIL_FIELDS),
  });
}

type ContactRow = Pick<
  Selectable<ContactsTable>,
  | 'customer_id'
  | 'name'
  | 'position'
  | 'role_kind'
  | 'phone'
  | 'email'
  | 'qq'
  | 'wechat'
  | 'birthday'
  | 'mobile_enc'
  | 'mobile_masked'
> & { id: number; is_primary: boolean; version: number };

/** 机密: full, masked (张*, 138****5678, z***@…) or, for nobody yet, hidden. */
export function contactJson(row: ContactRow, exposure: Visibility['confidential'], cipher: FieldCipher) {
  const full = exposure === 'full';
  return {
    id: row.id,
    customerId: row.customer_id,
    name: full ? row.name : maskPersonName(row.name),
    position: row.position,
    roleKind: row.role_kind,
    mobile: full ? (row.mobile_enc ? cipher.decrypt(row.mobile_enc) : null) : row.mobile_masked,
    phone: full ? row.phone : row.phone ? maskGeneric(row.phone) : null,
    email: full ? row.email : row.email ? maskEmail(row.email) : null,
    qq: when(full, row.qq),
    wechat: when(full, row.wechat),
    birthday: when(full, row.birthday),
    isPrimary: row.is_primary,
    version: row.version,
    masked: !full,
  };
}
