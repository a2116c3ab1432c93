import { useQueryClient } from '@tanstack/react-query';
import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { post } from '../../api/client.ts';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { DecideModal } from './DecideModal.tsx';

/** How a list's approve button reads and behaves (the reject button always asks for the reason). */
export interface DecideOptions {
  approveText?: MessageKey;
  approveDanger?: boolean;
  /** Asked before approving where an approval weighs much (an admin who would see customer data). */
  confirmApprove?: MessageKey;
  /** Other lists a decision changes (a user's roles, the customers due for destruction). */
  alsoInvalidate?: string[][];
}

/**
 * 批准 / 驳回 for the rows of one list: the verbs are posted below each request's address (`…/42/approve`),
 * then the list and those it names are refreshed. Returns the buttons of a row and the one reject dialog.
 */
export function useDecisions(listUrl: string, options: DecideOptions) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [rejecting, setRejecting] = useState<number>();
  const decide = async (id: number, verb: 'approve' | 'reject', comment: string | null = null) => {
    await post(`${listUrl}/${id}/${verb}`, { comment });
    for (const key of [[listUrl], ...(options.alsoInvalidate ?? [])]) {
      await client.invalidateQueries({ queryKey: key });
    }
  };
  const approve = (id: number) => decide(id, 'approve').catch((error) => showApiError(error));
  const approveText = t(options.approveText ?? 'access.approve');

  const buttons = (id: number) => (
    <>
      {options.confirmApprove ? (
        <Popconfirm title={t(options.confirmApprove)} onConfirm={() => approve(id)}>
          <Button type="link" size="small">
            {approveText}
          </Button>
        </Popconfirm>
      ) : (
        <Button type="link" size="small" danger={options.approveDanger} onClick={() => approve(id)}>
          {approveText}
        </Button>
      )}
      <Button type="link" size="small" danger={!options.approveDanger} onClick={() => setRejecting(id)}>
        {t('access.reject')}
      </Button>
    </>
  );
  const dialog = (
    <DecideModal
      verb="reject"
      open={rejecting !== undefined}
      onDecide={(comment) =>
        rejecting === undefined ? Promise.resolve() : decide(rejecting, 'reject', comment)
      }
      onClose={() => setRejecting(undefined)}
    />
  );
  return { buttons, dialog };
}
