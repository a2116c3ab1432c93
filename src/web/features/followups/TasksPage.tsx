import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Card, DatePicker, Segmented, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { TASK_STATUSES } from '../../../domain/followups/vocabulary.ts';
import { get, query } from '../../api/client.ts';
import type { FollowupTask, Page } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadMore } from '../../app/LoadMore.tsx';
import { GenerateNowButton } from './GenerateNowButton.tsx';
import { methodWord, optionsOf, typeWord, word } from './words.ts';

const STATUS_COLORS: Record<string, string> = {
  overdue: 'red',
  pending: 'blue',
  in_progress: 'cyan',
  done: 'green',
  unreachable: 'orange',
  cancelled: 'default',
};

const time = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

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
      <Table<FollowupTask>
        rowKey="id"
        size="middle"
        loading={tasks.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1000 }}
        data-testid="tasks-table"
        columns={[
          {
            title: t('tasks.customer'),
            width: 220,
            fixed: 'left',
            render: (_, task) => (
              <Space direction="vertical" size={0}>
                <Link to={`/customers/${task.customerId}`}>{task.customerName}</Link>
                <span style={{ color: '#8c8c8c', fontSize: 12 }}>{task.customerCode}</span>
              </Space>
            ),
          },
          { title: t('fuRules.type'), width: 110, render: (_, task) => typeWord(task.type, locale) },
          { title: t('fuRules.method'), width: 90, render: (_, task) => methodWord(task.method, locale) },
          {
            title: t('fuRules.assignee'),
            width: 110,
            render: (_, task) => task.assigneeName ?? t('tasks.unassigned'),
          },
          {
            title: t('tasks.status'),
            width: 90,
            render: (_, task) => (
              <Tag color={STATUS_COLORS[task.status] ?? 'default'}>
                {word(TASK_STATUSES, task.status, locale)}
              </Tag>
            ),
          },
          { title: t('tasks.start'), width: 140, render: (_, task) => time(task.startAt) },
          { title: t('tasks.due'), width: 140, render: (_, task) => time(task.dueAt) },
          {
            title: '',
            width: 130,
            render: (_, task) => (
              <Space size={[0, 4]} wrap>
                {task.signatureRequired ? <Tag>{t('tasks.signature')}</Tag> : null}
                {task.contactDespiteDnc ? (
                  <Tooltip title={t('tasks.dncHint')}>
                    <Tag color="purple">{t('tasks.dnc')}</Tag>
                  </Tooltip>
                ) : null}
                {task.calendarUncovered ? (
                  <Tooltip title={t('tasks.uncoveredHint')}>
                    <Tag color="warning">{t('tasks.uncovered')}</Tag>
                  </Tooltip>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <LoadMore list={tasks} />
    </Card>
  );
}
