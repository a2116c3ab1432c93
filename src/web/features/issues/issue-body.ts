/**
 * The registration and 修改 forms' values as the API takes them (POST and PATCH /issues). Pure: the forms use
 * them, the tests check them.
 */
import type { Dayjs } from 'dayjs';
import type { Issue, IssueBody, IssueEditBody } from '../../api/types.ts';
import { fromWallClock, wallClock } from '../../app/zone.ts';

export interface IssueValues {
  customerId?: number;
  anonymous?: boolean;
  reporterName?: string;
  reporterPhone?: string;
  channel: IssueBody['channel'];
  urgency: IssueBody['urgency'];
  category?: string;
  description: string;
  raisedAt: Dayjs;
  expectedResolutionAt?: Dayjs | null;
  ownerId?: number;
  departmentId?: number;
  promisedReplyAt?: Dayjs | null;
  replyOnly?: boolean;
}

const text = (value?: string) => value?.trim() || undefined;
const instant = (value: Dayjs | null | undefined, zone: string) =>
  value ? fromWallClock(value, zone) : undefined;

/**
 * What the form holds, as the API takes it: times from the company's wall clock; an anonymous complaint names
 * neither customer nor reporter (the form hides them, and what was typed before ticking 匿名 is not sent).
 */
export function toIssueBody(v: IssueValues, zone: string): IssueBody {
  const anonymous = !!v.anonymous;
  return {
    customerId: anonymous ? undefined : v.customerId,
    anonymous: anonymous || undefined,
    reporterName: anonymous ? undefined : text(v.reporterName),
    reporterPhone: anonymous ? undefined : text(v.reporterPhone),
    channel: v.channel,
    urgency: v.urgency,
    category: text(v.category),
    description: v.description.trim(),
    raisedAt: fromWallClock(v.raisedAt, zone),
    expectedResolutionAt: instant(v.expectedResolutionAt, zone),
    ownerId: v.ownerId,
    departmentId: v.departmentId,
    promisedReplyAt: instant(v.promisedReplyAt, zone),
    replyOnly: v.replyOnly || undefined,
  };
}

/** The 修改 form's values: what an issue's handler may change after registration. */
export interface IssueEditValues {
  ownerId: number;
  departmentId?: number | null;
  category?: string | null;
  urgency: IssueEditBody['urgency'];
  expectedResolutionAt?: Dayjs | null;
  promisedReplyAt?: Dayjs | null;
  validity?: 'valid' | 'invalid' | null;
  validityReply?: string | null;
  responsibility?: 'personal' | 'team' | null;
  atFaultUserId?: number | null;
  rootCause?: string | null;
}

type Editable = Pick<
  Issue,
  | 'version'
  | 'ownerId'
  | 'departmentId'
  | 'category'
  | 'urgency'
  | 'expectedResolutionAt'
  | 'promisedReplyAt'
  | 'validity'
  | 'validityReply'
  | 'responsibility'
  | 'atFaultUserId'
  | 'rootCause'
>;

/** The issue as the 修改 form starts: its times on the company's wall clock. */
export function toEditValues(issue: Editable, zone: string): IssueEditValues {
  const picker = (instant: string | null) => (instant ? wallClock(instant, zone) : null);
  return {
    ownerId: issue.ownerId,
    departmentId: issue.departmentId,
    category: issue.category,
    urgency: issue.urgency,
    expectedResolutionAt: picker(issue.expectedResolutionAt),
    promisedReplyAt: picker(issue.promisedReplyAt),
    validity: issue.validity,
    validityReply: issue.validityReply,
    responsibility: issue.responsibility,
    atFaultUserId: issue.atFaultUserId,
    rootCause: issue.rootCause,
  };
}

/**
 * Only what changed, with the version it was read at (the server refuses a stale one): an urgency or category
 * sent unchanged would recount the deadlines for nothing. Cleared fields go as null; the reply and the person at
 * fault only while 不成立 and 个人责任 ask for them.
 */
export function toEditBody(issue: Editable, v: IssueEditValues, zone: string): IssueEditBody {
  const none = <T>(value: T | undefined | null): T | null =>
    value === undefined || value === '' ? null : value;
  const trimmed = (value: string | null | undefined) => none(value?.trim());
  const validityReply = v.validity === 'invalid' ? trimmed(v.validityReply) : null;
  const atFaultUserId = v.responsibility === 'personal' ? none(v.atFaultUserId) : null;
  const wanted = {
    ownerId: v.ownerId,
    departmentId: none(v.departmentId),
    category: trimmed(v.category),
    urgency: v.urgency,
    expectedResolutionAt: v.expectedResolutionAt ? fromWallClock(v.expectedResolutionAt, zone) : null,
    promisedReplyAt: v.promisedReplyAt ? fromWallClock(v.promisedReplyAt, zone) : null,
    validity: none(v.validity),
    validityReply,
    responsibility: none(v.responsibility),
    atFaultUserId,
    rootCause: trimmed(v.rootCause),
  };
  const sameInstant = (a: string | null, b: string | null) =>
    a === b || (a !== null && b !== null && new Date(a).getTime() === new Date(b).getTime());
  const body: IssueEditBody = { version: issue.version };
  for (const [key, value] of Object.entries(wanted) as [keyof typeof wanted, string | number | null][]) {
    const was = issue[key] as string | number | null;
    const same = key.endsWith('At')
      ? sameInstant(was as string | null, value as string | null)
      : was === value;
    if (!same) (body as Record<string, unknown>)[key] = value;
  }
  return body;
}
