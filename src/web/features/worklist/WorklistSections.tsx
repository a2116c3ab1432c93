import { Button, Empty, Spin, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { WORKLIST_MAX_ROWS } from '../../../domain/followups/vocabulary.ts';
import type { Worklist, WorklistTask } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { useScreens } from '../../app/screens.ts';
import { SECTIONS, type Section, useWorklistPart } from './queries.ts';
import { TaskRow } from './TaskRow.tsx';

/** Rows 加载更多 adds to a part. */
const MORE_ROWS = 50;

function Count({ section, count }: { section: Section; count: number }) {
  return (
    <span
      className={section === 'overdue' && count > 0 ? 'wb-count wb-count-alert' : 'wb-count'}
      data-testid={`count-${section}`}
    >
      {count}
    </span>
  );
}

/**
 * A worklist in its four parts — 当前待办, 已逾期, 即将开始, 待回拨 — each with its count (overdue in red): tabs, or
 * on a phone four buttons in two rows. It opens on the first part that has work, until the user picks one.
 */
export function WorklistSections({
  worklist,
  loading,
  onOpen,
  actions,
  extra,
}: {
  worklist: Worklist | undefined;
  loading: boolean;
  onOpen(id: number): void;
  actions?: (task: WorklistTask) => ReactNode;
  /** Beside the tabs (a refresh button). */
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  const screens = useScreens();
  const [picked, setPicked] = useState<Section>();
  const counts = worklist?.counts;
  const active = picked ?? SECTIONS.find((s) => (counts?.[s] ?? 0) > 0) ?? 'now';
  // 加载更多 on the part shown asks for that part alone with more rows; the others keep their first page.
  const [more, setMore] = useState<{ section: Section; limit: number }>();
  const part = useWorklistPart(
    worklist?.assigneeId,
    more?.section ?? 'now',
    more?.section === active ? more.limit : undefined,
  );
  const list = (section: Section) => {
    const count = counts?.[section] ?? 0;
    const extended = more?.section === section ? part.data?.[section] : undefined;
    const tasks = extended ?? worklist?.[section] ?? [];
    const next = Math.min(tasks.length + MORE_ROWS, WORKLIST_MAX_ROWS);
    return (
      <div data-testid={`list-${section}`}>
        {tasks.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`wb.empty.${section}` as MessageKey)} />
        ) : (
          tasks.map((task) => (
            <TaskRow key={task.id} task={task} section={section} onOpen={onOpen} actions={actions?.(task)} />
          ))
        )}
        {count > tasks.length ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, textAlign: 'center' }}>
            {t('wb.more', { shown: tasks.length, total: count })}
            {next > tasks.length ? (
              <Button
                type="link"
                loading={more?.section === section && part.isFetching}
                onClick={() => setMore({ section, limit: next })}
                data-testid={`more-${section}`}
              >
                {t('wb.loadMore')}
              </Button>
            ) : null}
          </Typography.Paragraph>
        ) : null}
      </div>
    );
  };
  if (screens.sm === false) {
    return (
      <Spin spinning={loading && !worklist}>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
            gap: 8,
            margin: '8px 0 4px',
          }}
        >
          {SECTIONS.map((section) => (
            <Button
              key={section}
              type={section === active ? 'primary' : 'default'}
              ghost={section === active}
              onClick={() => setPicked(section)}
              style={{ paddingInline: 4 }}
              data-testid={`section-${section}`}
            >
              {t(`wb.section.${section}`)}
              <Count section={section} count={counts?.[section] ?? 0} />
            </Button>
          ))}
        </div>
        {extra ? <div style={{ textAlign: 'right' }}>{extra}</div> : null}
        {list(active)}
      </Spin>
    );
  }
  return (
    <Spin spinning={loading && !worklist}>
      {/* Laid over the tab bar's right end, not inside it: a tab list may hold only tabs (screen readers). */}
      {extra ? <div style={{ position: 'absolute', top: 8, right: 0, zIndex: 1 }}>{extra}</div> : null}
      <Tabs
        activeKey={active}
        onChange={(key) => setPicked(key as Section)}
        tabBarStyle={extra ? { paddingRight: 96 } : undefined}
        items={SECTIONS.map((section) => ({
          key: section,
          label: (
            <span data-testid={`section-${section}`}>
              {t(`wb.section.${section}`)}
              <Count section={section} count={counts?.[section] ?? 0} />
            </span>
          ),
          children: list(section),
        }))}
      />
    </Spin>
  );
}
