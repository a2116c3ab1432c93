import { Space, Timeline, Typography } from 'antd';
import type { Issue, IssueTimelineEntry } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { zoneDateTime } from '../../app/zone.ts';
import { deadlineWord, kindWord, statusWord, stepWord } from './words.ts';

/** Escalations in red (a reminder in orange), endings in green, a reopening in red, the rest blue or grey. */
function colorOf(e: IssueTimelineEntry): string {
  switch (e.kind) {
    case 'escalation':
      return e.step === 'remind' ? 'orange' : 'red';
    case 'notified':
      return 'red';
    case 'moved':
    case 'revisit_answered':
      if (e.toStatus === 'resolved' || e.toStatus === 'closed') return 'green';
      return e.fromStatus && e.fromStatus !== 'pending' && e.toStatus === 'in_progress' ? 'red' : 'blue';
    case 'paused':
    case 'resumed':
    case 'edited':
      return 'gray';
    default:
      return 'blue';
  }
}

/** The edit API's field names as the page's labels. */
const FIELD_WORDS: Record<string, MessageKey> = {
  ownerId: 'issues.owner',
  departmentId: 'issues.department',
  category: 'issues.category',
  urgency: 'issues.urgency',
  expectedResolutionAt: 'issues.expectedResolutionAt',
  promisedReplyAt: 'issues.promisedReplyAt',
  validity: 'issues.validity',
  validityReply: 'issues.validityReply',
  responsibility: 'issues.responsibility',
  atFaultUserId: 'issues.atFault',
  rootCause: 'issues.rootCause',
};

/**
 * 处理记录: every step of the issue in words — registered, moved (from → to, with the reason or solution),
 * progress, pauses, the supervisor told, escalations (step, deadline, who heard), the revisit planned and its
 * answer — oldest first.
 */
export function IssueTimeline({ issue }: { issue: Issue }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const detail = (e: IssueTimelineEntry): string => {
    const move =
      e.fromStatus && e.toStatus
        ? `${statusWord(e.fromStatus, locale)} → ${statusWord(e.toStatus, locale)}`
        : '';
    const to = e.recipientName ? t('issues.tl.recipient', { name: e.recipientName }) : '';
    switch (e.kind) {
      case 'moved':
        return move;
      case 'revisit_answered':
        return [e.satisfaction === null ? '' : t('issues.tl.rated', { n: e.satisfaction }), move]
          .filter(Boolean)
          .join(' · ');
      case 'progress':
        return e.customerInformed ? t('issues.tl.informed') : '';
      case 'edited':
        return e.changedFields.length
          ? t('issues.tl.changed', {
              fields: e.changedFields
                .map((f) => (FIELD_WORDS[f] ? t(FIELD_WORDS[f]) : f))
                .join(locale === 'en' ? ', ' : '、'),
            })
          : '';
      case 'notified':
      case 'escalation':
        return [stepWord(e.step, t), e.deadline ? deadlineWord(e.deadline, locale) : '', to]
          .filter(Boolean)
          .join(' · ');
      case 'revisit_planned':
        return e.recipientName ? t('issues.tl.revisitBy', { name: e.recipientName }) : '';
      default:
        return '';
    }
  };
  return (
    <Timeline
      data-testid="issue-timeline"
      items={issue.timeline.map((e) => {
        const more = detail(e);
        return {
          key: e.id,
          color: colorOf(e),
          content: (
            <div data-testid="timeline-entry">
              <Space size={[8, 0]} wrap>
                <Typography.Text type="secondary">{zoneDateTime(e.at, zone)}</Typography.Text>
                <Typography.Text strong>{kindWord(e.kind, t)}</Typography.Text>
                {e.actorName ? <Typography.Text type="secondary">{e.actorName}</Typography.Text> : null}
                {issue.cycle > 1 && e.cycle ? (
                  <Typography.Text type="secondary">{t('issues.tl.round', { n: e.cycle })}</Typography.Text>
                ) : null}
              </Space>
              {more ? <div>{more}</div> : null}
              {e.note && e.kind !== 'revisit_answered' ? (
                <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {e.note}
                </Typography.Paragraph>
              ) : null}
            </div>
          ),
        };
      })}
    />
  );
}
