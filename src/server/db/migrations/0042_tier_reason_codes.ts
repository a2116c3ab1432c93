import { type Kysely, sql } from 'kysely';

/**
 * Issue 13: customer_tier_history.reason held Chinese words ('新建客户', '等级申报 #12 获批' …) that the web matched
 * back to its messages; it now holds a code (TIER_REASONS in src/domain/customers/tier.ts), held to the set by a
 * CHECK, and an approved 等级申报 names its request in a column of its own. A reason no version ever wrote fails
 * the CHECK, so the migration stops rather than guess.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table customer_tier_history
      add column grade_request_id bigint references grade_change_requests(id) on delete set null;
    create index customer_tier_history_grade_request_idx on customer_tier_history (grade_request_id)
      where grade_request_id is not null;
    update customer_tier_history h
       set grade_request_id = (select r.id from grade_change_requests r
                                where r.id = substring(h.reason from '^等级申报 #([0-9]+) 获批$')::bigint)
     where h.reason ~ '^等级申报 #[0-9]+ 获批$';
    update customer_tier_history set reason = case
      when reason = '新建客户' then 'created'
      when reason = '年合作金额变更' then 'amount_changed'
      when reason = '导入' then 'import'
      when reason = '分级规则调整' then 'rules_changed'
      when reason = '评分变化' then 'score_changed'
      -- '#?': written by down() for an approval whose request had gone.
      when reason ~ '^等级申报 #([0-9]+|[?]) 获批$' then 'grade_approved'
      else reason
    end;
    alter table customer_tier_history
      add constraint customer_tier_history_reason_check check (reason in
        ('created', 'amount_changed', 'import', 'rules_changed', 'score_changed', 'grade_approved')),
      add constraint customer_tier_history_grade_request_check
        check (grade_request_id is null or reason = 'grade_approved');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table customer_tier_history drop constraint customer_tier_history_reason_check,
      drop constraint customer_tier_history_grade_request_check;
    update customer_tier_history set reason = case reason
      when 'created' then '新建客户'
      when 'amount_changed' then '年合作金额变更'
      when 'import' then '导入'
      when 'rules_changed' then '分级规则调整'
      when 'score_changed' then '评分变化'
      when 'grade_approved' then '等级申报 #' || coalesce(grade_request_id::text, '?') || ' 获批'
      else reason
    end;
    alter table customer_tier_history drop column grade_request_id;
  `.execute(db);
}
