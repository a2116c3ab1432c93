import { ThunderboltOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, message, Popconfirm } from 'antd';
import { useState } from 'react';
import { post } from '../../api/client.ts';
import type { JobQueued } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';

/** 立即生成 (jobs.manage): runs the follow-up generation now, in the request, and says how many tasks it made. */
export function GenerateNowButton() {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const [running, setRunning] = useState(false);
  if (!can(me.data, 'jobs.manage')) return null;
  const run = async () => {
    setRunning(true);
    try {
      const ran = await post<JobQueued>('/api/v1/jobs/followup-generation/run', {});
      void message.success(t('tasks.generated', { n: ran.created ?? 0 }));
      await queryClient.invalidateQueries({ queryKey: ['followup-tasks'] });
    } catch (error) {
      showApiError(error);
    } finally {
      setRunning(false);
    }
  };
  return (
    <Popconfirm
      title={t('tasks.generateConfirm')}
      onConfirm={run}
      okText={t('tasks.generate')}
      cancelText={t('common.cancel')}
    >
      <Button icon={<ThunderboltOutlined />} loading={running} data-testid="generate-now">
        {t('tasks.generate')}
      </Button>
    </Popconfirm>
  );
}
