import type { Permission } from './permissions.ts';

export const ROLE_KEYS = [
  'agent',
  'account_manager',
  'supervisor',
  'dept_manager',
  'executive',
  'analyst',
  'marketing',
  'admin',
] as const;

export type RoleKey = (typeof ROLE_KEYS)[number];

/**
 * Which customers a role sees in full: those it owns/serves, its department's (with sub-departments), all, or none.
 * Anyone with customers.read may list every customer; outside this scope the rows come masked (SPEC §2.5).
 */
export type DataScope = 'none' | 'own' | 'department' | 'all';

export interface RoleDefinition {
  key: RoleKey;
  nameZh: string;
  nameEn: string;
  dataScope: DataScope;
  permissions: Permission[];
}

const WORK: Permission[] = ['customers.read', 'followups.work', 'issues.register', 'access.request'];

/** The defaults from SPEC §1; an admin may change permissions later (roles table). */
export const DEFAULT_ROLES: RoleDefinition[] = [
  { key: 'agent', nameZh: '回访专员', nameEn: 'Follow-up agent', dataScope: 'own', permissions: [...WORK] },
  {
    key: 'account_manager',
    nameZh: '客户经理',
    nameEn: 'Account manager',
    dataScope: 'own',
    permissions: [
      ...WORK,
      'customers.write',
      'customers.import',
      'customers.export',
      'grades.request',
      'issues.handle',
    ],
  },
  {
    key: 'supervisor',
    nameZh: '客服主管',
    nameEn: 'Supervisor',
    dataScope: 'department',
    permissions: [
      ...WORK,
      'customers.write',
      'customers.export',
      'followups.assign',
      'followups.plan',
      'records.review',
      'issues.handle',
      'issues.escalate',
      'reports.read',
    ],
  },
  {
    key: 'dept_manager',
    nameZh: '部门经理',
    nameEn: 'Department manager',
    dataScope: 'department',
    permissions: [
      ...WORK,
      'customers.write',
      'customers.export',
      'customers.handover',
      'access.approve',
      'grades.approve_dept',
      'followups.assign',
      'followups.plan',
      'followups.approve_plan',
      'followups.rules',
      'records.review',
      'issues.handle',
      'issues.escalate',
      'reports.read',
    ],
  },
  {
    key: 'executive',
    nameZh: '总经理',
    nameEn: 'Executive',
    dataScope: 'all',
    permissions: [
      ...WORK,
      'customers.export',
      'customers.handover',
      'access.approve',
      'access.approve_top_secret',
      'grades.approve_exec',
      'followups.approve_plan',
      'followups.rules',
      'issues.escalate',
      'reports.read',
      'reports.review_weekly',
      'audit.read',
      'users.approve_roles',
    ],
  },
  {
    key: 'analyst',
    nameZh: '数据分析师',
    nameEn: 'Data analyst',
    dataScope: 'none',
    permissions: ['customers.read', 'reports.read', 'access.request'],
  },
  {
    key: 'marketing',
    nameZh: '市场专员',
    nameEn: 'Marketing',
    dataScope: 'none',
    permissions: ['customers.read', 'campaigns.manage', 'access.request'],
  },
  {
    key: 'admin',
    nameZh: '系统管理员',
    nameEn: 'Administrator',
    dataScope: 'none',
    permissions: [
      'users.manage',
      'departments.manage',
      'roles.manage',
      'settings.manage',
      'jobs.manage',
      'audit.read',
      'followups.rules',
    ],
  },
];

export function isRoleKey(value: string): value is RoleKey {
  return (ROLE_KEYS as readonly string[]).includes(value);
}

const SCOPE_RANK: Record<DataScope, number> = { none: 0, own: 1, department: 2, all: 3 };

/** A user with several roles sees as widely as the widest of them. */
export function widestScope(scopes: DataScope[]): DataScope {
  return scopes.reduce<DataScope>((best, s) => (SCOPE_RANK[s] > SCOPE_RANK[best] ? s : best), 'none');
}

/** Marketing sees masked basic information only (name, industry, region), unless it also holds a working role. */
export function isBasicOnlyViewer(roles: string[]): boolean {
  return roles.includes('marketing') && !roles.some((r) => r !== 'marketing' && r !== 'admin');
}
