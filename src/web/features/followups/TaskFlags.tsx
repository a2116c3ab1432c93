import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../app/i18n.tsx';

interface Flagged {
  signatureRequired: boolean;
  contactDespiteDnc: boolean;
  calendarUncovered: boolean;
}

export const hasTaskFlags = (task: Flagged) =>
  task.signatureRequired || task.contactDespiteDnc || task.calendarUncovered;

/** A task's marks: 需客户签字, contacted despite 勿扰 (open complaint), holiday calendar not entered for its year. */
export function TaskFlags({ task }: { task: Flagged }) {
  const { t } = useI18n();
  return (
    <>
      {task.signatureRequired ? <Tag color="geekblue">{t('tasks.signature')}</Tag> : null}
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
    </>
  );
}
