import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, message, Space, Typography } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useEffect } from 'react';
import {
  WORKFLOW_KEYS,
  WORKFLOWS,
  type WorkflowChains,
  type WorkflowKey,
} from '../../../domain/workflow/chains.ts';
import { ApiError, api, get } from '../../api/client.ts';
import type { ApprovalChains } from '../../api/types.ts';
import { fieldPath, showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { ChainEditor } from './ChainEditor.tsx';

const URL = '/api/v1/settings/approval-chains';

/** Each request type as its page calls it. */
const WORKFLOW_TITLES: Record<WorkflowKey, MessageKey> = {
  access: 'access.title',
  export: 'exports.title',
  grade: 'grades.title',
  destruction: 'menu.dataRetention',
  role_change: 'roleChanges.title',
  record_review: 'reviews.title',
  issue_plan: 'issues.plans.inbox',
};

/** A department is named only by a step reaching one; an unset expiry is null, as the server wants it. */
function cleaned(chains: WorkflowChains): WorkflowChains {
  const result = {} as WorkflowChains;
  for (const workflow of WORKFLOW_KEYS) {
    result[workflow] = {};
    for (const [level, chain] of Object.entries(chains[workflow])) {
      result[workflow][level] = {
        expireAfterDays: chain.expireAfterDays ?? null,
        steps: chain.steps.map((s) => ({
          ...s,
          departmentId: s.reach === 'department' ? (s.departmentId ?? null) : null,
        })),
      };
    }
  }
  return result;
}

/** A whole-chain error (`access.confidential`: no steps, a key twice) belongs under its list of steps. */
const errorField = (field: string) => {
  const path = fieldPath(field);
  return path.length === 2 ? [...path, 'steps'] : path;
};

/** 系统设置 → 审批流程: who approves each step of each request type (and each 查阅 level), edited and saved. */
export function ApprovalChainsPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<WorkflowChains>();
  const client = useQueryClient();
  const chains = useQuery({ queryKey: ['approval-chains'], queryFn: () => get<ApprovalChains>(URL) });
  useEffect(() => {
    if (chains.data) form.setFieldsValue(chains.data);
  }, [chains.data, form]);

  const save = async () => {
    try {
      await form.validateFields();
    } catch (invalid) {
      return showInvalid((invalid as { errorFields?: { name: NamePath }[] }).errorFields?.[0]?.name);
    }
    try {
      const saved = await api<ApprovalChains>('PUT', URL, cleaned(form.getFieldsValue(true)));
      client.setQueryData(['approval-chains'], saved);
      void message.success(t('chains.saved'));
    } catch (error) {
      showApiError(error, form, errorField);
      const first = error instanceof ApiError ? error.problem.errors?.[0]?.field : undefined;
      if (first) showInvalid(errorField(first));
    }
  };
  /** Seven chains make a long page: the first marked field is brought into view. */
  const showInvalid = (first: NamePath | undefined) => {
    void message.error(t('chains.invalid'));
    if (first) form.scrollToField(first, { block: 'center' });
  };

  return (
    <Card
      title={t('menu.approvalChains')}
      loading={chains.isLoading}
      extra={
        <Button type="primary" onClick={save} data-testid="save-chains">
          {t('common.save')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('chains.hint')}</Typography.Paragraph>
      <Alert type="info" showIcon title={t('chains.inFlight')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" component="div">
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {WORKFLOW_KEYS.map((workflow) => (
            <Card key={workflow} type="inner" title={t(WORKFLOW_TITLES[workflow])}>
              <Space direction="vertical" size="large" style={{ width: '100%' }}>
                {WORKFLOWS[workflow].levels.map((level) => (
                  <div key={level}>
                    {level !== 'default' && (
                      <Typography.Title level={5}>
                        {t(`accessRequests.level.${level}` as MessageKey)}
                      </Typography.Title>
                    )}
                    <ChainEditor workflow={workflow} level={level} />
                  </div>
                ))}
              </Space>
            </Card>
          ))}
        </Space>
      </Form>
    </Card>
  );
}
