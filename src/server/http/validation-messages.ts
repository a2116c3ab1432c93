import type { FieldError } from './errors.ts';

/** The parts of an Ajv error we read (Fastify hands them over on error.validation). */
export interface AjvIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

function fieldOf(issue: AjvIssue): string {
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (issue.keyword === 'required') {
    const missing = String(issue.params.missingProperty ?? '');
    return path ? `${path}.${missing}` : missing;
  }
  if (issue.keyword === 'additionalProperties') {
    // An unknown field's name is the client's text: shown JSON-escaped, "" when empty.
    const raw = String(issue.params.additionalProperty ?? '');
    const extra = raw === '' ? '""' : JSON.stringify(raw).slice(1, -1);
    return path ? `${path}.${extra}` : extra;
  }
  return path || '(root)';
}

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  integer: '整数',
  number: '数字',
  boolean: '是/否',
  array: '列表',
  object: '对象',
  null: '空值',
};

function describe(issue: AjvIssue): { zh: string; en: string } {
  const p = issue.params;
  switch (issue.keyword) {
    case 'required':
      return { zh: '必填', en: 'is required' };
    case 'minLength':
      return Number(p.limit) === 1
        ? { zh: '不能为空', en: 'must not be empty' }
        : { zh: `至少 ${p.limit} 个字符`, en: `must be at least ${p.limit} characters` };
    case 'maxLength':
      return { zh: `最多 ${p.limit} 个字符`, en: `must be at most ${p.limit} characters` };
    case 'minimum':
      return { zh: `不能小于 ${p.limit}`, en: `must be ≥ ${p.limit}` };
    case 'maximum':
      return { zh: `不能大于 ${p.limit}`, en: `must be ≤ ${p.limit}` };
    case 'exclusiveMinimum':
      return { zh: `必须大于 ${p.limit}`, en: `must be > ${p.limit}` };
    case 'minItems':
      return { zh: `至少选择 ${p.limit} 项`, en: `must have at least ${p.limit} items` };
    case 'maxItems':
      return { zh: `最多 ${p.limit} 项`, en: `must have at most ${p.limit} items` };
    case 'uniqueItems':
      return { zh: '不能有重复项', en: 'must not contain duplicates' };
    case 'type': {
      const type = String(p.type);
      return { zh: `应为${TYPE_ZH[type] ?? type}`, en: `must be ${type}` };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[] | undefined)?.join(' / ') ?? '';
      return { zh: `取值应为 ${allowed} 之一`, en: `must be one of ${allowed}` };
    }
    case 'const':
      return { zh: `取值应为 ${String(p.allowedValue)}`, en: `must be ${String(p.allowedValue)}` };
    case 'format':
      return { zh: `格式不正确（应为 ${p.format}）`, en: `must be a valid ${p.format}` };
    case 'pattern':
      return { zh: '格式不正确', en: 'has the wrong format' };
    case 'additionalProperties':
      return { zh: '不是可识别的字段', en: 'is not a known field' };
    default:
      return { zh: `无效（${issue.message ?? issue.keyword}）`, en: issue.message ?? 'is invalid' };
  }
}

/** Ajv reports anyOf/oneOf failures once per branch plus a summary; keep one message per field. */
export function fieldErrorsFromAjv(issues: AjvIssue[], context?: string): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const issue of issues) {
    if (issue.keyword === 'anyOf' || issue.keyword === 'oneOf') continue;
    const field = fieldOf(issue);
    const name = context && context !== 'body' ? `${context}.${field}` : field;
    if (!byField.has(name)) byField.set(name, { field: name, ...describe(issue) });
  }
  if (byField.size === 0 && issues.length > 0) {
    const first = issues[0] as AjvIssue;
    byField.set(fieldOf(first), { field: fieldOf(first), zh: '无效', en: 'is invalid' });
  }
  return [...byField.values()];
}
