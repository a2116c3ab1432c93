/**
 * The one approval machine every request type runs on (查阅申请, 导出申请, 等级申报, 数据销毁, 角色变更 …):
 * a request is submitted, walks its chain of steps one approval at a time, and ends approved, rejected,
 * withdrawn or expired; an approved request whose effect lasts (an access grant) may later be revoked.
 */
export const STATUSES = ['pending', 'approved', 'rejected', 'withdrawn', 'expired', 'revoked'] as const;
export type Status = (typeof STATUSES)[number];

/** What can happen to a request: an approver's verdict, the requester's withdrawal, time, a revocation. */
export const ACTIONS = ['approve', 'reject', 'withdraw', 'expire', 'revoke'] as const;
export type Action = (typeof ACTIONS)[number];

/** Where a request stands: its status and the step awaiting a decision (or the last one acted on). */
export interface ApprovalState {
  status: Status;
  step: number;
  /** How many steps its chain has (fixed when it was submitted). */
  steps: number;
}

export type Transition =
  | { ok: true; state: ApprovalState; decision: Exclude<Status, 'pending'> | 'advanced'; finished: boolean }
  | { ok: false; status: Status };

/** The state a submitted request starts in. */
export function submitted(steps: number): ApprovalState {
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError('a chain has at least one step');
  return { status: 'pending', step: 0, steps };
}

/**
 * What an action does to a request, or a refusal naming the status that forbids it. Approving a step that is
 * not the last moves to the next step ('advanced'); every other move ends the request where it stands.
 */
export function transition(state: ApprovalState, action: Action): Transition {
  if (action === 'revoke') {
    if (state.status !== 'approved') return { ok: false, status: state.status };
    return { ok: true, state: { ...state, status: 'revoked' }, decision: 'revoked', finished: true };
  }
  if (state.status !== 'pending') return { ok: false, status: state.status };
  if (action === 'approve' && state.step + 1 < state.steps) {
    return { ok: true, state: { ...state, step: state.step + 1 }, decision: 'advanced', finished: false };
  }
  const status = END_OF[action];
  return { ok: true, state: { ...state, status }, decision: status, finished: true };
}

const END_OF: Record<Exclude<Action, 'revoke'>, Exclude<Status, 'pending' | 'revoked'>> = {
  approve: 'approved',
  reject: 'rejected',
  withdraw: 'withdrawn',
  expire: 'expired',
};

/** A rejection must say why (the requester reads it); the other actions may carry a comment. */
export function needsReason(action: Action): boolean {
  return action === 'reject';
}

export const STATUS_LABELS: Record<Status, { zh: string; en: string }> = {
  pending: { zh: '待审批', en: 'pending' },
  approved: { zh: '已批准', en: 'approved' },
  rejected: { zh: '已驳回', en: 'rejected' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  expired: { zh: '已过期', en: 'expired' },
  revoked: { zh: '已收回', en: 'revoked' },
};

export const ACTION_LABELS: Record<Action, { zh: string; en: string }> = {
  approve: { zh: '批准', en: 'approve' },
  reject: { zh: '驳回', en: 'reject' },
  withdraw: { zh: '撤回', en: 'withdraw' },
  expire: { zh: '标记过期', en: 'expire' },
  revoke: { zh: '收回', en: 'revoke' },
};
