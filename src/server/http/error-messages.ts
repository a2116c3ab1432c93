import type { Locale } from './locale.ts';

type Params = Record<string, string | number>;
interface Message {
  status: number;
  zh: string;
  en: string;
}

/** One entry per error code: its HTTP status and the text users read, in both languages. */
export const ERROR_MESSAGES = {
  bad_request: { status: 400, zh: '请求无效：{detail}', en: 'Bad request: {detail}' },
  validation: { status: 400, zh: '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid' },
  malformed_json: { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  unsupported_media_type: {
    status: 415,
    zh: '不支持的内容类型 {contentType}',
    en: 'Unsupported content type {contentType}',
  },
  body_too_large: {
    status: 413,
    zh: '请求内容过大（上限 {limit}）',
    en: 'The request body is too large (limit {limit})',
  },
  url_too_long: {
    status: 414,
    zh: '请求地址中的参数过长',
    en: 'A parameter in the request URL is too long',
  },
  unauthenticated: { status: 401, zh: '请先登录', en: 'Please sign in' },
  invalid_credentials: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  account_locked: {
    status: 423,
    zh: '登录失败次数过多，账号已锁定，请于 {until} 后再试',
    en: 'Too many failed sign-ins; the account is locked until {until}',
  },
  account_disabled: {
    status: 403,
    zh: '账号已停用，请联系系统管理员',
    en: 'This account is disabled; contact your administrator',
  },
  // Sign-in hardening (issue 9): answers before the password change and for token-only callers.
  password_change_required: {
    status: 403,
    zh: '请先修改初始密码（或被重置的密码），然后才能继续使用系统',
    en: 'Change your temporary password first; nothing else is available until you do',
  },
  session_required: {
    status: 403,
    zh: '此操作须登录后在页面上完成，不能使用 API 令牌',
    en: 'This needs a signed-in session; an API token cannot do it',
  },
  forbidden: { status: 403, zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  approval_required: {
    status: 403,
    zh: '导出的客户数据超过 {limit} 行的上限，需要提交导出申请，审批后下载',
    en: 'The export is above the limit of {limit} customers; submit an export request and download once approved',
  },
  cross_site: {
    status: 403,
    zh: '拒绝来自其他站点的请求（跨站请求伪造防护）',
    en: 'Cross-site request refused (CSRF protection)',
  },
  not_found: { status: 404, zh: '{what}不存在', en: '{what} not found' },
  route_not_found: { status: 404, zh: '接口不存在：{method} {url}', en: 'No such endpoint: {method} {url}' },
  conflict: { status: 409, zh: '与现有数据冲突', en: 'Conflicts with existing data' },
  stale_version: {
    status: 409,
    zh: '该记录已被其他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  rate_limited: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  import_busy: {
    status: 429,
    zh: '已有 {limit} 个导入正在进行（每台服务器的上限），请 {seconds} 秒后再试',
    en: '{limit} imports are already running (the limit per server); try again in {seconds} seconds',
  },
  service_unavailable: { status: 503, zh: '服务暂不可用', en: 'Service unavailable' },
  internal: {
    status: 500,
    zh: '服务器内部错误，请稍后重试（请求编号 {requestId}）',
    en: 'Internal server error; try again later (request id {requestId})',
  },
} satisfies Record<string, Message>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function errorText(code: ErrorCode, locale: Locale, params: Params = {}): string {
  const message: Message = ERROR_MESSAGES[code];
  return fill(locale === 'en' ? message.en : message.zh, params);
}
