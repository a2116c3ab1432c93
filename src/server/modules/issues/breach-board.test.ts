import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { adminCookie, callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';

let t: TestApp;
let agent: TestUser;
let supervisor: TestUser;
let otherSupervisor: TestUser;
let executive: TestUser;
let customerId: number;

const HOUR = 3_600_000;

interface BoardItem {
  id: number;
  number: string;
  customerName: string | null;
  urgency: string;
  departmentId: number | null;
  departmentName: string | null;
  ownerName: string;
  pausedAt: string | null;
  breaches: { deadline: string; dueAt: string }[];
  overdueMinutes: number;
  level: string;
}
interface Counts {
  total: number;
  byLevel: Record<string, number>;
  byUrgency: Record<string, number>;
}
interface Board {
  items: BoardItem[];
  summary: Counts & { departments: (Counts & { departmentId: number | null; departmentName: string })[] };
}

/** An urgent issue (first response due 2 h after it was raised, solution 4 h), raised `hoursAgo` ago. */
const register = async (hoursAgo: number, body: Record<string, unknown> = {}) => {
  const response = await callAs(t, agent, 'POST', '/api/v1/issues', {
    customerId,
    channel: 'phone',
    urgency: 'urgent',
    description: '设备运行中频繁报警停机',
    raisedAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
    ...body,
  });
  if (response.statusCode !== 201) throw new Error(`register: ${response.statusCode} ${response.body}`);
  return response.json() as { id: number; number: string; firstResponseDueAt: string; solutionDueAt: string };
};

const runEscalation = async () => {
  const response = await t.call(await adminCookie(t), {
    method: 'POST',
    url: '/api/v1/jobs/issue-escalation/run',
    payload: { asOf: new Date().toISOString() },
  });
  expect(response.statusCode).toBe(200);
};

const board = async (by: TestUser, query = '') => {
  const response = await callAs(t, by, 'GET', `/api/v1/issues/breach-board${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as Board;
};

const find = (b: Board, id: number) => b.items.find((i) => i.id === id);

beforeAll(async () => {
  t = await createTestApp();
  supervisor = await newUser(t, 'bb.sup', ['supervisor'], '客户服务部');
  agent = await newUser(t, 'bb.agent', ['agent'], '客户服务部');
  otherSupervisor = await newUser(t, 'bb.tech', ['supervisor'], '技术部');
  executive = await newUser(t, 'bb.exec', ['executive'], '总经理办公室');
  const manager = await newUser(t, 'bb.am', ['account_manager'], '销售部');
  await t.database.db
    .updateTable('users')
    .set({ supervisor_id: supervisor.id })
    .where('id', '=', agent.id)
    .execute();
  customerId = (await newCustomer(t, manager, { name: '恒通包装材料有限公司', agentId: agent.id })).id;
});
afterAll(() => t.close());

describe('超时看板', () => {
  it('shows a breached issue with its deadlines and the level the escalation job reached', async () => {
    const late = await register(5);
    const recent = await register(2.5);
    await runEscalation();
    const seen = await board(supervisor);
    const row = find(seen, late.id);
    expect(row).toMatchObject({
      number: late.number,
      customerName: '恒通包装材料有限公司',
      urgency: 'urgent',
      departmentName: '客户服务部',
      ownerName: supervisor.displayName,
      pausedAt: null,
      // 3 h past the first response, 1 h past the solution: 1 h after the breach it went to the department head.
      level: 'department_head',
      breaches: [
        { deadline: 'first_response', dueAt: late.firstResponseDueAt },
        { deadline: 'solution', dueAt: late.solutionDueAt },
      ],
    });
    expect(row?.overdueMinutes).toBeGreaterThanOrEqual(179);
    expect(row?.overdueMinutes).toBeLessThanOrEqual(181);
    // Half an hour past the first response only: with the supervisor, the solution not yet due.
    expect(find(seen, recent.id)).toMatchObject({
      level: 'supervisor',
      breaches: [{ deadline: 'first_response', dueAt: recent.firstResponseDueAt }],
    });
    // Most overdue first.
    const order = seen.items.map((i) => i.id);
    expect(order.indexOf(late.id)).toBeLessThan(order.indexOf(recent.id));
  });

  it('leaves out an issue whose deadlines are met and one that is resolved', async () => {
    const answered = await register(2.5);
    // 一般: resolved without a plan to approve first, a day after both its deadlines passed.
    const resolved = await register(50, { urgency: 'normal' });
    const before = await board(supervisor);
    expect(find(before, answered.id)).toBeDefined();
    expect(find(before, resolved.id)).toBeDefined();
    const progress = await callAs(t, supervisor, 'POST', `/api/v1/issues/${answered.id}/progress`, {
      note: '已致电客户，安排工程师明早上门',
    });
    expect(progress.statusCode).toBe(200);
    const moved = await callAs(t, supervisor, 'POST', `/api/v1/issues/${resolved.id}/transitions`, {
      to: 'resolved',
      solution: '更换报警传感器',
    });
    expect(moved.statusCode).toBe(200);
    const seen = await board(supervisor);
    expect(find(seen, answered.id)).toBeUndefined();
    expect(find(seen, resolved.id)).toBeUndefined();
  });

  it('marks a paused issue, its overdue time stopped at the pause', async () => {
    const made = await register(5);
    const paused = await callAs(t, supervisor, 'POST', `/api/v1/issues/${made.id}/pause`, {
      reason: '等待客户提供故障照片',
    });
    expect(paused.statusCode).toBe(200);
    await t.database.db
      .updateTable('issues')
      .set({ paused_at: new Date(Date.now() - HOUR) })
      .where('id', '=', made.id)
      .execute();
    const row = find(await board(supervisor), made.id);
    expect(row?.pausedAt).not.toBeNull();
    // Breached 3 h ago, paused 1 h ago: 2 h overdue, and it stays so while paused.
    expect(row?.overdueMinutes).toBeGreaterThanOrEqual(119);
    expect(row?.overdueMinutes).toBeLessThanOrEqual(121);
  });

  it('shows a reply promised to the customer and not given, running on through a pause', async () => {
    const promisedReplyAt = new Date(Date.now() - 0.5 * HOUR).toISOString();
    const made = await register(1, { urgency: 'normal', promisedReplyAt });
    const pause = await callAs(t, supervisor, 'POST', `/api/v1/issues/${made.id}/pause`, {
      reason: '等待客户回电',
    });
    expect(pause.statusCode).toBe(200);
    const row = find(await board(supervisor), made.id);
    expect(row?.breaches).toEqual([{ deadline: 'promised_reply', dueAt: promisedReplyAt, stoppedAt: null }]);
    expect(row?.pausedAt).not.toBeNull();
  });

  it('keeps to the viewer’s data scope and refuses whoever does not handle escalations', async () => {
    const made = await register(5);
    expect(find(await board(otherSupervisor), made.id)).toBeUndefined();
    expect(find(await board(executive), made.id)).toBeDefined();
    expect((await callAs(t, agent, 'GET', '/api/v1/issues/breach-board')).statusCode).toBe(403);
    expect((await callAs(t, agent, 'GET', '/api/v1/issues/breach-board/export')).statusCode).toBe(403);
    expect((await t.call(undefined, { method: 'GET', url: '/api/v1/issues/breach-board' })).statusCode).toBe(
      401,
    );
  });

  it('filters by department, urgency and level', async () => {
    const made = await register(5);
    await runEscalation();
    const mine = find(await board(supervisor), made.id);
    const department = `?departmentId=${mine?.departmentId}`;
    expect(find(await board(supervisor, department), made.id)).toBeDefined();
    expect(
      find(await board(supervisor, `${department}&urgency=urgent&level=department_head`), made.id),
    ).toBeDefined();
    expect(find(await board(supervisor, '?urgency=normal'), made.id)).toBeUndefined();
    expect(find(await board(supervisor, '?level=none'), made.id)).toBeUndefined();
    const levelled = await board(supervisor, '?sort=level&order=asc');
    const ranks = levelled.items.map((i) =>
      ['none', 'remind', 'supervisor', 'department_head'].indexOf(i.level),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const bad = await callAs(t, supervisor, 'GET', '/api/v1/issues/breach-board?asOf=2026-01-01T00:00:00Z');
    expect(bad.statusCode).toBe(400);
  });

  it('counts per department agree with the list', async () => {
    await register(5, { urgency: 'major' });
    await runEscalation();
    for (const viewer of [supervisor, executive]) {
      const seen = await board(viewer);
      expect(seen.summary.total).toBe(seen.items.length);
      for (const dept of seen.summary.departments) {
        const rows = seen.items.filter((i) => i.departmentId === dept.departmentId);
        expect(dept.total).toBe(rows.length);
        for (const [level, n] of Object.entries(dept.byLevel))
          expect(n).toBe(rows.filter((r) => r.level === level).length);
        for (const [urgency, n] of Object.entries(dept.byUrgency))
          expect(n).toBe(rows.filter((r) => r.urgency === urgency).length);
      }
      const byLevel = Object.values(seen.summary.byLevel).reduce((a, b) => a + b, 0);
      expect(byLevel).toBe(seen.summary.total);
    }
  });

  it('exports the board with Chinese headers and the filters in words', async () => {
    const made = await register(5);
    await runEscalation();
    const response = await callAs(t, supervisor, 'GET', '/api/v1/issues/breach-board/export?urgency=urgent');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('超时问题');
    expect(sheet?.getRow(1).values).toEqual(
      expect.arrayContaining(['问题编号', '客户', '紧急程度', '责任部门', '超时期限', '升级级别']),
    );
    const numbers = sheet?.getColumn(1).values ?? [];
    expect(numbers).toContain(made.number);
    const info = workbook.getWorksheet('导出信息');
    const facts = Object.fromEntries(
      (info?.getSheetValues() ?? [])
        .filter(Boolean)
        .map((row) => [(row as string[])[1], (row as string[])[2]]),
    );
    expect(facts).toMatchObject({ 紧急程度: '紧急', 责任部门: '全部', 升级级别: '全部' });
  });
});
