import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, List, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { get, type Page, post, query } from '../../api/client.ts';
import type { Issue, IssueSummary } from '../../api/types.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import { useIssueSaved } from './queries.ts';

/**
 * Issues to link to, chosen by number, customer or words of the description: the 200 newest within reach, then
 * the server's search for what the typed text finds beyond them.
 */
function IssuePicker({
  exclude,
  multiple,
  testId,
  value,
  onChange,
}: {
  exclude: number;
  multiple?: boolean;
  testId: string;
  value?: number | number[];
  onChange?: (value: number | number[]) => void;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const { data } = useQuery({
    queryKey: ['issue-picker', typed.trim()],
    queryFn: () =>
      get<Page<IssueSummary>>(`/api/v1/issues${query({ q: typed.trim() || undefined, limit: 200 })}`),
    placeholderData: keepPreviousData,
  });
  const options = (data?.items ?? [])
    .filter((i) => i.id !== exclude)
    .map((i) => ({
      value: i.id,
      label: `${i.number} ${i.customerName ?? ''} ${i.description.slice(0, 24)}`,
    }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setTyped }}
      mode={multiple ? 'multiple' : undefined}
      options={options}
      value={value}
      onChange={(v) => onChange?.(v)}
      placeholder={t('issues.links.pickPlaceholder')}
      data-testid={testId}
    />
  );
}

/** 并入其他问题: this report is the same problem as an issue registered before. */
function DuplicateModal({ issue, open, onClose }: { issue: Issue; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const saved = useIssueSaved();
  return (
    <FormModal<{ issueId: number }>
      open={open}
      title={t('issues.links.joinTitle', { number: issue.number })}
      testId="duplicate-form"
      intro={<Typography.Paragraph type="secondary">{t('issues.links.joinIntro')}</Typography.Paragraph>}
      submit={async ({ issueId }) => {
        await saved(await post<Issue>(`/api/v1/issues/${issue.id}/duplicate-of`, { issueId }));
        return t('issues.links.joined');
      }}
      onClose={onClose}
    >
      <Form.Item
        name="issueId"
        label={t('issues.links.main')}
        rules={[{ required: true, message: t('issues.links.pickRequired') }]}
      >
        <IssuePicker exclude={issue.id} testId="duplicate-main" />
      </Form.Item>
    </FormModal>
  );
}

/** 公开信: one reply to this issue and others about the same matter. */
function LetterModal({ issue, open, onClose }: { issue: Issue; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const saved = useIssueSaved();
  return (
    <FormModal<{ title: string; body: string; others?: number[] }>
      open={open}
      width={640}
      title={t('issues.links.letterTitle')}
      testId="letter-form"
      submit={async ({ title, body, others }) => {
        await post('/api/v1/open-letters', { title, body, issueIds: [issue.id, ...(others ?? [])] });
        await saved(undefined, issue.id);
        return t('issues.links.letterSent');
      }}
      onClose={onClose}
    >
      <Form.Item
        name="title"
        label={t('issues.links.letterName')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={200} data-testid="letter-name" />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('issues.links.letterBody')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={6} maxLength={20000} data-testid="letter-body" />
      </Form.Item>
      <Form.Item
        name="others"
        label={t('issues.links.letterOthers')}
        extra={t('issues.links.letterOthersHint')}
      >
        <IssuePicker exclude={issue.id} multiple testId="letter-others" />
      </Form.Item>
    </FormModal>
  );
}

/** 关联与公开信: the issue this report joined, the reports that joined it, the open letters that answer it. */
export function IssueLinks({ issue }: { issue: Issue }) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const { data: me } = useMe();
  const [dialog, setDialog] = useState<'duplicate' | 'letter' | null>(null);
  const open = issue.status === 'pending' || issue.status === 'in_progress';
  const handles = can(me, 'issues.handle', 'issues.escalate');
  const empty = !issue.duplicateOf && issue.duplicates.length === 0 && issue.letters.length === 0;
  return (
    <Card
      title={t('issues.links.title')}
      size="small"
      data-testid="issue-links"
      extra={
        handles ? (
          <Space>
            {open ? (
              <Button size="small" onClick={() => setDialog('duplicate')} data-testid="join-duplicate">
                {t('issues.links.join')}
              </Button>
            ) : null}
            <Button size="small" onClick={() => setDialog('letter')} data-testid="send-letter">
              {t('issues.links.letter')}
            </Button>
          </Space>
        ) : null
      }
    >
      {empty ? <Typography.Text type="secondary">{t('issues.links.none')}</Typography.Text> : null}
      {issue.duplicateOf ? (
        <Typography.Paragraph data-testid="duplicate-of">
          {t('issues.links.isDuplicate')}{' '}
          <Link to={`/issues/${issue.duplicateOf.id}`}>{issue.duplicateOf.number}</Link>
        </Typography.Paragraph>
      ) : null}
      {issue.duplicates.length > 0 ? (
        <List
          size="small"
          header={t('issues.links.duplicates')}
          dataSource={issue.duplicates}
          data-testid="duplicates"
          renderItem={(d) => (
            <List.Item>
              <Link to={`/issues/${d.id}`}>{d.number}</Link> {d.customerName ?? t('issues.anonymous')} ·{' '}
              {zoneDateTime(d.raisedAt, zone)}
            </List.Item>
          )}
        />
      ) : null}
      {issue.letters.length > 0 ? (
        <List
          size="small"
          header={t('issues.links.letters')}
          dataSource={issue.letters}
          data-testid="letters"
          renderItem={(l) => (
            <List.Item>
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{l.title}</Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {l.body}
                </Typography.Paragraph>
                <Typography.Text type="secondary">
                  {t('issues.links.letterBy', {
                    name: l.createdByName,
                    time: zoneDateTime(l.createdAt, zone),
                    n: l.issueCount,
                  })}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : null}
      <DuplicateModal issue={issue} open={dialog === 'duplicate'} onClose={() => setDialog(null)} />
      <LetterModal issue={issue} open={dialog === 'letter'} onClose={() => setDialog(null)} />
    </Card>
  );
}
