import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toEditBody, toEditValues, toIssueBody } from './issue-body.ts';

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

describe('toEditBody', () => {
  const issue = {
    version: 3,
    ownerId: 5,
    departmentId: 2,
    category: '服务态度',
    urgency: 'normal' as const,
    expectedResolutionAt: '2026-12-04T10:00:00.000Z',
    promisedReplyAt: null,
    validity: null,
    validityReply: null,
    responsibility: null,
    atFaultUserId: null,
    rootCause: null,
  };

  it('sends only what changed, with the version it was read at', () => {
    const values = toEditValues(issue, 'Asia/Shanghai');
    expect(values.expectedResolutionAt?.format('YYYY-MM-DD HH:mm')).toBe('2026-12-04 18:00');
    expect(toEditBody(issue, values, 'Asia/Shanghai')).toEqual({ version: 3 });
    const body = toEditBody(
      issue,
      { ...values, validity: 'valid', responsibility: 'personal', atFaultUserId: 9, rootCause: ' 派单失误 ' },
      'Asia/Shanghai',
    );
    expect(body).toEqual({
      version: 3,
      validity: 'valid',
      responsibility: 'personal',
      atFaultUserId: 9,
      rootCause: '派单失误',
    });
  });

  it('clears as null, and drops the reply and the person at fault where they no longer apply', () => {
    const was = { ...issue, validity: 'invalid' as const, validityReply: '已解释', atFaultUserId: 9 };
    const body = toEditBody(
      { ...was, responsibility: 'personal' },
      {
        ...toEditValues({ ...was, responsibility: 'personal' }, 'Asia/Shanghai'),
        validity: 'valid',
        responsibility: 'team',
        category: '',
        departmentId: undefined,
        expectedResolutionAt: null,
      },
      'Asia/Shanghai',
    );
    expect(body).toEqual({
      version: 3,
      departmentId: null,
      category: null,
      expectedResolutionAt: null,
      validity: 'valid',
      validityReply: null,
      responsibility: 'team',
      atFaultUserId: null,
    });
  });
});
