import { type Kysely, sql } from 'kysely';

/**
 * One approval machine for every request type (src/domain/workflow, src/server/workflow): each request's status,
 * current step and decisions move from the five request tables into `approvals` and `approval_decisions`; the
 * request tables keep what was asked (their payload) and the effect of an approval (a grant's end, a
 * download window). Existing rows carry over with their statuses, decisions, reasons and times.
 *
 * The chains are written out here as they stood (the defaults of src/domain/workflow/chains.ts at this
 * migration), so later changes to the defaults do not rewrite history.
 */
const step = (key: string, label: string, labelEn: string, permission: string, reach: string) =>
  ({ key, label, labelEn, permission, reach }) as const;
const MANAGER = step('manager', '部门经理', 'department manager', 'access.approve', 'requester');
const CHAINS = {
  access_low: [MANAGER],
  access_top: [step('executive', '总经理', 'executive', 'access.approve_top_secret', 'requester')],
  export: [MANAGER],
  grade: [
    step('dept', '部门经理', 'department manager', 'grades.approve_dept', 'customer'),
    step('exec', '总经理', 'executive', 'grades.approve_exec', 'customer'),
  ],
  destruction: [step('executive', '总经理', 'executive', 'access.approve_top_secret', 'company')],
  role_change: [step('executive', '总经理', 'executive', 'users.approve_roles', 'company')],
};
const chain = (name: keyof typeof CHAINS) => sql.lit(JSON.stringify(CHAINS[name]));

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table approvals (
      id bigint generated always as identity primary key,
      workflow text not null check (workflow in ('access', 'export', 'grade', 'destruction', 'role_change')),
      -- The request row in the workflow's own table; its id is the one the API shows.
      subject_id bigint not null,
      level text not null default 'default',
      requester_id bigint references users(id),
      -- The steps as configured when it was submitted: [{ key, label, labelEn, permission, reach, departmentId? }].
      chain jsonb not null check (jsonb_typeof(chain) = 'array' and jsonb_array_length(chain) > 0),
      -- The step awaiting a decision, or the last one acted on once the request is finished.
      step integer not null default 0 check (step >= 0),
      status text not null default 'pending'
        check (status in ('pending', 'approved', 'rejected', 'withdrawn', 'expired', 'revoked')),
      -- At most one open request per key and workflow (a user's pending role change).
      open_key text,
      -- Undecided by then, it expires.
      due_at timestamptz,
      created_at timestamptz not null default now(),
      -- When it left 'pending' (or was revoked).
      closed_at timestamptz,
      unique (workflow, subject_id)
    );
    create index approvals_inbox_idx on approvals (workflow, status, created_at desc, id desc);
    create index approvals_requester_idx on approvals (requester_id, workflow, created_at desc, id desc);
    create index approvals_due_idx on approvals (due_at) where status = 'pending' and due_at is not null;
    create unique index approvals_open_key_uq on approvals (workflow, open_key)
      where status = 'pending' and open_key is not null;

    create table approval_decisions (
      id bigint generated always as identity primary key,
      approval_id bigint not null references approvals(id) on delete cascade,
      step integer not null,
      step_key text not null,
      action text not null check (action in ('approve', 'reject', 'withdraw', 'expire', 'revoke')),
      decided_by bigint references users(id),
      comment text,
      decided_at timestamptz not null default now()
    );
    create index approval_decisions_approval_idx on approval_decisions (approval_id, id);
    create index approval_decisions_decider_idx on approval_decisions (decided_by);
  `.execute(db);
  await carryOver(db);
  await sql`
    alter table access_requests drop column status, drop column decided_by, drop column decided_at,
      drop column decision_comment;
    -- A grant is open while expires_at lies ahead (set on approval, cut short on revocation).
    create index access_requests_grants_idx on access_requests (requester_id, expires_at);
    alter table export_requests drop column status, drop column decided_by, drop column decided_at,
      drop column comment;
    alter table grade_change_requests drop column status, drop column dept_decided_by,
      drop column dept_decided_at, drop column dept_comment, drop column exec_decided_by,
      drop column exec_decided_at, drop column exec_comment;
    alter table destruction_requests drop column status, drop column decided_by, drop column decided_at,
      drop column comment;
    -- Role edits that needed no approval stay here as a log (direct); the others are requests.
    alter table role_change_requests add column direct boolean not null default false;
    update role_change_requests set direct = true where status = 'direct';
    alter table role_change_requests drop column status, drop column decided_by, drop column decided_at,
      drop column comment;
    create index role_change_requests_direct_idx on role_change_requests (created_at desc, id desc) where direct;
  `.execute(db);
}

/** Statuses, decisions, reasons and times of the rows already there. */
async function carryOver(db: Kysely<unknown>) {
  await sql`
    insert into approvals (workflow, subject_id, level, requester_id, chain, status, created_at, closed_at)
    select 'access', id, level, requester_id,
           case when level = 'top_secret' then ${chain('access_top')} else ${chain('access_low')} end::jsonb,
           status, created_at, decided_at
      from access_requests order by id;
    insert into approval_decisions (approval_id, step, step_key, action, decided_by, comment, decided_at)
    select a.id, 0, a.chain -> 0 ->> 'key',
           case r.status when 'approved' then 'approve' when 'rejected' then 'reject' else 'revoke' end,
           r.decided_by, r.decision_comment, r.decided_at
      from access_requests r join approvals a on a.workflow = 'access' and a.subject_id = r.id
     where r.status <> 'pending' and r.decided_at is not null order by r.id;

    insert into approvals (workflow, subject_id, requester_id, chain, status, created_at, closed_at)
    select 'export', id, requester_id, ${chain('export')}::jsonb, status, created_at, decided_at
      from export_requests order by id;
    insert into approval_decisions (approval_id, step, step_key, action, decided_by, comment, decided_at)
    select a.id, 0, 'manager', case r.status when 'approved' then 'approve' else 'reject' end,
           r.decided_by, r.comment, r.decided_at
      from export_requests r join approvals a on a.workflow = 'export' and a.subject_id = r.id
     where r.status <> 'pending' and r.decided_at is not null order by r.id;

    insert into approvals (workflow, subject_id, requester_id, chain, step, status, created_at, closed_at)
    select 'grade', id, requested_by, ${chain('grade')}::jsonb,
           case when status = 'pending_exec' or exec_decided_at is not null then 1 else 0 end,
           case when status in ('pending_dept', 'pending_exec') then 'pending' else status end,
           created_at, case when status in ('approved', 'rejected') then coalesce(exec_decided_at, dept_decided_at) end
      from grade_change_requests order by id;
    insert into approval_decisions (approval_id, step, step_key, action, decided_by, comment, decided_at)
    select a.id, s.step, s.key, s.action, s.decided_by, s.comment, s.decided_at
      from grade_change_requests r
      join approvals a on a.workflow = 'grade' and a.subject_id = r.id
      cross join lateral (values
        (0, 'dept', case when r.status = 'rejected' and r.exec_decided_at is null then 'reject' else 'approve' end,
         r.dept_decided_by, r.dept_comment, r.dept_decided_at),
        (1, 'exec', case when r.status = 'rejected' then 'reject' else 'approve' end,
         r.exec_decided_by, r.exec_comment, r.exec_decided_at)
      ) as s(step, key, action, decided_by, comment, decided_at)
     where s.decided_at is not null order by r.id, s.step;

    insert into approvals (workflow, subject_id, requester_id, chain, status, created_at, closed_at)
    select 'destruction', id, requested_by, ${chain('destruction')}::jsonb, status, created_at, decided_at
      from destruction_requests order by id;
    insert into approval_decisions (approval_id, step, step_key, action, decided_by, comment, decided_at)
    select a.id, 0, 'executive', case r.status when 'approved' then 'approve' else 'reject' end,
           r.decided_by, r.comment, r.decided_at
      from destruction_requests r join approvals a on a.workflow = 'destruction' and a.subject_id = r.id
     where r.status <> 'pending' and r.decided_at is not null order by r.id;

    insert into approvals (workflow, subject_id, requester_id, chain, status, open_key, created_at, closed_at)
    select 'role_change', id, requested_by, ${chain('role_change')}::jsonb,
           case status when 'superseded' then 'withdrawn' else status end,
           case when status = 'pending' then user_id::text end, created_at, decided_at
      from role_change_requests where status <> 'direct' order by id;
    insert into approval_decisions (approval_id, step, step_key, action, decided_by, comment, decided_at)
    select a.id, 0, 'executive',
           case r.status when 'approved' then 'approve' when 'rejected' then 'reject' else 'withdraw' end,
           r.decided_by, r.comment, r.decided_at
      from role_change_requests r join approvals a on a.workflow = 'role_change' and a.subject_id = r.id
     where r.status in ('approved', 'rejected', 'superseded') and r.decided_at is not null order by r.id;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table access_requests add column status text not null default 'pending'
        check (status in ('pending', 'approved', 'rejected', 'revoked')),
      add column decided_by bigint references users(id), add column decided_at timestamptz,
      add column decision_comment text;
    alter table export_requests add column status text not null default 'pending'
        check (status in ('pending', 'approved', 'rejected')),
      add column decided_by bigint references users(id), add column decided_at timestamptz, add column comment text;
    alter table grade_change_requests add column status text not null default 'pending_dept'
        check (status in ('pending_dept', 'pending_exec', 'approved', 'rejected')),
      add column dept_decided_by bigint references users(id), add column dept_decided_at timestamptz,
      add column dept_comment text, add column exec_decided_by bigint references users(id),
      add column exec_decided_at timestamptz, add column exec_comment text;
    alter table destruction_requests add column status text not null default 'pending'
        check (status in ('pending', 'approved', 'rejected')),
      add column decided_by bigint references users(id), add column decided_at timestamptz, add column comment text;
    alter table role_change_requests add column status text not null default 'pending'
        check (status in ('pending', 'approved', 'rejected', 'superseded', 'direct')),
      add column decided_by bigint references users(id), add column decided_at timestamptz, add column comment text;

    update role_change_requests set status = 'direct', decided_by = requested_by, decided_at = created_at
     where direct;
    update role_change_requests r set status = case a.status when 'withdrawn' then 'superseded' else a.status end,
           decided_by = d.decided_by, decided_at = d.decided_at, comment = d.comment
      from approvals a left join lateral (select * from approval_decisions x where x.approval_id = a.id
                                          order by x.id desc limit 1) d on true
     where a.workflow = 'role_change' and a.subject_id = r.id;
    update access_requests r set status = case when a.status in ('approved', 'rejected', 'revoked') then a.status
             else 'pending' end, decided_by = d.decided_by, decided_at = d.decided_at, decision_comment = d.comment
      from approvals a left join lateral (select * from approval_decisions x where x.approval_id = a.id
                                          order by x.id desc limit 1) d on true
     where a.workflow = 'access' and a.subject_id = r.id;
    update export_requests r set status = case when a.status in ('approved', 'rejected') then a.status
             else 'pending' end, decided_by = d.decided_by, decided_at = d.decided_at, comment = d.comment
      from approvals a left join lateral (select * from approval_decisions x where x.approval_id = a.id
                                          order by x.id desc limit 1) d on true
     where a.workflow = 'export' and a.subject_id = r.id;
    update destruction_requests r set status = case when a.status in ('approved', 'rejected') then a.status
             else 'pending' end, decided_by = d.decided_by, decided_at = d.decided_at, comment = d.comment
      from approvals a left join lateral (select * from approval_decisions x where x.approval_id = a.id
                                          order by x.id desc limit 1) d on true
     where a.workflow = 'destruction' and a.subject_id = r.id;
    update grade_change_requests r set
           status = case when a.status in ('approved', 'rejected') then a.status
                         when a.step = 0 then 'pending_dept' else 'pending_exec' end,
           dept_decided_by = d0.decided_by, dept_decided_at = d0.decided_at, dept_comment = d0.comment,
           exec_decided_by = d1.decided_by, exec_decided_at = d1.decided_at, exec_comment = d1.comment
      from approvals a
      left join approval_decisions d0 on d0.approval_id = a.id and d0.step = 0
      left join approval_decisions d1 on d1.approval_id = a.id and d1.step = 1
     where a.workflow = 'grade' and a.subject_id = r.id;

    alter table role_change_requests drop column direct;
    create unique index role_change_requests_pending_uq on role_change_requests (user_id) where status = 'pending';
    create index role_change_requests_status_idx on role_change_requests (status, id desc);
    create index access_requests_requester_idx on access_requests (requester_id, status, expires_at);
    create index access_requests_status_idx on access_requests (status, created_at desc);
    create index export_requests_pending_idx on export_requests (status, id desc);
    create index grade_change_requests_status_idx on grade_change_requests (status, id desc);
    create index destruction_requests_status_idx on destruction_requests (status, id desc);
    drop index access_requests_grants_idx;
    drop table approval_decisions;
    drop table approvals;
  `.execute(db);
}
