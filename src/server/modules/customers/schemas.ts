import { Type } from 'typebox';
import { NEED_TYPES } from '../../../domain/customers/need-types.ts';
import { TIER_REASONS } from '../../../domain/customers/tier.ts';
import { DateTime, Nullable } from '../../http/schemas.ts';

const Text = (max: number) => Nullable(Type.String({ maxLength: max }));
const Day = Nullable(Type.String({ format: 'date', description: 'YYYY-MM-DD' }));
const Money = Type.Union([Type.String({ maxLength: 20 }), Type.Number({ minimum: 0 })], {
  description: 'CNY yuan as a decimal string ("500000.00") or number',
});
const Exposure = Type.Enum(['full', 'masked', 'hidden']);

/**
 * A whole number or null as one JSON type list. Written when request bodies were still coerced and a union
 * (Nullable) turned a cleared 每周最多主动联系 into 0; bodies are no longer coerced (http/validators.ts), and the
 * list stays as the plainer schema.
 */
const NullableInteger = (options: Parameters<typeof Type.Integer>[0] = {}) =>
  Type.Unsafe<number | null>({ ...Type.Integer(options), type: ['integer', 'null'] });
const NullableNumber = (options: Parameters<typeof Type.Number>[0] = {}) =>
  Type.Unsafe<number | null>({ ...Type.Number(options), type: ['number', 'null'] });

export const CustomerKind = Type.Enum(['enterprise', 'individual', 'franchisee', 'wholesale'], {
  description: '企业 / 个人 / 加盟商 / 散批商',
});
export const CustomerStatus = Type.Enum(['prospect', 'active', 'lost'], {
  description: '潜在 / 合作中 / 流失',
});
export const TierSchema = Type.Enum(['A', 'B', 'C', 'D']);
export const TierReasonCode = Type.Enum([...TIER_REASONS], {
  description: '等级变化原因：新建客户、年合作金额变更、导入、分级规则调整、评分变化、等级申报获批',
});

const editable = {
  shortName: Type.Optional(Text(100)),
  kind: Type.Optional(CustomerKind),
  industry: Type.Optional(Text(50)),
  province: Type.Optional(Text(30)),
  city: Type.Optional(Text(30)),
  district: Type.Optional(Text(30)),
  address: Type.Optional(Text(300)),
  foundedOn: Type.Optional(Day),
  employees: Type.Optional(NullableInteger({ minimum: 0, maximum: 10_000_000 })),
  annualRevenue: Type.Optional(Nullable(Money)),
  source: Type.Optional(Text(100)),
  firstCooperationOn: Type.Optional(Day),
  annualAmount: Type.Optional(Money),
  products: Type.Optional(Text(500)),
  cooperationFrequency: Type.Optional(Text(50)),
  membershipNo: Type.Optional(Text(50)),
  anniversaryOn: Type.Optional(Day),
  idNumber: Type.Optional(Nullable(Type.String({ maxLength: 30, pattern: '^[0-9A-Za-z]*$' }))),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 30 }), { maxItems: 50 })),
  needType: Type.Optional(Nullable(Type.Enum([...NEED_TYPES]))),
  prospects: Type.Optional(NullableInteger({ minimum: 0, maximum: 10 })),
  status: Type.Optional(CustomerStatus),
  lostReason: Type.Optional(Text(500)),
  lostOn: Type.Optional(Day),
  ownerId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  agentId: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  doNotContact: Type.Optional(Type.Boolean()),
  dncReason: Type.Optional(Text(300)),
  gender: Type.Optional(
    Nullable(Type.String({ maxLength: 10, description: '性别（仅个人客户）：male 男 / female 女' })),
  ),
  age: Type.Optional(NullableNumber({ description: '年龄（仅个人客户），整岁 1–120；按出生年份保存' })),
  preferredMethod: Type.Optional(
    Nullable(Type.String({ maxLength: 20, description: '偏好回访方式：上门回访 / 电话沟通 / 其他' })),
  ),
  preferredChannel: Type.Optional(
    Nullable(
      Type.String({
        maxLength: 20,
        description: '偏好联系渠道：E-mail / 上门拜访 / 普通信件 / 电话联系 / 传真 / 其他',
      }),
    ),
  ),
  preferredWindow: Type.Optional(Text(50)),
  followupWeeklyCap: Type.Optional(
    NullableInteger({
      minimum: 0,
      maximum: 7,
      description: '该客户每周最多主动联系次数（低于公司上限时生效；0 为不主动联系，服务回访不受影响）',
    }),
  ),
  remark: Type.Optional(Text(2000)),
};

export const ContactBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 50 }),
  position: Type.Optional(Text(50)),
  roleKind: Type.Optional(
    Nullable(
      Type.Enum(['equipment', 'technical', 'admin', 'user', 'business'], {
        description: '设备负责人/技术人员/行政管理人员/使用人员/业务负责人',
      }),
    ),
  ),
  mobile: Type.Optional(Text(20)),
  phone: Type.Optional(Text(30)),
  email: Type.Optional(Nullable(Type.String({ maxLength: 100, format: 'email' }))),
  qq: Type.Optional(Text(20)),
  wechat: Type.Optional(Text(50)),
  birthday: Type.Optional(Day),
  isPrimary: Type.Optional(Type.Boolean()),
});

export const ContactPatch = Type.Object({
  ...Type.Partial(ContactBody).properties,
  version: Type.Optional(Type.Integer({ minimum: 1 })),
});

export const CreateCustomerBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  ...editable,
  contacts: Type.Optional(Type.Array(ContactBody, { maxItems: 50 })),
  allowDuplicate: Type.Optional(
    Type.Boolean({ description: 'create even if the same name or mobile exists' }),
  ),
});

export const UpdateCustomerBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  ...editable,
  verified: Type.Optional(Type.Boolean({ description: 'mark the profile verified now (最近核定时间)' })),
  version: Type.Optional(
    Type.Integer({ minimum: 1, description: 'optimistic concurrency: 409 if changed since' }),
  ),
});

const Visibility = Type.Object({ secret: Exposure, confidential: Exposure, topSecret: Exposure });

/** Withheld fields: null in the answer, yet not empty — the web shows 无权查看 and offers a 查阅申请 at that level. */
const Hidden = Type.Record(Type.String(), Type.Enum(['secret', 'confidential', 'top_secret']), {
  description:
    '查看者无权查看的字段（值为 null 但并非为空）→ 查阅申请需开放的密级 (secret 秘密 / confidential 机密 / top_secret 绝密)',
});

const basic = {
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  shortName: Nullable(Type.String()),
  kind: Nullable(Type.String()),
  industry: Nullable(Type.String()),
  province: Nullable(Type.String()),
  city: Nullable(Type.String()),
  district: Nullable(Type.String()),
  address: Nullable(Type.String()),
  tags: Nullable(Type.Array(Type.String())),
  needType: Nullable(Type.String()),
  tier: Nullable(Type.String()),
  status: Nullable(Type.String()),
  ownerId: Nullable(Type.Integer()),
  ownerName: Nullable(Type.String()),
  agentId: Nullable(Type.Integer()),
  agentName: Nullable(Type.String()),
  doNotContact: Type.Boolean(),
  verifiedAt: Nullable(DateTime),
  stale: Nullable(Type.Boolean()),
  lastFollowupAt: Nullable(DateTime),
  lastFollowupMethod: Nullable(Type.String({ description: '回访方式' })),
  lastFollowupSummary: Nullable(Type.String({ description: '回访摘要' })),
  lastFeedback: Nullable(Type.String({ description: '客户反馈' })),
  lastSatisfaction: Nullable(Type.Integer({ description: '满意度 1–5' })),
  nextFollowupAt: Nullable(DateTime),
  createdAt: DateTime,
  updatedAt: DateTime,
  version: Type.Integer(),
  visibility: Visibility,
};

export const CustomerListItem = Type.Object({
  ...basic,
  primaryContactName: Nullable(Type.String()),
  primaryContactMobile: Nullable(Type.String()),
  hidden: Hidden,
});

export const CustomerDetail = Type.Object({
  ...basic,
  foundedOn: Nullable(Type.String()),
  employees: Nullable(Type.Integer()),
  annualRevenue: Nullable(Type.String()),
  source: Nullable(Type.String()),
  firstCooperationOn: Nullable(Type.String()),
  annualAmount: Nullable(Type.String()),
  products: Nullable(Type.String()),
  cooperationFrequency: Nullable(Type.String()),
  membershipNo: Nullable(Type.String()),
  anniversaryOn: Nullable(Type.String()),
  gender: Nullable(Type.String({ description: '性别（仅个人客户）：male / female' })),
  age: Nullable(Type.Integer({ description: '年龄（仅个人客户），由出生年份算得' })),
  idNumber: Nullable(Type.String()),
  score: Nullable(Type.Number()),
  prospects: Nullable(Type.Integer()),
  lostReason: Nullable(Type.String()),
  lostOn: Nullable(Type.String()),
  dncReason: Nullable(Type.String()),
  dncSetAt: Nullable(DateTime),
  dncSetByName: Nullable(Type.String()),
  preferredMethod: Nullable(Type.String()),
  preferredChannel: Nullable(Type.String()),
  preferredWindow: Nullable(Type.String()),
  followupWeeklyCap: Nullable(Type.Integer()),
  remark: Nullable(Type.String()),
  hidden: Hidden,
});

export const Contact = Type.Object({
  id: Type.Integer(),
  customerId: Type.Integer(),
  name: Type.String(),
  position: Nullable(Type.String()),
  roleKind: Nullable(Type.String()),
  mobile: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  qq: Nullable(Type.String()),
  wechat: Nullable(Type.String()),
  birthday: Nullable(Type.String({ description: '生日（脱敏时不显示）' })),
  isPrimary: Type.Boolean(),
  version: Type.Integer(),
  masked: Type.Boolean(),
});

export const ListQuery = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 100, description: 'name, short name, code; contact name or exact mobile' }),
  ),
  tier: Type.Optional(TierSchema),
  kind: Type.Optional(CustomerKind),
  industry: Type.Optional(Type.String({ maxLength: 50 })),
  province: Type.Optional(Type.String({ maxLength: 30 })),
  city: Type.Optional(Type.String({ maxLength: 30 })),
  ownerId: Type.Optional(Type.Integer({ minimum: 1 })),
  mine: Type.Optional(
    Type.Boolean({ description: '我的客户：本人负责或作为坐席服务的客户（客户经理、坐席的默认筛选）' }),
  ),
  status: Type.Optional(CustomerStatus),
  tag: Type.Optional(Type.String({ maxLength: 30 })),
  doNotContact: Type.Optional(Type.Boolean()),
  staleDays: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 3650, description: 'not verified within N days (30 = stale)' }),
  ),
  followup: Type.Optional(
    Type.Enum(['overdue', 'due7', 'never'], {
      description: '回访：overdue 已逾期 / due7 7 天内到期 / never 从未回访',
    }),
  ),
  sort: Type.Optional(
    Type.String({ maxLength: 20, description: 'name | code | createdAt, "-" for descending' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
});
