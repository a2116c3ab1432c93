import { Card, Col, Row, Tag, Typography } from 'antd';
import { DEADLINES, type Deadline } from '../../../domain/issues/vocabulary.ts';
import type { Issue } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import { DEADLINE_TIMES, deadlineStateOf, deadlineWord, durationWords, SOON_MS } from './words.ts';

/** One deadline: its time, and whether it was met (on time or late), is running, paused, or past. */
function DeadlineCard({ issue, deadline, now }: { issue: Issue; deadline: Deadline; now: Date }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const { dueAt } = DEADLINE_TIMES[deadline](issue);
  const state = deadlineStateOf(issue, deadline, now);
  const body = (() => {
    switch (state.kind) {
      case 'met':
        return (
          <Tag color={state.late ? 'orange' : 'green'}>
            {t(state.late ? 'issues.metLate' : 'issues.met', { time: zoneDateTime(state.at, zone) })}
          </Tag>
        );
      case 'notNeeded':
        return <Typography.Text type="secondary">{t('issues.notNeeded')}</Typography.Text>;
      case 'paused':
        return (
          <Tag>
            {t('issues.paused')} · {t('issues.pausedSince', { time: zoneDateTime(state.since, zone) })}
          </Tag>
        );
      case 'running': {
        const time = durationWords(state.ms, t);
        if (state.ms <= 0)
          return (
            <Typography.Text type="danger" strong style={{ fontSize: 20 }}>
              {t('issues.overdueBy', { time })}
            </Typography.Text>
          );
        return (
          <Typography.Text type={state.ms < SOON_MS ? 'warning' : undefined} strong style={{ fontSize: 20 }}>
            {time}
          </Typography.Text>
        );
      }
    }
  })();
  return (
    <Card size="small" title={deadlineWord(deadline, locale)} data-testid={`deadline-${deadline}`}>
      <div style={{ minHeight: 32 }} data-testid="deadline-state">
        {body}
      </div>
      <Typography.Text type="secondary">
        {dueAt ? t('issues.dueAt', { time: zoneDateTime(dueAt, zone) }) : null}
      </Typography.Text>
    </Card>
  );
}

/** 首次响应 and 解决方案反馈 side by side, and 承诺答复客户 where the customer was promised a reply. */
export function DeadlineCards({ issue, now }: { issue: Issue; now: Date }) {
  const shown = (Object.keys(DEADLINES) as Deadline[]).filter(
    (deadline) => deadline !== 'promised_reply' || issue.promisedReplyAt,
  );
  return (
    <Row gutter={[16, 16]}>
      {shown.map((deadline) => (
        <Col xs={24} md={24 / shown.length} key={deadline}>
          <DeadlineCard issue={issue} deadline={deadline} now={now} />
        </Col>
      ))}
    </Row>
  );
}
