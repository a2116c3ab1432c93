import type { IssueStatus } from './vocabulary.ts';

/**
 * SPEC §4's status machine: 待处理 → 处理中 → 已解决 → 已关闭, 无需处理 with a reason, and reopening. 已关闭 comes
 * from the post-resolution revisit (a satisfied customer), or by hand where no revisit is due.
 */
const NEXT: Record<IssueStatus, readonly IssueStatus[]> = {
  pending: ['in_progress', 'resolved', 'no_action'],
  in_progress: ['resolved', 'no_action'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
  no_action: ['in_progress'],
};

export function allowedNext(from: IssueStatus): readonly IssueStatus[] {
  return NEXT[from];
}

export function canMove(from: IssueStatus, to: IssueStatus): boolean {
  return NEXT[from].includes(to);
}

/** Back to 处理中 from an ended state: a reopening, which needs a reason and sets a new target time. */
export function isReopening(from: IssueStatus, to: IssueStatus): boolean {
  return to === 'in_progress' && (from === 'resolved' || from === 'closed' || from === 'no_action');
}

/** What a move must carry besides the target (the field the form asks for). */
export function requiredFor(from: IssueStatus, to: IssueStatus): 'solution' | 'reason' | null {
  if (to === 'resolved') return 'solution';
  if (to === 'no_action' || isReopening(from, to)) return 'reason';
  return null;
}
