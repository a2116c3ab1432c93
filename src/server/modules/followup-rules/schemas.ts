import { Type } from 'typebox';
import {
  FOLLOWUP_EVENTS,
  FOLLOWUP_METHODS,
  FOLLOWUP_TYPES,
  PRIORITIES,
  SEVERITIES,
} from '../../../domain/followups/vocabulary.ts';
import { ROLE_KEYS } from '../../../domain/roles.ts';
import { DateTime, Nullable } from '../../http/schemas.ts';

const keys = (o: object) => Object.keys(o);
const Offset = Type.Object({
  amount: Type.Integer({ minimum: -10_000, maximum: 10_000 }),
  unit: Type.Enum(['hours', 'working_hours', 'calendar_days', 'working_days', 'months']),
});
const Texts = (description: string) =>
  Type.Array(Type.String({ maxLength: 50 }), { maxItems: 50, description });
const SimpleAssignee = Type.Union([
  Type.Object({ kind: Type.Literal('owner') }, { description: '客户经理（负责人）' }),
  Type.Object({ kind: Type.Literal('agent') }, { description: '服务专员；没有时为客户经理' }),
  Type.Object(
    {
      kind: Type.Literal('role'),
      role: Type.Enum([...ROLE_KEYS]),
      department: Nullable(Type.String({ maxLength: 100 })),
    },
    { description: '某部门中担任该角色的人，任务少者优先；部门为空时为客户经理所在部门' },
  ),
]);

export const RuleDefinitionSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  description: Type.String({ maxLength: 2000 }),
  type: Type.Enum(keys(FOLLOWUP_TYPES)),
  trigger: Type.Union([
    Type.Object({
      kind: Type.Literal('periodic'),
      every: Type.Integer({ minimum: 1, maximum: 52 }),
      unit: Type.Enum(['day', 'week', 'month']),
    }),
    Type.Object({ kind: Type.Literal('event'), event: Type.Enum(keys(FOLLOWUP_EVENTS)) }),
  ]),
  audience: Type.Object({
    tiers: Texts('客户等级'),
    kinds: Texts('客户类型'),
    statuses: Texts('客户状态'),
    provinces: Texts('省份'),
    tags: Texts('标签'),
    excludeTags: Type.Optional(Texts('排除标签')),
    severities: Type.Array(Type.Enum([...SEVERITIES]), { maxItems: 3 }),
  }),
  start: Offset,
  within: Offset,
  method: Type.Enum(keys(FOLLOWUP_METHODS)),
  assignee: Type.Union([
    SimpleAssignee,
    Type.Object({
      kind: Type.Literal('by_severity'),
      general: SimpleAssignee,
      urgent: SimpleAssignee,
      major: SimpleAssignee,
    }),
  ]),
  samplingRate: Type.Number({ minimum: 0, maximum: 1 }),
  priority: Type.Enum([...PRIORITIES]),
  script: Type.String({ maxLength: 5000, description: '话术' }),
  questionnaire: Type.Array(
    Type.Object({
      question: Type.String({ maxLength: 500 }),
      kind: Type.Enum(['rating', 'choice', 'text']),
      options: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 }),
    }),
    { maxItems: 50 },
  ),
  signatureRequired: Type.Boolean(),
  serviceCritical: Type.Boolean(),
  proactive: Type.Boolean(),
});

export const RuleSummary = Type.Object({
  id: Type.Integer(),
  version: Type.Integer(),
  active: Type.Boolean(),
  preset: Nullable(Type.String()),
  name: Type.String(),
  type: Type.String(),
  method: Type.String(),
  trigger: RuleDefinitionSchema.properties.trigger,
  start: RuleDefinitionSchema.properties.start,
  within: RuleDefinitionSchema.properties.within,
  assignee: RuleDefinitionSchema.properties.assignee,
  samplingRate: Type.Number(),
  updatedAt: DateTime,
});

export const RuleDetail = Type.Object({
  id: Type.Integer(),
  version: Type.Integer(),
  active: Type.Boolean(),
  preset: Nullable(Type.String()),
  presetRule: Nullable(Type.String()),
  definition: RuleDefinitionSchema,
  versions: Type.Array(
    Type.Object({ version: Type.Integer(), createdAt: DateTime, createdByName: Nullable(Type.String()) }),
  ),
});
