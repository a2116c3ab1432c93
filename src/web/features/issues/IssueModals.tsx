import { Checkbox, DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { isSerious, type Urgency } from '../../../domain/issues/vocabulary.ts';
import { ApiError } from '../../api/client.ts';
import type { Issue } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { fromWallClock } from '../../app/zone.ts';
import { SATISFACTION_LEVELS, satisfactionWord } from '../records/words.ts';
import { type IssueCommand, useIssueCommand } from './queries.ts';
import { MOVE_TARGET, type MoveAction } from './words.ts';

const approvedPlanOf = (issue: Issue) =>
  issue.plans.filter((p) => p.cycle === issue.cycle && p.status === 'approved').at(-1)?.plan;

/** The moves that ask for something first; 开始处理 goes at once. */
export type AskingMove = Exclude<MoveAction, 'start'>;

interface MoveValues {
  solution?: string;
  rootCause?: string;
  reason?: string;
  targetAt?: Dayjs | null;
  satisfaction?: number;
}

const TITLES: Record<AskingMove, MessageKey> = {
  resolve: 'issues.move.resolveTitle',
  noAction: 'issues.move.noActionTitle',
  reopen: 'issues.move.reopenTitle',
  close: 'issues.move.closeTitle',
};

const DONE: Record<MoveAction, MessageKey> = {
  start: 'issues.done.start',
  resolve: 'issues.done.resolve',
  noAction: 'issues.done.noAction',
  reopen: 'issues.done.reopen',
  close: 'issues.done.close',
};

export const doneWords = (action: MoveAction): MessageKey => DONE[action];

/**
 * Sends a command from a dialog. A 409 (the issue moved meanwhile, or a revisit still decides its closing) shows
 * the server's words and closes the dialog: the issue on the page now shows what it is.
 */
function useSend(issue: Issue) {
  const command = useIssueCommand();
  return async (what: IssueCommand, body: object, done: string) => {
    try {
      await command(issue.id, what, body);
      return done;
    } catch (error) {
      if (!(error instanceof ApiError && error.problem.status === 409)) throw error;
      showApiError(error);
      return undefined;
    }
  };
}

/**
 * 标记已解决 (解决方案 required, 根本原因), 无需处理 (原因), 重新处理 (原因, 新的目标时间) and 关闭 (the customer's
 * satisfaction where it is known): each checked here and again by the server, whose field errors land on the
 * fields.
 */
export function MoveModal({
  issue,
  action,
  onClose,
}: {
  issue: Issue;
  action: AskingMove | undefined;
  onClose(): void;
}) {
  const { t } = useI18n();
  const zone = useCompanyZone();
  const send = useSend(issue);
  const required = (message: MessageKey) => [{ required: true, whitespace: true, message: t(message) }];
  const submit = ({ solution, rootCause, reason, targetAt, satisfaction }: MoveValues) => {
    if (!action) return Promise.resolve(undefined);
    const body = {
      to: MOVE_TARGET[action],
      solution: solution?.trim() || undefined,
      rootCause: rootCause?.trim() || undefined,
      reason: reason?.trim() || undefined,
      targetAt: targetAt ? fromWallClock(targetAt, zone) : undefined,
      satisfaction,
    };
    return send('transitions', body, t(DONE[action]));
  };
  return (
    <FormModal<MoveValues>
      open={action !== undefined}
      title={action ? t(TITLES[action], { number: issue.number }) : ''}
      okText={action === 'close' ? 'issues.action.close' : 'common.save'}
      testId="move-form"
      intro={
        action === 'close' ? (
          <Typography.Paragraph type="secondary">{t('issues.move.closeHint')}</Typography.Paragraph>
        ) : null
      }
      // The approved plan of this round is what was carried out: the solution starts from it.
      initialValues={{ rootCause: issue.rootCause ?? undefined, solution: approvedPlanOf(issue) }}
      submit={submit}
      onClose={onClose}
    >
      {action === 'resolve' ? (
        <>
          <Form.Item
            name="solution"
            label={t('issues.solution')}
            rules={required('issues.move.solutionRequired')}
          >
            <Input.TextArea rows={4} maxLength={4000} showCount data-testid="move-solution" />
          </Form.Item>
          <Form.Item name="rootCause" label={t('issues.rootCause')}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="move-root-cause" />
          </Form.Item>
        </>
      ) : null}
      {action === 'noAction' || action === 'reopen' ? (
        <Form.Item
          name="reason"
          label={t(action === 'noAction' ? 'issues.noActionReason' : 'issues.move.reason')}
          rules={required('issues.move.reasonRequired')}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="move-reason" />
        </Form.Item>
      ) : null}
      {action === 'reopen' ? (
        <Form.Item name="targetAt" label={t('issues.move.targetAt')} extra={t('issues.move.targetHint')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      ) : null}
      {action === 'close' ? (
        <Form.Item name="satisfaction" label={t('issues.move.closeSatisfaction')}>
          <Select
            allowClear
            options={SATISFACTION_LEVELS.map((level) => ({
              value: level,
              label: `${level} ${satisfactionWord(level, t)}`,
            }))}
          />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}

/**
 * 记录处理进度: the first note is the first response. 已同步告知客户 starts ticked for 紧急/重大, whose customers
 * hear of progress as it happens.
 */
export function ProgressModal({ issue, open, onClose }: { issue: Issue; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const send = useSend(issue);
  return (
    <FormModal<{ note: string; customerInformed?: boolean }>
      open={open}
      title={t('issues.progress.title', { number: issue.number })}
      testId="progress-form"
      initialValues={{ customerInformed: isSerious(issue.urgency as Urgency) }}
      submit={({ note, customerInformed }) =>
        send(
          'progress',
          { note: note.trim(), customerInformed: !!customerInformed },
          t('issues.done.progress'),
        )
      }
      onClose={onClose}
    >
      <Form.Item
        name="note"
        label={t('issues.progress.note')}
        rules={[{ required: true, whitespace: true, message: t('issues.progress.noteRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="progress-note" />
      </Form.Item>
      <Form.Item
        name="customerInformed"
        valuePropName="checked"
        extra={isSerious(issue.urgency as Urgency) ? t('issues.progress.informedHint') : undefined}
        style={{ marginBottom: 0 }}
      >
        <Checkbox data-testid="progress-informed">{t('issues.progress.informed')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}

/** 暂停计时 while waiting for the customer: the reason is kept on the timeline. */
export function PauseModal({ issue, open, onClose }: { issue: Issue; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const send = useSend(issue);
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('issues.pause.title', { number: issue.number })}
      okText="issues.action.pause"
      testId="pause-form"
      submit={({ reason }) => send('pause', { reason: reason.trim() }, t('issues.done.pause'))}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label={t('issues.pause.reason')}
        extra={t('issues.pause.reasonHint')}
        rules={[{ required: true, whitespace: true, message: t('issues.pause.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="pause-reason" />
      </Form.Item>
    </FormModal>
  );
}
