import { sql } from 'kysely';
import { dateIn } from '../../src/domain/calendar/dates.ts';
import { zonedMoment } from '../../src/domain/calendar/hours.ts';
import type { DatabaseHandle } from '../../src/server/db/connection.ts';
import { random } from './customers.ts';
import { DEMO_USERS } from './organisation.ts';

/** Weeks of follow-up work behind the demo: the 通用 B2B preset's tasks, mostly done, some late or sent back. */
const HISTORY_DAYS = 14;
const DAY = 86_400_000;
const DEMO_TIME_ZONE = 'Asia/Shanghai';

const OPINIONS = [
  '希望增加技术培训场次',
  '对上次维修响应速度满意',
  '建议报价单更详细一些',
  '新设备运行稳定，暂无意见',
  '希望缩短配件到货时间',
  '售后工程师态度很好',
  '希望提供季度使用报告',
  '发票寄送有延误，请改进',
];
const KEY_POINTS = [
  '了解近期合作情况，确认下季度需求',
  '回访设备使用情况',
  '征询对服务流程的意见',
  '介绍新产品方案，客户有兴趣',
];
const RETURN_COMMENTS = ['请补充客户的具体意见和对策', '回访要点过于简单，请补充'];

type Call = (
  username: string,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
) => Promise<{
  statusCode: number;
  json: () => unknown;
}>;

/**
 * The demo's follow-up history, through the API: the preset installed, generation run for each of the past
 * weeks' days, then each past task worked by its assignee (a record with satisfaction, an unanswered call, or
 * nothing: overdue), records reviewed by the author's supervisor (signed, sent back, or still waiting), and
 * today's run. The records are then dated as if entered on the day of the visit (the API dates them today).
 */
export async function seedFollowups(database: DatabaseHandle, call: Call, now = new Date()) {
  await must(call('admin', 'POST', '/api/v1/followup-presets/b2b/install', {}));
  for (let day = HISTORY_DAYS; day >= 1; day--) {
    const asOf = new Date(now.getTime() - day * DAY);
    await must(call('admin', 'POST', '/api/v1/jobs/followup-generation/run', { asOf: asOf.toISOString() }));
  }
  const usernameOf = new Map(
    (await database.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [
      u.id,
      u.username,
    ]),
  );
  const startOfToday = zonedMoment(dateIn(now, DEMO_TIME_ZONE), 0, DEMO_TIME_ZONE);
  const tasks = await database.db
    .selectFrom('followup_tasks')
    .select(['id', 'customer_id', 'assignee_id', 'method', 'start_at'])
    .where('start_at', '<', startOfToday)
    .where('status', 'in', ['pending', 'in_progress', 'overdue'])
    .orderBy('start_at')
    .orderBy('id')
    .execute();
  const next = random(20_261_203);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const records: { id: number; author: string; contactedAt: Date }[] = [];
  for (const task of tasks) {
    const assignee = task.assignee_id === null ? undefined : usernameOf.get(task.assignee_id);
    if (!assignee) continue;
    const roll = next();
    if (roll < 0.12) continue; // not done: overdue once its deadline passes
    if (roll < 0.2) {
      await call(assignee, 'POST', `/api/v1/followup-tasks/${task.id}/attempts`, { outcome: 'no_answer' });
      continue;
    }
    const contactedAt = new Date(task.start_at.getTime() + (9.5 + next() * 7) * 3_600_000);
    const satisfaction = satisfactionOf(next());
    const answer = await call(assignee, 'POST', '/api/v1/followup-records', {
      taskId: task.id,
      method: task.method === 'onsite' ? 'onsite' : task.method,
      contactedAt: contactedAt.toISOString(),
      durationMinutes: task.method === 'onsite' ? 45 + Math.floor(next() * 60) : 5 + Math.floor(next() * 15),
      serviceSatisfaction: satisfaction,
      productSatisfaction: Math.min(5, satisfaction + (next() < 0.3 ? 1 : 0)),
      opinions: pick(OPINIONS),
      keyPoints: pick(KEY_POINTS),
      result: satisfaction >= 3 ? '客户认可，按计划继续跟进' : '客户不满意，已登记问题待处理',
      ...(task.method === 'onsite' ? { signature: SIGNATURE } : {}),
    });
    if (answer.statusCode === 201) {
      records.push({ id: (answer.json() as { id: number }).id, author: assignee, contactedAt });
    }
  }
  await backdate(database);
  await reviewSome(call, records, next, now);
  await must(call('admin', 'POST', '/api/v1/jobs/followup-generation/run', { asOf: now.toISOString() }));
  return records.length;
}

/** Mostly 好 and 较好, a few 一般, rarely 差 or 很差. */
function satisfactionOf(roll: number): number {
  if (roll < 0.42) return 5;
  if (roll < 0.77) return 4;
  if (roll < 0.92) return 3;
  if (roll < 0.98) return 2;
  return 1;
}

/** Records older than 3 days mostly signed, some sent back; the recent ones wait for review. */
async function reviewSome(
  call: Call,
  records: { id: number; author: string; contactedAt: Date }[],
  next: () => number,
  now: Date,
) {
  for (const record of records) {
    if (now.getTime() - record.contactedAt.getTime() < 3 * DAY) continue;
    const roll = next();
    if (roll > 0.9) continue; // still waiting: overdue for review
    const action = roll < 0.08 ? 'return' : 'approve';
    const comment = action === 'return' ? RETURN_COMMENTS[record.id % RETURN_COMMENTS.length] : '记录完整';
    for (const reviewer of reviewersOf(record.author)) {
      const answer = await call(reviewer, 'POST', `/api/v1/followup-records/${record.id}/${action}`, {
        comment,
      });
      if (answer.statusCode < 300) break;
    }
  }
}

/** The author's supervisor first, then the department managers (whoever's reach holds the author). */
function reviewersOf(author: string): string[] {
  const supervisor = DEMO_USERS.find((u) => u.username === author)?.supervisor;
  const managers = DEMO_USERS.filter((u) => u.roles.includes('dept_manager')).map((u) => u.username);
  return [...(supervisor ? [supervisor] : []), ...managers];
}

/** As if each record had been entered on the day of its visit (日清日结), and submitted for review then. */
async function backdate(database: DatabaseHandle) {
  await sql`
    update followup_records set created_at = contacted_at + interval '30 minutes',
      updated_at = contacted_at + interval '30 minutes', late_entry = false;
    update followup_record_reviews v set submitted_at = r.created_at from followup_records r where r.id = v.record_id;
    update approvals a set created_at = v.submitted_at
      from followup_record_reviews v where a.workflow = 'record_review' and a.subject_id = v.id;
  `.execute(database.db);
}

async function must(answer: Promise<{ statusCode: number; json: () => unknown }>) {
  const response = await answer;
  if (response.statusCode >= 300)
    throw new Error(`demo follow-ups: ${response.statusCode} ${JSON.stringify(response.json())}`);
  return response.json();
}

// A small signature stroke, as a signature pad would send it.
const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
