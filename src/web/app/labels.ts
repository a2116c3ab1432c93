import type { Locale } from './i18n.tsx';

type Pair = readonly [string, string];

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

export const ACTION_LABELS: Record<string, Pair> = {
  'auth.login': ['登录', 'Signed in'],
  'auth.login_failed': ['登录失败', 'Sign-in failed'],
  'auth.logout': ['退出', 'Signed out'],
  'auth.password_changed': ['修改密码', 'Changed password'],
  'auth.token_created': ['创建 API 令牌', 'Created API token'],
  'auth.token_revoked': ['吊销 API 令牌', 'Revoked API token'],
  'auth.tokens_revoked': ['修改密码，API 令牌全部失效', 'API tokens revoked by a password change'],
  'users.created': ['新建员工', 'Created user'],
  'users.updated': ['修改员工', 'Updated user'],
  'users.exported': ['导出员工', 'Exported users'],
  'users.roles_changed': ['角色变更', 'Changed roles'],
  'users.role_change_requested': ['申请角色变更', 'Requested role change'],
  'users.role_change_rejected': ['驳回角色变更', 'Rejected role change'],
  'users.role_change_withdrawn': ['撤回角色变更', 'Withdrew role change'],
  'departments.created': ['新建部门', 'Created department'],
  'departments.updated': ['修改部门', 'Updated department'],
  'departments.deleted': ['删除部门', 'Deleted department'],
  'roles.updated': ['修改角色权限', 'Updated role'],
  'system.bootstrap': ['系统初始化', 'System initialised'],
  'audit.exported': ['导出审计日志', 'Exported audit log'],
  'customers.created': ['新建客户', 'Created customer'],
  'customers.updated': ['修改客户', 'Updated customer'],
  'customers.viewed': ['查看客户机密资料', 'Viewed confidential customer data'],
  'customers.contacts_viewed': ['查看联系人', 'Viewed contacts'],
  'customers.contact_added': ['新增联系人', 'Added contact'],
  'customers.contact_updated': ['修改联系人', 'Updated contact'],
  'customers.contact_deleted': ['删除联系人', 'Deleted contact'],
  'customers.transaction_added': ['登记交易', 'Added transaction'],
  'customers.contract_added': ['登记合同', 'Added contract'],
  'customers.service_event_added': ['登记服务记录', 'Added service record'],
  'customers.exported': ['导出客户', 'Exported customers'],
  'customers.imported': ['导入客户', 'Imported customers'],
  'customers.key_accounts_viewed': ['查看大客户名单', 'Viewed key accounts'],
  'access.requested': ['提交查阅申请', 'Requested access'],
  'access.granted': ['批准查阅', 'Granted access'],
  'access.rejected': ['驳回查阅', 'Rejected access'],
  'access.revoked': ['收回查阅授权', 'Revoked access'],
  'grades.requested': ['提交等级申报', 'Requested grade change'],
  'grades.pending_exec': ['等级申报部门审批通过', 'Grade change passed department'],
  'grades.approved': ['等级申报获批', 'Grade change approved'],
  'grades.rejected': ['等级申报被驳回', 'Grade change rejected'],
  'jobs.run_requested': ['立即运行后台任务', 'Ran a background job by hand'],
};

export function label(table: Record<string, Pair>, key: string, locale: Locale): string {
  const pair = table[key];
  return pair ? pair[locale === 'en' ? 1 : 0] : key;
}

export const TIER_COLORS: Record<string, string> = { A: 'red', B: 'orange', C: 'blue', D: 'default' };

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
