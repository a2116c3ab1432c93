import { GENDERS, PREFERRED_CHANNELS, PREFERRED_METHODS } from '../../domain/customers/preferences.ts';
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
  'customers.merged': ['合并重复客户', 'Merged duplicate customers'],
  'customers.handed_over': ['离职交接', 'Handed over customers'],
  'customers.destroyed': ['销毁客户数据', 'Destroyed customer data'],
  'customers.duplicate_mobile_outside_scope': [
    '新建客户的手机号与权限外客户重复',
    'New customer’s mobile matches one outside scope',
  ],
  'customers.key_accounts_exported': ['导出大客户名单', 'Exported key accounts'],
  'destruction.requested': ['提交数据销毁申请', 'Requested data destruction'],
  'destruction.advanced': ['数据销毁申请通过一级审批', 'Destruction request passed a step'],
  'destruction.rejected': ['驳回数据销毁申请', 'Rejected data destruction'],
  'exports.requested': ['提交导出申请', 'Requested export'],
  'exports.advanced': ['导出申请通过一级审批', 'Export request passed a step'],
  'exports.approved': ['批准导出', 'Approved export'],
  'exports.rejected': ['驳回导出', 'Rejected export'],
  'grades.pending_sales': ['等级申报待销售负责人审批', 'Grade change awaits sales head'],
  'calendar.year_saved': ['保存节假日安排', 'Saved holiday calendar'],
  'calendar.year_reset': ['恢复法定节假日安排', 'Reset holiday calendar'],
  'calendar.hours_saved': ['保存工作时间', 'Saved working hours'],
  'settings.customer_rules_updated': ['修改客户分级规则', 'Updated customer rules'],
  'settings.followups_updated': ['修改回访设置', 'Updated follow-up settings'],
  'settings.approval_chains_changed': ['修改审批流程', 'Changed approval chains'],
  'sla_policies.saved': ['保存 SLA 策略', 'Saved SLA policies'],
  'followup_presets.installed': ['安装行业回访方案', 'Installed industry preset'],
  'followup_rules.created': ['新建回访规则', 'Created follow-up rule'],
  'followup_rules.updated': ['修改回访规则', 'Updated follow-up rule'],
  'followup_rules.activated': ['启用回访规则', 'Activated follow-up rule'],
  'followup_rules.deactivated': ['停用回访规则', 'Deactivated follow-up rule'],
  'followup_tasks.attempted': ['登记联系尝试', 'Logged contact attempt'],
  'followup_tasks.reassigned': ['改派回访任务', 'Reassigned follow-up task'],
  'followup_records.created': ['登记回访记录', 'Logged follow-up record'],
  'followup_records.updated': ['修改回访记录', 'Updated follow-up record'],
  'followup_records.submitted': ['提交回访记录审核', 'Submitted record for review'],
  'followup_records.approved': ['审核签字', 'Signed off record'],
  'followup_records.returned': ['退回回访记录', 'Sent record back'],
  'followup_records.onsite_visit': ['回访记录转为上门回访', 'Record turned into an on-site visit'],
  'followup_records.sound_opinion': ['中肯意见转上门拜访', 'Sound opinion: visit arranged'],
  'followup_records.rnd': ['回访记录转研发技术部门', 'Record passed to R&D'],
  'followup_records.president_office': ['回访记录上报总裁办', 'Record reported to the president’s office'],
  'issues.registered': ['登记问题', 'Registered issue'],
  'issues.edited': ['修改问题', 'Edited issue'],
  'issues.moved': ['问题转交其他部门', 'Moved issue to another department'],
  'issues.duplicate_linked': ['关联重复问题', 'Linked duplicate issue'],
  'issues.attachment_added': ['上传问题附件', 'Added issue attachment'],
  'issues.attachment_removed': ['删除问题附件', 'Removed issue attachment'],
  'issues.plan_submitted': ['提交处理方案', 'Submitted solution plan'],
  'issues.plan_advanced': ['处理方案通过一级审批', 'Solution plan passed a step'],
  'issues.plan_approved': ['批准处理方案', 'Approved solution plan'],
  'issues.plan_rejected': ['驳回处理方案', 'Rejected solution plan'],
  'issues.breach_board_exported': ['导出超时看板', 'Exported breach board'],
  'open_letters.sent': ['发布公开信', 'Published open letter'],
  'kb_articles.created': ['新建知识库文章', 'Created knowledge article'],
  'kb_articles.updated': ['修改知识库文章', 'Updated knowledge article'],
  'jobs.run_requested': ['立即运行后台任务', 'Ran a background job by hand'],
};

export function label(table: Record<string, Pair>, key: string, locale: Locale): string {
  const pair = table[key];
  return pair ? pair[locale === 'en' ? 1 : 0] : key;
}

/** 需求类型: the stored value is the Chinese word itself (the import accepts it as written). */
export const NEED_TYPE_LABELS: Record<string, Pair> = {
  采购型: ['采购型', 'Purchasing'],
  服务型: ['服务型', 'Service'],
  咨询型: ['咨询型', 'Consulting'],
};

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

/** The needs survey's words (stored as the seed prints them) in the reader's language. */
const pairsOf = (table: Record<string, { zh: string; en: string }>): Record<string, Pair> =>
  Object.fromEntries(Object.entries(table).map(([key, word]) => [key, [word.zh, word.en] as const]));
export const PREFERRED_METHOD_LABELS = pairsOf(PREFERRED_METHODS);
export const PREFERRED_CHANNEL_LABELS = pairsOf(PREFERRED_CHANNELS);
export const GENDER_LABELS = pairsOf(GENDERS);

export const LEVEL_LABELS: Record<string, Pair> = {
  secret: ['秘密（基本信息）', 'Secret (basic)'],
  confidential: ['机密（联系人）', 'Confidential (contacts)'],
  top_secret: ['绝密（合作明细）', 'Top secret (cooperation)'],
};
