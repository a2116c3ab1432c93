import { Empty, Spin, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Worklist, WorklistTask } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { SECTIONS, type Section } from './queries.ts';
import { TaskRow } from './TaskRow.tsx';

/**
 * A worklist in its four parts — 当前待办, 已逾期, 即将开始, 待回拨 — each a tab with its count (overdue in red).
 * It opens on the first part that has work, until the user picks one.
 */
export function WorklistSections({
  worklist,
  loading,
  onOpen,
  actions,
}: {
  worklist: Worklist | undefined;
  loading: boolean;
  onOpen(id: number): void;
  actions?: (task: WorklistTask) => ReactNode;
}) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<Section>();
  const counts = worklist?.counts;
  const active = picked ?? SECTIONS.find((s) => (counts?.[s] ?? 0) > 0) ?? 'now';
  return (
    <Spin spinning={loading && !worklist}>
      <Tabs
        activeKey={active}
        onChange={(key) => setPicked(key as Section)}
        items={SECTIONS.map((section) => {
          const count = counts?.[section] ?? 0;
          const tasks = worklist?.[section] ?? [];
          return {
            key: section,
            label: (
              <span data-testid={`section-${section}`}>
                {t(`wb.section.${section}`)}
                <span
                  className={section === 'overdue' && count > 0 ? 'wb-count wb-count-alert' : 'wb-count'}
                  data-testid={`count-${section}`}
                >
                  {count}
                </span>
              </span>
            ),
            children: (
              <div data-testid={`list-${section}`}>
                {tasks.length === 0 ? (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t(`wb.empty.${section}` as MessageKey)}
                  />
                ) : (
                  tasks.map((task) => (
                    <TaskRow
                      key={task.id}
                      task={task}
                      section={section}
                      onOpen={onOpen}
                      actions={actions?.(task)}
                    />
                  ))
                )}
                {count > tasks.length ? (
                  <Typography.Paragraph type="secondary" style={{ marginTop: 12, textAlign: 'center' }}>
                    {t('wb.more', { shown: tasks.length, total: count })}
                  </Typography.Paragraph>
                ) : null}
              </div>
            ),
          };
        })}
      />
    </Spin>
  );
}
