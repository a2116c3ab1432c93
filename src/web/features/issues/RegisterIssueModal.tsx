import { useQuery, useQueryClient } from '@tanstack/react-query';
import { AutoComplete, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select, TreeSelect } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { ISSUE_CATEGORIES, ISSUE_CHANNELS, URGENCIES } from '../../../domain/issues/vocabulary.ts';
import { get, post } from '../../api/client.ts';
import type { Colleague, Issue } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { type DialogProps, FormModal } from '../../app/FormModal.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { wallClock, zoneToday } from '../../app/zone.ts';
import { CustomerSelect } from '../customers/CustomerSelect.tsx';
import { useDepartmentTree } from '../departments/useDepartments.ts';
import { optionsOf } from '../followups/words.ts';
import { IssueSuggestions } from '../knowledge/IssueSuggestions.tsx';
import { type IssueValues, toIssueBody } from './issue-body.ts';
import { ISSUE_KEY, ISSUES_KEY } from './queries.ts';

const DATE_TIME = { showTime: { format: 'HH:mm' }, format: 'YYYY-MM-DD HH:mm', style: { width: '100%' } };

/**
 * 登记问题: who complained about what, how urgent, and when it was raised (a paper form is typed in later, and the
 * deadlines count from when it was raised). 第一负责人 and 责任部门 may stay open: the server gives it to the
 * registering handler or their supervisor. Saved, the new issue's page opens.
 */
export function RegisterIssueModal({ open, onClose }: DialogProps) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<IssueValues>();
  const anonymous = Form.useWatch('anonymous', form);
  const description = Form.useWatch('description', form);
  const customerId = Form.useWatch('customerId', form);
  const departments = useDepartmentTree();
  const people = useQuery({
    queryKey: ['users', 'directory'],
    queryFn: () => get<{ items: Colleague[] }>('/api/v1/users/directory'),
    enabled: open,
  });
  const today = zoneToday(zone);
  const notAfterToday = (d: Dayjs) => d.format('YYYY-MM-DD') > today;

  const submit = async (values: IssueValues) => {
    const issue = await post<Issue>('/api/v1/issues', toIssueBody(values, zone));
    client.setQueryData([ISSUE_KEY, issue.id], issue);
    await client.invalidateQueries({ queryKey: [ISSUES_KEY] });
    navigate(`/issues/${issue.id}`);
    return t('issues.form.registered', { number: issue.number });
  };

  return (
    <FormModal<IssueValues>
      open={open}
      title={t('issues.register')}
      form={form}
      width={760}
      testId="issue-form"
      initialValues={{ channel: 'phone', urgency: 'normal', raisedAt: wallClock(new Date(), zone).second(0) }}
      submit={submit}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col xs={24} md={16}>
          {anonymous ? null : (
            <Form.Item
              name="customerId"
              label={t('issues.customer')}
              rules={[{ required: true, message: t('issues.form.customerRequired') }]}
            >
              <CustomerSelect placeholder={t('issues.form.customerSearch')} testId="issue-customer" />
            </Form.Item>
          )}
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="anonymous" valuePropName="checked" label=" ">
            <Checkbox data-testid="issue-anonymous">{t('issues.form.anonymous')}</Checkbox>
          </Form.Item>
        </Col>
        {anonymous ? null : (
          <>
            <Col xs={24} md={12}>
              <Form.Item name="reporterName" label={t('issues.reporter')}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="reporterPhone" label={t('issues.reporterPhone')}>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={12}>
          <Form.Item name="channel" label={t('issues.channel')} rules={[{ required: true }]}>
            <Select options={optionsOf(ISSUE_CHANNELS, locale)} data-testid="issue-channel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="urgency" label={t('issues.urgency')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={optionsOf(URGENCIES, locale)}
              data-testid="issue-urgency-field"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="category" label={t('issues.category')}>
            {/* The usual categories to pick, any other typed as it is. */}
            <AutoComplete
              allowClear
              maxLength={50}
              options={ISSUE_CATEGORIES.map((c) => ({ value: c }))}
              showSearch={{
                filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()),
              }}
              data-testid="issue-category"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="raisedAt"
            label={t('issues.raisedAt')}
            extra={t('issues.form.raisedAtHint')}
            rules={[{ required: true }]}
          >
            <DatePicker {...DATE_TIME} disabledDate={notAfterToday} data-testid="issue-raised-at" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="description"
            label={t('issues.description')}
            rules={[{ required: true, whitespace: true, message: t('issues.form.descriptionRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={4000} showCount data-testid="issue-description" />
          </Form.Item>
          {/* Whether it is already known: an open issue of the same, or an article with the answer. */}
          {open ? (
            <IssueSuggestions text={description} customerId={anonymous ? undefined : customerId} />
          ) : null}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="ownerId" label={t('issues.owner')} extra={t('issues.form.ownerHint')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={people.isLoading}
              options={(people.data?.items ?? []).map((p) => ({
                value: p.id,
                label: p.departmentName ? `${p.displayName}（${p.departmentName}）` : p.displayName,
              }))}
              data-testid="issue-owner"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="departmentId"
            label={t('issues.department')}
            extra={t('issues.form.departmentHint')}
          >
            <TreeSelect allowClear treeData={departments} treeDefaultExpandAll />
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
        <Col span={24}>
          <Form.Item name="replyOnly" valuePropName="checked" style={{ marginBottom: 0 }}>
            <Checkbox data-testid="issue-reply-only">{t('issues.form.replyOnly')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
