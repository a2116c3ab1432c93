import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table departments (
      id bigint generated always as identity primary key,
      name text not null check (length(name) between 1 and 100),
      parent_id bigint references departments(id),
      sort_order integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index departments_parent_idx on departments(parent_id);
    create unique index departments_sibling_name_uq on departments(coalesce(parent_id, 0), name);

    create table roles (
      key text primary key,
      name_zh text not null,
      name_en text not null,
      data_scope text not null check (data_scope in ('none', 'own', 'department', 'all')),
      permissions text[] not null default '{}',
      updated_at timestamptz not null default now()
    );

    create table users (
      id bigint generated always as identity primary key,
      username text not null,
      display_name text not null,
      password_hash text not null,
      department_id bigint references departments(id),
      supervisor_id bigint references users(id),
      roles text[] not null default '{}',
      status text not null default 'active' check (status in ('active', 'disabled')),
      email text,
      phone text,
      locale text not null default 'zh-CN',
      failed_login_count integer not null default 0,
      locked_until timestamptz,
      must_change_password boolean not null default false,
      password_changed_at timestamptz not null default now(),
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    );
    create unique index users_username_uq on users(lower(username));
    create index users_department_idx on users(department_id);
    create index users_supervisor_idx on users(supervisor_id);
    create index users_roles_idx on users using gin(roles);

    create table sessions (
      id text primary key,
      user_id bigint not null references users(id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      last_seen_at timestamptz not null default now(),
      ip text,
      user_agent text
    );
    create index sessions_user_idx on sessions(user_id);
    create index sessions_expires_idx on sessions(expires_at);

    create table api_tokens (
      id bigint generated always as identity primary key,
      user_id bigint not null references users(id) on delete cascade,
      name text not null,
      token_hash text not null unique,
      token_prefix text not null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      expires_at timestamptz,
      revoked_at timestamptz
    );
    create index api_tokens_user_idx on api_tokens(user_id);

    create table audit_events (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null,
      actor_id bigint references users(id),
      actor_name text,
      action text not null,
      target_type text,
      target_id text,
      details jsonb not null default '{}',
      ip text,
      prev_hash text not null,
      hash text not null
    );
    create index audit_events_occurred_idx on audit_events(occurred_at desc, id desc);
    create index audit_events_actor_idx on audit_events(actor_id, id desc);
    create index audit_events_action_idx on audit_events(action, id desc);
    create index audit_events_target_idx on audit_events(target_type, target_id, id desc);

    -- The audit log is append-only for the application; tampering needs a superuser and breaks the hash chain.
    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only';
    end $$;
    create trigger audit_events_no_update before update or delete on audit_events
      for each row execute function audit_events_append_only();
    create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table audit_events; drop function audit_events_append_only();
    drop table api_tokens; drop table sessions; drop table users; drop table roles; drop table departments;
  `.execute(db);
}
