import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, ROLE_KEYS, widestScope } from './roles.ts';

describe('default roles (SPEC §1)', () => {
  const role = (key: string) => DEFAULT_ROLES.find((r) => r.key === key);

  it('has the eight roles with Chinese names', () => {
    expect(DEFAULT_ROLES.map((r) => r.key)).toEqual([...ROLE_KEYS]);
    expect(DEFAULT_ROLES.map((r) => r.nameZh)).toEqual([
      '回访专员',
      '客户经理',
      '客服主管',
      '部门经理',
      '总经理',
      '数据分析师',
      '市场专员',
      '系统管理员',
    ]);
  });

  it('separates administration from customer data', () => {
    expect(role('admin')?.dataScope).toBe('none');
    expect(role('admin')?.permissions.some((p) => p.startsWith('customers.'))).toBe(false);
    expect(role('executive')?.permissions).not.toContain('users.manage');
  });

  it('gives approval rights by level: department manager up to 机密, executive 绝密', () => {
    expect(role('dept_manager')?.permissions).toContain('access.approve');
    expect(role('dept_manager')?.permissions).not.toContain('access.approve_top_secret');
    expect(role('executive')?.permissions).toContain('access.approve_top_secret');
  });

  it('takes the widest data scope of several roles', () => {
    expect(widestScope([])).toBe('none');
    expect(widestScope(['own', 'department'])).toBe('department');
    expect(widestScope(['none', 'all', 'own'])).toBe('all');
  });
});
