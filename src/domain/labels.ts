import type { Locale } from './locale.ts';

/**
 * The words for stored codes, Chinese then English: one table serves the web's pages and the server's exports
 * (the audit log's .xlsx), so a code reads the same on both.
 */
export type Pair = readonly [string, string];

/** The code's word in the locale; an unknown code is shown as it is rather than dropped. */
export function label(table: Record<string, Pair>, key: string, locale: Locale): string {
  const pair = Object.hasOwn(table, key) ? table[key] : undefined;
  return pair ? pair[locale === 'en' ? 1 : 0] : key;
}

/** Between the items of a list: 、 in Chinese. */
export const LIST_SEPARATOR: Pair = ['、', ', '];

export const PERMISSION_LABELS: Record<string, Pair> = {
  'users.manage': ['员工管理', 'Manage users'],
  'users.approve_roles': ['审批角色变更', 'Approve role changes'],
  'departments.manage': ['部门管理', 'Manage departments'],
  'roles.manage': ['角色权限管理', 'Manage roles'],
  'settings.manage': ['系统设置', 'Settings'],
  'jobs.manage': ['后台任务', 'Background jobs'],
  'audit.read': ['查看审计日志', 'Read audit log'],
  'customers.read': ['查看客户', 'View customers'],
  'customers.write': ['编辑客户', 'Edit customers'],
  'customers.import': ['导入客户', 'Import customers'],
  'customers.export': ['导出客户', 'Export customers'],
  'customers.handover': ['离职交接', 'Hand over customers'],
  'access.request': ['申请查阅', 'Request access'],
  'access.approve': ['审批查阅（秘密/机密）', 'Approve access (secret/confidential)'],
  'access.approve_top_secret': ['审批查阅（绝密）', 'Approve top-secret access'],
  'grades.request': ['申报客户等级', 'Request grade change'],
  'grades.approve_dept': ['审批等级（部门）', 'Approve grade (department)'],
  'grades.approve_exec': ['审批等级（总经理）', 'Approve grade (executive)'],
  'followups.work': ['执行回访', 'Do follow-ups'],
  'followups.assign': ['分派回访', 'Assign follow-ups'],
  'followups.plan': ['制定回访计划', 'Plan follow-ups'],
  'followups.approve_plan': ['审批回访计划', 'Approve plans'],
  'followups.rules': ['回访规则', 'Follow-up rules'],
  'records.review': ['审核回访记录', 'Review records'],
  'issues.register': ['登记问题', 'Register issues'],
  'issues.handle': ['处理问题', 'Handle issues'],
  'issues.escalate': ['问题升级', 'Escalate issues'],
  'reports.read': ['查看报表', 'View reports'],
  'reports.review_weekly': ['审阅周报', 'Review weekly summary'],
  'campaigns.manage': ['营销活动', 'Campaigns'],
};

export const SCOPE_LABELS: Record<string, Pair> = {
  none: ['无', 'None'],
  own: ['本人', 'Own'],
  department: ['本部门', 'Department'],
  all: ['全部', 'All'],
};

export const CUSTOMER_STATUS_LABELS: Record<string, Pair> = {
  prospect: ['潜在', 'Prospect'],
  active: ['合作中', 'Active'],
  lost: ['流失', 'Lost'],
};

export const CUSTOMER_KIND_LABELS: Record<string, Pair> = {
  enterprise: ['企业', 'Enterprise'],
  individual: ['个人', 'Individual'],
  franchisee: ['加盟商', 'Franchisee'],
  wholesale: ['散批商', 'Wholesale'],
};

export const LEVEL_LABELS: Record<string, Pair> = {
  secret: ['秘密（基本信息）', 'Secret (basic)'],
  confidential: ['机密（联系人）', 'Confidential (contacts)'],
  top_secret: ['绝密（合作明细）', 'Top secret (cooperation)'],
};
