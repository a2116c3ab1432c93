import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Card, DatePicker, Segmented, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { TASK_STATUSES } from '../../../domain/followups/vocabulary.ts';
import { get, query } from '../../api/client.ts';
import type { FollowupTask, Page } from '../../api/types.ts';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { TableOrCards } from '../../app/CardList.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import { zoneDateTime } from '../../app/zone.ts';
import { GenerateNowButton } from './GenerateNowButton.tsx';
import { TaskFlags } from './TaskFlags.tsx';
import { methodWord, optionsOf, TASK_STATUS_COLORS, typeWord, word } from './words.ts';

// What a task shows, in the table's cells on wider screens and on its card on a phone.

function CustomerCell({ task }: { task: FollowupTask }) {
  return (
    <Space direction="vertical" size={0}>
      <Link to={`/customers/${task.customerId}`}>{task.customerName}</Link>
      <Typography.Text type="secondary">{task.customerCode}</Typography.Text>
    </Space>
  );
}

/** The status, and what to know about the task (signature, do-not-contact, calendar) beside it. */
function StatusCell({ task }: { task: FollowupTask }) {
  const { locale } = useI18n();
  return (
    <Space size={[0, 4]} wrap>
      <Tag color={TASK_STATUS_COLORS[task.status] ?? 'default'} data-testid="task-status">
        {word(TASK_STATUSES, task.status, locale)}
      </Tag>
      <TaskFlags task={task} />
    </Space>
  );
}

function StartDue({ task }: { task: FollowupTask }) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  return (
    <Space direction="vertical" size={0}>
      <span>
        <Typography.Text type="secondary">{t('tasks.start')} </Typography.Text>
        {zoneDateTime(task.startAt, zone)}
      </span>
      <span>
        <Typography.Text type="secondary">{t('tasks.due')} </Typography.Text>
        {zoneDateTime(task.dueAt, zone)}
      </span>
    </Space>
  );
}

/** Below 576 px (a phone) a task is a card: the table would scroll inside itself, out of a thumb's reach. */
function TaskCard({ task }: { task: FollowupTask }) {
  const { t, locale } = useI18n();
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <CustomerCell task={task} />
      <StatusCell task={task} />
      <Typography.Text type="secondary">
        {typeWord(task.type, locale)} · {methodWord(task.method, locale)} ·{' '}
        {task.assigneeName ?? t('tasks.unassigned')}
      </Typography.Text>
      <StartDue task={task} />
    </Space>
  );
}

/** 回访任务: the tasks one works (or assigns), soonest due first, 待执行 and 已逾期 to start with. */
export function TasksPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const assigns = can(me.data, 'followups.assign');
  const [statuses, setStatuses] = useState<string[]>(['pending', 'overdue']);
  const [due, setDue] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [whose, setWhose] = useState<'mine' | 'all'>('all');
  const filters = {
    status: statuses.join(','),
    dueFrom: due?.[0]?.format('YYYY-MM-DD'),
    dueTo: due?.[1]?.format('YYYY-MM-DD'),
    assigneeId: assigns && whose === 'mine' ? me.data?.id : undefined,
  };
  const tasks = useInfiniteQuery({
    queryKey: ['followup-tasks', filters],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      get<Page<FollowupTask>>(`/api/v1/followup-tasks${query({ ...filters, limit: 50, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const rows = tasks.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card title={t('menu.followupTasks')} extra={<GenerateNowButton />}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 240 }}
          placeholder={t('tasks.status')}
          aria-label={t('tasks.status')}
          value={statuses}
          onChange={setStatuses}
          options={optionsOf(TASK_STATUSES, locale)}
          data-testid="filter-status"
        />
        <DatePicker.RangePicker
          value={due}
          onChange={(range) => setDue(range)}
          placeholder={[t('tasks.dueRange'), t('tasks.dueRange')]}
          allowEmpty={[true, true]}
        />
        {assigns ? (
          <Segmented
            value={whose}
            onChange={(v) => setWhose(v as 'mine' | 'all')}
            options={[
              { value: 'all', label: t('tasks.everyone') },
              { value: 'mine', label: t('tasks.mine') },
            ]}
            data-testid="filter-whose"
          />
        ) : null}
      </Space>
      <TableOrCards<FollowupTask>
        rows={rows}
        rowKey={(task) => task.id}
        loading={tasks.isLoading}
        testId="tasks-table"
        cardTestId="task-card"
        card={(task) => <TaskCard task={task} />}
        table={{
          scroll: { x: 700 },
          columns: [
            { title: t('tasks.customer'), width: 180, render: (_, task) => <CustomerCell task={task} /> },
            {
              title: t('tasks.typeMethod'),
              width: 130,
              render: (_, task) => (
                <Space direction="vertical" size={0}>
                  <span>{typeWord(task.type, locale)}</span>
                  <Typography.Text type="secondary">{methodWord(task.method, locale)}</Typography.Text>
                </Space>
              ),
            },
            {
              title: t('fuRules.assignee'),
              width: 100,
              render: (_, task) => task.assigneeName ?? t('tasks.unassigned'),
            },
            { title: t('tasks.status'), width: 120, render: (_, task) => <StatusCell task={task} /> },
            {
              title: t('tasks.startDue'),
              width: 170,
              align: 'right',
              render: (_, task) => <StartDue task={task} />,
            },
          ],
        }}
      />
      <LoadMore list={tasks} />
    </Card>
  );
}
