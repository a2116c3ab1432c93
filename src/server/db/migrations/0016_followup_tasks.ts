import { type Kysely, sql } from 'kysely';

/**
 * 回访任务 (SPEC §3.4) and the events other modules raise for the rules. A task's `source_key` names what made
 * it (the rule and the period or event; a record's next follow-up), unique per customer, so generating twice —
 * or on two instances at once — makes nothing twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table followup_events (
      id bigint generated always as identity primary key,
      customer_id bigint not null references customers (id),
      kind text not null,
      occurred_at timestamptz not null,
      severity text check (severity in ('general', 'urgent', 'major')),
      ref_type text,
      ref_id text,
      created_at timestamptz not null default now()
    );
    create index followup_events_kind_idx on followup_events (kind, occurred_at);
    create index followup_events_customer_idx on followup_events (customer_id);

    create table followup_tasks (
      id bigint generated always as identity primary key,
      customer_id bigint not null references customers (id),
      source_key text not null,
      rule_id bigint references followup_rules (id),
      rule_version integer,
      type text not null,
      method text not null,
      priority text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
      assignee_id bigint references users (id),
      status text not null default 'pending'
        check (status in ('pending', 'in_progress', 'done', 'unreachable', 'cancelled', 'overdue')),
      start_at timestamptz not null,
      due_at timestamptz not null,
      next_attempt_at timestamptz,
      attempts integer not null default 0,
      event_kind text,
      event_id bigint,
      event_at timestamptz,
      proactive boolean not null default false,
      -- a service follow-up of an open complaint for a customer who asked not to be contacted
      contact_despite_dnc boolean not null default false,
      signature_required boolean not null default false,
      -- the deadline fell in a year with no holiday arrangement: weekends only were assumed
      calendar_uncovered boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      completed_at timestamptz,
      unique (customer_id, source_key)
    );
    create index followup_tasks_assignee_idx on followup_tasks (assignee_id, status, due_at);
    create index followup_tasks_open_due_idx on followup_tasks (due_at) where status in ('pending', 'in_progress');
    create index followup_tasks_customer_idx on followup_tasks (customer_id, start_at);
    create index followup_tasks_rule_idx on followup_tasks (rule_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table followup_tasks; drop table followup_events;`.execute(db);
}
