import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../../test/app-helper.ts';

let t: TestApp;
const cookies: Record<string, string> = {};

const api = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.call(cookies[user], { method, url, payload });

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  cookies.admin = admin;
  for (const [username, roles, departmentName] of [
    ['am1', ['account_manager'], '销售部'],
    ['am2', ['account_manager'], '销售部'],
    ['mgr', ['dept_manager'], '销售部'],
    ['mgr2', ['dept_manager'], '客户服务部'],
  ] as const) {
    await createUserAs(t, admin, { username, roles: [...roles], departmentName });
    cookies[username] = await t.login(username, 'Passw0rd!');
  }
  for (const [name, mobile] of [
    ['甲方机械', '13812345678'],
    ['乙方商贸', '13900001111'],
    ['丙方物流', '13700002222'],
  ]) {
    await api('am1', 'POST', '/api/v1/customers', { name, contacts: [{ name: '张三', mobile }] });
  }
  const rules = (await api('admin', 'GET', '/api/v1/settings/customer-rules')).json();
  await api('admin', 'PUT', '/api/v1/settings/customer-rules', { ...rules, exportRowLimit: 2 });
});
afterAll(() => t.close());

describe('导出申请', () => {
  it('an export above the limit is requested, approved by the department manager, and downloaded masked', async () => {
    const refused = await api('am2', 'GET', '/api/v1/customers/export?sort=code');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'approval_required' });
    expect(refused.json().detail).toContain('超过 2 行');

    const created = await api('am2', 'POST', '/api/v1/export-requests', {
      filter: { sort: 'code' },
      purpose: '年终客户盘点',
      reason: '核对客户档案',
    });
    expect(created.statusCode).toBe(201);
    const request = created.json();
    expect(request).toMatchObject({ rowCount: 3, status: 'pending', requesterName: '测试am2' });
    const download = `/api/v1/export-requests/${request.id}/download`;
    expect((await api('am2', 'GET', download)).json().detail).toBe('该导出申请尚未批准');

    expect((await api('am2', 'POST', `/api/v1/export-requests/${request.id}/approve`, {})).statusCode).toBe(
      409,
    );
    expect((await api('mgr2', 'POST', `/api/v1/export-requests/${request.id}/approve`, {})).statusCode).toBe(
      403,
    );
    const noReason = await api('mgr', 'POST', `/api/v1/export-requests/${request.id}/reject`, {});
    expect(noReason.json().errors).toEqual([{ field: 'comment', message: '驳回时请填写原因' }]);
    const pending = (await api('mgr', 'GET', '/api/v1/export-requests?box=to_approve')).json().items;
    expect(pending.map((r: { id: number }) => r.id)).toEqual([request.id]);
    const approved = (await api('mgr', 'POST', `/api/v1/export-requests/${request.id}/approve`, {})).json();
    expect(approved.status).toBe('approved');
    expect(new Date(approved.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

    expect((await api('am1', 'GET', download)).statusCode).toBe(404);
    const file = await api('am2', 'GET', download);
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const values = JSON.stringify(book.getWorksheet('客户')?.getSheetValues());
    expect(book.getWorksheet('客户')?.rowCount).toBe(4);
    expect(values).toContain('138****5678');
    expect(values).not.toContain('13812345678');
    expect(book.getWorksheet('导出信息')?.getRow(1).values).toEqual([undefined, '导出人', '测试am2（am2）']);

    const audit = (await api('admin', 'GET', '/api/v1/audit-events?limit=20')).json().items;
    const actions = audit.map((a: { action: string }) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['exports.requested', 'exports.approved', 'customers.exported']),
    );

    await sql`update export_requests set expires_at = now() - interval '1 minute' where id = ${request.id}`.execute(
      t.database.db,
    );
    expect((await api('am2', 'GET', download)).json().detail).toBe('该导出申请已过期，请重新申请');
    const mine = (await api('am2', 'GET', '/api/v1/export-requests')).json().items;
    expect(mine[0]).toMatchObject({ id: request.id, status: 'expired', downloads: 1 });
  });

  it('refuses a request without purpose and lets a rejection carry its reason', async () => {
    const blank = await api('am2', 'POST', '/api/v1/export-requests', {
      filter: {},
      purpose: ' ',
      reason: ' ',
    });
    expect(blank.json().errors.map((e: { field: string }) => e.field)).toEqual(['purpose', 'reason']);
    const request = (
      await api('am2', 'POST', '/api/v1/export-requests', { filter: {}, purpose: '对账', reason: '财务要求' })
    ).json();
    const rejected = await api('mgr', 'POST', `/api/v1/export-requests/${request.id}/reject`, {
      comment: '范围过大，请按区域分批申请',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', comment: '范围过大，请按区域分批申请' });
    expect((await api('mgr', 'POST', `/api/v1/export-requests/${request.id}/approve`, {})).statusCode).toBe(
      409,
    );
  });
});
