import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { adminCookie, callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';
import { zipParts } from '../../test/xlsx-zip.ts';
import { runLifecycles } from '../customer-lifecycle/hooks.ts';
import { CUSTOMER_LIFECYCLES } from '../customer-lifecycle/registry.ts';

let t: TestApp;
let agent: TestUser;
let supervisor: TestUser;
let manager: TestUser;
let outsider: TestUser;
let customerId: number;

const MAX_BYTES = 64 * 1024;

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const DOCX = zipParts([
  {
    name: '[Content_Types].xml',
    data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  },
  { name: 'word/document.xml', data: '<w:document xmlns:w="urn:w"><w:body/></w:document>' },
]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

interface AttachmentJson {
  id: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedByName: string;
  canDelete: boolean;
}

const base = (issueId: number) => `/api/v1/issues/${issueId}/attachments`;

const upload = (
  by: TestUser,
  issueId: number,
  fileName: string,
  body: Buffer | Readable,
  contentType = 'application/octet-stream',
) =>
  t.call(by.cookie, {
    method: 'POST',
    url: `${base(issueId)}?fileName=${encodeURIComponent(fileName)}`,
    headers: { 'content-type': contentType },
    payload: body,
  });

const list = async (by: TestUser, issueId: number) =>
  (await callAs(t, by, 'GET', base(issueId))).json() as { items: AttachmentJson[]; maxBytes: number };

const register = async (by: TestUser, body: Record<string, unknown> = {}) => {
  const response = await callAs(t, by, 'POST', '/api/v1/issues', {
    customerId,
    channel: 'phone',
    urgency: 'normal',
    description: '设备外壳破损，附现场照片',
    raisedAt: new Date().toISOString(),
    ...body,
  });
  if (response.statusCode !== 201) throw new Error(`register: ${response.statusCode} ${response.body}`);
  return response.json() as { id: number; number: string };
};

/** Every file under the attachments directory, temporary ones included. */
const filesOnDisk = (dir = t.attachmentsDir): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? filesOnDisk(full) : [full];
      })
    : [];

beforeAll(async () => {
  t = await createTestApp({ ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
  supervisor = await newUser(t, 'att.sup', ['supervisor'], '客户服务部');
  agent = await newUser(t, 'att.agent', ['agent'], '客户服务部');
  manager = await newUser(t, 'att.am', ['account_manager'], '客户服务部');
  outsider = await newUser(t, 'att.out', ['supervisor'], '物流部');
  await t.database.db
    .updateTable('users')
    .set({ supervisor_id: supervisor.id })
    .where('id', '=', agent.id)
    .execute();
  customerId = (await newCustomer(t, manager, { name: '恒通物业服务有限公司', agentId: agent.id })).id;
});
afterAll(() => t.close());

describe('issue attachments', () => {
  it('keeps a PDF and a PNG byte for byte, listed with who uploaded them, and records both', async () => {
    const issue = await register(agent);
    const pdf = await upload(agent, issue.id, '客户投诉回复函.pdf', PDF, 'application/pdf');
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json()).toMatchObject({
      fileName: '客户投诉回复函.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      uploadedByName: agent.displayName,
      canDelete: true,
    });
    // The browser's word for the type is not taken: the bytes say PNG.
    const png = await upload(agent, issue.id, '现场照片.PNG', PNG, 'application/octet-stream');
    expect(png.json()).toMatchObject({ contentType: 'image/png', sizeBytes: PNG.length });

    const listed = await list(manager, issue.id);
    expect(listed.items.map((a) => a.fileName)).toEqual(['客户投诉回复函.pdf', '现场照片.PNG']);
    expect(listed.items.map((a) => a.canDelete)).toEqual([false, false]);
    expect(listed.maxBytes).toBe(MAX_BYTES);

    const download = await callAs(t, manager, 'GET', `${base(issue.id)}/${pdf.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
      'content-disposition': `attachment; filename="_______.pdf"; filename*=UTF-8''${encodeURIComponent('客户投诉回复函.pdf')}`,
    });
    expect(pdf.json().sha256).toMatch(/^[0-9a-f]{64}$/);

    const detail = (await callAs(t, agent, 'GET', `/api/v1/issues/${issue.id}`)).json() as {
      timeline: { kind: string; note: string | null }[];
    };
    expect(detail.timeline.filter((e) => e.kind === 'attachment_added').map((e) => e.note)).toEqual([
      '客户投诉回复函.pdf',
      '现场照片.PNG',
    ]);
    const audited = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', String(issue.id))
      .where('action', '=', 'issues.attachment_added')
      .execute();
    expect(audited).toHaveLength(2);
  });

  it('takes an Office document by its zip parts and a UTF-8 CSV, and refuses a GBK one', async () => {
    const issue = await register(agent);
    expect((await upload(agent, issue.id, '整改方案.docx', DOCX)).json().contentType).toContain(
      'wordprocessingml',
    );
    expect(
      (await upload(agent, issue.id, '回访名单.csv', Buffer.from('客户,电话\n恒通,13800138000\n')))
        .statusCode,
    ).toBe(201);
    const gbk = Buffer.from([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x0a]); // 客户, in GBK
    const refused = await upload(agent, issue.id, '名单.csv', gbk);
    expect(refused.statusCode).toBe(415);
    expect(refused.json().detail).toContain('「名单.csv」');
  });

  it('refuses a program and a PNG named .pdf, naming the file and the types allowed, and keeps nothing', async () => {
    const issue = await register(agent);
    const before = filesOnDisk().length;
    const exe = await upload(agent, issue.id, 'setup.exe', EXE);
    expect(exe.statusCode).toBe(415);
    expect(exe.json().detail).toMatch(
      /不支持文件「setup\.exe」的类型。允许的类型：图片（PNG、JPEG、GIF、WebP）、PDF/,
    );
    const renamed = await t.call(agent.cookie, {
      method: 'POST',
      url: `${base(issue.id)}?fileName=${encodeURIComponent('回复.pdf')}`,
      headers: { 'content-type': 'application/pdf', 'x-huifang-locale': 'en' },
      payload: PNG,
    });
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().detail).toBe(
      '"回复.pdf" is a PNG image, which does not match its extension .pdf; rename it and upload again',
    );
    const docxNamedXlsx = await upload(agent, issue.id, '报表.xlsx', DOCX);
    expect(docxNamedXlsx.statusCode).toBe(415);
    expect((await list(agent, issue.id)).items).toEqual([]);
    expect(filesOnDisk()).toHaveLength(before);
  });

  it('answers a file over the limit with 413 and leaves nothing on disk, whether its size was declared or not', async () => {
    const issue = await register(agent);
    const before = filesOnDisk().length;
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES, 0x20)]);
    const declared = await upload(agent, issue.id, '大文件.pdf', big);
    expect(declared.statusCode).toBe(413);
    expect(declared.json().detail).toBe('文件「大文件.pdf」超过大小上限 64 KB');
    // Streamed without a Content-Length: cut off at the limit.
    const streamed = await upload(
      agent,
      issue.id,
      '大文件.pdf',
      Readable.from([PDF, Buffer.alloc(MAX_BYTES)]),
    );
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json().detail).toBe('文件「大文件.pdf」超过大小上限 64 KB');
    expect(filesOnDisk()).toHaveLength(before);
    expect((await list(agent, issue.id)).items).toEqual([]);
  });

  it('hides the issue’s attachments from a user of another department: 404, as for the issue itself', async () => {
    const issue = await register(agent);
    const made = (await upload(agent, issue.id, '照片.png', PNG)).json() as AttachmentJson;
    const attempts = [
      callAs(t, outsider, 'GET', base(issue.id)),
      callAs(t, outsider, 'GET', `${base(issue.id)}/${made.id}`),
      callAs(t, outsider, 'DELETE', `${base(issue.id)}/${made.id}`),
      upload(outsider, issue.id, '照片.png', PNG),
    ];
    expect((await Promise.all(attempts)).map((r) => r.statusCode)).toEqual([404, 404, 404, 404]);
    // Nor is an attachment reached through another issue's id.
    const other = await register(agent);
    expect((await callAs(t, agent, 'GET', `${base(other.id)}/${made.id}`)).statusCode).toBe(404);
  });

  it('is deleted by its uploader or a supervisor, not by a colleague who only sees it; the file goes too', async () => {
    const issue = await register(agent);
    const first = (await upload(agent, issue.id, '照片一.png', PNG)).json() as AttachmentJson;
    const second = (await upload(agent, issue.id, '照片二.png', PNG)).json() as AttachmentJson;
    const onDisk = filesOnDisk().length;
    expect((await callAs(t, manager, 'DELETE', `${base(issue.id)}/${first.id}`)).statusCode).toBe(403);
    expect((await callAs(t, agent, 'DELETE', `${base(issue.id)}/${first.id}`)).statusCode).toBe(204);
    expect((await callAs(t, supervisor, 'DELETE', `${base(issue.id)}/${second.id}`)).statusCode).toBe(204);
    expect((await callAs(t, agent, 'GET', `${base(issue.id)}/${first.id}`)).statusCode).toBe(404);
    expect(filesOnDisk()).toHaveLength(onDisk - 2);
    const detail = (await callAs(t, agent, 'GET', `/api/v1/issues/${issue.id}`)).json() as {
      timeline: { kind: string; note: string | null }[];
    };
    expect(detail.timeline.filter((e) => e.kind === 'attachment_removed').map((e) => e.note)).toEqual([
      '照片一.png',
      '照片二.png',
    ]);
  });

  it('stores a name that climbs out of the directory under a key of its own and offers it by its plain name', async () => {
    const issue = await register(agent);
    const made = await upload(agent, issue.id, '../../x.png', PNG);
    expect(made.json().fileName).toBe('x.png');
    const row = await t.database.db
      .selectFrom('issue_attachments')
      .select('storage_key')
      .where('id', '=', made.json().id)
      .executeTakeFirstOrThrow();
    expect(row.storage_key).toMatch(new RegExp(`^${issue.id}/[0-9a-f-]{36}$`));
    expect(fs.existsSync(path.join(t.attachmentsDir, row.storage_key))).toBe(true);
    expect(fs.existsSync(path.resolve(t.attachmentsDir, '..', 'x.png'))).toBe(false);
    const download = await callAs(t, agent, 'GET', `${base(issue.id)}/${made.json().id}`);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="x.png"; filename*=UTF-8''x.png`,
    );
  });

  it('takes the reply on a closed issue, and at most 20 files per issue', async () => {
    const issue = await register(agent, { customerId: undefined, anonymous: true });
    await callAs(t, supervisor, 'POST', `/api/v1/issues/${issue.id}/transitions`, {
      to: 'resolved',
      solution: '已书面答复',
    });
    const closed = await callAs(t, supervisor, 'POST', `/api/v1/issues/${issue.id}/transitions`, {
      to: 'closed',
    });
    expect(closed.json().status).toBe('closed');
    for (let i = 1; i <= 20; i++)
      expect((await upload(agent, issue.id, `答复${i}.pdf`, PDF)).statusCode).toBe(201);
    const full = await upload(agent, issue.id, '答复21.pdf', PDF);
    expect(full.statusCode).toBe(409);
    expect(full.json().detail).toContain('最多 20 个附件');
  });

  it('a destroyed customer’s files go at the next hourly cleanup; files still attached, and young ones, stay', async () => {
    const doomed = (await newCustomer(t, manager, { name: '即将销毁档案有限公司', agentId: agent.id })).id;
    const destroyedIssue = await register(agent, { customerId: doomed });
    const keptIssue = await register(agent);
    for (const [issue, name] of [
      [destroyedIssue, '现场照片.png'],
      [keptIssue, '答复函.pdf'],
    ] as const)
      expect((await upload(agent, issue.id, name, name.endsWith('.png') ? PNG : PDF)).statusCode).toBe(201);
    const keyOf = async (issueId: number) =>
      (
        await t.database.db
          .selectFrom('issue_attachments')
          .select('storage_key')
          .where('issue_id', '=', issueId)
          .executeTakeFirstOrThrow()
      ).storage_key;
    const destroyedFile = path.join(t.attachmentsDir, await keyOf(destroyedIssue.id));
    const keptFile = path.join(t.attachmentsDir, await keyOf(keptIssue.id));
    // A destruction deletes the issues and their attachment rows in its transaction; the file stays behind it.
    await t.database.db
      .transaction()
      .execute((trx) => runLifecycles(CUSTOMER_LIFECYCLES, 'destroy', trx, [doomed]));
    expect(fs.existsSync(destroyedFile)).toBe(true);
    // A cut-off upload's temporary file, and a file of two hours ago that no row names, next to a fresh one.
    const folder = path.dirname(keptFile);
    const cutOff = path.join(folder, '.3f0e9a4c-0000-4000-8000-000000000001.part');
    const freshOrphan = path.join(folder, '3f0e9a4c-0000-4000-8000-000000000002');
    fs.writeFileSync(cutOff, 'partial');
    fs.writeFileSync(freshOrphan, 'being committed');
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    for (const file of [destroyedFile, keptFile, cutOff]) fs.utimesSync(file, twoHoursAgo, twoHoursAgo);

    const admin = { cookie: await adminCookie(t) } as TestUser;
    const run = await callAs(t, admin, 'POST', '/api/v1/jobs/attachment-cleanup/run', {});
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({ result: { removed: 2 } });
    expect(fs.existsSync(destroyedFile)).toBe(false);
    expect(fs.existsSync(cutOff)).toBe(false);
    expect(fs.existsSync(keptFile)).toBe(true);
    expect(fs.existsSync(freshOrphan)).toBe(true);
    expect((await list(agent, keptIssue.id)).items.map((a) => a.fileName)).toEqual(['答复函.pdf']);
    fs.rmSync(freshOrphan);
  });
});
