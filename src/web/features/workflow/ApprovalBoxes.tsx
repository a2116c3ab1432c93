import { Card, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { can, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';

export interface Box {
  key: string;
  label: string;
  /** Whether this user has the box at all (an approver's inbox, a requester's own). */
  show?: boolean;
  children: ReactNode;
}

/** A request type's page: its boxes (待我审批, 我的申请 …) as tabs, the first one the user has open. */
export function ApprovalBoxes({ title, hint, boxes }: { title: string; hint?: string; boxes: Box[] }) {
  const shown = boxes.filter((b) => b.show !== false);
  return (
    <Card title={title}>
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      <Tabs
        defaultActiveKey={shown[0]?.key}
        items={shown.map(({ key, label, children }) => ({ key, label, children }))}
      />
    </Card>
  );
}

export type Inbox = 'mine' | 'to_approve';

/**
 * The page of a request type people file and approvers decide (查阅, 导出, 等级申报): 待我审批 for those holding an
 * approver's permission, the requester's own for those who may file one (everyone when `requesters` is absent).
 */
export function InboxPage({
  title,
  approvers,
  requesters,
  mineLabel = 'access.mine',
  hint,
  table,
}: {
  title: MessageKey;
  hint?: MessageKey;
  approvers: string[];
  requesters?: string[];
  mineLabel?: MessageKey;
  table(box: Inbox): ReactNode;
}) {
  const { t } = useI18n();
  const { data: me } = useMe();
  return (
    <ApprovalBoxes
      title={t(title)}
      hint={hint && t(hint)}
      boxes={[
        {
          key: 'to_approve',
          label: t('access.toApprove'),
          show: can(me, ...approvers),
          children: table('to_approve'),
        },
        {
          key: 'mine',
          label: t(mineLabel),
          show: !requesters || can(me, ...requesters),
          children: table('mine'),
        },
      ]}
    />
  );
}
