import { EditOutlined, PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Flex, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { TaskCard } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';
import { useScreens } from '../../app/screens.ts';
import { AttemptModal } from './AttemptModal.tsx';
import { useTaskCard } from './queries.ts';
import { OPEN, TaskCardBody } from './TaskCardBody.tsx';

/**
 * The task as one works it: the customer card (tier, contacts at the viewer's exposure), script, questionnaire,
 * preparation checklist, last records and attempts; with 登记联系结果 and 填写回访记录 for one's own open task.
 */
export function TaskDrawer({
  taskId,
  onClose,
  workable = true,
  extra,
}: {
  taskId: number | undefined;
  onClose(): void;
  /** Shows the buttons that work the task (one's own worklist). */
  workable?: boolean;
  extra?: (card: TaskCard) => ReactNode;
}) {
  const { t } = useI18n();
  const screens = useScreens();
  const navigate = useNavigate();
  const card = useTaskCard(taskId);
  const [logging, setLogging] = useState(false);
  const data = card.data?.id === taskId ? card.data : undefined;
  const open = data ? OPEN.includes(data.status) : false;
  return (
    <Drawer
      open={taskId !== undefined}
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
      title={
        data ? (
          <Space size={8} wrap>
            <span data-testid="card-customer">{data.customerName}</span>
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {data.customerCode}
            </Typography.Text>
          </Space>
        ) : null
      }
      footer={
        data && open ? (
          <Flex gap={8} wrap justify="flex-end">
            {extra?.(data)}
            {workable ? (
              <>
                <Button icon={<PhoneOutlined />} onClick={() => setLogging(true)} data-testid="log-attempt">
                  {t('wb.logAttempt')}
                </Button>
                <Button
                  type="primary"
                  icon={<EditOutlined />}
                  onClick={() => navigate(`/workbench/tasks/${data.id}/record`)}
                  data-testid="write-record"
                >
                  {t('wb.writeRecord')}
                </Button>
              </>
            ) : null}
          </Flex>
        ) : null
      }
      data-testid="task-drawer"
    >
      {card.error instanceof ApiError ? (
        <Alert type="error" showIcon title={card.error.problem.detail} />
      ) : data ? (
        <TaskCardBody card={data} />
      ) : card.isLoading ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : (
        <Empty />
      )}
      {data ? <AttemptModal card={data} open={logging} onClose={() => setLogging(false)} /> : null}
    </Drawer>
  );
}
