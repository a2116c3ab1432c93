import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_KIND_KEYS,
  type NotificationKind,
  type NotificationSubject,
  notificationTitle,
} from './notifications.ts';

// One subject of each kind, with parameters as the server sends them (names and customers are user data).
const EXAMPLES: Record<NotificationKind, NotificationSubject> = {
  issue_assigned: { kind: 'issue_assigned', params: { number: 'WT202612001' } },
  issue_urgent: { kind: 'issue_urgent', params: { number: 'WT202612002', urgency: 'major' } },
  issue_reminder: { kind: 'issue_reminder', params: { number: 'WT202612003', deadline: 'first_response' } },
  issue_escalated: {
    kind: 'issue_escalated',
    params: { number: 'WT202612004', deadline: 'solution', to: 'department_head' },
  },
  issue_plan_submitted: { kind: 'issue_plan_submitted', params: { number: 'WT202612005', by: 'Zhao Li' } },
  issue_plan_decided: {
    kind: 'issue_plan_decided',
    params: { number: 'WT202612006', by: 'Zhao Li', decision: 'rejected' },
  },
  revisit_assigned: { kind: 'revisit_assigned', params: { number: 'WT202612007' } },
  task_assigned: { kind: 'task_assigned', params: { by: 'Zhao Li', customer: 'Acme Ltd' } },
  record_returned: { kind: 'record_returned', params: { number: 'HF202612008', by: 'Zhao Li' } },
};

describe('notification titles', () => {
  it('words every kind in Chinese as the mail and the old stored titles do', () => {
    expect(notificationTitle(EXAMPLES.issue_assigned, 'zh-CN')).toBe('问题 WT202612001 由你负责');
    expect(notificationTitle(EXAMPLES.issue_urgent, 'zh-CN')).toBe('重大问题 WT202612002 已登记');
    expect(notificationTitle(EXAMPLES.issue_escalated, 'zh-CN')).toBe(
      '问题 WT202612004 的解决方案反馈已超时，升级至部门负责人',
    );
    expect(notificationTitle(EXAMPLES.issue_plan_decided, 'zh-CN')).toBe(
      '问题 WT202612006 的处理方案被Zhao Li驳回，请修改后重新提交',
    );
  });

  it('words every kind in English with no Chinese left and every parameter in it', () => {
    for (const kind of NOTIFICATION_KIND_KEYS) {
      const subject = EXAMPLES[kind];
      const title = notificationTitle(subject, 'en');
      expect(title, kind).not.toMatch(/\p{Script=Han}/u);
      // Numbers and names appear as given; codes (major, solution, rejected …) are worded instead.
      for (const value of Object.values(subject.params).filter((v) => /[A-Z]{2}\d|\s/.test(v)))
        expect(title, kind).toContain(value);
    }
    expect(notificationTitle(EXAMPLES.issue_reminder, 'en')).toBe(
      'Issue WT202612003: first response deadline near',
    );
    expect(notificationTitle(EXAMPLES.issue_plan_decided, 'en')).toBe(
      'Zhao Li rejected the solution plan for issue WT202612006: revise and submit it again',
    );
  });

  it('tells an approval from a rejection and the supervisor from the department head', () => {
    const approved = {
      ...EXAMPLES.issue_plan_decided,
      params: { number: 'WT1', by: 'Li', decision: 'approved' },
    };
    expect(notificationTitle(approved as NotificationSubject, 'zh-CN')).toBe(
      '问题 WT1 的处理方案已由Li批准，可按方案实施',
    );
    const toSupervisor = {
      kind: 'issue_escalated',
      params: { number: 'WT1', deadline: 'first_response', to: 'supervisor' },
    } as const;
    expect(notificationTitle(toSupervisor, 'en')).toBe(
      'Issue WT1: first response deadline passed, escalated to the supervisor',
    );
  });
});
