import type { ApproverPermission, Reach, Step, WorkflowKey } from '../../../domain/workflow/chains.ts';
import type { MessageKey } from '../../app/messages.ts';

export type Preset = 'manager' | 'executive' | 'department';
export const PRESETS: Preset[] = ['manager', 'executive', 'department'];
export const PRESET_LABELS: Record<Preset, MessageKey> = {
  manager: 'chains.preset.manager',
  executive: 'chains.preset.executive',
  department: 'chains.preset.department',
};

/** Which permission makes a manager, and an executive, an approver of each request type (as the defaults do). */
const PERMISSIONS: Record<WorkflowKey, Record<'manager' | 'executive', ApproverPermission>> = {
  access: { manager: 'access.approve', executive: 'access.approve_top_secret' },
  export: { manager: 'access.approve', executive: 'access.approve_top_secret' },
  grade: { manager: 'grades.approve_dept', executive: 'grades.approve_exec' },
  destruction: { manager: 'access.approve', executive: 'access.approve_top_secret' },
  role_change: { manager: 'users.approve_roles', executive: 'users.approve_roles' },
  record_review: { manager: 'records.review', executive: 'records.review' },
  issue_plan: { manager: 'issues.escalate', executive: 'issues.escalate' },
};

/** Grade requests are decided for a customer; the others for a requester, the executive's for the company. */
function reachOf(workflow: WorkflowKey, preset: Preset): Reach {
  if (preset === 'department') return 'department';
  if (workflow === 'grade') return 'customer';
  return preset === 'manager' ? 'requester' : 'company';
}

/** Grade requests' step keys are dept and exec (their statuses read pending_dept, pending_exec). */
const KEY_BASES: Record<Preset, string> = {
  manager: 'manager',
  executive: 'executive',
  department: 'department',
};
const GRADE_KEY_BASES: Record<Preset, string> = {
  manager: 'dept',
  executive: 'exec',
  department: 'department',
};

/** A key not yet used in the chain: `executive`, else `executive_2` … */
function freeKey(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

/** A new step of this kind for this request type's chain (whose step keys are `taken`). */
export function presetStep(workflow: WorkflowKey, preset: Preset, taken: readonly string[]): Step {
  const key = freeKey((workflow === 'grade' ? GRADE_KEY_BASES : KEY_BASES)[preset], taken);
  const kind = preset === 'department' ? 'manager' : preset;
  const names = {
    manager: ['部门经理', 'department manager'],
    executive: ['总经理', 'executive'],
    department: ['', ''],
  }[preset];
  return {
    key,
    label: names[0] as string,
    labelEn: names[1] as string,
    permission: PERMISSIONS[workflow][kind],
    reach: reachOf(workflow, preset),
    departmentId: null,
  };
}
