import { Alert, Button, Card, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Issue, IssuePlan } from '../../api/types.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { zoneDateTime } from '../../app/zone.ts';
import { useDecisions } from '../workflow/Decisions.tsx';
import { ISSUE_KEY, ISSUES_KEY, useIssueCommand } from './queries.ts';
import { isOpen, PLAN_STATUS_COLORS, planStateOf } from './words.ts';

const PLANS_URL = '/api/v1/issue-plans';

/** One plan: its text, who submitted it when, where its approval stands and the leader's comment. */
function PlanItem({ plan, decide }: { plan: IssuePlan; decide?: React.ReactNode }) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  return (
    <List.Item data-testid="plan-item" actions={decide ? [decide] : undefined}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={[8, 4]}>
          <Tag color={PLAN_STATUS_COLORS[plan.status]} data-testid="plan-status">
            {plan.status === 'pending' && plan.stepLabel
              ? t('issues.plans.waitsFor', { step: plan.stepLabel })
              : t(`issues.plans.status.${plan.status}` as MessageKey)}
          </Tag>
          {plan.superseded ? <Tag>{t('issues.plans.superseded')}</Tag> : null}
          <Typography.Text type="secondary">
            {t('issues.plans.by', { name: plan.requesterName, time: zoneDateTime(plan.createdAt, zone) })}
          </Typography.Text>
        </Space>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="plan-text">
          {plan.plan}
        </Typography.Paragraph>
        {plan.decidedByName && plan.decidedAt ? (
          <Typography.Text type="secondary" data-testid="plan-decision">
            {t('issues.plans.decided', {
              name: plan.decidedByName,
              time: zoneDateTime(plan.decidedAt, zone),
            })}
            {plan.comment ? `：${plan.comment}` : ''}
          </Typography.Text>
        ) : null}
      </Space>
    </List.Item>
  );
}

/**
 * 处理方案 (SPEC §4): the plans of the issue, newest last; the handler submits one while the issue is open and
 * none waits or is approved this round; a leader (issues.escalate, not its author) approves or rejects the one
 * waiting. The server decides who may; these buttons only follow it.
 */
export function IssuePlans({ issue }: { issue: Issue }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const [writing, setWriting] = useState(false);
  const command = useIssueCommand();
  const decisions = useDecisions(PLANS_URL, {
    alsoInvalidate: [[ISSUE_KEY], [ISSUES_KEY]],
  });
  const state = planStateOf(issue);
  if (!issue.planRequired && issue.plans.length === 0) return null;
  const mayDecide = (plan: IssuePlan) =>
    plan.status === 'pending' && can(me, 'issues.escalate') && plan.requesterId !== me?.id;
  const maySubmit =
    isOpen(issue.status) &&
    can(me, 'issues.handle', 'issues.escalate') &&
    state !== 'pending' &&
    state !== 'approved';

  return (
    <Card
      size="small"
      title={t('issues.plans.title')}
      data-testid="issue-plans"
      extra={
        <Space>
          {issue.planRequired ? <Tag color="purple">{t('issues.plans.required')}</Tag> : null}
          {maySubmit ? (
            <Button size="small" type="primary" onClick={() => setWriting(true)} data-testid="plan-submit">
              {t(state === 'rejected' ? 'issues.plans.resubmit' : 'issues.plans.submit')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {issue.planRequired && state === 'none' && isOpen(issue.status) ? (
        <Alert type="info" showIcon title={t('issues.plans.requiredHint')} style={{ marginBottom: 8 }} />
      ) : null}
      {issue.plans.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('issues.plans.none')} />
      ) : (
        <List
          dataSource={issue.plans}
          renderItem={(plan) => (
            <PlanItem plan={plan} decide={mayDecide(plan) ? decisions.buttons(plan.id) : undefined} />
          )}
        />
      )}
      {decisions.dialog}
      <FormModal<{ plan: string }>
        open={writing}
        title={t('issues.plans.formTitle', { number: issue.number })}
        okText="issues.plans.submit"
        testId="plan-form"
        submit={async ({ plan }) => {
          await command(issue.id, 'plans', { plan: plan.trim() });
          return t('issues.plans.submitted');
        }}
        onClose={() => setWriting(false)}
      >
        <Form.Item
          name="plan"
          label={t('issues.plans.plan')}
          extra={t('issues.plans.planHint')}
          rules={[{ required: true, whitespace: true, message: t('issues.plans.planRequired') }]}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount data-testid="plan-input" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
