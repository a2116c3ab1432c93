import { Card, Empty, Tabs, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
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
export function ApprovalBoxes({
  title,
  hint,
  boxes,
  extra,
  activeKey,
  onChange,
}: {
  title: string;
  hint?: string;
  boxes: Box[];
  /** Beside the title: how to start a new request. */
  extra?: ReactNode;
  /** The open tab, when the page chooses it (after a new request: the requester's own). */
  activeKey?: string;
  onChange?(key: string): void;
}) {
  const shown = boxes.filter((b) => b.show !== false);
  return (
    <Card title={title} extra={extra}>
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      <Tabs
        defaultActiveKey={shown[0]?.key}
        activeKey={activeKey}
        onChange={onChange}
        items={shown.map(({ key, label, children }) => ({ key, label, children }))}
      />
    </Card>
  );
}

export type Inbox = 'mine' | 'to_approve';

/** An empty list's words: what would be here, and where such a request starts. */
export function EmptyBox({ children }: { children: ReactNode }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={<span data-testid="empty-hint">{children}</span>}
    />
  );
}

/**
 * The page of a request type people file and approvers decide (查阅, 导出, 等级申报): 待我审批 for those holding an
 * approver's permission, the requester's own for those who may file one (everyone when `requesters` is absent).
 * `create` is the page's way to start a request; it calls `showMine` once one is filed, to show it there.
 */
export function InboxPage({
  title,
  approvers,
  requesters,
  mineLabel = 'access.mine',
  hint,
  create,
  table,
}: {
  title: MessageKey;
  hint?: MessageKey;
  approvers: string[];
  requesters?: string[];
  mineLabel?: MessageKey;
  create?(showMine: () => void): ReactNode;
  table(box: Inbox): ReactNode;
}) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const [active, setActive] = useState<string>();
  const mayRequest = !requesters || can(me, ...requesters);
  return (
    <ApprovalBoxes
      title={t(title)}
      hint={hint && t(hint)}
      extra={mayRequest && create?.(() => setActive('mine'))}
      activeKey={active}
      onChange={setActive}
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
          show: mayRequest,
          children: table('mine'),
        },
      ]}
    />
  );
}
