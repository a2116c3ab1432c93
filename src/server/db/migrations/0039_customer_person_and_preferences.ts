import { type Kysely, sql } from 'kysely';

/**
 * Issue 13, item 5. An individual customer's 性别 and 年龄 (seed 000's 终端店铺登记表); the age is kept as a birth
 * year so that it does not go stale. Preferred follow-up method (上门回访 / 电话沟通 / 其他) and preferred contact
 * channel (E-mail / 上门拜访 / 普通信件 / 电话联系 / 传真 / 其他) are two questions of the needs survey: the edit form
 * offered both lists' words as one "method", so the channel words move to the channel; a channel typed freely
 * becomes 其他, its words kept in the remark (as is a channel word given as the method beside a channel). The generation pass now reads the channel (a proactive call goes by
 * E-mail or letter for who prefers them), so its covering index carries the channel instead of the method.
 */
const METHODS = ['上门回访', '电话沟通', '其他'];
const CHANNELS = ['E-mail', '上门拜访', '普通信件', '电话联系', '传真', '其他'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table customers
    add column gender text check (gender in ('male', 'female')),
    add column birth_year smallint check (birth_year between 1850 and 2200)`.execute(db);
  // A channel already given keeps its place; the method's word is kept in the remark then.
  await sql`update customers set preferred_channel = coalesce(preferred_channel, preferred_method),
      remark = case when preferred_channel is null then remark
        else concat_ws(E'\n', remark, '偏好回访方式（原填写）：' || preferred_method) end,
      preferred_method = null
    where preferred_method = any(${CHANNELS}::text[]) and not preferred_method = any(${METHODS}::text[])`.execute(
    db,
  );
  await sql`update customers set preferred_channel = case
      when lower(preferred_channel) in ('email', '邮件', '邮箱', '电子邮件') then 'E-mail'
      when preferred_channel in ('电话', '打电话') then '电话联系'
      when preferred_channel in ('信件', '信函', '邮寄') then '普通信件'
      when preferred_channel in ('上门', '拜访') then '上门拜访'
      else preferred_channel end
    where not preferred_channel = any(${CHANNELS}::text[])`.execute(db);
  for (const [column, label, allowed] of [
    ['preferred_channel', '偏好联系渠道', CHANNELS],
    ['preferred_method', '偏好回访方式', METHODS],
  ] as const) {
    await sql`update customers set
        remark = concat_ws(E'\n', remark, ${`${label}（原填写）：`} || ${sql.ref(column)}),
        ${sql.ref(column)} = '其他'
      where not ${sql.ref(column)} = any(${allowed}::text[])`.execute(db);
  }
  await sql`drop index customers_generation_idx`.execute(db);
  await sql`create index customers_generation_idx on customers (tier, id)
    include (owner_id, agent_id, preferred_channel, followup_weekly_cap, kind, status, province, updated_at)
    where deleted_at is null and merged_into_id is null and destroyed_at is null and not do_not_contact`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index customers_generation_idx`.execute(db);
  await sql`create index customers_generation_idx on customers (tier, id)
    include (owner_id, agent_id, preferred_method, followup_weekly_cap, kind, status, province, updated_at)
    where deleted_at is null and merged_into_id is null and destroyed_at is null and not do_not_contact`.execute(
    db,
  );
  await sql`alter table customers drop column gender, drop column birth_year`.execute(db);
}
