import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Col, DatePicker, Form, Input, Radio, Row, Select, TreeSelect } from 'antd';
import {
  ISSUE_CATEGORIES,
  RESPONSIBILITIES,
  URGENCIES,
  VALIDITIES,
} from '../../../domain/issues/vocabulary.ts';
import { ApiError, get, patch } from '../../api/client.ts';
import type { Colleague, Issue } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { FormModal } from '../../app/FormModal.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { useDepartmentTree } from '../departments/useDepartments.ts';
import { optionsOf } from '../followups/words.ts';
import { type IssueEditValues, toEditBody, toEditValues } from './issue-body.ts';
import { useIssueSaved } from './queries.ts';

const DATE_TIME = { showTime: { format: 'HH:mm' }, format: 'YYYY-MM-DD HH:mm', style: { width: '100%' } };

/**
 * 修改问题: reassign it (第一负责人, 责任部门), reclassify it (分类, 紧急程度: the deadlines are recounted), and once
 * looked into, 投诉成立与否 (with the reply when not valid) and 责任性质 (the person at fault when personal), 根本原因.
 * Only what changed is sent, with the version read; someone else's change meanwhile is a 409, shown, and the page
 * shows theirs.
 */
export function EditIssueModal({ issue, open, onClose }: { issue: Issue; open: boolean; onClose(): void }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const saved = useIssueSaved();
  const [form] = Form.useForm<IssueEditValues>();
  const validity = Form.useWatch('validity', form);
  const responsibility = Form.useWatch('responsibility', form);
  const departments = useDepartmentTree();
  const people = useQuery({
    queryKey: ['users', 'directory'],
    queryFn: () => get<{ items: Colleague[] }>('/api/v1/users/directory'),
    enabled: open,
  });
  const peopleOptions = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.departmentName ? `${p.displayName}（${p.departmentName}）` : p.displayName,
  }));
  const submit = async (values: IssueEditValues) => {
    const body = toEditBody(issue, values, zone);
    if (Object.keys(body).length === 1) return t('issues.edit.nothing');
    try {
      saved(await patch<Issue>(`/api/v1/issues/${issue.id}`, body));
      return t('issues.done.edit');
    } catch (error) {
      if (!(error instanceof ApiError && error.problem.status === 409)) throw error;
      await saved(undefined, issue.id);
      showApiError(error);
      return undefined;
    }
  };
  return (
    <FormModal<IssueEditValues>
      open={open}
      title={t('issues.edit.title', { number: issue.number })}
      form={form}
      width={760}
      testId="edit-form"
      initialValues={toEditValues(issue, zone)}
      submit={submit}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="ownerId" label={t('issues.owner')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={people.isLoading}
              options={peopleOptions}
              data-testid="edit-owner"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="departmentId" label={t('issues.department')}>
            <TreeSelect allowClear treeData={departments} treeDefaultExpandAll />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="category" label={t('issues.category')}>
            <AutoComplete
              allowClear
              maxLength={50}
              options={ISSUE_CATEGORIES.map((c) => ({ value: c }))}
              showSearch={{
                filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()),
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="urgency"
            label={t('issues.urgency')}
            extra={t('issues.edit.recount')}
            rules={[{ required: true }]}
          >
            <Radio.Group optionType="button" options={optionsOf(URGENCIES, locale)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="expectedResolutionAt" label={t('issues.expectedResolutionAt')}>
            <DatePicker {...DATE_TIME} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="promisedReplyAt" label={t('issues.promisedReplyAt')}>
            <DatePicker {...DATE_TIME} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="validity" label={t('issues.validity')}>
            <Select allowClear options={optionsOf(VALIDITIES, locale)} data-testid="edit-validity" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="responsibility" label={t('issues.responsibility')}>
            <Select
              allowClear
              options={optionsOf(RESPONSIBILITIES, locale)}
              data-testid="edit-responsibility"
            />
          </Form.Item>
        </Col>
        {validity === 'invalid' ? (
          <Col span={24}>
            {/* Required by the server, whose words land here. */}
            <Form.Item name="validityReply" label={t('issues.validityReply')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
        ) : null}
        {responsibility === 'personal' ? (
          <Col xs={24} md={12}>
            <Form.Item name="atFaultUserId" label={t('issues.atFault')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={peopleOptions}
                data-testid="edit-at-fault"
              />
            </Form.Item>
          </Col>
        ) : null}
        <Col span={24}>
          <Form.Item name="rootCause" label={t('issues.rootCause')} style={{ marginBottom: 0 }}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
