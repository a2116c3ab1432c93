import type { Locale } from '../../app/i18n.tsx';

/** Kinds of audited objects the server writes (targetType), for the filter and the target column. */
const TARGET_TYPES: Record<string, readonly [string, string]> = {
  user: ['员工', 'User'],
  department: ['部门', 'Department'],
  role: ['角色', 'Role'],
  api_token: ['API 令牌', 'API token'],
  customer: ['客户', 'Customer'],
  access_request: ['查阅申请', 'Access request'],
  job: ['后台任务', 'Background job'],
};

export function targetTypeLabel(type: string, locale: Locale): string {
  return TARGET_TYPES[type]?.[locale === 'en' ? 1 : 0] ?? type;
}

export const targetTypeOptions = (locale: Locale) =>
  Object.keys(TARGET_TYPES).map((value) => ({ value, label: targetTypeLabel(value, locale) }));
