import { describe, expect, it } from 'vitest';
import { mapHeaders } from '../customers/import-columns.ts';
import {
  earliestOnOrAfter,
  latestOnOrBefore,
  nextTaskSpan,
  parseHistory,
  parseIssueStatus,
  parseMethod,
  parseSatisfaction,
  parseSheetDate,
} from './history-import.ts';

const context = { timeZone: 'Asia/Shanghai', now: new Date('2025-06-01T04:00:00Z') };

describe('the follow-up columns of the 总表', () => {
  it('are found under their names and aliases', () => {
    const headers = [
      '序号',
      '客户名称(简称)',
      '最近回访时间',
      '回访方式',
      '回访摘要',
      '客户反馈',
      '问题状态',
      '满意度评分(1-5分)',
      '下次计划回访时间',
    ];
    expect([...mapHeaders(headers).map.entries()]).toEqual([
      [1, 'name'],
      [2, 'lastContact'],
      [3, 'method'],
      [4, 'summary'],
      [5, 'feedback'],
      [6, 'issueStatus'],
      [7, 'satisfaction'],
      [8, 'nextContact'],
    ]);
    expect(mapHeaders(['客户名称', '最近沟通时间', '沟通方式', '满意度', '下次计划沟通时间']).map.size).toBe(
      5,
    );
  });
});

describe('dates of a sheet', () => {
  it('read as 2025-03-12, 2025/3/12, 2025年3月12日 and with a time of day', () => {
    expect(parseSheetDate('2025-03-12')).toEqual({ day: '2025-03-12', minute: null });
    expect(parseSheetDate('2025/3/12')).toEqual({ day: '2025-03-12', minute: null });
    expect(parseSheetDate('2025.3.2')).toEqual({ day: '2025-03-02', minute: null });
    expect(parseSheetDate('2025年3月12日')).toEqual({ day: '2025-03-12', minute: null });
    expect(parseSheetDate('2025-03-12 14:30')).toEqual({ day: '2025-03-12', minute: 870 });
    expect(parseSheetDate('2025/3/12 9:05:59')).toEqual({ day: '2025-03-12', minute: 545 });
    expect(parseSheetDate('2025年3月12日 14：30')).toEqual({ day: '2025-03-12', minute: 870 });
  });

  it('read a workbook’s date cells, which arrive as Excel serial numbers', () => {
    expect(parseSheetDate('45728')).toEqual({ day: '2025-03-12', minute: null });
    // 14:30 as a fraction of a day, with the rounding error it is stored with.
    expect(parseSheetDate('45728.60416666667')).toEqual({ day: '2025-03-12', minute: 870 });
    expect(parseSheetDate('45728.99999999')).toEqual({ day: '2025-03-13', minute: 0 });
    expect(parseSheetDate('12345')).toBeUndefined();
  });

  it('refuse what is no date, and tell a date without its year apart', () => {
    for (const text of ['明天', '2025-02-30', '2025-13-01', '2025-03-12 25:00', '20250312', '3月', '02-30']) {
      expect(parseSheetDate(text), text).toBeUndefined();
    }
    expect(parseSheetDate('03-15')).toEqual({ month: 3, date: 15 });
    expect(parseSheetDate('3月15日')).toEqual({ month: 3, date: 15 });
    expect(parseSheetDate('2/29')).toEqual({ month: 2, date: 29 });
  });

  it('place a month and day in the year that fits', () => {
    expect(latestOnOrBefore({ month: 3, date: 15 }, '2025-06-01')).toBe('2025-03-15');
    expect(latestOnOrBefore({ month: 12, date: 28 }, '2026-01-05')).toBe('2025-12-28');
    expect(latestOnOrBefore({ month: 2, date: 29 }, '2027-03-01')).toBe('2024-02-29');
    expect(earliestOnOrAfter({ month: 4, date: 10 }, '2025-03-15')).toBe('2025-04-10');
    expect(earliestOnOrAfter({ month: 1, date: 10 }, '2025-03-15')).toBe('2026-01-10');
  });
});

describe('methods, satisfaction and problem status', () => {
  it('map the sheet’s words to the record’s methods', () => {
    const cases: [string, string][] = [
      ['电话', 'phone'],
      ['电话沟通', 'phone'],
      ['电话回访', 'phone'],
      ['上门拜访', 'onsite'],
      ['上门', 'onsite'],
      ['面谈', 'onsite'],
      ['拜访', 'onsite'],
      ['邮件回访', 'email'],
      ['E-mail', 'email'],
      ['短信', 'sms'],
      ['微信', 'wechat'],
      ['QQ', 'wechat'],
      ['信函', 'letter'],
      ['其他', 'other'],
    ];
    for (const [word, method] of cases) expect(parseMethod(word), word).toBe(method);
    expect(parseMethod('飞鸽')).toBeUndefined();
  });

  it('rate 1–5 or 好 … 很差, nothing else', () => {
    expect(['5', '4分', '3.0', '好', '较好', '一般', '差', '很差'].map(parseSatisfaction)).toEqual([
      5, 4, 3, 5, 4, 3, 2, 1,
    ]);
    for (const text of ['0', '6', '7', '4.5', '满意', 'A'])
      expect(parseSatisfaction(text), text).toBeUndefined();
  });

  it('tell open problems from resolved ones and from none', () => {
    expect(['未解决', '处理中', '待处理', '跟进中', '进行中'].map(parseIssueStatus)).toEqual(
      Array(5).fill('open'),
    );
    expect(['已解决', '已关闭', '无', '无需处理'].map(parseIssueStatus)).toEqual([
      'resolved',
      'resolved',
      'none',
      'none',
    ]);
    expect(parseIssueStatus('不知道')).toBeUndefined();
  });
});

describe('a row’s history', () => {
  it('is the last contact at 00:00 company time, or at its time of day, and the next planned date', () => {
    const { history, errors } = parseHistory(
      {
        lastContact: '2025-03-15',
        method: '上门拜访',
        summary: '讨论Q2合作续约意向',
        feedback: '表示对服务响应速度满意',
        issueStatus: '已解决',
        satisfaction: '4',
        nextContact: '2025-04-10',
      },
      context,
    );
    expect(errors).toEqual([]);
    expect(history).toEqual({
      contact: {
        at: new Date('2025-03-14T16:00:00Z'),
        day: '2025-03-15',
        method: 'onsite',
        summary: '讨论Q2合作续约意向',
        feedback: '表示对服务响应速度满意',
        satisfaction: 4,
        issueOpen: false,
        resolved: true,
      },
      next: { on: '2025-04-10', method: 'onsite' },
    });
    const timed = parseHistory({ lastContact: '2025-03-10 14:30', issueStatus: '处理中' }, context);
    expect(timed.history?.contact).toMatchObject({
      at: new Date('2025-03-10T06:30:00Z'),
      method: 'other',
      issueOpen: true,
      resolved: false,
    });
  });

  it('places the seed’s 03-15 by the next planned date, or as the latest 03-15 so far', () => {
    const seedRow = parseHistory({ lastContact: '03-15', nextContact: '2024-04-10' }, context).history;
    expect(seedRow?.contact?.day).toBe('2024-03-15');
    expect(parseHistory({ lastContact: '03-15' }, context).history?.contact?.day).toBe('2025-03-15');
    expect(parseHistory({ lastContact: '12-20', nextContact: '01-10' }, context).history).toMatchObject({
      contact: { day: '2024-12-20' },
      next: { on: '2025-01-10' },
    });
  });

  it('is nothing when the row has none ("--" counts as empty), or only the next task', () => {
    expect(parseHistory({}, context)).toEqual({ errors: [] });
    expect(parseHistory({ issueStatus: '--', satisfaction: '--', lastContact: ' ' }, context)).toEqual({
      errors: [],
    });
    expect(parseHistory({ issueStatus: '无' }, context)).toEqual({ errors: [] });
    expect(parseHistory({ nextContact: '2025/6/3' }, context).history).toEqual({
      next: { on: '2025-06-03', method: 'phone' },
    });
  });

  it('refuses bad cells naming the column and quoting the value', () => {
    const { history, errors } = parseHistory(
      { lastContact: '明天', method: '飞鸽', satisfaction: '7', issueStatus: '看情况', nextContact: '03-32' },
      context,
    );
    expect(history).toBeUndefined();
    const DATE_FORMS = '应为 2025-03-12、2025/3/12、2025年3月12日 或 2025-03-12 14:30';
    expect(errors).toEqual([
      {
        column: '最近沟通时间',
        field: 'lastContact',
        code: 'badDate',
        params: { value: '明天' },
        message: `“明天”不是日期，${DATE_FORMS}`,
      },
      {
        column: '下次计划沟通时间',
        field: 'nextContact',
        code: 'badDate',
        params: { value: '03-32' },
        message: `“03-32”不是日期，${DATE_FORMS}`,
      },
      {
        column: '沟通方式',
        field: 'method',
        code: 'badMethod',
        params: { value: '飞鸽' },
        message: '“飞鸽”不是沟通方式，应为 电话 / 上门 / 邮件 / 短信 / 微信 / 信函 / 其他',
      },
      {
        column: '满意度评分',
        field: 'satisfaction',
        code: 'badSatisfaction',
        params: { value: '7' },
        message: '“7”应为 1–5 分，或 好 / 较好 / 一般 / 差 / 很差',
      },
      {
        column: '问题状态',
        field: 'issueStatus',
        code: 'badIssueStatus',
        params: { value: '看情况' },
        message: '“看情况”不是问题状态，应为 待处理 / 处理中 / 未解决 / 已解决 / 已关闭 / 无需处理 / 无',
      },
    ]);
  });

  it('refuses an outcome without its date, a contact in the future, a next date before the last', () => {
    const only = (cells: Record<string, string>) =>
      parseHistory(cells, context).errors.map(({ column, code, message }) => ({ column, code, message }));
    expect(only({ summary: '推送行业政策资讯' })).toEqual([
      { column: '最近沟通时间', code: 'lastContactRequired', message: '填写了沟通记录时必填' },
    ]);
    expect(only({ lastContact: '2025-06-02' })).toEqual([
      { column: '最近沟通时间', code: 'inFuture', message: '“2025-06-02”晚于现在' },
    ]);
    expect(only({ lastContact: '2025-03-15', nextContact: '2025-03-01' })).toEqual([
      { column: '下次计划沟通时间', code: 'beforeLastContact', message: '“2025-03-01”早于最近沟通时间' },
    ]);
  });

  it('quotes at most the start of a long value', () => {
    const { errors } = parseHistory({ method: 'x'.repeat(1000), lastContact: '2025-01-01' }, context);
    expect(errors[0]?.message.length).toBeLessThan(300);
  });
});

describe('the next task', () => {
  it('starts as its day begins and is due as it ends, in the company’s zone', () => {
    expect(nextTaskSpan('2025-04-10', 'Asia/Shanghai')).toEqual({
      startAt: new Date('2025-04-09T16:00:00Z'),
      dueAt: new Date('2025-04-10T16:00:00Z'),
    });
  });
});
