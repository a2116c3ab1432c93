import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  message,
  Result,
  Row,
  Select,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FOLLOWUP_METHODS } from '../../../domain/followups/vocabulary.ts';
import { ApiError, post } from '../../api/client.ts';
import type { FollowupRecord, TaskCard } from '../../api/types.ts';
import { useCompanyZone, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { useScreens } from '../../app/screens.ts';
import { wallClock, zoneToday } from '../../app/zone.ts';
import { methodWord, optionsOf, typeWord } from '../followups/words.ts';
import { refreshTasks, useTaskCard } from './queries.ts';
import { ActionItems, Heading, Questionnaire, SatisfactionField } from './RecordFields.tsx';
import { formFieldOf, OTHER, toBody, type RecordValues as Values } from './record-body.ts';
import { SignatureField } from './SignatureField.tsx';
import type { SavedRecord } from './WorkbenchPage.tsx';

function RecordForm({ card }: { card: TaskCard }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const method = Form.useWatch('method', form) ?? card.method;
  const contactId = Form.useWatch('contactId', form);
  const primary = card.contacts.find((c) => c.isPrimary) ?? card.contacts[0];
  const today = zoneToday(zone);
  const needsSignature = card.signatureRequired && method === 'onsite';

  const save = async (values: Values) => {
    setSaving(true);
    try {
      const record = await post<FollowupRecord>('/api/v1/followup-records', toBody(card, values, zone));
      await refreshTasks(client);
      void message.success(t('wb.saved', { number: record.number }));
      const saved: SavedRecord = { number: record.number, issueRequested: record.issueRequested };
      navigate('/workbench', { state: { saved } });
    } catch (error) {
      const nameOf = formFieldOf(card, values);
      showApiError(error, form, nameOf);
      const first = error instanceof ApiError ? error.problem.errors?.[0]?.field : undefined;
      if (first) form.scrollToField(nameOf(first), { block: 'center' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={save}
      onFinishFailed={() => void message.error(t('rec.check'))}
      scrollToFirstError={{ block: 'center' }}
      initialValues={{
        method: card.method as Values['method'],
        contactedAt: wallClock(new Date(), zone).second(0),
        contactId: primary?.id,
        answers: card.questionnaire.map(() => ({})),
      }}
      data-testid="record-form"
    >
      <Heading title="rec.sectionVisit" />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="method" label={t('rec.method')} rules={[{ required: true }]}>
            <Select options={optionsOf(FOLLOWUP_METHODS, locale)} data-testid="record-method" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="contactedAt" label={t('rec.contactedAt')} rules={[{ required: true }]}>
            {/* The server refuses a time in the future, and says so on this field. */}
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              data-testid="record-contacted-at"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="durationMinutes" label={t('rec.duration')}>
            <InputNumber min={0} max={1440} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {card.contacts.length > 0 ? (
            <Form.Item name="contactId" label={t('rec.contact')}>
              <Select
                allowClear
                options={[
                  ...card.contacts.map((c) => ({
                    value: c.id,
                    label: [c.name, c.position].filter(Boolean).join(' · '),
                  })),
                  { value: OTHER, label: t('rec.otherContact') },
                ]}
              />
            </Form.Item>
          ) : null}
          {card.contacts.length === 0 || contactId === OTHER ? (
            <Form.Item name="contactName" label={t('rec.contactName')}>
              <Input maxLength={100} />
            </Form.Item>
          ) : null}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="purpose" label={t('rec.purpose')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>

      <Heading title="rec.sectionSatisfaction" />
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <SatisfactionField name="serviceSatisfaction" label="rec.serviceSatisfaction" />
        </Col>
        <Col xs={24} xl={12}>
          <SatisfactionField name="productSatisfaction" label="rec.productSatisfaction" />
        </Col>
      </Row>

      <Heading title="rec.sectionTalk" />
      <Questionnaire card={card} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="opinions" label={t('rec.opinions')}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="countermeasures" label={t('rec.countermeasures')}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="keyPoints" label={t('rec.keyPoints')}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="result" label={t('rec.result')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="content" label={t('rec.content')}>
            <Input.TextArea rows={4} maxLength={10000} />
          </Form.Item>
        </Col>
      </Row>

      <Heading title="rec.sectionNext" />
      <ActionItems />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="promisedReplyAt" label={t('rec.promisedReplyAt')} extra={t('rec.promisedHint')}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              disabledDate={(d) => d.format('YYYY-MM-DD') < today}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="nextFollowupOn" label={t('rec.nextFollowupOn')} extra={t('rec.nextFollowupHint')}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < today} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="nextFollowupContent" label={t('rec.nextFollowupContent')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="complaint" valuePropName="checked" extra={t('rec.complaintHint')}>
            <Checkbox data-testid="record-complaint">{t('rec.complaint')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>

      {method === 'onsite' ? (
        <>
          <Heading title="rec.sectionSign" />
          <Form.Item
            name="signature"
            required={needsSignature}
            extra={needsSignature ? t('rec.signatureAsk') : t('rec.signatureOptional')}
            rules={needsSignature ? [{ required: true, message: t('rec.signatureNeeded') }] : []}
          >
            <SignatureField />
          </Form.Item>
        </>
      ) : null}

      <Flex justify="flex-end" gap={8} wrap style={{ marginTop: 8 }}>
        <Button onClick={() => navigate('/workbench')}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="save-record">
          {t('rec.save')}
        </Button>
      </Flex>
    </Form>
  );
}

/**
 * 客户回访记录表 on screen: the paper form's fields in its order — who and when, 服务/产品满意度 (好 … 很差), the
 * questions, 客户意见和要求, 对策与建议, 回访要点, then what follows (action items, promised reply, next
 * follow-up) and, on site, the customer's signature.
 */
export function RecordPage() {
  const { t, locale } = useI18n();
  const { data: me } = useMe();
  const zone = useCompanyZone();
  const navigate = useNavigate();
  const screens = useScreens();
  const id = Number(useParams().id);
  const card = useTaskCard(Number.isInteger(id) ? id : undefined);
  const data = card.data;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/workbench')}>
      {t('rec.back')}
    </Button>
  );
  if (card.error instanceof ApiError)
    return <Result status="warning" title={card.error.problem.detail} extra={back} />;
  if (!data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (!['pending', 'in_progress', 'overdue'].includes(data.status)) {
    return <Result status="info" title={t('rec.taskClosed')} extra={back} />;
  }
  return (
    <Card style={{ maxWidth: 1040, margin: '0 auto' }} size={screens.sm === false ? 'small' : undefined}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        {back}
        {data.method === 'phone' ? <Tag color="blue">{t('rec.phoneMark')}</Tag> : null}
      </Flex>
      <Typography.Title level={3} style={{ textAlign: 'center', margin: '12px 0 4px' }}>
        {t('rec.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        {typeWord(data.type, locale)} · {methodWord(data.method, locale)}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, xl: 4 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'number', label: t('rec.number'), children: t('rec.numberLater') },
          { key: 'date', label: t('rec.date'), children: zoneToday(zone) },
          {
            key: 'customer',
            label: t('rec.customer'),
            children: (
              <span data-testid="record-customer">
                {data.customerName} <Typography.Text type="secondary">{data.customerCode}</Typography.Text>
              </span>
            ),
          },
          { key: 'staff', label: t('rec.staff'), children: me?.displayName },
        ]}
      />
      {data.agreeBy ? (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title={t('wb.card.agreeBy', { date: data.agreeBy })}
        />
      ) : null}
      <div style={{ marginTop: 8 }}>
        <RecordForm card={data} />
      </div>
    </Card>
  );
}
