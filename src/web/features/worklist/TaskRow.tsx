import { PhoneOutlined, UserOutlined } from '@ant-design/icons';
import { Flex, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { WorklistTask } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { TIER_COLORS } from '../../app/labels.ts';
import { nearTime } from '../../app/zone.ts';
import { hasTaskFlags, TaskFlags } from '../followups/TaskFlags.tsx';
import { methodWord, typeWord } from '../followups/words.ts';
import type { Section } from './queries.ts';
import { bestTimeWords, PRIORITY_COLORS, priorityWord } from './words.ts';

/** The words for a time near today (今天 14:30), in the company's zone. */
export function useNearTime() {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const words = { today: t('wb.today'), tomorrow: t('wb.tomorrow'), yesterday: t('wb.yesterday') };
  return (instant: string) => nearTime(instant, zone, words);
}

/** When the row's task asks for attention: due, starting, or the call-back agreed. */
function When({ task, section }: { task: WorklistTask; section: Section }) {
  const { t } = useI18n();
  const near = useNearTime();
  const late = new Date(task.dueAt).getTime() < Date.now();
  if (section === 'upcoming')
    return <Typography.Text>{t('wb.starts', { time: near(task.startAt) })}</Typography.Text>;
  if (section === 'callbacks' && task.nextAttemptAt) {
    // A call-back after the deadline makes the task overdue before it is tried: say so.
    const afterDue = new Date(task.nextAttemptAt).getTime() > new Date(task.dueAt).getTime();
    const due = (
      <Typography.Text type={late ? 'danger' : afterDue ? 'warning' : 'secondary'}>
        {t('wb.due', { time: near(task.dueAt) })}
      </Typography.Text>
    );
    return (
      <Flex vertical align="flex-end">
        <Typography.Text strong>{t('wb.callbackAt', { time: near(task.nextAttemptAt) })}</Typography.Text>
        {afterDue && !late ? <Tooltip title={t('wb.afterDue')}>{due}</Tooltip> : due}
      </Flex>
    );
  }
  return (
    <Typography.Text type={late ? 'danger' : undefined} strong={late}>
      {t('wb.due', { time: near(task.dueAt) })}
    </Typography.Text>
  );
}

/**
 * One task of a worklist: who, what, how, by when, how often tried, and for a call the customer's best time to
 * call — with 此刻适合致电 while it lasts. The whole row opens the task.
 */
export function TaskRow({
  task,
  section,
  onOpen,
  actions,
}: {
  task: WorklistTask;
  section: Section;
  onOpen(id: number): void;
  actions?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const near = useNearTime();
  const attempts =
    task.attempts === 0
      ? t('wb.noAttempts')
      : task.failedAttempts > 0
        ? t('wb.attemptsFailed', { n: task.attempts, failed: task.failedAttempts })
        : t('wb.attempts', { n: task.attempts });
  const contact = [task.primaryContactName, task.primaryContactMobile].filter(Boolean).join(' ');
  return (
    // Not a <button>: the row holds buttons of its own (改派).
    // biome-ignore lint/a11y/useSemanticElements: a button may not contain buttons
    <div
      className="wb-row"
      role="button"
      tabIndex={0}
      onClick={() => onOpen(task.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen(task.id);
        }
      }}
      data-testid="task-row"
      data-task-id={task.id}
    >
      <Flex justify="space-between" gap={12} wrap>
        <Flex vertical gap={4} style={{ flex: '1 1 300px', minWidth: 0 }}>
          <Space size={[8, 4]} wrap>
            <Typography.Text strong data-testid="task-customer">
              {task.customerName}
            </Typography.Text>
            <Typography.Text type="secondary">{task.customerCode}</Typography.Text>
            {task.customerTier ? (
              <Tag color={TIER_COLORS[task.customerTier] ?? 'default'} bordered={false}>
                {t('wb.tier', { tier: task.customerTier })}
              </Tag>
            ) : null}
            <Tag color={PRIORITY_COLORS[task.priority] ?? 'default'}>{priorityWord(task.priority, t)}</Tag>
          </Space>
          <Typography.Text type="secondary">
            {typeWord(task.type, locale)} · {methodWord(task.method, locale)} ·{' '}
            <span data-testid="task-attempts">{attempts}</span>
            {contact ? (
              <>
                {' · '}
                <UserOutlined /> {contact}
              </>
            ) : null}
          </Typography.Text>
          {task.bestTime ? (
            <Space size={[8, 4]} wrap data-testid="task-best-time">
              <Typography.Text>
                <PhoneOutlined /> {bestTimeWords(task.bestTime, t)}
              </Typography.Text>
              {task.inBestTimeNow ? (
                <Tag color="green">{t('wb.goodNow')}</Tag>
              ) : task.suggestedAt && section !== 'callbacks' ? (
                <Typography.Text type="secondary">
                  {t('wb.suggestedAt', { time: near(task.suggestedAt) })}
                </Typography.Text>
              ) : null}
            </Space>
          ) : null}
          {hasTaskFlags(task) ? (
            <Space size={[0, 4]} wrap>
              <TaskFlags task={task} />
            </Space>
          ) : null}
        </Flex>
        <Flex vertical align="flex-end" justify="space-between" gap={8} data-testid="task-when">
          <When task={task} section={section} />
          {actions ? (
            // The row's own buttons do not open the task.
            // biome-ignore lint/a11y/noStaticElementInteractions: only stops the click reaching the row
            // biome-ignore lint/a11y/useKeyWithClickEvents: the buttons inside take the keys
            <div onClick={(e) => e.stopPropagation()}>{actions}</div>
          ) : null}
        </Flex>
      </Flex>
    </div>
  );
}
