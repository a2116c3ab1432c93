/**
 * The web client's names for what the API answers, derived from the generated OpenAPI types
 * (openapi.gen.ts, `npm run api:types`): a change to a route's schema changes them, and the type check then
 * shows every page it touches. Nothing here is written by hand but the choice of route.
 */
import type { paths } from './openapi.gen.ts';

type Path = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** A route without that answer is a type error where it is used, not a silent `never`. */
type Known<T> = [T] extends [never] ? { __noSuchAnswer: true } : T;

/** The JSON a route answers with on success (200, 201, or 202 for work queued). */
export type ResponseOf<P extends Path, M extends Method = 'get'> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: infer Ok }
    ? Json<Ok>
    : R extends { 201: infer Created }
      ? Json<Created>
      : R extends { 202: infer Accepted }
        ? Json<Accepted>
        : never
  : never;

/** The JSON body a route takes. */
export type BodyOf<P extends Path, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** One row of a listing route (its `items`, or the array it answers with). */
export type ItemOf<P extends Path, M extends Method = 'get'> =
  ResponseOf<P, M> extends { items: (infer I)[] } ? I : ResponseOf<P, M> extends (infer I)[] ? I : never;

export type { Page } from './client.ts';

// Accounts, users and roles
export type Me = Known<ResponseOf<'/api/v1/auth/me'>>;
export type LoginBody = Known<BodyOf<'/api/v1/auth/login', 'post'>>;
export type LoginResult = Known<ResponseOf<'/api/v1/auth/login', 'post'>>;
export type User = Known<ItemOf<'/api/v1/users'>>;
export type Colleague = Known<ItemOf<'/api/v1/users/directory'>>;
export type HandoverCandidate = Known<ItemOf<'/api/v1/users/handover-candidates'>>;
export type HandoverBody = Known<BodyOf<'/api/v1/users/{id}/handover', 'post'>>;
export type HandoverResult = Known<ResponseOf<'/api/v1/users/{id}/handover', 'post'>>;
export type Department = Known<ItemOf<'/api/v1/departments'>>;
export type Role = Known<ItemOf<'/api/v1/roles'>>;
export type RoleList = Known<ResponseOf<'/api/v1/roles'>>;
export type RoleChange = Known<ItemOf<'/api/v1/role-change-requests'>>;
export type ApiToken = Known<ItemOf<'/api/v1/auth/tokens'>>;
export type NewApiTokenBody = Known<BodyOf<'/api/v1/auth/tokens', 'post'>>;
export type NewApiToken = Known<ResponseOf<'/api/v1/auth/tokens', 'post'>>;

// Audit
export type AuditEvent = Known<ItemOf<'/api/v1/audit-events'>>;
export type ChainVerification = Known<ResponseOf<'/api/v1/audit-events/verify'>>;

// Customers
export type CustomerListItem = Known<ItemOf<'/api/v1/customers'>>;
export type CustomerDetail = Known<ResponseOf<'/api/v1/customers/{id}'>>;
export type Exposure = CustomerListItem['visibility']['secret'];
export type CustomerCreated = Known<ResponseOf<'/api/v1/customers', 'post'>>;
export type MergeResult = Known<ResponseOf<'/api/v1/customers/{id}/merge', 'post'>>;
export type Contact = Known<ItemOf<'/api/v1/customers/{id}/contacts'>>;
export type Transaction = Known<ItemOf<'/api/v1/customers/{id}/transactions'>>;
export type Contract = Known<ItemOf<'/api/v1/customers/{id}/contracts'>>;
export type ServiceEvent = Known<ItemOf<'/api/v1/customers/{id}/service-events'>>;
export type TimelineEvent = Known<ItemOf<'/api/v1/customers/{id}/timeline'>>;
export type KeyAccounts = Known<ResponseOf<'/api/v1/reports/key-accounts'>>;
export type ImportResult = Known<ResponseOf<'/api/v1/customer-imports/preview', 'post'>>;

// Requests and their approval
export type AccessRequest = Known<ItemOf<'/api/v1/access-requests'>>;
export type AccessLevel = AccessRequest['level'];
export type AccessRequestBody = Known<BodyOf<'/api/v1/access-requests', 'post'>>;
export type GradeRequest = Known<ItemOf<'/api/v1/grade-requests'>>;
export type ExportRequest = Known<ItemOf<'/api/v1/export-requests'>>;
export type ExportRequestBody = Known<BodyOf<'/api/v1/export-requests', 'post'>>;
export type ExportRequestCreated = Known<ResponseOf<'/api/v1/export-requests', 'post'>>;
export type RetentionDue = Known<ResponseOf<'/api/v1/data-retention/due'>>;
export type DueCustomer = Known<ItemOf<'/api/v1/data-retention/due'>>;
export type DestructionRequest = Known<ItemOf<'/api/v1/data-retention/requests'>>;
export type DestructionRequestBody = Known<BodyOf<'/api/v1/data-retention/requests', 'post'>>;

// Settings and jobs
export type ApprovalChains = Known<ResponseOf<'/api/v1/settings/approval-chains'>>;
export type CustomerRules = Known<ResponseOf<'/api/v1/settings/customer-rules'>>;
export type CustomerRulesSaved = Known<ResponseOf<'/api/v1/settings/customer-rules', 'put'>>;
export type ScoreWeights = CustomerRules['weights'];
export type Job = Known<ItemOf<'/api/v1/jobs'>>;
export type JobRun = Job['recentFailures'][number];
export type JobQueued = Known<ResponseOf<'/api/v1/jobs/{name}/run', 'post'>>;

// Calendar (节假日与工作时间)
export type CalendarYears = Known<ResponseOf<'/api/v1/calendar/years'>>;
export type CalendarYear = Known<ItemOf<'/api/v1/calendar/years'>>;
export type CalendarYearDetail = Known<ResponseOf<'/api/v1/calendar/years/{year}'>>;
export type CalendarYearBody = BodyOf<'/api/v1/calendar/years/{year}', 'put'>;
export type CalendarParsed = Known<ResponseOf<'/api/v1/calendar/parse', 'post'>>;
export type CompanyHours = Known<ResponseOf<'/api/v1/calendar/hours'>>;
export type WorkingDayAnswer = Known<ResponseOf<'/api/v1/calendar/add-working-days'>>;

// 回访记录 and 主管审核 (records)
export type RecordRow = Known<ItemOf<'/api/v1/followup-records'>>;
export type ReviewItem = Known<ItemOf<'/api/v1/record-reviews'>>;
export type ReviewBox = NonNullable<paths['/api/v1/record-reviews']['get']['parameters']['query']>['box'];
export type RecordFilterQuery = NonNullable<paths['/api/v1/followup-records']['get']['parameters']['query']>;

// Follow-up rules, presets and tasks (回访管理)
export type RuleSummary = Known<ItemOf<'/api/v1/followup-rules'>>;
export type RuleDetail = Known<ResponseOf<'/api/v1/followup-rules/{id}'>>;
export type FollowupPreset = Known<ItemOf<'/api/v1/followup-presets'>>;
export type PresetInstalled = Known<ResponseOf<'/api/v1/followup-presets/{key}/install', 'post'>>;
export type FollowupTask = Known<ItemOf<'/api/v1/followup-tasks'>>;

// 工作台: worklist, task card, attempts, records, team view, 回访设置
export type Worklist = Known<ResponseOf<'/api/v1/worklist'>>;
export type WorklistTask = Worklist['now'][number];
export type TaskCard = Known<ResponseOf<'/api/v1/followup-tasks/{id}'>>;
export type AttemptBody = Known<BodyOf<'/api/v1/followup-tasks/{id}/attempts', 'post'>>;
export type RecordBody = Known<BodyOf<'/api/v1/followup-records', 'post'>>;
export type FollowupRecord = Known<ResponseOf<'/api/v1/followup-records', 'post'>>;
export type TeamView = Known<ResponseOf<'/api/v1/worklist/team'>>;
export type TaskCalendar = Known<ResponseOf<'/api/v1/worklist/calendar'>>;
export type FollowupSettings = Known<ResponseOf<'/api/v1/settings/followups'>>;

// 问题与投诉 (issues)
export type IssueSummary = Known<ItemOf<'/api/v1/issues'>>;
export type Issue = Known<ResponseOf<'/api/v1/issues/{id}'>>;
export type IssueBody = Known<BodyOf<'/api/v1/issues', 'post'>>;
export type IssueMove = Known<BodyOf<'/api/v1/issues/{id}/transitions', 'post'>>;
export type IssueFilterQuery = NonNullable<paths['/api/v1/issues']['get']['parameters']['query']>;
export type IssueStatus = IssueSummary['status'];
export type IssueTimelineEntry = Issue['timeline'][number];
export type IssuePlan = Known<ItemOf<'/api/v1/issue-plans'>>;
export type IssueEditBody = Known<BodyOf<'/api/v1/issues/{id}', 'patch'>>;

// 消息 (notifications), 通知设置, the mail outbox and SLA 策略
export type NotificationList = Known<ResponseOf<'/api/v1/notifications'>>;
export type AppNotification = Known<ItemOf<'/api/v1/notifications'>>;
export type UnreadCount = Known<ResponseOf<'/api/v1/notifications/read-all', 'post'>>;
export type NotificationPreference = Known<ItemOf<'/api/v1/notification-preferences'>>;
export type NotificationKind = NotificationPreference['kind'];
export type OutboxMail = Known<ItemOf<'/api/v1/email-outbox'>>;
export type OutboxStatus = OutboxMail['status'];
export type SlaPolicy = Known<ItemOf<'/api/v1/sla-policies'>>;
export type SlaPolicyBody = Known<BodyOf<'/api/v1/sla-policies', 'put'>>;
