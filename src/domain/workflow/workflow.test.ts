import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Approver,
  approvesAny,
  type Chain,
  chainFor,
  chainProblems,
  completeChains,
  DEFAULT_CHAINS,
  mayDecide,
  type Step,
} from './chains.ts';
import { ACTIONS, type Action, type ApprovalState, submitted, transition } from './machine.ts';

const run = (steps: number, actions: Action[]) => {
  let state: ApprovalState = submitted(steps);
  const refused: string[] = [];
  for (const action of actions) {
    const next = transition(state, action);
    if (next.ok) state = next.state;
    else refused.push(`${action}:${next.status}`);
  }
  return { state, refused };
};

describe('the approval machine', () => {
  it('walks a two-step chain: the first approval advances, the second approves', () => {
    const first = transition(submitted(2), 'approve');
    expect(first).toMatchObject({ ok: true, decision: 'advanced', finished: false, state: { step: 1 } });
    const second = first.ok && transition(first.state, 'approve');
    expect(second).toMatchObject({ ok: true, decision: 'approved', finished: true, state: { step: 1 } });
  });

  it.each([
    ['reject', 'rejected'],
    ['withdraw', 'withdrawn'],
    ['expire', 'expired'],
  ] as const)('%s ends a pending request as %s at the step it stood', (action, status) => {
    const advanced = run(3, ['approve']).state;
    expect(transition(advanced, action)).toMatchObject({
      ok: true,
      state: { status, step: 1 },
      finished: true,
    });
  });

  it('refuses to decide a finished request, naming its status', () => {
    expect(run(1, ['withdraw', 'approve']).refused).toEqual(['approve:withdrawn']);
    expect(run(1, ['reject', 'revoke']).refused).toEqual(['revoke:rejected']);
    expect(run(1, ['approve', 'reject']).refused).toEqual(['reject:approved']);
  });

  it('revokes only an approved request', () => {
    expect(run(1, ['revoke']).refused).toEqual(['revoke:pending']);
    expect(run(1, ['approve', 'revoke']).state.status).toBe('revoked');
  });

  it('needs a chain of at least one step', () => {
    expect(() => submitted(0)).toThrow(RangeError);
  });

  it('approves only after every step approved; nothing leaves a terminal status but approved → revoked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.constantFrom(...ACTIONS), { maxLength: 12 }),
        (steps, actions) => {
          let state = submitted(steps);
          let approvals = 0;
          for (const action of actions) {
            const next = transition(state, action);
            if (!next.ok) {
              expect(next.status).toBe(state.status);
              const legal = action === 'revoke' ? state.status === 'approved' : state.status === 'pending';
              expect(legal).toBe(false);
              continue;
            }
            if (action === 'approve') approvals++;
            expect(next.state.step).toBeLessThan(steps);
            expect(next.state.step).toBeGreaterThanOrEqual(state.step);
            state = next.state;
          }
          if (state.status === 'approved' || state.status === 'revoked') expect(approvals).toBe(steps);
          else expect(approvals).toBeLessThan(steps + 1);
        },
      ),
    );
  });
});

const approver = (over: Partial<Approver>): Approver => ({
  id: 1,
  permissions: new Set(),
  departmentId: 10,
  scope: 'none',
  ...over,
});
const subject = { requesterDepartmentId: 10, customerInScope: false };

describe('who decides a step', () => {
  const [managerStep] = (DEFAULT_CHAINS.access.confidential as Chain).steps as [Step];

  it('a department manager decides requests from their department and below, not from elsewhere', () => {
    const manager = approver({ permissions: new Set(['access.approve']), scope: [10, 11] });
    expect(mayDecide(managerStep, manager, subject)).toBe(true);
    expect(mayDecide(managerStep, manager, { ...subject, requesterDepartmentId: 11 })).toBe(true);
    expect(mayDecide(managerStep, manager, { ...subject, requesterDepartmentId: 12 })).toBe(false);
    expect(mayDecide(managerStep, manager, { ...subject, requesterDepartmentId: null })).toBe(false);
  });

  it('needs the step permission whatever the scope', () => {
    expect(mayDecide(managerStep, approver({ scope: 'all' }), subject)).toBe(false);
  });

  it('by customer scope for grade requests, by membership for a custodian department', () => {
    const [dept] = (DEFAULT_CHAINS.grade.default as Chain).steps as [Step];
    const dm = approver({ permissions: new Set(['grades.approve_dept']), scope: 'all' });
    expect(mayDecide(dept, dm, subject)).toBe(false);
    expect(mayDecide(dept, dm, { ...subject, customerInScope: true })).toBe(true);
    const custodian: Step = { ...dept, key: 'service', reach: 'department', departmentId: 20 };
    expect(mayDecide(custodian, approver({ permissions: dm.permissions, departmentId: 20 }), subject)).toBe(
      true,
    );
    expect(mayDecide(custodian, dm, { ...subject, customerInScope: true })).toBe(false);
  });

  it('lets whoever holds a permission of some step see the inbox', () => {
    const chains = Object.values(DEFAULT_CHAINS.access);
    expect(approvesAny(chains, { permissions: new Set(['access.approve_top_secret']) })).toBe(true);
    expect(approvesAny(chains, { permissions: new Set(['grades.approve_dept']) })).toBe(false);
  });
});

describe('chain configuration', () => {
  it('falls back to today’s defaults for what is not stored', () => {
    const stored = { access: { confidential: DEFAULT_CHAINS.access.top_secret as Chain } };
    expect(chainFor(stored, 'access', 'confidential').steps[0]?.permission).toBe('access.approve_top_secret');
    expect(chainFor(stored, 'access', 'secret')).toEqual(DEFAULT_CHAINS.access.secret);
    expect(completeChains(undefined)).toEqual(DEFAULT_CHAINS);
  });

  it('accepts the defaults and seed 000’s grade form (售后服务部, 销售部, then the executive)', () => {
    expect(chainProblems(DEFAULT_CHAINS, [])).toEqual([]);
    const [dept, exec] = (DEFAULT_CHAINS.grade.default as Chain).steps as [Step, Step];
    const seed000 = {
      ...DEFAULT_CHAINS,
      grade: {
        default: {
          expireAfterDays: 14,
          steps: [
            {
              ...dept,
              key: 'service',
              label: '售后服务部经理',
              reach: 'department' as const,
              departmentId: 6,
            },
            { ...dept, key: 'sales', label: '销售部经理', reach: 'department' as const, departmentId: 2 },
            exec,
          ],
        },
      },
    };
    expect(chainProblems(seed000, [2, 6])).toEqual([]);
    expect(chainProblems(seed000, [2]).map((p) => p.field)).toEqual(['grade.default.steps.0.departmentId']);
  });

  it('names an empty chain, repeated keys and a customer reach outside grade requests', () => {
    const step = (DEFAULT_CHAINS.export.default as Chain).steps[0] as Step;
    const bad = {
      ...DEFAULT_CHAINS,
      access: { ...DEFAULT_CHAINS.access, secret: { steps: [], expireAfterDays: null } },
      export: { default: { steps: [step, { ...step, reach: 'customer' as const }], expireAfterDays: null } },
    };
    expect(chainProblems(bad, []).map((p) => `${p.field} ${p.zh}`)).toEqual([
      'access.secret 至少需要一个审批步骤',
      'export.default 步骤标识不能重复',
      'export.default.steps.1.reach 只有等级申报按客户的管理范围审批',
    ]);
  });
});
