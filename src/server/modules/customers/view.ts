import type { Selectable } from 'kysely';
import type { Visibility } from '../../../domain/customers/confidentiality.ts';
import { maskEmail, maskGeneric, maskPersonName } from '../../../domain/customers/masking.ts';
import type { ContactsTable } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';
import { visibilityOf } from '../customer-access/access.ts';
import type { CustomerListRow, CustomerRow } from './repository.ts';

const STALE_DAYS = 30;
const DAY = 86_400_000;

const when = <T>(shown: boolean, value: T): T | null => (shown ? value : null);

/**
 * 秘密-level fields. A viewer who sees basic information only masked (marketing, SPEC §2.5) gets the name,
 * industry and region, and the do-not-contact flag so that campaigns honour it; everything else is null.
 */
function basicJson(row: CustomerListRow | CustomerRow, visibility: Visibility) {
  const full = visibility.secret === 'full';
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: when(full, row.kind),
    industry: row.industry,
    province: row.province,
    city: row.city,
    district: when(full, row.district),
    address: when(full, row.address),
    tags: full ? row.tags : null,
    needType: when(full, row.need_type),
    tier: when(full, row.tier),
    status: when(full, row.status),
    ownerId: when(full, row.owner_id),
    ownerName: when(full, row.owner_name),
    agentId: when(full, row.agent_id),
    agentName: when(full, row.agent_name),
    doNotContact: row.do_not_contact,
    verifiedAt: full ? (row.verified_at?.toISOString() ?? null) : null,
    stale: full ? !row.verified_at || Date.now() - row.verified_at.getTime() > STALE_DAYS * DAY : null,
    lastFollowupAt: full ? (row.last_followup_at?.toISOString() ?? null) : null,
    lastFollowupMethod: when(full, row.last_followup_method),
    lastFollowupSummary: when(full, row.last_followup_summary),
    lastFeedback: when(full, row.last_feedback),
    lastSatisfaction: when(full, row.last_satisfaction),
    nextFollowupAt: full ? (row.next_followup_at?.toISOString() ?? null) : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    visibility: {
      secret: visibility.secret,
      confidential: visibility.confidential,
      topSecret: visibility.top_secret,
    },
  };
}

/**
 * The primary contact at the viewer's 机密 exposure: masked in lists (a list row never carries 机密 values),
 * in full only where `reveal` is asked (an export) and the viewer sees contacts in full; nothing when hidden.
 */
function primaryContactJson(
  row: CustomerListRow,
  exposure: Visibility['confidential'],
  cipher: FieldCipher | null,
) {
  if (exposure === 'hidden') return { name: null, mobile: null };
  if (exposure === 'full' && cipher) {
    return {
      name: row.primary_contact_name,
      mobile: row.primary_contact_mobile_enc ? cipher.decrypt(row.primary_contact_mobile_enc) : null,
    };
  }
  return {
    name: row.primary_contact_name ? maskPersonName(row.primary_contact_name) : null,
    mobile: row.primary_contact_mobile_masked,
  };
}

/** A list row: 秘密 fields by exposure, the primary contact masked, no 绝密 values. */
export function customerListJson(actor: Actor, row: CustomerListRow) {
  const visibility = visibilityOf(actor, row);
  const contact = primaryContactJson(row, visibility.confidential, null);
  return {
    ...basicJson(row, visibility),
    primaryContactName: contact.name,
    primaryContactMobile: contact.mobile,
  };
}

/** An export row: what the list shows, with the primary contact and the annual amount in full where seen in full. */
export function customerExportJson(actor: Actor, row: CustomerListRow, cipher: FieldCipher) {
  const visibility = visibilityOf(actor, row);
  const contact = primaryContactJson(row, visibility.confidential, cipher);
  return {
    ...basicJson(row, visibility),
    annualAmount: when(visibility.top_secret === 'full', row.annual_amount),
    primaryContactName: contact.name,
    primaryContactMobile: contact.mobile,
  };
}

export function customerDetailJson(row: CustomerRow, visibility: Visibility, cipher: FieldCipher) {
  const full = visibility.secret === 'full';
  const confidential = visibility.confidential;
  const topSecret = visibility.top_secret === 'full';
  return {
    ...basicJson(row, visibility),
    foundedOn: when(full, row.founded_on),
    employees: when(full, row.employees),
    annualRevenue: when(topSecret, row.annual_revenue),
    source: when(full, row.source),
    firstCooperationOn: when(full, row.first_cooperation_on),
    annualAmount: when(topSecret, row.annual_amount),
    products: when(full, row.products),
    cooperationFrequency: when(full, row.cooperation_frequency),
    membershipNo: when(full, row.membership_no),
    anniversaryOn: when(full, row.anniversary_on),
    idNumber:
      confidential === 'full' && row.id_number_enc
        ? cipher.decrypt(row.id_number_enc)
        : confidential === 'hidden'
          ? null
          : row.id_number_masked,
    score: when(topSecret, row.score === null ? null : Number(row.score)),
    prospects: when(full, row.prospects),
    lostReason: when(full, row.lost_reason),
    lostOn: when(full, row.lost_on),
    // Free text follows the level of what it describes: why a customer asked not to be called is about
    // reaching them (机密), and may well quote a number.
    dncReason: when(confidential === 'full', row.dnc_reason),
    dncSetAt: full ? (row.dnc_set_at?.toISOString() ?? null) : null,
    dncSetByName: when(full, row.dnc_set_by_name ?? null),
    preferredMethod: when(full, row.preferred_method),
    preferredChannel: when(full, row.preferred_channel),
    preferredWindow: when(full, row.preferred_window),
    followupWeeklyCap: when(full, row.followup_weekly_cap),
    remark: when(full, row.remark),
  };
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
