import { Tag } from 'antd';
import { STATUSES } from '../../../domain/workflow/machine.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';

/** How a status reads and looks: its words in the catalogue and its tag colour. */
export interface StatusStyle {
  label: MessageKey;
  color: string;
}

/** The colours of the approval machine's statuses that are not grey; each reads `workflow.status.<status>`. */
const COLORS: Record<string, string> = { pending: 'gold', approved: 'green', rejected: 'red' };

/** What a row tells about where it stands; `statusLabel` is the server's words for a status the web does not know. */
export interface HasStatus {
  status: string;
  statusLabel?: string;
}

/**
 * A request's status as a tag. A workflow names its own words for some statuses (数据销毁 approved reads 已销毁);
 * a status waiting at a step (`pending_exec`) is pending, in the server's words when the catalogue lacks them.
 */
export function StatusTag({ row, styles }: { row: HasStatus; styles?: Record<string, StatusStyle> }) {
  const { t } = useI18n();
  const style = styles?.[row.status];
  const color = style?.color ?? COLORS[row.status] ?? (row.status.startsWith('pending') ? 'gold' : 'default');
  const text = style
    ? t(style.label)
    : (STATUSES as readonly string[]).includes(row.status)
      ? t(`workflow.status.${row.status}` as MessageKey)
      : (row.statusLabel ?? row.status);
  return <Tag color={color}>{text}</Tag>;
}
