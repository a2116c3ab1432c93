import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Divider, Flex, Form, Input, Radio, Rate, Row, Typography } from 'antd';
import type { TaskCard } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { zoneToday } from '../../app/zone.ts';
import { SATISFACTION, satisfactionWord } from './words.ts';

// The parts of the 客户回访记录表 that are more than one input: headings, satisfaction, questions, action items.

export function Heading({ title }: { title: MessageKey }) {
  const { t } = useI18n();
  return (
    <Divider titlePlacement="start" style={{ marginTop: 8 }}>
      {t(title)}
    </Divider>
  );
}

export function SatisfactionField({
  name,
  label,
}: {
  name: 'serviceSatisfaction' | 'productSatisfaction';
  label: MessageKey;
}) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={t(label)}>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        options={SATISFACTION.map((v) => ({ value: v, label: satisfactionWord(v, t) }))}
        data-testid={name}
      />
    </Form.Item>
  );
}

export function Questionnaire({ card }: { card: TaskCard }) {
  const { t } = useI18n();
  if (card.questionnaire.length === 0) return null;
  return (
    <div data-testid="record-questions">
      <Typography.Text strong>{t('rec.questions')}</Typography.Text>
      <ol style={{ paddingInlineStart: 20, marginTop: 8 }}>
        {card.questionnaire.map((q, i) => (
          <li key={q.question}>
            <Form.Item name={['answers', i, 'answer']} label={q.question}>
              {q.kind === 'rating' ? (
                <Rate />
              ) : q.kind === 'choice' ? (
                <Radio.Group options={q.options.map((o) => ({ value: o, label: o }))} />
              ) : (
                <Input.TextArea rows={2} maxLength={2000} />
              )}
            </Form.Item>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ActionItems() {
  const { t } = useI18n();
  const zone = useCompanyZone();
  return (
    <Form.Item label={t('rec.actionItems')}>
      <Form.List name="actionItems">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} data-testid="action-items">
            {fields.map((field) => (
              <Row key={field.key} gutter={8} wrap={false} align="top">
                <Col flex="auto">
                  <Form.Item
                    name={[field.name, 'text']}
                    rules={[{ required: true, whitespace: true, message: t('login.required') }]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input placeholder={t('rec.actionExample')} maxLength={500} />
                  </Form.Item>
                </Col>
                <Col flex="150px">
                  <Form.Item name={[field.name, 'dueOn']} style={{ marginBottom: 0 }}>
                    <DatePicker
                      placeholder={t('rec.actionDue')}
                      style={{ width: '100%' }}
                      disabledDate={(d) => d.format('YYYY-MM-DD') < zoneToday(zone)}
                    />
                  </Form.Item>
                </Col>
                <Col flex="32px">
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <div>
              <Button icon={<PlusOutlined />} onClick={() => add({})} data-testid="add-action">
                {t('rec.addAction')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
