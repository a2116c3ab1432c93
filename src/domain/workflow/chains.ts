/**
 * Who approves each step of each request type is configuration (SPEC §2.5: the seeds' companies differ — 机密
 * by a department manager in one, by the 执行董事 in another; 等级申报 by the 售后服务部 and 销售部 managers,
 * then the executive in seed 000). A chain is fixed on the request when it is submitted, so editing the
 * configuration never strands a request half-way.
 */

/** The permissions that can make someone an approver; a step names one of them. */
export const APPROVER_PERMISSIONS = [
  'access.approve',
  'access.approve_top_secret',
  'grades.approve_dept',
  'grades.approve_exec',
  'users.approve_roles',
  'followups.approve_plan',
  'records.review',
  'issues.escalate',
] as const;
export type ApproverPermission = (typeof APPROVER_PERMISSIONS)[number];

/**
 * Which requests a step's approver may decide, besides holding the permission:
 *   requester   the requester works within the approver's data scope (own department and below, or all)
 *   customer    the request's customer is within the approver's data scope
 *   department  the approver works in the named department (a custodian such as 售后服务部), whatever the scope
 *   company     any request in the company
 */
export const REACHES = ['requester', 'customer', 'department', 'company'] as const;
export type Reach = (typeof REACHES)[number];

export interface Step {
  /** Unique within its chain; what the decisions record. */
  key: string;
  /** The approver as the requester reads it (部门经理, 总经理 …). */
  label: string;
  labelEn: string;
  permission: ApproverPermission;
  reach: Reach;
  /** With reach `department`: the department whose members decide. */
  departmentId?: number | null;
}

export interface Chain {
  steps: Step[];
  /** A request still undecided this many days after submission expires; null: never. */
  expireAfterDays: number | null;
}

/** The request types and the levels each distinguishes (access requests by confidentiality level). */
export const WORKFLOWS = {
  access: { zh: '查阅申请', en: 'Access requests', levels: ['secret', 'confidential', 'top_secret'] },
  export: { zh: '导出申请', en: 'Export requests', levels: ['default'] },
  grade: { zh: '等级申报', en: 'Grade requests', levels: ['default'] },
  destruction: { zh: '数据销毁', en: 'Data destruction', levels: ['default'] },
  role_change: { zh: '角色变更', en: 'Role changes', levels: ['default'] },
  record_review: { zh: '回访记录审核', en: 'Follow-up record reviews', levels: ['default'] },
  issue_plan: { zh: '处理方案审批', en: 'Solution plans', levels: ['default'] },
} as const;
export type WorkflowKey = keyof typeof WORKFLOWS;
export const WORKFLOW_KEYS = Object.keys(WORKFLOWS) as WorkflowKey[];

export type WorkflowChains = Record<WorkflowKey, Record<string, Chain>>;

const manager = (permission: ApproverPermission, reach: Reach = 'requester'): Step => ({
  key: 'manager',
  label: '部门经理',
  labelEn: 'department manager',
  permission,
  reach,
});
const executive = (permission: ApproverPermission, reach: Reach): Step => ({
  key: 'executive',
  label: '总经理',
  labelEn: 'executive',
  permission,
  reach,
});
const chain = (...steps: Step[]): Chain => ({ steps, expireAfterDays: null });

/** Today's rules (SPEC §1 roles, §2.5 defaults): what a new company starts with. */
export const DEFAULT_CHAINS: WorkflowChains = {
  access: {
    secret: chain(manager('access.approve')),
    confidential: chain(manager('access.approve')),
    top_secret: chain(executive('access.approve_top_secret', 'requester')),
  },
  // Approved like a 机密 查阅申请.
  export: { default: chain(manager('access.approve')) },
  grade: {
    default: chain(
      { ...manager('grades.approve_dept', 'customer'), key: 'dept' },
      { ...executive('grades.approve_exec', 'customer'), key: 'exec' },
    ),
  },
  // Destroying 绝密 data weighs no less than opening it.
  destruction: { default: chain(executive('access.approve_top_secret', 'company')) },
  role_change: { default: chain(executive('users.approve_roles', 'company')) },
  // SPEC §3.5: a record counts once the supervisor over its author signs it (主管审核签字).
  record_review: {
    default: chain({
      key: 'supervisor',
      label: '客服主管',
      labelEn: 'supervisor',
      permission: 'records.review',
      reach: 'requester',
    }),
  },
  // SPEC §4: a complaint's solution plan is approved by a leader over whoever drew it up.
  issue_plan: {
    default: chain({
      key: 'leader',
      label: '主管领导',
      labelEn: 'supervisor',
      permission: 'issues.escalate',
      reach: 'requester',
    }),
  },
};

/** The chain a new request of this type and level runs through; the defaults fill what is not configured. */
export function chainFor(config: Partial<WorkflowChains>, workflow: WorkflowKey, level = 'default'): Chain {
  const chosen = config[workflow]?.[level] ?? DEFAULT_CHAINS[workflow][level];
  if (!chosen) throw new RangeError(`no chain for ${workflow}/${level}`);
  return chosen;
}

/** The configuration with every workflow and level present (stored values over the defaults). */
export function completeChains(stored: Partial<WorkflowChains> | undefined): WorkflowChains {
  const result = {} as WorkflowChains;
  for (const workflow of WORKFLOW_KEYS) {
    result[workflow] = {};
    for (const level of WORKFLOWS[workflow].levels) {
      result[workflow][level] = chainFor(stored ?? {}, workflow, level);
    }
  }
  return result;
}

export interface ChainProblem {
  field: string;
  zh: string;
  en: string;
}

/** What is wrong with a configuration an administrator submits (empty when it can be saved). */
export function chainProblems(config: WorkflowChains, departmentIds: readonly number[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  for (const workflow of WORKFLOW_KEYS) {
    for (const level of WORKFLOWS[workflow].levels) {
      const field = `${workflow}.${level}`;
      const steps = config[workflow]?.[level]?.steps;
      if (!steps || steps.length === 0) {
        problems.push({ field, zh: '至少需要一个审批步骤', en: 'needs at least one step' });
        continue;
      }
      if (steps.length > 5) problems.push({ field, zh: '审批步骤最多 5 个', en: 'has more than 5 steps' });
      if (new Set(steps.map((s) => s.key)).size !== steps.length) {
        problems.push({ field, zh: '步骤标识不能重复', en: 'repeats a step key' });
      }
      steps.forEach((step, i) => {
        problems.push(...stepProblems(step, `${field}.steps.${i}`, workflow, departmentIds));
      });
    }
  }
  return problems;
}

function stepProblems(
  step: Step,
  field: string,
  workflow: WorkflowKey,
  departmentIds: readonly number[],
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  if (step.reach === 'customer' && workflow !== 'grade') {
    problems.push({
      field: `${field}.reach`,
      zh: '只有等级申报按客户的管理范围审批',
      en: 'only grade requests concern one customer',
    });
  }
  if (step.reach === 'department' && !departmentIds.includes(step.departmentId ?? -1)) {
    problems.push({ field: `${field}.departmentId`, zh: '请选择审批部门', en: 'choose a department' });
  }
  if (!step.label.trim())
    problems.push({ field: `${field}.label`, zh: '请填写审批人名称', en: 'is required' });
  return problems;
}

/** What the approver brings: their permissions, their department and their data scope. */
export interface Approver {
  id: number;
  permissions: ReadonlySet<string>;
  departmentId: number | null;
  /** 'all', the department ids they see (their own and below), or nothing. */
  scope: 'all' | readonly number[] | 'none';
}

/** What the request brings: the requester's department, and whether its customer is in the approver's scope. */
export interface Subject {
  requesterDepartmentId: number | null;
  customerInScope: boolean;
}

/** Whether this approver may decide this step of this request. */
export function mayDecide(step: Step, approver: Approver, subject: Subject): boolean {
  if (!approver.permissions.has(step.permission)) return false;
  switch (step.reach) {
    case 'company':
      return true;
    case 'customer':
      return subject.customerInScope;
    case 'department':
      return approver.departmentId !== null && approver.departmentId === step.departmentId;
    case 'requester':
      return (
        approver.scope === 'all' ||
        (Array.isArray(approver.scope) && approver.scope.includes(subject.requesterDepartmentId ?? -1))
      );
  }
}

/** Whether this approver decides some step of some chain of the workflow (may see its inbox at all). */
export function approvesAny(chains: readonly Chain[], approver: Pick<Approver, 'permissions'>): boolean {
  return chains.some((c) => c.steps.some((s) => approver.permissions.has(s.permission)));
}
