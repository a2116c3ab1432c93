import { LeftOutlined, RightOutlined, SwapOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { get, post, query } from '../../api/client.ts';
import type { TeamView as Team } from '../../api/types.ts';
import { useCompanyZone, useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { addDays, mondayOf, zoneToday } from '../../app/zone.ts';
import { refreshTasks, useWorklist } from './queries.ts';
import { TaskDrawer } from './TaskDrawer.tsx';
import { WorklistSections } from './WorklistSections.tsx';

type Day = Team['days'][number];
type Person = Team['people'][number];
interface Counts {
  open: number;
  overdue: number;
  done: number;
  unreachable: number;
}

const ZERO: Counts = { open: 0, overdue: 0, done: 0, unreachable: 0 };

function CountsCell({ counts }: { counts: Counts | undefined }) {
  const { t } = useI18n();
  const c = counts ?? ZERO;
  if (c.open + c.overdue + c.done + c.unreachable === 0)
    return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={0} style={{ whiteSpace: 'nowrap' }} data-testid="team-cell">
      {c.open > 0 ? <Typography.Text>{t('team.open', { n: c.open })}</Typography.Text> : null}
      {c.overdue > 0 ? (
        <Typography.Text type="danger" strong>
          {t('team.overdue', { n: c.overdue })}
        </Typography.Text>
      ) : null}
      {c.done > 0 ? <Typography.Text type="success">{t('team.done', { n: c.done })}</Typography.Text> : null}
      {c.unreachable > 0 ? (
        <Typography.Text type="warning">{t('team.unreachable', { n: c.unreachable })}</Typography.Text>
      ) : null}
    </Flex>
  );
}

interface ReassignValues {
  assigneeId: number;
  reason?: string;
}

/** 改派: the task to another member of the team, with the reason. */
function ReassignModal({
  task,
  people,
  onClose,
}: {
  task: { id: number; customerName: string; assigneeId: number | null } | undefined;
  people: Person[];
  onClose(): void;
}) {
  const { t } = useI18n();
  const client = useQueryClient();
  return (
    <FormModal<ReassignValues>
      open={task !== undefined}
      title={t('team.reassignTitle', { customer: task?.customerName ?? '' })}
      okText="team.reassign"
      testId="reassign-form"
      onClose={onClose}
      submit={async (values) => {
        if (!task) return false;
        await post(`/api/v1/followup-tasks/${task.id}/reassign`, {
          assigneeId: values.assigneeId,
          reason: values.reason?.trim() || undefined,
        });
        await refreshTasks(client);
        return t('team.reassigned', { name: people.find((p) => p.id === values.assigneeId)?.name ?? '' });
      }}
    >
      <Form.Item name="assigneeId" label={t('team.to')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={people
            .filter((p) => p.id !== task?.assigneeId)
            .map((p) => ({ value: p.id, label: p.name }))}
          data-testid="reassign-to"
        />
      </Form.Item>
      <Form.Item name="reason" label={t('team.reason')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

/** One team member's worklist, each task with 改派. */
function PersonWorklist({ person, people }: { person: Person; people: Person[] }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const worklist = useWorklist(person.id);
  const [openTask, setOpenTask] = useState<number>();
  const [moving, setMoving] = useState<{ id: number; customerName: string; assigneeId: number | null }>();
  const reassignButton = (task: { id: number; customerName: string; assigneeId: number | null }) => (
    <Button size="small" icon={<SwapOutlined />} onClick={() => setMoving(task)} data-testid="reassign">
      {t('team.reassign')}
    </Button>
  );
  return (
    <Card
      size="small"
      title={<span data-testid="person-worklist-title">{t('team.worklistOf', { name: person.name })}</span>}
      style={{ marginTop: 16 }}
      data-testid="person-worklist"
    >
      <WorklistSections
        worklist={worklist.data}
        loading={worklist.isLoading}
        onOpen={setOpenTask}
        actions={reassignButton}
      />
      <TaskDrawer
        taskId={openTask}
        onClose={() => setOpenTask(undefined)}
        workable={person.id === me?.id}
        extra={(card) => reassignButton(card)}
      />
      <ReassignModal task={moving} people={people} onClose={() => setMoving(undefined)} />
    </Card>
  );
}

/**
 * 团队视图: who on the team has what, day by day through a week (the day a task starts, in the company's zone):
 * open, overdue (red), done. A person's name opens their worklist, where tasks are reassigned.
 */
export function TeamView() {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const today = zoneToday(zone);
  const [monday, setMonday] = useState(() => mondayOf(today));
  const [personId, setPersonId] = useState<number>();
  const to = addDays(monday, 6);
  const team = useQuery({
    queryKey: ['worklist-team', monday, to],
    queryFn: () => get<Team>(`/api/v1/worklist/team${query({ from: monday, to })}`),
  });
  const dates = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const weekdays = t('calendar.weekdays').split(',');
  const byCell = new Map<string, Day>();
  const byPerson = new Map<number, Counts>();
  for (const d of team.data?.days ?? []) {
    byCell.set(`${d.assigneeId}|${d.date}`, d);
    const sum = byPerson.get(d.assigneeId) ?? { ...ZERO };
    for (const k of ['open', 'overdue', 'done', 'unreachable'] as const) sum[k] += d[k];
    byPerson.set(d.assigneeId, sum);
  }
  const people = team.data?.people ?? [];
  const person = people.find((p) => p.id === personId);

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Button
            icon={<LeftOutlined />}
            onClick={() => setMonday(addDays(monday, -7))}
            data-testid="prev-week"
          >
            {t('team.prevWeek')}
          </Button>
          <Button onClick={() => setMonday(mondayOf(today))} disabled={monday === mondayOf(today)}>
            {t('team.thisWeek')}
          </Button>
          <Button onClick={() => setMonday(addDays(monday, 7))} data-testid="next-week">
            {t('team.nextWeek')} <RightOutlined />
          </Button>
        </Space>
        <Typography.Text strong data-testid="team-week">
          {monday} ~ {to}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph type="secondary">{t('team.hint')}</Typography.Paragraph>
      <Table<Person>
        rowKey="id"
        size="small"
        bordered
        loading={team.isLoading}
        dataSource={people}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('team.noPeople')} />,
        }}
        rowClassName={(p) => (p.id === personId ? 'wb-team-selected' : '')}
        data-testid="team-grid"
        columns={[
          {
            title: t('team.person'),
            fixed: 'left',
            render: (_, p) => (
              <Typography.Link onClick={() => setPersonId(p.id)} data-testid="team-person">
                {p.name}
              </Typography.Link>
            ),
          },
          {
            title: t('team.overdueBefore'),
            align: 'center' as const,
            render: (_, p) =>
              p.overdueBefore > 0 ? (
                <Typography.Text type="danger" data-testid="team-backlog">
                  {p.overdueBefore}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">0</Typography.Text>
              ),
          },
          ...dates.map((date, i) => ({
            key: date,
            title: (
              <span style={date === today ? { color: '#1677ff' } : undefined}>
                {t('team.weekday', { d: weekdays[i] ?? '' })}
                <br />
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {locale === 'en' ? date.slice(5) : date.slice(5).replace('-', '/')}
                </Typography.Text>
              </span>
            ),
            onCell: (p: Person) => ({
              onClick: () => setPersonId(p.id),
              style: { cursor: 'pointer', background: date === today ? '#f0f7ff' : undefined },
            }),
            render: (_: unknown, p: Person) => <CountsCell counts={byCell.get(`${p.id}|${date}`)} />,
          })),
          {
            title: t('team.total'),
            render: (_, p) => <CountsCell counts={byPerson.get(p.id)} />,
          },
        ]}
      />
      {person ? <PersonWorklist key={person.id} person={person} people={people} /> : null}
    </>
  );
}
