import { Button, message, Space } from 'antd';
import { useState } from 'react';
import type { Issue } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { EditIssueModal } from './EditIssueModal.tsx';
import { type AskingMove, doneWords, MoveModal, PauseModal, ProgressModal } from './IssueModals.tsx';
import { type IssueCommand, useIssueCommand } from './queries.ts';
import { isOpen, type MoveAction, moveActions } from './words.ts';

const LABELS: Record<MoveAction, MessageKey> = {
  start: 'issues.action.start',
  resolve: 'issues.action.resolve',
  noAction: 'issues.action.noAction',
  reopen: 'issues.action.reopen',
  close: 'issues.action.close',
};

/**
 * What the user may do to the issue now: the moves the server allows next (开始处理, 标记已解决, 重新处理, 关闭,
 * 无需处理), while it is open 记录进度 and 暂停计时 / 恢复计时, and 修改. Only for those who handle or escalate
 * issues; the server checks again.
 */
export function IssueActions({ issue }: { issue: Issue }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const command = useIssueCommand();
  const [asking, setAsking] = useState<AskingMove>();
  const [dialog, setDialog] = useState<'progress' | 'pause' | 'edit'>();
  const [busy, setBusy] = useState<string>();
  if (!can(me, 'issues.handle', 'issues.escalate')) return null;

  // 开始处理 and 恢复计时 ask nothing: they go at once.
  const now = async (key: string, what: IssueCommand, body: object, done: MessageKey) => {
    setBusy(key);
    try {
      await command(issue.id, what, body);
      void message.success(t(done));
    } catch (error) {
      showApiError(error);
    } finally {
      setBusy(undefined);
    }
  };
  const open = isOpen(issue.status);

  return (
    <Space wrap data-testid="issue-actions">
      {moveActions(issue).map((action) => (
        <Button
          key={action}
          type={action === 'start' || action === 'resolve' ? 'primary' : 'default'}
          danger={action === 'noAction'}
          loading={busy === action}
          onClick={() =>
            action === 'start'
              ? now(action, 'transitions', { to: 'in_progress' }, doneWords(action))
              : setAsking(action)
          }
          data-testid={`action-${action}`}
        >
          {t(LABELS[action])}
        </Button>
      ))}
      {open ? (
        <Button onClick={() => setDialog('progress')} data-testid="action-progress">
          {t('issues.action.progress')}
        </Button>
      ) : null}
      {open && !issue.pausedAt ? (
        <Button onClick={() => setDialog('pause')} data-testid="action-pause">
          {t('issues.action.pause')}
        </Button>
      ) : null}
      {open && issue.pausedAt ? (
        <Button
          loading={busy === 'resume'}
          onClick={() => now('resume', 'resume', {}, 'issues.done.resume')}
          data-testid="action-resume"
        >
          {t('issues.action.resume')}
        </Button>
      ) : null}
      <Button onClick={() => setDialog('edit')} data-testid="action-edit">
        {t('issues.action.edit')}
      </Button>
      <MoveModal issue={issue} action={asking} onClose={() => setAsking(undefined)} />
      <ProgressModal issue={issue} open={dialog === 'progress'} onClose={() => setDialog(undefined)} />
      <PauseModal issue={issue} open={dialog === 'pause'} onClose={() => setDialog(undefined)} />
      <EditIssueModal issue={issue} open={dialog === 'edit'} onClose={() => setDialog(undefined)} />
    </Space>
  );
}
