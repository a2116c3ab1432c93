import { Space, Tag, Tooltip, Typography } from 'antd';
import type { IssueStatus, IssueSummary } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { zoneDateTime } from '../../app/zone.ts';
import {
  countdownOf,
  deadlineWord,
  durationWords,
  ESCALATION_COLORS,
  SOON_MS,
  STATUS_COLORS,
  statusWord,
  URGENCY_COLORS,
  urgencyWord,
} from './words.ts';

export function StatusTag({ status }: { status: IssueStatus }) {
  const { locale } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="issue-status">
      {statusWord(status, locale)}
    </Tag>
  );
}

export function UrgencyTag({ urgency }: { urgency: string }) {
  const { locale } = useI18n();
  return (
    <Tag color={URGENCY_COLORS[urgency] ?? 'default'} data-testid="issue-urgency">
      {urgencyWord(urgency, locale)}
    </Tag>
  );
}

/** The furthest escalation step reached (已提醒 / 已升级主管 / 已升级部门负责人), nothing before any. */
export function EscalationTag({ level }: { level: string | null }) {
  const { t } = useI18n();
  if (!level) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tag color={ESCALATION_COLORS[level] ?? 'default'} data-testid="issue-escalation">
      {t(`issues.level.${level}` as MessageKey)}
    </Tag>
  );
}

/**
 * 剩余时间: the time left to the deadline that counts now (首次响应, then 解决方案反馈) over the deadline's name;
 * orange in its last half hour, red 已超时 once past; 已暂停 while the clock waits for the customer; — once ended.
 */
export function Countdown({ issue, now }: { issue: IssueSummary; now: Date }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const state = countdownOf(issue, now);
  if (state.kind === 'ended')
    return (
      <Typography.Text type="secondary" data-testid="countdown">
        —
      </Typography.Text>
    );
  if (state.kind === 'paused')
    return (
      <Tooltip title={t('issues.pausedSince', { time: zoneDateTime(state.since, zone) })}>
        <Tag data-testid="countdown">{t('issues.paused')}</Tag>
      </Tooltip>
    );
  const late = state.ms <= 0;
  const time = durationWords(state.ms, t);
  return (
    <Tooltip title={t('issues.dueAt', { time: zoneDateTime(state.dueAt, zone) })}>
      <Space orientation="vertical" size={0}>
        <Typography.Text
          type={late ? 'danger' : state.ms < SOON_MS ? 'warning' : undefined}
          strong={late}
          data-testid="countdown"
        >
          {late ? t('issues.overdueBy', { time }) : time}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {deadlineWord(state.deadline, locale)}
        </Typography.Text>
      </Space>
    </Tooltip>
  );
}
