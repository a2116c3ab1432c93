import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Space, Tag } from 'antd';
import { useState } from 'react';
import type { GradeRequest } from '../../api/types.ts';
import { formatYuan } from '../../app/format.ts';
import { type Locale, useI18n } from '../../app/i18n.tsx';
import { TIER_COLORS } from '../../app/labels.ts';
import type { MessageKey } from '../../app/messages.ts';
import { EmptyBox, type Inbox, InboxPage } from '../workflow/ApprovalBoxes.tsx';
import { ApprovalTable } from '../workflow/ApprovalTable.tsx';
import { GradeRequestModal } from './GradeRequestModal.tsx';

const FIGURE_LABELS: Record<string, MessageKey> = {
  annualVolume: 'grades.annualVolume',
  amount: 'grades.amount',
  deals: 'grades.deals',
  paymentMethod: 'grades.paymentMethod',
  creditLimit: 'grades.creditLimit',
  overdueCount: 'grades.overdueCount',
};

const MONEY_FIGURES = new Set(['amount', 'creditLimit']);

/** The default chain's two waits in the catalogue's words; a configured step reads as the server names it. */
const STATUS_STYLES = {
  pending_dept: { label: 'grades.status.pending_dept', color: 'gold' },
  pending_exec: { label: 'grades.status.pending_exec', color: 'gold' },
} as const;

/** Each step's decider and comment, first step first ("张经理：资料不全；王总" / "张经理: 资料不全; 王总"). */
const decisions = (r: GradeRequest, locale: Locale) =>
  [
    [r.deptDecidedByName, r.deptComment],
    [r.execDecidedByName, r.execComment],
  ]
    .map((pair) => pair.filter(Boolean).join(locale === 'en' ? ': ' : '：'))
    .filter(Boolean)
    .join(locale === 'en' ? '; ' : '；');

function GradeTable({ box }: { box: Inbox }) {
  const { t, locale } = useI18n();
  const figures = (r: GradeRequest) =>
    r.figures === null
      ? t('customers.hidden')
      : Object.entries(r.figures)
          .map(([k, v]) =>
            t('grades.figure', {
              label: FIGURE_LABELS[k] ? t(FIGURE_LABELS[k]) : k,
              value: MONEY_FIGURES.has(k) ? formatYuan(String(v)) : String(v),
            }),
          )
          .join(t('grades.figureSeparator'));
  return (
    <ApprovalTable<GradeRequest>
      url="/api/v1/grade-requests"
      inbox={box}
      time={{ title: 'grades.requestedAt', of: (r) => r.createdAt }}
      statusStyles={STATUS_STYLES}
      below={{ label: t('grades.reasons'), text: (r) => r.reasons }}
      decisionOf={(r) => decisions(r, locale)}
      empty={<EmptyBox>{t(box === 'mine' ? 'grades.emptyMine' : 'grades.emptyToApprove')}</EmptyBox>}
      columns={[
        { title: t('grades.customer'), width: 180, render: (_, r) => `${r.customerCode} ${r.customerName}` },
        {
          title: t('grades.tier'),
          width: 90,
          render: (_, r) => (
            <Space size={4}>
              <Tag color={TIER_COLORS[r.fromTier]}>{r.fromTier}</Tag>→
              <Tag color={TIER_COLORS[r.proposedTier]}>{r.proposedTier}</Tag>
            </Space>
          ),
        },
        { title: t('grades.figures'), render: (_, r) => figures(r) },
      ]}
    />
  );
}

/** 新建申报: pick a customer, and the form starts from its figures. */
function NewGradeRequest({ showMine }: { showMine(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="new-request">
        {t('grades.new')}
      </Button>
      <GradeRequestModal
        open={open}
        onClose={() => setOpen(false)}
        onSubmitted={() => {
          void queryClient.invalidateQueries({ queryKey: ['/api/v1/grade-requests'] });
          showMine();
        }}
      />
    </>
  );
}

export function GradeRequestsPage() {
  return (
    <InboxPage
      title="grades.request"
      approvers={['grades.approve_dept', 'grades.approve_exec']}
      requesters={['grades.request']}
      mineLabel="grades.mine"
      create={(showMine) => <NewGradeRequest showMine={showMine} />}
      table={(box) => <GradeTable box={box} />}
    />
  );
}
