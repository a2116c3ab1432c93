import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { TaskCard } from '../../api/types.ts';
import { formFieldOf, OTHER, type RecordValues, toBody } from './record-body.ts';

const ZONE = 'Asia/Shanghai';

const card = {
  id: 7,
  contacts: [{ id: 3, name: '张*', isPrimary: true }],
  questionnaire: [
    { question: '设备运行是否正常？', kind: 'choice', options: ['正常', '偶有故障'] },
    { question: '对安装服务的评分', kind: 'rating', options: [] },
    { question: '其他建议', kind: 'text', options: [] },
  ],
} as unknown as TaskCard;

const values = (more: Partial<RecordValues> = {}): RecordValues => ({
  method: 'phone',
  contactedAt: dayjs('2025-06-03T15:20:00'),
  ...more,
});

describe('the record form as the API takes it', () => {
  it('sends the time picked on the company’s wall clock, and nothing for empty fields', () => {
    const body = toBody(card, values({ opinions: '  ', keyPoints: ' 要点 ', contactId: 3 }), ZONE);
    expect(body).toEqual({
      taskId: 7,
      method: 'phone',
      contactedAt: '2025-06-03T07:20:00.000Z',
      contactId: 3,
      keyPoints: '要点',
      actionItems: [],
    });
    expect(JSON.parse(JSON.stringify(body))).not.toHaveProperty('opinions');
  });

  it('keeps the answered questions only, a rating as n/5', () => {
    const body = toBody(card, values({ answers: [{}, { answer: 4 }, { answer: ' 多培训 ' }] }), ZONE);
    expect(body.answers).toEqual([
      { question: '对安装服务的评分', answer: '4/5' },
      { question: '其他建议', answer: '多培训' },
    ]);
  });

  it('sends action items with their dates, the promised reply in the zone, and the next follow-up day', () => {
    const body = toBody(
      card,
      values({
        actionItems: [{ text: '提供报价单', dueOn: dayjs('2025-06-20') }, { text: '回电' }],
        promisedReplyAt: dayjs('2025-06-05T09:00:00'),
        nextFollowupOn: dayjs('2025-06-10'),
        complaint: true,
      }),
      ZONE,
    );
    expect(body.actionItems).toEqual([
      { text: '提供报价单', dueOn: '2025-06-20' },
      { text: '回电', dueOn: undefined },
    ]);
    expect(body.promisedReplyAt).toBe('2025-06-05T01:00:00.000Z');
    expect(body.nextFollowupOn).toBe('2025-06-10');
    expect(body.complaint).toBe(true);
  });

  it('names someone not on file by the typed name, and sends a signature only on site', () => {
    const other = toBody(card, values({ contactId: OTHER, contactName: '李四' }), ZONE);
    expect(other.contactId).toBeUndefined();
    expect(other.contactName).toBe('李四');
    const image = 'data:image/png;base64,AAAA';
    expect(toBody(card, values({ signature: image }), ZONE).signature).toBeUndefined();
    expect(toBody(card, values({ method: 'onsite', signature: image }), ZONE).signature).toBe(image);
  });

  it('puts the server’s error on an answer on the question it is about', () => {
    const nameOf = formFieldOf(card, values({ answers: [{}, { answer: 3 }, { answer: '太长' }] }));
    // Sent: the rating (server's answers.0) and the text (answers.1).
    expect(nameOf('answers.1.answer')).toEqual(['answers', 2, 'answer']);
    expect(nameOf('answers.0.answer')).toEqual(['answers', 1, 'answer']);
    expect(nameOf('actionItems.0.dueOn')).toEqual(['actionItems', 0, 'dueOn']);
    expect(nameOf('contactedAt')).toEqual(['contactedAt']);
  });
});
