import { LockOutlined, PhoneOutlined } from '@ant-design/icons';
import { Alert, Checkbox, Flex, Space, Tag, Timeline, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { TASK_STATUSES } from '../../../domain/followups/vocabulary.ts';
import type { TaskCard } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { TIER_COLORS } from '../../app/labels.ts';
import { zoneDateTime } from '../../app/zone.ts';
import { methodWord, TASK_STATUS_COLORS, typeWord, word } from '../followups/words.ts';
import { useNearTime } from './TaskRow.tsx';
import {
  bestTimeWords,
  endReasonWord,
  outcomeWord,
  PRIORITY_COLORS,
  priorityWord,
  satisfactionWord,
} from './words.ts';

/** The statuses in which a task is still worked. */
export const OPEN = ['pending', 'in_progress', 'overdue'];

function Part({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section style={{ marginBottom: 20 }} data-testid={testId}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

function Contacts({ card }: { card: TaskCard }) {
  const { t } = useI18n();
  if (card.contactsExposure === 'hidden') {
    return (
      <Space data-testid="contacts-hidden">
        <LockOutlined />
        <Typography.Text>{t('wb.card.hidden')}</Typography.Text>
        <Typography.Text type="secondary">{t('wb.card.hiddenHint')}</Typography.Text>
      </Space>
    );
  }
  if (card.contacts.length === 0)
    return <Typography.Text type="secondary">{t('wb.card.noContacts')}</Typography.Text>;
  return (
    <Flex vertical gap={8}>
      {card.contacts.map((c) => (
        <Flex key={c.id} gap={8} wrap align="baseline">
          <Typography.Text strong>{c.name}</Typography.Text>
          {c.isPrimary ? <Tag color="blue">{t('contacts.primary')}</Tag> : null}
          {c.position ? <Typography.Text type="secondary">{c.position}</Typography.Text> : null}
          {/* Full numbers dial from a phone; masked ones are only shown. */}
          {[c.mobile, c.phone].filter(Boolean).map((v) =>
            c.masked ? (
              <Typography.Text key={v}>{v}</Typography.Text>
            ) : (
              <Typography.Link key={v} href={`tel:${v}`} copyable={{ text: v ?? '' }}>
                {v}
              </Typography.Link>
            ),
          )}
          {c.email ? <Typography.Text copyable={!c.masked}>{c.email}</Typography.Text> : null}
        </Flex>
      ))}
      {card.contactsExposure === 'masked' ? (
        <Typography.Text type="secondary">
          <LockOutlined /> {t('wb.card.masked')}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** The task card's content: the customer, how to reach them, what to say and ask, what to prepare, the history. */
export function TaskCardBody({ card }: { card: TaskCard }) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  const near = useNearTime();
  const open = OPEN.includes(card.status);
  return (
    <>
      <Flex vertical gap={8} style={{ marginBottom: 20 }}>
        <Space size={[8, 4]} wrap>
          <Tag color={TASK_STATUS_COLORS[card.status] ?? 'default'} data-testid="card-status">
            {word(TASK_STATUSES, card.status, locale)}
          </Tag>
          {card.customerTier ? (
            <Tag color={TIER_COLORS[card.customerTier] ?? 'default'}>
              {t('wb.tier', { tier: card.customerTier })}
            </Tag>
          ) : null}
          <Tag color={PRIORITY_COLORS[card.priority] ?? 'default'}>{priorityWord(card.priority, t)}</Tag>
          <Typography.Text>
            {typeWord(card.type, locale)} · {methodWord(card.method, locale)}
          </Typography.Text>
          {card.doNotContact ? <Tag color="purple">{t('wb.dnc')}</Tag> : null}
          {card.contactDespiteDnc ? (
            <Tooltip title={t('tasks.dncHint')}>
              <Tag color="purple">{t('tasks.dnc')}</Tag>
            </Tooltip>
          ) : null}
          {card.signatureRequired ? <Tag color="geekblue">{t('tasks.signature')}</Tag> : null}
        </Space>
        <Space size={[16, 4]} wrap>
          <Typography.Text>{t('wb.due', { time: zoneDateTime(card.dueAt, zone) })}</Typography.Text>
          {open && card.nextAttemptAt ? (
            <Typography.Text strong data-testid="card-next-attempt">
              {t('wb.card.nextAttempt', { time: near(card.nextAttemptAt) })}
            </Typography.Text>
          ) : null}
          <Link to={`/customers/${card.customerId}`}>{t('wb.card.openCustomer')}</Link>
        </Space>
        {card.ruleName ? (
          <Typography.Text type="secondary">{t('wb.card.rule', { name: card.ruleName })}</Typography.Text>
        ) : null}
        {!open && card.endReason ? (
          <Alert
            type="warning"
            showIcon
            title={t('wb.card.ended', {
              reason: endReasonWord({ ...card, endReason: card.endReason }, locale),
            })}
          />
        ) : null}
        {open && card.agreeBy ? (
          <Alert
            type="info"
            showIcon
            title={t('wb.card.agreeBy', { date: card.agreeBy })}
            data-testid="agree-by"
          />
        ) : null}
      </Flex>

      <Part title={t('wb.card.contacts')} testId="card-contacts">
        <Contacts card={card} />
      </Part>

      {card.method === 'phone' ? (
        <Part title={t('wb.card.bestTime')} testId="card-best-time">
          <Typography.Text>
            <PhoneOutlined /> {bestTimeWords(card.bestTime, t)}
          </Typography.Text>
        </Part>
      ) : null}

      <Part title={t('wb.card.script')} testId="card-script">
        {card.script ? (
          <Typography.Paragraph
            className="wb-pre"
            style={{ background: '#fafafa', padding: 12, borderRadius: 6 }}
          >
            {card.script}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('wb.card.noScript')}</Typography.Text>
        )}
      </Part>

      {card.questionnaire.length > 0 ? (
        <Part title={t('wb.card.questionnaire')} testId="card-questionnaire">
          <ol style={{ paddingInlineStart: 20, margin: 0 }}>
            {card.questionnaire.map((q) => (
              <li key={q.question} style={{ marginBottom: 4 }}>
                {q.question}{' '}
                <Typography.Text type="secondary">
                  {q.kind === 'choice'
                    ? t('wb.card.options', { options: q.options.join(' / ') })
                    : q.kind === 'rating'
                      ? t('wb.card.ratingHint')
                      : ''}
                </Typography.Text>
              </li>
            ))}
          </ol>
        </Part>
      ) : null}

      <Part title={t('wb.card.preparation')} testId="card-preparation">
        <Flex vertical gap={8}>
          {card.preparation.map((p) => (
            <div key={p.item.zh}>
              <Typography.Text strong>{locale === 'en' ? p.item.en : p.item.zh}</Typography.Text>
              <Flex vertical gap={2} style={{ paddingInlineStart: 4, marginTop: 4 }}>
                {p.checks.map((c) => (
                  <Checkbox key={c.zh}>{locale === 'en' ? c.en : c.zh}</Checkbox>
                ))}
              </Flex>
            </div>
          ))}
        </Flex>
      </Part>

      <Part title={t('wb.card.lastRecords')} testId="card-records">
        {card.lastRecords.length === 0 ? (
          <Typography.Text type="secondary">{t('wb.card.noRecords')}</Typography.Text>
        ) : (
          <Flex vertical gap={12}>
            {card.lastRecords.map((r) => (
              <div key={r.id}>
                <Space size={[8, 0]} wrap>
                  <Typography.Text strong>{r.number}</Typography.Text>
                  <Typography.Text>{zoneDateTime(r.contactedAt, zone)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {methodWord(r.method, locale)} · {r.staffName}
                  </Typography.Text>
                </Space>
                {r.serviceSatisfaction || r.productSatisfaction ? (
                  <div>
                    {r.serviceSatisfaction ? (
                      <Tag>{`${t('wb.card.service')} ${satisfactionWord(r.serviceSatisfaction, t)}`}</Tag>
                    ) : null}
                    {r.productSatisfaction ? (
                      <Tag>{`${t('wb.card.product')} ${satisfactionWord(r.productSatisfaction, t)}`}</Tag>
                    ) : null}
                  </div>
                ) : null}
                {[r.keyPoints, r.opinions, r.result].filter(Boolean).map((text) => (
                  <Typography.Paragraph key={text} type="secondary" style={{ margin: 0 }} className="wb-pre">
                    {text}
                  </Typography.Paragraph>
                ))}
              </div>
            ))}
          </Flex>
        )}
      </Part>

      <Part title={t('wb.card.attemptLog')} testId="card-attempts">
        {card.attemptLog.length === 0 ? (
          <Typography.Text type="secondary">{t('wb.card.noAttemptLog')}</Typography.Text>
        ) : (
          <Timeline
            items={card.attemptLog.map((a) => ({
              key: a.id,
              color: a.outcome === 'callback' ? 'blue' : a.outcome === 'refused' ? 'red' : 'gray',
              content: (
                <div>
                  <Space size={[8, 0]} wrap>
                    <Typography.Text>{zoneDateTime(a.attemptedAt, zone)}</Typography.Text>
                    <Typography.Text strong>{outcomeWord(a.outcome, locale)}</Typography.Text>
                    <Typography.Text type="secondary">{a.staffName}</Typography.Text>
                  </Space>
                  {a.callbackAt ? (
                    <div>{t('wb.card.callbackAt', { time: zoneDateTime(a.callbackAt, zone) })}</div>
                  ) : null}
                  {a.note ? <Typography.Text type="secondary">{a.note}</Typography.Text> : null}
                </div>
              ),
            }))}
          />
        )}
      </Part>
    </>
  );
}
