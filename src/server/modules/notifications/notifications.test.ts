import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { adminCookie, callAs, newCustomer, newUser, type TestUser } from '../../test/fixtures.ts';

interface Received {
  to: string;
  text: string;
}

/** A plain-text message's body, decoded from base64 where the sender encoded it so. */
function bodyOf(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  return /content-transfer-encoding: base64/i.test(head)
    ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8')
    : body;
}

/** A local SMTP server, started and stopped by the test, that keeps what it is sent. */
function smtpServer(port: number) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          text: bodyOf(Buffer.concat(chunks).toString('utf8')),
        });
        done();
      });
    },
  });
  return {
    received,
    start: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on yet (the SMTP server is "down" until started there). */
async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

let t: TestApp;
let port: number;
let agent: TestUser;
let supervisor: TestUser;
let manager: TestUser;
let customerId: number;

beforeAll(async () => {
  port = await freePort();
  t = await createTestApp({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: '回访系统 <huifang@example.com>',
  });
  supervisor = await newUser(t, 'nt.sup', ['supervisor'], '客户服务部');
  agent = await newUser(t, 'nt.agent', ['agent'], '客户服务部');
  manager = await newUser(t, 'nt.am', ['account_manager'], '销售部');
  await t.database.db
    .updateTable('users')
    .set({ supervisor_id: supervisor.id })
    .where('id', '=', agent.id)
    .execute();
  await t.database.db
    .updateTable('users')
    .set({ email: 'liuyang@example.com' })
    .where('id', '=', supervisor.id)
    .execute();
  customerId = (await newCustomer(t, manager, { name: '恒达物流有限公司', agentId: agent.id })).id;
});
afterAll(() => t.close());

const register = (urgency = 'normal') =>
  callAs(t, agent, 'POST', '/api/v1/issues', {
    customerId,
    channel: 'phone',
    urgency,
    description: '货物破损，客户要求赔偿',
    raisedAt: new Date().toISOString(),
  });

const runMail = async (asOf: Date) =>
  (
    await callAs(t, { cookie: await adminCookie(t) } as TestUser, 'POST', '/api/v1/jobs/email-outbox/run', {
      asOf: asOf.toISOString(),
    })
  ).json().result;

const outbox = async () =>
  (await callAs(t, { cookie: await adminCookie(t) } as TestUser, 'GET', '/api/v1/email-outbox')).json().items;

describe('notifications', () => {
  it('tells the owner in the app, with an unread count that reading clears', async () => {
    const issue = (await register()).json();
    const mine = (await callAs(t, supervisor, 'GET', '/api/v1/notifications?unread=true')).json();
    const note = mine.items.find((n: { link: string }) => n.link === `/issues/${issue.id}`);
    expect(note).toMatchObject({
      kind: 'issue_assigned',
      title: `问题 ${issue.number} 由你负责`,
      params: { number: issue.number },
    });
    expect(mine.unreadCount).toBeGreaterThan(0);
    const after = (await callAs(t, supervisor, 'POST', `/api/v1/notifications/${note.id}/read`)).json();
    expect(after.unreadCount).toBe(mine.unreadCount - 1);
    expect((await callAs(t, supervisor, 'POST', '/api/v1/notifications/read-all')).json().unreadCount).toBe(
      0,
    );
    // The agent registered it and is told nothing of their own act.
    expect((await callAs(t, agent, 'GET', '/api/v1/notifications')).json().items).toEqual([]);
  });

  it('keeps mail in the outbox while the SMTP server is down, and sends it once it is up', async () => {
    const smtp = smtpServer(port);
    const issue = (await register()).json();
    const now = new Date();
    const down = await runMail(now);
    expect(down.sent).toBe(0);
    expect(down.retrying).toBeGreaterThanOrEqual(1);
    const waiting = (await outbox()).find((m: { subject: string }) => m.subject.includes(issue.number));
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, toAddress: 'liuyang@example.com' });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(Date.parse(waiting.nextAttemptAt)).toBe(now.getTime() + 60_000); // 1 minute, then 2, 4 …
    await smtp.start();
    try {
      expect(await runMail(new Date(now.getTime() + 30_000))).toMatchObject({ sent: 0 }); // not due yet
      expect(await runMail(new Date(now.getTime() + 61_000))).toMatchObject({
        sent: down.retrying,
        retrying: 0,
      });
      const mail = smtp.received.find((m) => m.text.includes(`/issues/${issue.id}`));
      expect(mail?.to).toBe('liuyang@example.com');
      expect(mail?.text).toContain(`问题 ${issue.number} 由你负责`);
      const sent = (await outbox()).find((m: { id: number }) => m.id === waiting.id);
      expect(sent).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      // Nothing is sent twice.
      expect(await runMail(new Date(now.getTime() + 600_000))).toMatchObject({ sent: 0 });
    } finally {
      await smtp.stop();
    }
  });

  it('mails nothing a person switched off, and still shows it in the app', async () => {
    const saved = await callAs(t, supervisor, 'PUT', '/api/v1/notification-preferences', {
      items: [{ kind: 'issue_assigned', inApp: true, email: false }],
    });
    expect(saved.json().items).toContainEqual({ kind: 'issue_assigned', inApp: true, email: false });
    const before = (await outbox()).length;
    const issue = (await register()).json();
    expect((await outbox()).length).toBe(before);
    const mine = (await callAs(t, supervisor, 'GET', '/api/v1/notifications')).json();
    expect(mine.items[0]).toMatchObject({ link: `/issues/${issue.id}` });
    await callAs(t, supervisor, 'PUT', '/api/v1/notification-preferences', {
      items: [{ kind: 'issue_assigned', inApp: true, email: true }],
    });
  });

  it('writes a mail in the language its reader saved on the account, and the app row stays worded from its kind', async () => {
    const saved = await callAs(t, supervisor, 'PUT', '/api/v1/auth/me/locale', { locale: 'en' });
    expect(saved.json()).toEqual({ locale: 'en' });
    expect((await callAs(t, supervisor, 'GET', '/api/v1/auth/me')).json().locale).toBe('en');
    try {
      const issue = (await register()).json();
      const mail = (await outbox()).find((m: { subject: string }) => m.subject.includes(issue.number));
      expect(mail.subject).toBe(`[Huifang] Issue ${issue.number} is yours`);
      const note = (await callAs(t, supervisor, 'GET', '/api/v1/notifications')).json().items[0];
      expect(note).toMatchObject({
        title: `问题 ${issue.number} 由你负责`,
        params: { number: issue.number },
      });
    } finally {
      await callAs(t, supervisor, 'PUT', '/api/v1/auth/me/locale', { locale: 'zh-CN' });
    }
    const refused = await callAs(t, supervisor, 'PUT', '/api/v1/auth/me/locale', { locale: 'fr' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors?.[0]?.field ?? refused.body).toContain('locale');
  });

  it('pushes a new notification down an open stream', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port: appPort } = t.app.server.address() as AddressInfo;
    const events: { event: string; data: unknown }[] = [];
    const request = http.get({
      host: '127.0.0.1',
      port: appPort,
      path: '/api/v1/notifications/stream',
      headers: { cookie: supervisor.cookie, accept: 'text/event-stream' },
    });
    const seen = (predicate: (e: { event: string; data: unknown }) => boolean) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no such event: ${JSON.stringify(events)}`)), 5000);
        const check = () => {
          if (events.some(predicate)) {
            clearTimeout(timer);
            resolve();
          } else setTimeout(check, 20);
        };
        check();
      });
    request.on('response', (response) => {
      expect(response.headers['content-type']).toContain('text/event-stream');
      let buffer = '';
      response.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop() ?? '';
        for (const block of blocks) {
          const event = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      });
    });
    try {
      await seen((e) => e.event === 'unread');
      const issue = (await register('urgent')).json();
      await seen(
        (e) => e.event === 'notification' && (e.data as { link: string }).link === `/issues/${issue.id}`,
      );
      // Read in another tab: this stream's count follows.
      const before = events.length;
      await callAs(t, supervisor, 'POST', '/api/v1/notifications/read-all');
      await seen(
        (e) =>
          events.indexOf(e) >= before &&
          e.event === 'unread' &&
          (e.data as { unreadCount: number }).unreadCount === 0,
      );
    } finally {
      request.destroy();
    }
  });

  it('tells the author of a record sent back, and whoever a task is reassigned to', async () => {
    const record = await callAs(t, agent, 'POST', '/api/v1/followup-records', {
      customerId,
      method: 'phone',
      contactedAt: new Date().toISOString(),
      serviceSatisfaction: 4,
      keyPoints: '例行回访',
    });
    expect(record.statusCode).toBe(201);
    const back = await callAs(t, supervisor, 'POST', `/api/v1/followup-records/${record.json().id}/return`, {
      comment: '请补充客户意见',
    });
    expect(back.statusCode).toBe(200);
    const told = (await callAs(t, agent, 'GET', '/api/v1/notifications')).json().items[0];
    expect(told).toMatchObject({ kind: 'record_returned', body: '请补充客户意见' });
    expect(told.title).toContain('被测试nt.sup');
  });
});
