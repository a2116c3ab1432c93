import { Typography } from 'antd';
import { Link } from 'react-router';
import type { IssuePlan } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';
import { type Inbox, InboxPage } from '../workflow/ApprovalBoxes.tsx';
import { ApprovalTable } from '../workflow/ApprovalTable.tsx';
import type { StatusStyle } from '../workflow/StatusTag.tsx';
import { UrgencyTag } from './cells.tsx';
import { ISSUE_KEY, ISSUES_KEY } from './queries.ts';

/** The plan's status as this page words it (待审批, 已批准, 已驳回). */
const STYLES: Record<string, StatusStyle> = {
  pending: { color: 'processing', label: 'issues.plans.status.pending' },
  approved: { color: 'green', label: 'issues.plans.status.approved' },
  rejected: { color: 'red', label: 'issues.plans.status.rejected' },
};

function PlanTable({ box }: { box: Inbox }) {
  const { t } = useI18n();
  return (
    <ApprovalTable<IssuePlan>
      url="/api/v1/issue-plans"
      inbox={box}
      statusStyles={STYLES}
      decide={box === 'to_approve' ? { alsoInvalidate: [[ISSUE_KEY], [ISSUES_KEY]] } : false}
      testId={`plans-${box}`}
      columns={[
        {
          title: t('issues.plans.issue'),
          width: 150,
          render: (_, plan) => (
            <Link to={`/issues/${plan.issueId}`} data-testid="plan-issue">
              {plan.issueNumber}
            </Link>
          ),
        },
        {
          title: t('issues.urgency'),
          width: 90,
          render: (_, plan) => <UrgencyTag urgency={plan.urgency} />,
        },
        {
          title: t('issues.plans.plan'),
          render: (_, plan) => (
            <>
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 4 }} type="secondary">
                {plan.issueDescription}
              </Typography.Paragraph>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{plan.plan}</Typography.Text>
            </>
          ),
        },
      ]}
    />
  );
}

/** 方案审批: the plans waiting for the leader, and the handler's own with their decisions. */
export function PlansPage() {
  return (
    <InboxPage
      title="issues.plans.inbox"
      approvers={['issues.escalate']}
      requesters={['issues.handle']}
      mineLabel="issues.plans.mine"
      hint="issues.plans.inboxHint"
      table={(box) => <PlanTable box={box} />}
    />
  );
}
