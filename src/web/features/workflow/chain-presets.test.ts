import { describe, expect, it } from 'vitest';
import {
  chainProblems,
  DEFAULT_CHAINS,
  WORKFLOW_KEYS,
  type WorkflowChains,
} from '../../../domain/workflow/chains.ts';
import { fieldPath } from '../../app/forms.ts';
import { PRESETS, presetStep } from './chain-presets.ts';

const DEPARTMENT = 7;

/** The defaults with one preset step appended to one chain (its department chosen, as the page asks). */
function withStep(workflow: (typeof WORKFLOW_KEYS)[number], preset: (typeof PRESETS)[number]) {
  const chains: WorkflowChains = structuredClone(DEFAULT_CHAINS);
  for (const chain of Object.values(chains[workflow])) {
    const step = presetStep(
      workflow,
      preset,
      chain.steps.map((s) => s.key),
    );
    chain.steps.push(
      preset === 'department' ? { ...step, label: '售后服务部', departmentId: DEPARTMENT } : step,
    );
  }
  return chains;
}

describe('the 审批流程 page’s preset steps', () => {
  it.each(WORKFLOW_KEYS.flatMap((w) => PRESETS.map((p) => [w, p] as const)))(
    'a %s chain with a %s step added is one the server accepts',
    (workflow, preset) => {
      expect(chainProblems(withStep(workflow, preset), [DEPARTMENT])).toEqual([]);
    },
  );

  it('takes a key the chain does not use yet', () => {
    expect(presetStep('access', 'executive', ['manager']).key).toBe('executive');
    expect(presetStep('access', 'executive', ['executive', 'executive_2']).key).toBe('executive_3');
    expect(presetStep('grade', 'executive', ['dept']).key).toBe('exec');
  });
});

describe('fieldPath', () => {
  it('numbers list items the way antd names them', () => {
    expect(fieldPath('access.confidential.steps.1.label')).toEqual([
      'access',
      'confidential',
      'steps',
      1,
      'label',
    ]);
    expect(fieldPath('comment')).toEqual(['comment']);
  });
});
