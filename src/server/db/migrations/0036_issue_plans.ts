import { type Kysely, sql } from 'kysely';

/**
 * A complaint's solution plan approved by a leader before it is carried out (SPEC §4, seed 002: 上级领导应对投诉
 * 处理方案一一过目…作出批示), on the shared approval workflow; which issues need it is the SLA policy's choice
 * (the defaults: 紧急 and 重大). And the reply time promised to the customer (告知客户的反馈时间) becomes a
 * third deadline the escalation job watches, met by a progress note the customer was told of.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table issue_plans (
      id bigint generated always as identity primary key,
      issue_id bigint not null references issues (id),
      cycle integer not null,
      plan text not null,
      submitted_by bigint not null references users (id),
      submitted_at timestamptz not null default now()
    );
    create index issue_plans_issue_idx on issue_plans (issue_id, cycle, id);

    alter table sla_policies add column plan_approval boolean not null default false;
    update sla_policies set plan_approval = true where urgency in ('urgent', 'major');

    alter table issues add column promised_reply_met_at timestamptz;
    -- A promise to the customer holds while the issue waits on them, so pauses do not hide it.
    create index issues_promised_reply_due_idx on issues (promised_reply_at)
      where status in ('pending', 'in_progress') and promised_reply_at is not null and promised_reply_met_at is null;

    alter table approvals drop constraint approvals_workflow_check;
    alter table approvals add constraint approvals_workflow_check check (workflow in ('access', 'export', 'grade',
      'destruction', 'role_change', 'record_review', 'issue_plan'));

    alter table issue_events drop constraint issue_events_deadline_check;
    alter table issue_events add constraint issue_events_deadline_check
      check (deadline in ('first_response', 'solution', 'promised_reply'));
    -- The attachment kinds are migration 0035's.
    alter table issue_events drop constraint issue_events_kind_check;
    alter table issue_events add constraint issue_events_kind_check check (kind in ('registered', 'moved',
      'progress', 'edited', 'paused', 'resumed', 'notified', 'escalation', 'revisit_planned', 'revisit_answered',
      'duplicate_linked', 'letter', 'attachment_added', 'attachment_removed', 'plan_submitted', 'plan_approved',
      'plan_rejected'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from issue_events where kind in ('plan_submitted', 'plan_approved', 'plan_rejected')
      or deadline = 'promised_reply';
    alter table issue_events drop constraint issue_events_kind_check;
    alter table issue_events add constraint issue_events_kind_check check (kind in ('registered', 'moved',
      'progress', 'edited', 'paused', 'resumed', 'notified', 'escalation', 'revisit_planned', 'revisit_answered',
      'duplicate_linked', 'letter', 'attachment_added', 'attachment_removed'));
    alter table issue_events drop constraint issue_events_deadline_check;
    alter table issue_events add constraint issue_events_deadline_check
      check (deadline in ('first_response', 'solution'));
    delete from approvals where workflow = 'issue_plan';
    alter table approvals drop constraint approvals_workflow_check;
    alter table approvals add constraint approvals_workflow_check check (workflow in ('access', 'export', 'grade',
      'destruction', 'role_change', 'record_review'));
    drop index issues_promised_reply_due_idx;
    alter table issues drop column promised_reply_met_at;
    alter table sla_policies drop column plan_approval;
    drop table issue_plans;
  `.execute(db);
}
