import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, List, message, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { get, post } from '../../api/client.ts';
import type { Job, JobQueued, JobRun } from '../../api/types.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { DEFAULT_ZONE, zoneDateTime, zoneDateTimeSeconds } from '../../app/zone.ts';

const OUTCOME: Record<JobRun['outcome'] | 'never', [MessageKey, string]> = {
  running: ['jobs.outcome.running', 'processing'],
  succeeded: ['jobs.outcome.succeeded', 'success'],
  failed: ['jobs.outcome.failed', 'error'],
  interrupted: ['jobs.outcome.interrupted', 'warning'],
  never: ['jobs.outcome.never', 'default'],
};

/** Waiting this long at most for a run asked for by hand to show up. */
const WAIT_MS = 120_000;

function Failures({ job }: { job: Job }) {
  const { t } = useI18n();
  const time = (iso: string) => zoneDateTimeSeconds(iso, job.timeZone);
  return (
    <List<JobRun>
      size="small"
      header={<Typography.Text strong>{t('jobs.failures')}</Typography.Text>}
      dataSource={job.recentFailures}
      renderItem={(run) => (
        <List.Item>
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap>
              <span>{time(run.startedAt)}</span>
              <Tag color={OUTCOME[run.outcome][1]}>{t(OUTCOME[run.outcome][0])}</Tag>
              <span>{t('jobs.attempt', { n: run.attempt })}</span>
              <Typography.Text type="secondary">
                {t('jobs.asOf')} {time(run.asOf)}
              </Typography.Text>
            </Space>
            <Typography.Text type="danger" data-testid="job-error">
              {run.error ?? '—'}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** 后台任务: each job's schedule, last and next run, failures, and 立即运行. */
export function JobsPage() {
  const { t, locale } = useI18n();
  // Runs asked for by hand and not finished yet: job name → the pg-boss job id and when it was asked.
  const [waiting, setWaiting] = useState<Record<string, { jobId: string; since: number }>>({});
  const jobs = useQuery({
    queryKey: ['jobs'],
    queryFn: () => get<{ items: Job[] }>('/api/v1/jobs'),
    refetchInterval: Object.keys(waiting).length > 0 ? 1000 : 30_000,
  });
  const labelOf = (job: Job) => (locale === 'en' ? job.labelEn : job.labelZh);

  useEffect(() => {
    const done = (jobs.data?.items ?? []).filter((job) => {
      const wait = waiting[job.name];
      if (!wait) return false;
      const run = job.lastRun;
      if (run?.jobId === wait.jobId && run.outcome !== 'running') {
        if (run.outcome === 'succeeded') void message.success(t('jobs.finished', { label: labelOf(job) }));
        else void message.error(t('jobs.finishedFailed', { label: labelOf(job), error: run.error ?? '' }));
        return true;
      }
      return Date.now() - wait.since > WAIT_MS;
    });
    if (done.length > 0) {
      setWaiting((current) => {
        const next = { ...current };
        for (const job of done) delete next[job.name];
        return next;
      });
    }
  });

  const runNow = async (job: Job) => {
    try {
      const { jobId } = await post<JobQueued>(`/api/v1/jobs/${encodeURIComponent(job.name)}/run`, {});
      void message.info(t('jobs.queued', { label: labelOf(job) }));
      setWaiting((current) => ({ ...current, [job.name]: { jobId, since: Date.now() } }));
      await jobs.refetch();
    } catch (error) {
      showApiError(error);
    }
  };

  const timeZone = jobs.data?.items[0]?.timeZone ?? DEFAULT_ZONE;
  const time = (iso: string) => zoneDateTimeSeconds(iso, timeZone);
  return (
    <Card title={t('menu.jobs')}>
      <Alert type="info" showIcon title={t('jobs.hint', { tz: timeZone })} style={{ marginBottom: 16 }} />
      <Table<Job>
        rowKey="name"
        size="middle"
        loading={jobs.isLoading}
        dataSource={jobs.data?.items ?? []}
        pagination={false}
        expandable={{
          rowExpandable: (job) => job.recentFailures.length > 0,
          expandedRowRender: (job) => <Failures job={job} />,
        }}
        columns={[
          {
            title: t('jobs.job'),
            render: (_, job) => (
              <Space direction="vertical" size={0}>
                <span>{labelOf(job)}</span>
                <Typography.Text type="secondary">{job.name}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('jobs.schedule'),
            width: 110,
            render: (_, job) => <Typography.Text code>{job.cron}</Typography.Text>,
          },
          {
            title: t('jobs.lastRun'),
            width: 170,
            render: (_, job) =>
              job.lastRun ? (
                <Space direction="vertical" size={2} data-testid={`last-run-${job.name}`}>
                  <span>{time(job.lastRun.startedAt)}</span>
                  <Tag>{t(`jobs.trigger.${job.lastRun.trigger}`)}</Tag>
                </Space>
              ) : (
                '—'
              ),
          },
          {
            title: t('jobs.duration'),
            width: 90,
            render: (_, job) => {
              const ms = job.lastRun?.durationMs;
              if (ms === null || ms === undefined) return '—';
              return ms < 1000 ? t('jobs.ms', { n: ms }) : t('jobs.seconds', { n: (ms / 1000).toFixed(1) });
            },
          },
          {
            title: t('jobs.outcome'),
            width: 90,
            render: (_, job) => {
              const [key, color] = OUTCOME[job.lastRun?.outcome ?? 'never'];
              return (
                <Tag color={color} data-testid={`outcome-${job.name}`}>
                  {t(key)}
                </Tag>
              );
            },
          },
          {
            title: t('jobs.nextRun'),
            width: 150,
            render: (_, job) => zoneDateTime(job.nextRunAt, timeZone),
          },
          {
            title: t('common.actions'),
            width: 110,
            render: (_, job) => (
              <Popconfirm
                title={t('jobs.confirmRun', { label: labelOf(job) })}
                onConfirm={() => runNow(job)}
                okText={t('jobs.runNow')}
                cancelText={t('common.cancel')}
              >
                <Button size="small" loading={!!waiting[job.name]} data-testid={`run-${job.name}`}>
                  {t('jobs.runNow')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
