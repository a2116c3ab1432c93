import { type Kysely, sql } from 'kysely';

/**
 * `followup_tasks.end_reason` held the reason in Chinese only; it now holds a code the client words in the user's
 * language: `refused`, or `failed:<last outcome>` (the count is `failed_attempts`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update followup_tasks set end_reason = case
      when end_reason = '客户拒访' then 'refused'
      when end_reason like '%最后一次：未接通%' then 'failed:no_answer'
      when end_reason like '%最后一次：忙线%' then 'failed:busy'
      when end_reason like '%最后一次：号码错误%' then 'failed:wrong_number'
      else end_reason
    end
    where end_reason is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    update followup_tasks set end_reason = case
      when end_reason = 'refused' then '客户拒访'
      when end_reason like 'failed:%' then failed_attempts || ' 次联系未果（最后一次：' || case end_reason
        when 'failed:no_answer' then '未接通' when 'failed:busy' then '忙线' else '号码错误' end || '）'
      else end_reason
    end
    where end_reason is not null`.execute(db);
}
