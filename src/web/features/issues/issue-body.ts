/**
 * The registration form's values as the API takes them (POST /issues). Pure: the form uses it, the tests check it.
 */
import type { Dayjs } from 'dayjs';
import type { IssueBody } from '../../api/types.ts';
import { fromWallClock } from '../../app/zone.ts';

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
