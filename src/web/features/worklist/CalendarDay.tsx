import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { TASK_STATUSES } from '../../../domain/followups/vocabulary.ts';
import { get, query } from '../../api/client.ts';
import type { FollowupTask, Page } from '../../api/types.ts';
import { useCompanyZone, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { useScreens } from '../../app/screens.ts';
import { zoneDateTime } from '../../app/zone.ts';
import { methodWord, TASK_STATUS_COLORS, typeWord, word } from '../followups/words.ts';
import { TaskDrawer } from './TaskDrawer.tsx';

/** Whose tasks the calendar shows: one's own, a team member's (their id), or the whole team's. */
export type Whose = 'me' | 'team' | number;

/** What the calendar counts: every task but the cancelled ones. */
const COUNTED = 'pending,in_progress,overdue,done,unreachable';
const LIMIT = 100;

/** The query parameters that name whose tasks, for the calendar and for the day's list. */
export function whoseParams(whose: Whose, meId: number | undefined) {
  if (whose === 'team') return { team: true };
  return { assigneeId: whose === 'me' ? meId : whose };
}

/**
 * The tasks starting on a calendar day, as the calendar counted them; a row opens the task (worked from here
 * when it is one's own).
 */
export function CalendarDay({
  date,
  whose,
  onClose,
}: {
  date: string | undefined;
  whose: Whose;
  onClose(): void;
}) {
  const { t, locale } = useI18n();
  const { data: me } = useMe();
  const zone = useCompanyZone();
  const screens = useScreens();
  const [openTask, setOpenTask] = useState<FollowupTask>();
  const filters = {
    startFrom: date,
    startTo: date,
    status: COUNTED,
    ...whoseParams(whose, me?.id),
    limit: LIMIT,
  };
  const tasks = useQuery({
    queryKey: ['followup-tasks', 'day', filters],
    queryFn: () => get<Page<FollowupTask>>(`/api/v1/followup-tasks${query(filters)}`),
    enabled: date !== undefined && me !== undefined,
  });
  return (
    <Drawer
      open={date !== undefined}
      onClose={onClose}
      size={screens.md ? 760 : '100%'}
      title={<span data-testid="day-title">{t('cal.dayTitle', { date: date ?? '' })}</span>}
      data-testid="day-drawer"
    >
      <Table<FollowupTask>
        rowKey="id"
        size="small"
        loading={tasks.isLoading}
        dataSource={tasks.data?.items ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        // An Empty, not the table's own pale text (axe: color-contrast).
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cal.noTasks')} /> }}
        onRow={(task) => ({
          onClick: () => setOpenTask(task),
          style: { cursor: 'pointer' },
          'data-testid': 'day-task',
        })}
        footer={
          tasks.data?.nextCursor
            ? () => <Typography.Text type="secondary">{t('cal.more', { n: LIMIT })}</Typography.Text>
            : undefined
        }
        columns={[
          {
            title: t('tasks.customer'),
            render: (_, task) => (
              <Space orientation="vertical" size={0}>
                <Typography.Link data-testid="day-task-customer">{task.customerName}</Typography.Link>
                <Typography.Text type="secondary">{task.customerCode}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('tasks.typeMethod'),
            width: 140,
            render: (_, task) => (
              <Space orientation="vertical" size={0}>
                <span>{typeWord(task.type, locale)}</span>
                <Typography.Text type="secondary">{methodWord(task.method, locale)}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('tasks.status'),
            width: 96,
            render: (_, task) => (
              <Tag color={TASK_STATUS_COLORS[task.status] ?? 'default'} data-testid="day-task-status">
                {word(TASK_STATUSES, task.status, locale)}
              </Tag>
            ),
          },
          {
            title: t('fuRules.assignee'),
            width: 110,
            render: (_, task) => task.assigneeName ?? t('tasks.unassigned'),
          },
          {
            title: t('tasks.startDue'),
            width: 150,
            render: (_, task) => (
              <Space orientation="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
                <span>
                  <Typography.Text type="secondary">{t('tasks.start')} </Typography.Text>
                  {zoneDateTime(task.startAt, zone).slice(11)}
                </span>
                <span>
                  <Typography.Text type="secondary">{t('tasks.due')} </Typography.Text>
                  {zoneDateTime(task.dueAt, zone).slice(5)}
                </span>
              </Space>
            ),
          },
        ]}
      />
      <TaskDrawer
        taskId={openTask?.id}
        onClose={() => setOpenTask(undefined)}
        workable={openTask !== undefined && openTask.assigneeId === me?.id}
      />
    </Drawer>
  );
}
