import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { TierReason } from '../../domain/customers/tier.ts';
import type { JobTrigger } from '../../domain/jobs/trigger.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface DepartmentsTable {
  id: Generated<number>;
  name: string;
  parent_id: number | null;
  sort_order: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RolesTable {
  key: string;
  name_zh: string;
  name_en: string;
  data_scope: string;
  permissions: string[];
  updated_at: UpdatedAt;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  department_id: number | null;
  supervisor_id: number | null;
  roles: string[];
  status: Generated<string>;
  email: string | null;
  phone: string | null;
  locale: Generated<string>;
  must_change_password: Generated<boolean>;
  password_changed_at: UpdatedAt;
  last_login_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Generated<number>;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: CreatedAt;
  expires_at: Timestamp;
  last_seen_at: UpdatedAt;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  token_prefix: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface LoginThrottleTable {
  account_key: string;
  client: string;
  failures: Generated<number>;
  locked_until: Timestamp | null;
  last_failure_at: Timestamp | null;
  last_success_at: Timestamp | null;
}

export interface RoleChangeRequestsTable {
  id: Generated<number>;
  user_id: number;
  roles_before: string[];
  roles_after: string[];
  requested_by: number | null;
  /** A role edit that needed no approval (a log row, no approval); the others are requests. */
  direct: Generated<boolean>;
  created_at: CreatedAt;
}

export interface AuditEventsTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: ColumnType<Record<string, unknown>, string, string>;
  ip: string | null;
  prev_hash: string;
  hash: string;
  /** 1: unkeyed SHA-256 (rows from before migration 0009); 2: HMAC with the audit chain key. */
  hash_version: number;
}

type Numeric = ColumnType<string, string | number, string | number>;
type DateOnly = ColumnType<string, string, string>;

export interface SettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: UpdatedAt;
  updated_by: number | null;
}

/** A live customer's name bigrams in list order (migration 0040; kept by triggers on customers, never written). */
export interface CustomerNameGramsTable {
  gram: string;
  name_sort: string;
  customer_id: number;
}

/** The bigrams whose customers customer_name_grams keeps in name order (migration 0043): only ever added to. */
export interface CustomerCommonGramsTable {
  gram: string;
  added_at: Generated<Date>;
  /** Its customers' ordered rows are complete (migration 0045); searches read only ready grams. */
  ready: Generated<boolean>;
}

export interface CustomersTable {
  id: Generated<number>;
  code: Generated<string>;
  name: string;
  name_key: string;
  /** Pinyin sort key (domain/customers/pinyin.ts), set with the name by the repositories that write it. */
  name_sort: string;
  name_initials: string;
  short_name: string | null;
  kind: Generated<string>;
  industry: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  founded_on: DateOnly | null;
  employees: number | null;
  annual_revenue: Numeric | null;
  source: string | null;
  first_cooperation_on: DateOnly | null;
  annual_amount: ColumnType<string, string | number | undefined, string | number>;
  products: string | null;
  cooperation_frequency: string | null;
  membership_no: string | null;
  anniversary_on: DateOnly | null;
  /** 性别 of an individual customer: male / female. */
  gender: string | null;
  /** 年龄 kept as the birth year, so that the age stays right. */
  birth_year: number | null;
  id_number_enc: string | null;
  id_number_hash: string | null;
  id_number_masked: string | null;
  tags: Generated<string[]>;
  need_type: string | null;
  tier: Generated<string>;
  tier_manual: Generated<boolean>;
  score: Numeric | null;
  score_shares: ColumnType<Record<string, number> | null, string | null, string | null>;
  destroyed_at: Date | null;
  prospects: number | null;
  status: Generated<string>;
  lost_reason: string | null;
  lost_on: DateOnly | null;
  owner_id: number | null;
  agent_id: number | null;
  do_not_contact: Generated<boolean>;
  dnc_reason: string | null;
  dnc_set_at: Timestamp | null;
  dnc_set_by: number | null;
  preferred_method: string | null;
  preferred_channel: string | null;
  preferred_window: string | null;
  followup_weekly_cap: number | null;
  remark: string | null;
  verified_at: Timestamp | null;
  merged_into_id: number | null;
  deleted_at: Timestamp | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Generated<number>;
  search_grams: ColumnType<string[], never, never>;
}

export interface ContactsTable {
  id: Generated<number>;
  customer_id: number;
  name: string;
  position: string | null;
  role_kind: string | null;
  mobile_enc: string | null;
  mobile_hash: string | null;
  mobile_masked: string | null;
  phone: string | null;
  email: string | null;
  qq: string | null;
  wechat: string | null;
  birthday: DateOnly | null;
  is_primary: Generated<boolean>;
  deleted_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Generated<number>;
  search_grams: ColumnType<string[], never, never>;
}

export interface TransactionsTable {
  id: Generated<number>;
  customer_id: number;
  kind: Generated<string>;
  occurred_on: DateOnly;
  amount: Numeric;
  quantity: Generated<number>;
  product_class: string | null;
  product: string | null;
  due_on: DateOnly | null;
  paid_on: DateOnly | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface ContractsTable {
  id: Generated<number>;
  customer_id: number;
  contract_no: string | null;
  title: string;
  amount: Numeric | null;
  starts_on: DateOnly;
  ends_on: DateOnly;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface ServiceEventsTable {
  id: Generated<number>;
  customer_id: number;
  kind: string;
  occurred_at: Timestamp;
  product: string | null;
  summary: string | null;
  staff_id: number | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface CustomerTierHistoryTable {
  id: Generated<number>;
  customer_id: number;
  from_tier: string | null;
  to_tier: string;
  /** Why the tier changed: a code (TierReason; a CHECK holds the column to the set). */
  reason: TierReason;
  /** The 客户等级申报 whose approval set the tier (reason 'grade_approved'). */
  grade_request_id: number | null;
  /** The score that moved the tier (绝密), when a score did. */
  score: Numeric | null;
  changed_by: number | null;
  changed_at: CreatedAt;
}

export interface AccessRequestsTable {
  id: Generated<number>;
  requester_id: number;
  customer_ids: number[];
  level: string;
  purpose: string;
  reason: string;
  duration_days: number;
  /** The grant's end: set on approval, cut short on revocation. */
  expires_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface GradeChangeRequestsTable {
  id: Generated<number>;
  customer_id: number;
  from_tier: string;
  proposed_tier: string;
  reasons: string;
  figures: ColumnType<Record<string, unknown>, string, string>;
  requested_by: number;
  created_at: CreatedAt;
}

export interface ExportRequestsTable {
  id: Generated<number>;
  requester_id: number;
  filter: ColumnType<Record<string, unknown>, string, string>;
  row_count: number;
  purpose: string;
  reason: string;
  /** The download window's end, set on approval. */
  expires_at: Date | null;
  downloads: Generated<number>;
  created_at: Generated<Date>;
}

export interface DestructionRequestsTable {
  id: Generated<number>;
  requested_by: number;
  customer_ids: number[];
  reason: string;
  created_at: Generated<Date>;
}

/** One request's walk through its approval chain (src/server/workflow); the payload is in its own table. */
export interface ApprovalsTable {
  id: Generated<number>;
  workflow: string;
  subject_id: number;
  level: Generated<string>;
  requester_id: number | null;
  chain: ColumnType<unknown, string, string>;
  step: Generated<number>;
  status: Generated<string>;
  open_key: string | null;
  due_at: Timestamp | null;
  created_at: CreatedAt;
  closed_at: Timestamp | null;
}

export interface ApprovalDecisionsTable {
  id: Generated<number>;
  approval_id: number;
  step: number;
  step_key: string;
  action: string;
  decided_by: number | null;
  comment: string | null;
  decided_at: CreatedAt;
}

export interface JobRunsTable {
  id: Generated<number>;
  job_name: string;
  job_id: string;
  attempt: number;
  trigger: JobTrigger;
  as_of: Timestamp;
  started_at: CreatedAt;
  finished_at: Timestamp | null;
  outcome: Generated<'running' | 'succeeded' | 'failed' | 'interrupted'>;
  error: string | null;
}

export interface CalendarYearsTable {
  year: number;
  holidays: ColumnType<string[], string, string>;
  workdays: ColumnType<string[], string, string>;
  note: string | null;
  updated_by: number | null;
  updated_at: UpdatedAt;
}

export interface FollowupRulesTable {
  id: Generated<number>;
  preset: string | null;
  preset_rule: string | null;
  version: ColumnType<number, number | undefined, number>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface FollowupRuleVersionsTable {
  rule_id: number;
  version: number;
  definition: ColumnType<unknown, string, string>;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface FollowupEventsTable {
  id: Generated<number>;
  customer_id: number;
  kind: string;
  occurred_at: Timestamp;
  severity: string | null;
  ref_type: string | null;
  ref_id: string | null;
  created_at: CreatedAt;
}

export interface FollowupTasksTable {
  id: Generated<number>;
  customer_id: number;
  source_key: string;
  rule_id: number | null;
  rule_version: number | null;
  type: string;
  method: string;
  priority: Generated<string>;
  assignee_id: number | null;
  status: Generated<string>;
  start_at: Timestamp;
  due_at: Timestamp;
  next_attempt_at: Timestamp | null;
  attempts: Generated<number>;
  event_kind: string | null;
  event_id: number | null;
  event_at: Timestamp | null;
  proactive: Generated<boolean>;
  contact_despite_dnc: Generated<boolean>;
  signature_required: Generated<boolean>;
  calendar_uncovered: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  completed_at: Timestamp | null;
  record_id: number | null;
  failed_attempts: Generated<number>;
  end_reason: string | null;
  revisit_round: number | null;
  revisit_of: number | null;
}

export interface FollowupRecordReviewsTable {
  id: Generated<number>;
  record_id: number;
  round: number;
  submitted_by: number;
  submitted_at: CreatedAt;
}

export interface FollowupAttemptsTable {
  id: Generated<number>;
  task_id: number | null;
  customer_id: number;
  staff_id: number;
  contact_id: number | null;
  outcome: string;
  attempted_at: Timestamp;
  local_hour: number;
  callback_at: Timestamp | null;
  note: string | null;
  created_at: CreatedAt;
}

export interface FollowupRecordCountersTable {
  day: string;
  last: number;
}

export interface FollowupRecordsTable {
  id: Generated<number>;
  /** Null only inside the saving transaction, until the day's counter gives it (migration 0027). */
  number: ColumnType<string, string | null, string>;
  task_id: number | null;
  customer_id: number;
  contact_id: number | null;
  contact_name: string | null;
  staff_id: number;
  method: string;
  contacted_at: Timestamp;
  duration_minutes: number | null;
  purpose: string | null;
  answers: ColumnType<unknown, string | undefined, string>;
  service_satisfaction: number | null;
  product_satisfaction: number | null;
  opinions: string | null;
  countermeasures: string | null;
  key_points: string | null;
  content: string | null;
  result: string | null;
  action_items: ColumnType<unknown, string | undefined, string>;
  promised_reply_at: Timestamp | null;
  next_followup_on: DateOnly | null;
  next_followup_content: string | null;
  complaint: Generated<boolean>;
  issue_requested: Generated<boolean>;
  signature: Buffer | null;
  signature_type: string | null;
  imported: Generated<boolean>;
  review_status: Generated<string>;
  created_at: CreatedAt;
  late_entry: Generated<boolean>;
  review_due_at: Timestamp | null;
  reviewed_by: number | null;
  reviewed_at: Timestamp | null;
  review_comment: string | null;
  returned_count: Generated<number>;
  updated_at: UpdatedAt;
  resolved: boolean | null;
  verification_result: string | null;
  salesperson_id: number | null;
  salesperson_rating: number | null;
  salesperson_complaint: Generated<boolean>;
}

export interface FollowupRecordActionsTable {
  id: Generated<number>;
  record_id: number;
  kind: string;
  note: string | null;
  task_id: number | null;
  created_by: number;
  created_at: CreatedAt;
}

export interface CustomerFollowupsTable {
  customer_id: number;
  last_followup_at: Timestamp | null;
  last_followup_method: string | null;
  last_followup_summary: string | null;
  last_feedback: string | null;
  last_satisfaction: number | null;
  next_followup_at: Timestamp | null;
}

/** Which periods a periodic rule has planned, and with what inputs (migration 0025). */
export interface FollowupPlanMarksTable {
  rule_id: number;
  period_key: string;
  fingerprint: string;
  planned_at: Timestamp;
}

export interface IssueCountersTable {
  month: string;
  last: number;
}

export interface SlaPoliciesTable {
  id: Generated<number>;
  urgency: string;
  category: string | null;
  clock: string;
  first_response_hours: Numeric;
  solution_hours: Numeric;
  remind_before_minutes: number;
  department_head_after_hours: Numeric;
  notify_supervisor_at_creation: boolean;
  escalate_off_hours: boolean;
  plan_approval: Generated<boolean>;
  updated_at: UpdatedAt;
  updated_by: number | null;
}

export interface IssuesTable {
  id: Generated<number>;
  number: string;
  customer_id: number | null;
  channel: string;
  anonymous: Generated<boolean>;
  reporter_name: string | null;
  reporter_phone: string | null;
  reply_only: Generated<boolean>;
  category: string | null;
  description: string;
  urgency: string;
  raised_at: Timestamp;
  expected_resolution_at: Timestamp | null;
  department_id: number | null;
  owner_id: number;
  status: Generated<string>;
  validity: string | null;
  validity_reply: string | null;
  responsibility: string | null;
  at_fault_user_id: number | null;
  root_cause: string | null;
  solution: string | null;
  promised_reply_at: Timestamp | null;
  promised_reply_met_at: Timestamp | null;
  no_action_reason: string | null;
  first_response_at: Timestamp | null;
  first_response_due_at: Timestamp;
  solution_due_at: Timestamp;
  clock: string;
  paused_at: Timestamp | null;
  cycle: Generated<number>;
  resolved_at: Timestamp | null;
  closed_at: Timestamp | null;
  satisfaction: number | null;
  source_event_id: number | null;
  record_id: number | null;
  resolved_event_id: number | null;
  revisit_task_id: number | null;
  terms: ColumnType<string[], string[] | undefined, string[]>;
  duplicate_of_id: number | null;
  registered_by: number;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Generated<number>;
}

export interface IssuePlansTable {
  id: Generated<number>;
  issue_id: number;
  cycle: number;
  plan: string;
  submitted_by: number;
  submitted_at: Generated<Date>;
}

export interface IssueEventsTable {
  id: Generated<number>;
  issue_id: number;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  deadline: string | null;
  step: string | null;
  cycle: number | null;
  recipient_id: number | null;
  note: string | null;
  details: ColumnType<unknown, string | null | undefined, string | null>;
  actor_id: number | null;
  at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  title: string;
  /** The kind's parameters (domain/notifications.ts); null on rows from before migration 0041. */
  params: ColumnType<Record<string, string> | null, string | null, never>;
  body: string | null;
  link: string | null;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

export interface NotificationPreferencesTable {
  user_id: number;
  kind: string;
  in_app: boolean;
  email: boolean;
}

export interface EmailOutboxTable {
  id: Generated<number>;
  notification_id: number | null;
  to_address: string;
  subject: string;
  body: string;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
}

export interface KbArticlesTable {
  id: Generated<number>;
  title: string;
  problem: string;
  solution: string;
  category: string | null;
  typical_case: Generated<boolean>;
  source_issue_id: number | null;
  terms: string[];
  created_by: number;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Generated<number>;
}

export interface OpenLettersTable {
  id: Generated<number>;
  title: string;
  body: string;
  created_by: number;
  created_at: CreatedAt;
}

export interface OpenLetterIssuesTable {
  letter_id: number;
  issue_id: number;
}

export interface IssueAttachmentsTable {
  id: Generated<number>;
  issue_id: number;
  /** As the uploader named it (shown and offered on download; never part of a path). */
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  /** Relative to the attachments directory, made up by the server. */
  storage_key: string;
  uploaded_by: number;
  uploaded_at: CreatedAt;
}

export interface Database {
  departments: DepartmentsTable;
  roles: RolesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_throttle: LoginThrottleTable;
  role_change_requests: RoleChangeRequestsTable;
  audit_events: AuditEventsTable;
  settings: SettingsTable;
  customers: CustomersTable;
  customer_name_grams: CustomerNameGramsTable;
  customer_common_grams: CustomerCommonGramsTable;
  contacts: ContactsTable;
  transactions: TransactionsTable;
  contracts: ContractsTable;
  service_events: ServiceEventsTable;
  customer_tier_history: CustomerTierHistoryTable;
  access_requests: AccessRequestsTable;
  grade_change_requests: GradeChangeRequestsTable;
  export_requests: ExportRequestsTable;
  destruction_requests: DestructionRequestsTable;
  approvals: ApprovalsTable;
  approval_decisions: ApprovalDecisionsTable;
  job_runs: JobRunsTable;
  calendar_years: CalendarYearsTable;
  followup_rules: FollowupRulesTable;
  followup_rule_versions: FollowupRuleVersionsTable;
  followup_events: FollowupEventsTable;
  issue_counters: IssueCountersTable;
  sla_policies: SlaPoliciesTable;
  issues: IssuesTable;
  issue_events: IssueEventsTable;
  issue_plans: IssuePlansTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  email_outbox: EmailOutboxTable;
  kb_articles: KbArticlesTable;
  open_letters: OpenLettersTable;
  open_letter_issues: OpenLetterIssuesTable;
  issue_attachments: IssueAttachmentsTable;
  followup_tasks: FollowupTasksTable;
  followup_attempts: FollowupAttemptsTable;
  followup_record_reviews: FollowupRecordReviewsTable;
  followup_record_actions: FollowupRecordActionsTable;
  followup_record_counters: FollowupRecordCountersTable;
  followup_records: FollowupRecordsTable;
  customer_followups: CustomerFollowupsTable;
  followup_plan_marks: FollowupPlanMarksTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type DepartmentRow = Selectable<DepartmentsTable>;
export type RoleRow = Selectable<RolesTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
