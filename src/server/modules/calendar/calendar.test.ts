import fs from 'node:fs';
import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-helper.ts';
import { adminCookie, newUser, type TestUser } from '../../test/fixtures.ts';
import { missingYears, warnIfUncovered } from './service.ts';

let t: TestApp;
let admin: string;
let agent: TestUser;
const TZ = 'Asia/Shanghai';
const V1 = '/api/v1/calendar';
const call = (cookie: string, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) =>
  t.call(cookie, { method, url, payload });
const fieldsOf = (body: string) => (JSON.parse(body).errors ?? []) as { field: string; message: string }[];

beforeAll(async () => {
  t = await createTestApp();
  admin = await adminCookie(t);
  agent = await newUser(t, 'calagent', ['agent'], '客户服务部');
});
afterAll(() => t?.close());

describe('working days through the API', () => {
  it('puts "2 working days" after 2025-09-30 on 2025-10-10, for anyone signed in', async () => {
    const answer = await call(agent.cookie, 'GET', `${V1}/add-working-days?from=2025-09-30&days=2`);
    expect(answer.json()).toEqual({ date: '2025-10-10', covered: true, uncoveredYears: [] });
    expect(
      (await t.call(undefined, { method: 'GET', url: `${V1}/add-working-days?from=2025-09-30&days=2` }))
        .statusCode,
    ).toBe(401);
  });

  it('marks an answer that needed 2027 as uncovered until the admin enters 2027, which then counts', async () => {
    const before = await call(agent.cookie, 'GET', `${V1}/add-working-days?from=2026-12-30&days=3`);
    expect(before.json()).toEqual({ date: '2027-01-04', covered: false, uncoveredYears: [2027] });
    expect(await missingYears(t.database.db, TZ, new Date('2026-12-03T09:00:00+08:00'))).toEqual([2027]);

    const saved = await call(admin, 'PUT', `${V1}/years/2027`, {
      holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
      workdays: [],
      note: '国办发明电〔2026〕×号',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ year: 2027, source: 'admin', hasStatutory: false });

    const after = await call(agent.cookie, 'GET', `${V1}/add-working-days?from=2026-12-30&days=3`);
    expect(after.json()).toEqual({ date: '2027-01-05', covered: true, uncoveredYears: [] });
    expect(await missingYears(t.database.db, TZ, new Date('2026-12-03T09:00:00+08:00'))).toEqual([]);
    const years = (await call(agent.cookie, 'GET', `${V1}/years`)).json().items as {
      year: number;
      source: string;
    }[];
    expect(years.find((y) => y.year === 2027)).toMatchObject({
      source: 'admin',
      holidayCount: 3,
      updatedByName: expect.any(String),
    });
    expect(years.find((y) => y.year === 2026)).toMatchObject({
      source: 'statutory',
      holidayCount: 33,
      workdayCount: 6,
    });

    // Removing the entry uncovers the year again; removing it twice finds nothing.
    expect((await call(admin, 'DELETE', `${V1}/years/2027`)).json()).toMatchObject({
      source: 'uncovered',
      holidays: [],
    });
    expect((await call(admin, 'DELETE', `${V1}/years/2027`)).statusCode).toBe(404);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_type', '=', 'calendar_year')
      .where('target_id', '=', '2027')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['calendar.year_saved', 'calendar.year_reset']);
  });

  it('says which field is wrong and why when a year is entered badly', async () => {
    const answer = await call(admin, 'PUT', `${V1}/years/2028`, {
      holidays: ['2028-01-01', '2027-12-31', '2028-02-30'],
      workdays: ['2028-01-01', '2028-01-05'],
    });
    expect(answer.statusCode).toBe(400);
    expect(fieldsOf(answer.body).map((e) => e.field)).toEqual([
      'holidays.1',
      'holidays.2',
      'workdays.0',
      'workdays.1',
    ]);
    expect(fieldsOf(answer.body).find((e) => e.field === 'workdays.1')?.message).toContain('不是周六或周日');
    expect((await call(admin, 'GET', `${V1}/years/2028`)).json()).toMatchObject({ source: 'uncovered' });
  });

  it('lets an admin override a statutory year and go back to it', async () => {
    await call(admin, 'PUT', `${V1}/years/2026`, { holidays: [], workdays: [] });
    expect(
      (await call(agent.cookie, 'GET', `${V1}/add-working-days?from=2026-09-30&days=1`)).json().date,
    ).toBe('2026-10-01');
    expect((await call(admin, 'DELETE', `${V1}/years/2026`)).json()).toMatchObject({ source: 'statutory' });
    expect(
      (await call(agent.cookie, 'GET', `${V1}/add-working-days?from=2026-09-30&days=1`)).json().date,
    ).toBe('2026-10-08');
  });
});

describe('reading a notice or a calendar file', () => {
  it('reads the pasted notice by year without saving it', async () => {
    const answer = await call(admin, 'POST', `${V1}/parse`, {
      format: 'notice',
      year: 2027,
      text: '一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月14日（周日）上班。',
    });
    expect(answer.json()).toEqual({
      arrangements: [
        {
          year: 2027,
          holidays: [
            '2027-01-01',
            '2027-01-02',
            '2027-01-03',
            '2027-02-06',
            '2027-02-07',
            '2027-02-08',
            '2027-02-09',
            '2027-02-10',
            '2027-02-11',
            '2027-02-12',
            '2027-02-13',
          ],
          workdays: ['2027-02-14'],
        },
      ],
      unread: [],
    });
    expect((await call(admin, 'GET', `${V1}/years/2027`)).json()).toMatchObject({ source: 'uncovered' });
  });

  it('reads an .ics file, and names the field of a text it cannot read', async () => {
    const ics = fs.readFileSync('node_modules/chinese-days/dist/years/2025.ics', 'utf8');
    const answer = await call(admin, 'POST', `${V1}/parse`, { format: 'ics', text: ics });
    expect(answer.json().arrangements[0]).toMatchObject({
      year: 2025,
      workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    });
    const bad = await call(admin, 'POST', `${V1}/parse`, {
      format: 'ics',
      text: 'BEGIN:VCALENDAR\nnonsense',
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)[0]?.field).toBe('text');
    const empty = await call(admin, 'POST', `${V1}/parse`, {
      format: 'notice',
      year: 2027,
      text: '通知如下。',
    });
    expect(fieldsOf(empty.body)[0]).toMatchObject({ field: 'text', message: '没有读到放假或上班的日期' });
  });
});

describe('company hours', () => {
  it('keeps the defaults until an admin changes them, and refuses a window that ends before it starts', async () => {
    const defaults = (await call(agent.cookie, 'GET', `${V1}/hours`)).json();
    expect(defaults.preferredWindows).toEqual([
      { start: '10:00', end: '11:30' },
      { start: '15:30', end: '17:00' },
    ]);
    const bad = await call(admin, 'PUT', `${V1}/hours`, {
      ...defaults,
      callingHours: { start: '20:00', end: '09:00' },
    });
    expect(fieldsOf(bad.body).map((e) => e.field)).toEqual(['callingHours']);
    const changed = { ...defaults, restHours: [{ start: '12:00', end: '14:00' }] };
    expect((await call(admin, 'PUT', `${V1}/hours`, changed)).statusCode).toBe(200);
    expect((await call(agent.cookie, 'GET', `${V1}/hours`)).json()).toEqual(changed);
    expect((await call(agent.cookie, 'PUT', `${V1}/hours`, changed)).statusCode).toBe(403);
  });
});

it('says in the log which year is missing', () => {
  const warnings: unknown[][] = [];
  const log = { warn: (...args: unknown[]) => warnings.push(args) } as unknown as FastifyBaseLogger;
  warnIfUncovered(log, { uncoveredYears: [] }, 'nothing');
  warnIfUncovered(log, { uncoveredYears: [2027] }, 'add 3 working days to 2026-12-30');
  expect(warnings).toHaveLength(1);
  expect(String(warnings[0]?.[1])).toContain('2027');
});
