import type { RecordRow } from '../../api/types.ts';
import type { MessageKey } from '../../app/messages.ts';
import { inZone, zoneDateTime } from '../../app/zone.ts';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** SPEC §3.5: satisfaction 5 好 / 4 较好 / 3 一般 / 2 差 / 1 很差, best first (the paper form's order). */
export const SATISFACTION_LEVELS = [5, 4, 3, 2, 1] as const;

const SATISFACTION_COLORS: Record<number, string> = {
  5: 'green',
  4: 'cyan',
  3: 'default',
  2: 'orange',
  1: 'red',
};

/** 好 … 很差 for a rating, '' for none (or anything outside 1–5). */
export function satisfactionWord(value: number | null | undefined, t: T): string {
  if (value === null || value === undefined || !SATISFACTION_LEVELS.includes(value as 5)) return '';
  return t(`records.sat.${value}` as MessageKey);
}

export const satisfactionColor = (value: number | null | undefined) =>
  (value && SATISFACTION_COLORS[value]) || 'default';

/** 差 and 很差: the ratings that open an issue and that the 差评 filter finds. */
export const isPoor = (value: number | null | undefined) => value === 1 || value === 2;

export type ReviewStatus = RecordRow['reviewStatus'];

/** 待审核 blue / 已审核 green / 已退回 orange. */
export const REVIEW_STATUS_COLORS: Record<ReviewStatus, string> = {
  provisional: 'blue',
  approved: 'green',
  returned: 'orange',
};

export const REVIEW_STATUSES = Object.keys(REVIEW_STATUS_COLORS) as ReviewStatus[];

/**
 * A submission in the queue: pending 待审核 / approved 已签字 / rejected 已退回; the approval machine's other
 * statuses (expired, revoked, withdrawn) only where an admin gave the 记录审核 chain a time limit and the like.
 */
export const SUBMISSION_COLORS: Record<string, string> = {
  pending: 'blue',
  approved: 'green',
  rejected: 'orange',
  expired: 'default',
  revoked: 'default',
  withdrawn: 'default',
};

export function submissionWord(status: string, t: T): string {
  return status in SUBMISSION_COLORS ? t(`review.status.${status}` as MessageKey) : status;
}

/**
 * Which submission the record is on: every resubmission follows a sending back, so a record waiting or signed
 * is on submission returnedCount + 1, and a record sent back on its returnedCount-th.
 */
export function currentRound(record: Pick<RecordRow, 'reviewStatus' | 'returnedCount'>): number {
  return record.reviewStatus === 'returned' ? record.returnedCount : record.returnedCount + 1;
}

/** Who sees the sign-off and send-back buttons: a reviewer, on a record waiting, not their own. */
export function mayReview(
  me: { id: number; permissions: string[] } | null | undefined,
  record: Pick<RecordRow, 'reviewStatus' | 'staffId'>,
): boolean {
  return (
    !!me &&
    me.permissions.includes('records.review') &&
    record.reviewStatus === 'provisional' &&
    record.staffId !== me.id
  );
}

/** The author of a record sent back corrects and resubmits it. */
export function mayResubmit(
  me: { id: number } | null | undefined,
  record: Pick<RecordRow, 'reviewStatus' | 'staffId'>,
): boolean {
  return !!me && record.reviewStatus === 'returned' && record.staffId === me.id;
}

/** Where the author corrects a record (the record form of the 工作台). */
export const editPath = (id: number) => `/workbench/records/${id}/edit`;

/**
 * A deadline as people say it: one that ends a day (the server's 00:00 of the next) reads as that day's 24:00,
 * 2026-12-08 24:00 rather than 2026-12-09 00:00; any other time as it is.
 */
export function deadlineText(instant: string, zone: string): string {
  const at = inZone(instant, zone);
  if (at.hour() !== 0 || at.minute() !== 0) return zoneDateTime(instant, zone);
  return `${at.subtract(1, 'day').format('YYYY-MM-DD')} 24:00`;
}
