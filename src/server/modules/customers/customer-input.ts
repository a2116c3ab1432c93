import type { Insertable, Updateable } from 'kysely';
import { isIsoDate } from '../../../domain/calendar/dates.ts';
import {
  isMainlandMobile,
  normalizeCustomerName,
  normalizeMobile,
} from '../../../domain/customers/duplicates.ts';
import { type CustomerStatus, statusProblems } from '../../../domain/customers/lifecycle.ts';
import { maskGeneric, maskMobile } from '../../../domain/customers/masking.ts';
import {
  AGE_RANGE,
  birthYearOf,
  PREFERRED_CHANNELS,
  PREFERRED_METHODS,
  parseGender,
} from '../../../domain/customers/preferences.ts';
import { formatYuan, parseYuan } from '../../../domain/money.ts';
import type { ContactsTable, CustomersTable } from '../../db/schema.ts';
import type { FieldError } from '../../http/errors.ts';
import type { FieldCipher } from '../../security/field-crypto.ts';

/** JSON names used by outside scripts (issue 4); money as a decimal string or number of yuan. */
export interface CustomerInput {
  name?: string;
  shortName?: string | null;
  kind?: string;
  industry?: string | null;
  province?: string | null;
  city?: string | null;
  district?: string | null;
  address?: string | null;
  foundedOn?: string | null;
  employees?: number | null;
  annualRevenue?: string | number | null;
  source?: string | null;
  firstCooperationOn?: string | null;
  annualAmount?: string | number;
  products?: string | null;
  cooperationFrequency?: string | null;
  membershipNo?: string | null;
  anniversaryOn?: string | null;
  /** 性别 of an individual customer: male / female (男 / 女 accepted). */
  gender?: string | null;
  /** 年龄 of an individual customer, in whole years (kept as the birth year). */
  age?: number | null;
  idNumber?: string | null;
  tags?: string[];
  needType?: string | null;
  prospects?: number | null;
  status?: CustomerStatus;
  lostReason?: string | null;
  lostOn?: string | null;
  ownerId?: number | null;
  agentId?: number | null;
  doNotContact?: boolean;
  dncReason?: string | null;
  preferredMethod?: string | null;
  preferredChannel?: string | null;
  preferredWindow?: string | null;
  followupWeeklyCap?: number | null;
  remark?: string | null;
  /** Marks the profile as verified now (最近核定时间). */
  verified?: boolean;
}

export interface ContactInput {
  name?: string;
  position?: string | null;
  roleKind?: string | null;
  mobile?: string | null;
  phone?: string | null;
  email?: string | null;
  qq?: string | null;
  wechat?: string | null;
  birthday?: string | null;
  isPrimary?: boolean;
}

function money(
  field: string,
  name: string,
  value: string | number | null | undefined,
  errors: FieldError[],
): string | null | undefined {
  if (value === undefined || value === null) return value;
  // A cleared amount: the request schema's coercion turns a JSON null into "" (the union's string branch first).
  if (typeof value === 'string' && value.trim() === '') return null;
  const fen = parseYuan(value);
  if (fen === undefined || fen < 0) {
    errors.push({
      field,
      zh: `${name}应为不小于 0 的金额（元，最多两位小数）`,
      en: 'must be an amount in yuan ≥ 0 with at most 2 decimals',
    });
    return undefined;
  }
  return formatYuan(fen);
}

const trimmed = (value: string | null | undefined) =>
  value === undefined ? undefined : value?.trim() || null;

/** One of a survey question's options (the stored word), or null; the error names the question in Chinese. */
function choice(
  field: string,
  question: string,
  options: Record<string, { zh: string; en: string }>,
  value: string | null | undefined,
  errors: FieldError[],
  set: (value: string | null) => void,
): void {
  const text = trimmed(value);
  if (text === undefined) return;
  if (text !== null && !(text in options)) {
    const words = Object.keys(options);
    errors.push({
      field,
      zh: `${question}应为 ${words.join('、')} 之一（收到“${text}”）`,
      en: `must be one of ${Object.values(options)
        .map((o) => o.en)
        .join(', ')} (${words.join(' / ')}); got "${text}"`,
    });
    return;
  }
  set(text);
}

/** This year, as the age of an individual is counted (UTC: a few hours early on 1 January in China). */
const thisYear = () => new Date().getUTCFullYear();

/** 性别 and 年龄 of an individual customer; the age is kept as a birth year so that it stays right. */
function personColumns(input: CustomerInput, columns: Updateable<CustomersTable>, errors: FieldError[]) {
  if (input.gender !== undefined) {
    const text = input.gender?.trim() || null;
    const gender = text === null ? null : parseGender(text);
    if (gender === undefined) {
      errors.push({
        field: 'gender',
        zh: `性别应为“男”或“女”（收到“${text}”）`,
        en: 'must be male or female',
      });
    } else columns.gender = gender;
  }
  if (input.age !== undefined) {
    const age = input.age;
    if (age !== null && (!Number.isInteger(age) || age < AGE_RANGE.min || age > AGE_RANGE.max)) {
      errors.push({
        field: 'age',
        zh: `年龄应为 ${AGE_RANGE.min}–${AGE_RANGE.max} 之间的整数（收到 ${age}）`,
        en: `must be a whole number of years from ${AGE_RANGE.min} to ${AGE_RANGE.max}`,
      });
    } else columns.birth_year = age === null ? null : birthYearOf(age, thisYear());
  }
}

/**
 * 性别 and 年龄 describe a person: only an individual customer (个人) has them. Given for another kind they are
 * refused; a customer that stops being an individual loses them.
 */
export function personErrors(kindAfter: string, columns: Updateable<CustomersTable>): FieldError[] {
  if (kindAfter === 'individual') return [];
  const errors: FieldError[] = [];
  for (const [field, column, name] of [
    ['gender', 'gender', '性别'],
    ['age', 'birth_year', '年龄'],
  ] as const) {
    if (columns[column] !== undefined && columns[column] !== null) {
      errors.push({
        field,
        zh: `${name}仅适用于客户类型为“个人”的客户`,
        en: 'applies to individual customers only',
      });
    }
    columns[column] = null;
  }
  return errors;
}

/** Maps API input to columns; collects every field problem rather than stopping at the first. */
export function customerColumns(
  input: CustomerInput,
  cipher: FieldCipher,
): { columns: Updateable<CustomersTable>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const columns: Updateable<CustomersTable> = {};
  if (input.name !== undefined) {
    const name = input.name.trim();
    if (!name) errors.push({ field: 'name', zh: '不能为空', en: 'must not be empty' });
    columns.name = name;
    columns.name_key = normalizeCustomerName(name);
  }
  const text = {
    shortName: 'short_name',
    kind: 'kind',
    industry: 'industry',
    province: 'province',
    city: 'city',
    district: 'district',
    address: 'address',
    source: 'source',
    products: 'products',
    cooperationFrequency: 'cooperation_frequency',
    membershipNo: 'membership_no',
    needType: 'need_type',
    preferredWindow: 'preferred_window',
    remark: 'remark',
  } as const;
  for (const [key, column] of Object.entries(text) as [
    keyof typeof text,
    (typeof text)[keyof typeof text],
  ][]) {
    const value = trimmed(input[key] as string | null | undefined);
    if (value !== undefined) (columns as Record<string, unknown>)[column] = value;
  }
  for (const [key, column] of [
    ['foundedOn', 'founded_on'],
    ['firstCooperationOn', 'first_cooperation_on'],
    ['anniversaryOn', 'anniversary_on'],
    ['lostOn', 'lost_on'],
  ] as const) {
    if (input[key] !== undefined) (columns as Record<string, unknown>)[column] = input[key];
  }
  if (input.employees !== undefined) columns.employees = input.employees;
  if (input.followupWeeklyCap !== undefined) columns.followup_weekly_cap = input.followupWeeklyCap;
  if (input.prospects !== undefined) columns.prospects = input.prospects;
  if (input.tags !== undefined) columns.tags = [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))];
  if (input.ownerId !== undefined) columns.owner_id = input.ownerId;
  if (input.agentId !== undefined) columns.agent_id = input.agentId;
  if (input.status !== undefined) columns.status = input.status;
  if (input.lostReason !== undefined) columns.lost_reason = trimmed(input.lostReason);
  choice('preferredMethod', '偏好回访方式', PREFERRED_METHODS, input.preferredMethod, errors, (v) => {
    columns.preferred_method = v;
  });
  choice('preferredChannel', '偏好联系渠道', PREFERRED_CHANNELS, input.preferredChannel, errors, (v) => {
    columns.preferred_channel = v;
  });
  personColumns(input, columns, errors);
  const annualAmount = money('annualAmount', '年合作金额', input.annualAmount, errors);
  if (annualAmount !== undefined && annualAmount !== null) columns.annual_amount = annualAmount;
  const annualRevenue = money('annualRevenue', '年营收', input.annualRevenue, errors);
  if (annualRevenue !== undefined) columns.annual_revenue = annualRevenue as string | null;
  if (input.idNumber !== undefined) {
    const id = input.idNumber?.trim().toUpperCase() || null;
    columns.id_number_enc = id ? cipher.encrypt(id) : null;
    columns.id_number_hash = id ? cipher.hash(id) : null;
    columns.id_number_masked = id ? maskGeneric(id) : null;
  }
  return { columns, errors };
}

/** Lifecycle rule on the row as it will be after the change. */
export function lifecycleErrors(after: {
  status: string;
  lost_reason: string | null;
  lost_on: string | null;
}): FieldError[] {
  return statusProblems(after.status as CustomerStatus, after.lost_reason, after.lost_on);
}

export function contactColumns(
  input: ContactInput,
  cipher: FieldCipher,
  prefix: string,
): { columns: Updateable<ContactsTable>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const columns: Updateable<ContactsTable> = {};
  if (input.name !== undefined) {
    if (!input.name.trim()) errors.push({ field: `${prefix}name`, zh: '不能为空', en: 'must not be empty' });
    columns.name = input.name.trim();
  }
  for (const [key, column] of [
    ['position', 'position'],
    ['roleKind', 'role_kind'],
    ['phone', 'phone'],
    ['email', 'email'],
    ['qq', 'qq'],
    ['wechat', 'wechat'],
  ] as const) {
    const value = trimmed(input[key]);
    if (value !== undefined) (columns as Record<string, unknown>)[column] = value;
  }
  if (input.mobile !== undefined) {
    const raw = input.mobile?.trim() || null;
    if (raw && !isMainlandMobile(raw)) {
      errors.push({
        field: `${prefix}mobile`,
        zh: '应为 11 位手机号码',
        en: 'must be an 11-digit mainland mobile number',
      });
    }
    const mobile = raw ? normalizeMobile(raw) : null;
    columns.mobile_enc = mobile ? cipher.encrypt(mobile) : null;
    columns.mobile_hash = mobile ? cipher.hash(mobile) : null;
    columns.mobile_masked = mobile ? maskMobile(mobile) : null;
  }
  if (input.birthday !== undefined) {
    if (input.birthday !== null && !isPastDay(input.birthday)) {
      errors.push({
        field: `${prefix}birthday`,
        zh: '不能晚于今天',
        en: 'must not be after today',
      });
    }
    columns.birthday = input.birthday;
  }
  if (input.isPrimary !== undefined) columns.is_primary = input.isPrimary;
  return { columns, errors };
}

export type NewContact = Insertable<ContactsTable>;

/** A day from 1900 to today, wherever on earth it is today already (a birthday). */
function isPastDay(day: string): boolean {
  const latestToday = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
  return isIsoDate(day) && day >= '1900-01-01' && day <= latestToday;
}
