import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateIn } from '../../../domain/calendar/dates.ts';
import { zonedMoment } from '../../../domain/calendar/hours.ts';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { callAs, newUser, type TestUser } from '../../test/fixtures.ts';

/**
 * The 总表's follow-up columns brought along by the customer import (issue 11): the last contact as an imported,
 * reviewed record, the next planned contact as a task, an open problem as an issue request — counted by the
 * preview, written by the apply, never twice.
 */

let t: TestApp;
/** Imports (客户经理 and 部门经理 of 销售部: sees the department's customers). */
let importer: TestUser;
/** The 负责客户经理 the sheet names for its first customer. */
let owner: TestUser;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZONE = 'Asia/Shanghai';

const today = dateIn(new Date(), ZONE);
const day = (offset: number) => addDays(today, offset);
/** A date as an Excel date cell holds it (ExcelJS writes a Date's UTC wall clock). */
const cell = (date: string, minute = 0) => new Date(Date.parse(`${date}T00:00:00Z`) + minute * 60_000);
const slashed = (date: string) => date.replace(/-0?/g, '/');
const chinese = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const last1 = day(-20);
const next1 = day(10);
const last2 = day(-10);
const next2 = day(3);

/** The 客户关系维护跟踪总表 as seed 001 lays it out. */
async function workbook(rows: (string | number | Date)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('客户关系维护跟踪总表');
  sheet.addRow([
    '序号',
    '客户编号',
    '客户名称(简称)',
    '所属行业',
    '客户等级',
    '负责客户经理',
    '联系方式',
    '最近沟通时间',
    '沟通方式',
    '沟通内容摘要',
    '客户反馈',
    '问题状态',
    '满意度评分(1-5分)',
    '下次计划沟通时间',
    '备注',
  ]);
  for (const [i, r] of rows.entries()) {
    const row = sheet.addRow([i + 1, ...r]);
    row.eachCell((c) => {
      if (c.value instanceof Date) c.numFmt = 'yyyy-mm-dd hh:mm';
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const seedSheet = () => [
  [
    '',
    '杭州科技互联网有限公司',
    '互联网',
    'A',
    owner.username,
    '',
    // Real date cells: a date-time and a date.
    cell(last1, 14 * 60 + 30),
    '上门拜访',
    '讨论Q2合作续约意向',
    '表示对服务响应速度满意',
    '已解决',
    4,
    cell(next1),
    '客户希望增加技术培训场次',
  ],
  [
    '',
    '宁波贸易公司',
    '零售业',
    'B',
    '',
    '',
    slashed(last2),
    '电话沟通',
    '反馈产品物流延迟',
    '要求加快发货进度',
    '处理中',
    2,
    chinese(next2),
    '物流部已协调',
  ],
  ['', '苏州制造企业', '制造业', 'C', '', '', '', '', '', '', '--', '--', '', '暂无新增需求'],
];

const upload = (step: 'preview' | 'apply', body: Buffer) =>
  t.call(importer.cookie, {
    method: 'POST',
    url: `/api/v1/customer-imports/${step}`,
    headers: { 'content-type': XLSX },
    payload: body,
  });

/** Records, tasks and events in the database, all of them. */
const counts = async () => {
  const { rows } = await sql<{ records: number; tasks: number; events: number }>`select
    (select count(*) from followup_records)::int as records,
    (select count(*) from followup_tasks)::int as tasks,
    (select count(*) from followup_events)::int as events`.execute(t.database.db);
  return rows[0] as { records: number; tasks: number; events: number };
};

const customerId = async (name: string) =>
  (
    await t.database.db
      .selectFrom('customers')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirstOrThrow()
  ).id;

beforeAll(async () => {
  t = await createTestApp();
  importer = await newUser(t, 'hist.import', ['account_manager', 'dept_manager'], '销售部');
  owner = await newUser(t, 'hist.owner', ['account_manager'], '销售部');
});
afterAll(() => t?.close());

describe('the 总表 imported with its history', () => {
  it('previews the records, next tasks and issue requests the apply would create, writing nothing', async () => {
    const before = await counts();
    const response = await upload('preview', await workbook(seedSheet()));
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.summary).toEqual({ create: 3, update: 0, unchanged: 0, skip: 0, reject: 0 });
    expect(result.history).toEqual({ records: 2, tasks: 2, issues: 1 });
    expect(await counts()).toEqual(before);
  });

  it('creates per row the imported record, the next task and the issue request, and the customers show them', async () => {
    const before = await counts();
    const result = (await upload('apply', await workbook(seedSheet()))).json();
    expect(result.summary).toEqual({ create: 3, update: 0, unchanged: 0, skip: 0, reject: 0 });
    expect(result.history).toEqual({ records: 2, tasks: 2, issues: 1 });
    expect(await counts()).toEqual({
      records: before.records + 2,
      tasks: before.tasks + 2,
      events: before.events + 1,
    });
    const tech = await customerId('杭州科技互联网有限公司');
    const trade = await customerId('宁波贸易公司');
    const plain = await customerId('苏州制造企业');
    const db = t.database.db;
    const records = await db
      .selectFrom('followup_records')
      .select([
        'customer_id',
        'number',
        'staff_id',
        'method',
        'contacted_at',
        'key_points',
        'opinions',
        'service_satisfaction',
        'next_followup_on',
        'issue_requested',
        'resolved',
        'imported',
        'review_status',
      ])
      .where('customer_id', 'in', [tech, trade, plain])
      .orderBy('customer_id')
      .execute();
    const at1 = zonedMoment(last1, 14 * 60 + 30, ZONE);
    const at2 = zonedMoment(last2, 0, ZONE);
    expect(records).toEqual([
      {
        customer_id: tech,
        number: `HF${last1.replaceAll('-', '')}0001`,
        staff_id: owner.id,
        method: 'onsite',
        contacted_at: at1,
        key_points: '讨论Q2合作续约意向',
        opinions: '表示对服务响应速度满意',
        service_satisfaction: 4,
        next_followup_on: next1,
        issue_requested: false,
        resolved: true,
        imported: true,
        review_status: 'approved',
      },
      {
        customer_id: trade,
        number: `HF${last2.replaceAll('-', '')}0001`,
        staff_id: importer.id,
        method: 'phone',
        contacted_at: at2,
        key_points: '反馈产品物流延迟',
        opinions: '要求加快发货进度',
        service_satisfaction: 2,
        next_followup_on: next2,
        issue_requested: true,
        resolved: false,
        imported: true,
        review_status: 'approved',
      },
    ]);
    const tasks = await db
      .selectFrom('followup_tasks')
      .select(['customer_id', 'source_key', 'type', 'method', 'assignee_id', 'status', 'start_at', 'due_at'])
      .where('customer_id', 'in', [tech, trade, plain])
      .orderBy('customer_id')
      .execute();
    expect(tasks).toEqual([
      {
        customer_id: tech,
        source_key: `import:next:${next1}`,
        type: 'routine',
        method: 'onsite',
        assignee_id: owner.id,
        status: 'pending',
        start_at: zonedMoment(next1, 0, ZONE),
        due_at: zonedMoment(addDays(next1, 1), 0, ZONE),
      },
      {
        customer_id: trade,
        source_key: `import:next:${next2}`,
        type: 'routine',
        method: 'phone',
        assignee_id: importer.id,
        status: 'pending',
        start_at: zonedMoment(next2, 0, ZONE),
        due_at: zonedMoment(addDays(next2, 1), 0, ZONE),
      },
    ]);
    const events = await db
      .selectFrom('followup_events')
      .select(['customer_id', 'kind', 'ref_type', 'ref_id', 'severity'])
      .where('customer_id', 'in', [tech, trade, plain])
      .execute();
    expect(events).toEqual([
      {
        customer_id: trade,
        kind: 'issue_requested',
        ref_type: 'import',
        ref_id: at2.toISOString(),
        severity: null,
      },
    ]);

    const shown = async (id: number) =>
      (await callAs(t, importer, 'GET', `/api/v1/customers/${id}`)).json() as Record<string, unknown>;
    expect(await shown(tech)).toMatchObject({
      ownerId: owner.id,
      lastFollowupAt: at1.toISOString(),
      lastFollowupMethod: 'onsite',
      lastFollowupSummary: '讨论Q2合作续约意向',
      lastFeedback: '表示对服务响应速度满意',
      lastSatisfaction: 4,
      nextFollowupAt: zonedMoment(next1, 0, ZONE).toISOString(),
    });
    expect(await shown(trade)).toMatchObject({
      lastFollowupAt: at2.toISOString(),
      lastSatisfaction: 2,
      nextFollowupAt: zonedMoment(next2, 0, ZONE).toISOString(),
    });
    expect(await shown(plain)).toMatchObject({ lastFollowupAt: null, nextFollowupAt: null });
  });

  it('re-importing the same sheet previews nothing new and creates nothing', async () => {
    const file = await workbook(seedSheet());
    const preview = (await upload('preview', file)).json();
    expect(preview.summary).toEqual({ create: 0, update: 0, unchanged: 3, skip: 0, reject: 0 });
    expect(preview.history).toEqual({ records: 0, tasks: 0, issues: 0 });
    const before = await counts();
    const applied = (await upload('apply', file)).json();
    expect(applied.history).toEqual({ records: 0, tasks: 0, issues: 0 });
    expect(await counts()).toEqual(before);
  });

  it('shares the day’s record numbers with records logged by hand; an older import leaves a newer record shown', async () => {
    const tech = await customerId('杭州科技互联网有限公司');
    // Logged by hand on the day of the 宁波贸易公司's imported contact: the day's second number.
    const handAt = zonedMoment(last2, 10 * 60, ZONE);
    const logged = await callAs(t, owner, 'POST', '/api/v1/followup-records', {
      customerId: tech,
      method: 'phone',
      contactedAt: handAt.toISOString(),
      keyPoints: '电话确认培训安排',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    expect(logged.json().number).toBe(`HF${last2.replaceAll('-', '')}0002`);

    // A sheet with an older contact for 杭州科技: one more imported record, the hand-logged one stays the latest.
    const older = seedSheet();
    (older[0] as unknown[])[6] = day(-30);
    const result = (await upload('apply', await workbook(older))).json();
    expect(result.history).toEqual({ records: 1, tasks: 0, issues: 0 });
    const shown = (await callAs(t, importer, 'GET', `/api/v1/customers/${tech}`)).json();
    expect(shown).toMatchObject({
      lastFollowupAt: handAt.toISOString(),
      lastFollowupSummary: '电话确认培训安排',
    });
  });

  it('rejects bad cells by row, naming the column and quoting the value', async () => {
    const bad = [
      ['', '坏日期公司', '', '', '', '', '明天', '电话', '', '', '', '', '', ''],
      ['', '坏评分公司', '', '', '', '', day(-1), '电话', '', '', '', '7', '', ''],
      ['', '坏方式公司', '', '', '', '', day(-1), '飞鸽', '', '', '', '', '', ''],
    ];
    const before = await counts();
    const result = (await upload('apply', await workbook(bad))).json();
    expect(result.summary).toEqual({ create: 0, update: 0, unchanged: 0, skip: 0, reject: 3 });
    expect(result.history).toEqual({ records: 0, tasks: 0, issues: 0 });
    const said = (errors: { column: string; message: string }[]) =>
      errors.map(({ column, message }) => ({ column, message }));
    expect(
      result.rows.map((r: { line: number; errors: { column: string; message: string }[] }) => [
        r.line,
        said(r.errors),
      ]),
    ).toEqual([
      [
        2,
        [
          {
            column: '最近沟通时间',
            message: '“明天”不是日期，应为 2025-03-12、2025/3/12、2025年3月12日 或 2025-03-12 14:30',
          },
        ],
      ],
      [3, [{ column: '满意度评分', message: '“7”应为 1–5 分，或 好 / 较好 / 一般 / 差 / 很差' }]],
      [
        4,
        [
          {
            column: '沟通方式',
            message: '“飞鸽”不是沟通方式，应为 电话 / 上门 / 邮件 / 短信 / 微信 / 信函 / 其他',
          },
        ],
      ],
    ]);
    expect(await counts()).toEqual(before);
  });
});
