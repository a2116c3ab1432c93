import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Issue } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import { Satisfaction } from '../records/cells.tsx';
import { channelWord, responsibilityWord, validityWord } from './words.ts';

const text = (value: string | null | undefined): ReactNode =>
  value ? <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span> : '—';

/** Every field of the issue, the long texts (root cause, solution, reasons) a row of their own. */
export function IssueFacts({ issue }: { issue: Issue }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const time = (value: string | null) => zoneDateTime(value, zone) || '—';
  const reporter = issue.anonymous
    ? t('issues.anonymous')
    : [issue.reporterName, issue.reporterPhone].filter(Boolean).join('　') || '—';
  const responsibility = issue.responsibility
    ? [responsibilityWord(issue.responsibility, locale), issue.atFaultUserName].filter(Boolean).join('：')
    : '—';
  const validity = issue.validity
    ? [validityWord(issue.validity, locale), issue.validityReply].filter(Boolean).join('：')
    : '—';
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xxl: 3 }}
      // English labels run longer than the four to nine characters of the Chinese ones.
      styles={{ label: { width: locale === 'en' ? 200 : 170 } }}
      data-testid="issue-facts"
      items={[
        { key: 'channel', label: t('issues.channel'), children: channelWord(issue.channel, locale) },
        { key: 'category', label: t('issues.category'), children: issue.category ?? '—' },
        { key: 'reporter', label: t('issues.reporter'), children: reporter },
        { key: 'raisedAt', label: t('issues.raisedAt'), children: time(issue.raisedAt) },
        { key: 'registeredAt', label: t('issues.registeredAt'), children: time(issue.registeredAt) },
        { key: 'registeredBy', label: t('issues.registeredBy'), children: issue.registeredByName ?? '—' },
        {
          key: 'expected',
          label: t('issues.expectedResolutionAt'),
          children: time(issue.expectedResolutionAt),
        },
        {
          key: 'owner',
          label: t('issues.owner'),
          children: <span data-testid="issue-owner">{issue.ownerName}</span>,
        },
        { key: 'department', label: t('issues.department'), children: issue.departmentName ?? '—' },
        { key: 'responsibility', label: t('issues.responsibility'), children: responsibility },
        { key: 'validity', label: t('issues.validity'), children: validity },
        { key: 'promised', label: t('issues.promisedReplyAt'), children: time(issue.promisedReplyAt) },
        { key: 'resolvedAt', label: t('issues.resolvedAt'), children: time(issue.resolvedAt) },
        { key: 'closedAt', label: t('issues.closedAt'), children: time(issue.closedAt) },
        {
          key: 'satisfaction',
          label: t('issues.satisfaction'),
          children: <Satisfaction value={issue.satisfaction} />,
        },
        { key: 'clock', label: t('issues.clock'), children: t(`issues.clock.${issue.clock}`) },
        { key: 'cycle', label: t('issues.round'), children: t('issues.cycle', { n: issue.cycle }) },
        {
          key: 'record',
          label: t('issues.sourceRecord'),
          children: issue.recordId ? (
            <Link to={`/followups/records/${issue.recordId}`} data-testid="source-record">
              {issue.recordNumber ?? t('issues.rv.record')}
            </Link>
          ) : (
            '—'
          ),
        },
        {
          key: 'rootCause',
          label: t('issues.rootCause'),
          span: 'filled',
          children: text(issue.rootCause),
        },
        {
          key: 'solution',
          label: t('issues.solution'),
          span: 'filled',
          children: <span data-testid="issue-solution">{text(issue.solution)}</span>,
        },
        ...(issue.noActionReason
          ? [
              {
                key: 'noAction',
                label: t('issues.noActionReason'),
                span: 'filled' as const,
                children: text(issue.noActionReason),
              },
            ]
          : []),
      ]}
    />
  );
}
