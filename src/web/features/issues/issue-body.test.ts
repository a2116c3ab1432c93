import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toIssueBody } from './issue-body.ts';

const base = {
  channel: 'phone' as const,
  urgency: 'normal' as const,
  description: '  安装师傅迟到两小时  ',
  raisedAt: dayjs('2026-12-03T12:00:00'),
};

describe('toIssueBody', () => {
  it('sends times as instants of the company’s wall clock, and trims the texts', () => {
    const body = toIssueBody(
      {
        ...base,
        customerId: 7,
        reporterName: ' 张先生 ',
        reporterPhone: '',
        category: '服务态度',
        expectedResolutionAt: dayjs('2026-12-04T18:00:00'),
        promisedReplyAt: null,
      },
      'Asia/Shanghai',
    );
    expect(body).toEqual({
      customerId: 7,
      anonymous: undefined,
      reporterName: '张先生',
      reporterPhone: undefined,
      channel: 'phone',
      urgency: 'normal',
      category: '服务态度',
      description: '安装师傅迟到两小时',
      raisedAt: '2026-12-03T04:00:00.000Z',
      expectedResolutionAt: '2026-12-04T10:00:00.000Z',
      ownerId: undefined,
      departmentId: undefined,
      promisedReplyAt: undefined,
      replyOnly: undefined,
    });
  });

  it('an anonymous complaint names neither the customer nor the reporter typed before 匿名 was ticked', () => {
    const body = toIssueBody(
      { ...base, anonymous: true, customerId: 7, reporterName: '张先生', reporterPhone: '13800000000' },
      'Asia/Shanghai',
    );
    expect(body.anonymous).toBe(true);
    expect(body.customerId).toBeUndefined();
    expect(body.reporterName).toBeUndefined();
    expect(body.reporterPhone).toBeUndefined();
  });
});
