import { Button, message, Space, Tooltip } from 'antd';
import { useState } from 'react';
import type { Issue } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { ArticleFormModal } from '../knowledge/ArticleFormModal.tsx';
import { EditIssueModal } from './EditIssueModal.tsx';
import { type AskingMove, doneWords, MoveModal, PauseModal, ProgressModal } from './IssueModals.tsx';
import { type IssueCommand, useIssueCommand } from './queries.ts';
import { isOpen, type MoveAction, moveActions, resolveBlocked } from './words.ts';

const LABELS: Record<MoveAction, MessageKey> = {
  start: 'issues.action.start',
  resolve: 'issues.action.resolve',
  noAction: 'issues.action.noAction',
  reopen: 'issues.action.reopen',
  close: 'issues.action.close',
};

/**
 * What the user may do to the issue now: the moves the server allows next (开始处理, 标记已解决, 重新处理, 关闭,
 * 无需处理), while it is open 记录进度 and 暂停计时 / 恢复计时, and 修改; once resolved or closed, 转为知识库文章.
 * Only for those who handle or escalate issues; the server checks again.
 */
export function IssueActions({ issue }: { issue: Issue }) {
  const { t } = useI18n();
  const { data: me } = useMe();
  const command = useIssueCommand();
  const [asking, setAsking] = useState<AskingMove>();
  const [dialog, setDialog] = useState<'progress' | 'pause' | 'edit' | 'article'>();
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
  const learnt = issue.status === 'resolved' || issue.status === 'closed';

  return (
    <Space wrap data-testid="issue-actions">
      {moveActions(issue).map((action) => {
        const blocked = action === 'resolve' && resolveBlocked(issue);
        const button = (
          <Button
            key={action}
            type={action === 'start' || action === 'resolve' ? 'primary' : 'default'}
            danger={action === 'noAction'}
            loading={busy === action}
            disabled={blocked}
            onClick={() =>
              action === 'start'
                ? now(action, 'transitions', { to: 'in_progress' }, doneWords(action))
                : setAsking(action)
            }
            data-testid={`action-${action}`}
          >
            {t(LABELS[action])}
          </Button>
        );
        // A disabled button shows no tooltip of its own: the span carries it.
        return blocked ? (
          <Tooltip key={action} title={t('issues.plans.resolveBlocked')}>
            <span data-testid="resolve-blocked">{button}</span>
          </Tooltip>
        ) : (
          button
        );
      })}
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
      {/* What solved it, kept for the next time: only once it is solved. */}
      {learnt && can(me, 'issues.handle') ? (
        <Button onClick={() => setDialog('article')} data-testid="action-to-article">
          {t('kb.fromIssue')}
        </Button>
      ) : null}
      <MoveModal issue={issue} action={asking} onClose={() => setAsking(undefined)} />
      <ProgressModal issue={issue} open={dialog === 'progress'} onClose={() => setDialog(undefined)} />
      <PauseModal issue={issue} open={dialog === 'pause'} onClose={() => setDialog(undefined)} />
      <EditIssueModal issue={issue} open={dialog === 'edit'} onClose={() => setDialog(undefined)} />
      {learnt ? (
        <ArticleFormModal issue={issue} open={dialog === 'article'} onClose={() => setDialog(undefined)} />
      ) : null}
    </Space>
  );
}
