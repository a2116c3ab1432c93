import type { AuditEvent } from '../../api/types.ts';
import { type MessageKey, messages } from '../../app/messages.ts';

type Translate = (key: MessageKey) => string;

/** Kinds of audited objects the server writes (targetType), for the filter and the target column. */
const TARGET_TYPES = [
  'user',
  'department',
  'role',
  'api_token',
  'customer',
  'access_request',
  'job',
  'issue',
  'followup_task',
  'followup_record',
  'followup_rule',
  'followup_preset',
  'kb_article',
  'open_letter',
  'export_request',
  'destruction_request',
  'calendar_year',
] as const;

export function targetTypeLabel(type: string, t: Translate): string {
  const key = `audit.targetType.${type}`;
  return key in messages ? t(key as MessageKey) : type;
}

export const targetTypeOptions = (t: Translate) =>
  TARGET_TYPES.map((value) => ({ value, label: targetTypeLabel(value, t) }));

/** 对象: the kind, then the code and name people know it by ("客户 KH0300 华信精密"); the number only without them. */
export function targetText(
  e: Pick<AuditEvent, 'targetType' | 'targetId' | 'targetCode' | 'targetName'>,
  t: Translate,
): string {
  if (!e.targetType) return '—';
  const known = [e.targetCode, e.targetName].filter(Boolean).join(' ');
  return `${targetTypeLabel(e.targetType, t)} ${known || `#${e.targetId ?? ''}`}`;
}
