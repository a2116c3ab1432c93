import { describe, expect, it } from 'vitest';
import {
  approvalRefusal,
  dataRoleKeys,
  needsApproval,
  rolesWhilePending,
  sameRoles,
  seesCustomerData,
} from './role-separation.ts';
import { DEFAULT_ROLES } from './roles.ts';

const data = dataRoleKeys(DEFAULT_ROLES);

describe('which roles see customer data', () => {
  it('is every default role but admin', () => {
    expect([...data].sort()).toEqual(
      ['account_manager', 'agent', 'analyst', 'dept_manager', 'executive', 'marketing', 'supervisor'].sort(),
    );
  });
  it('counts customers.read or any data scope', () => {
    expect(seesCustomerData({ permissions: ['users.manage'], dataScope: 'none' })).toBe(false);
    expect(seesCustomerData({ permissions: [], dataScope: 'own' })).toBe(true);
    expect(seesCustomerData({ permissions: ['customers.read'], dataScope: 'none' })).toBe(true);
  });
});

describe('role changes that need the executive', () => {
  it.each([
    [[], ['agent'], false],
    [[], ['admin'], false],
    [['admin'], ['admin', 'executive'], true],
    [['executive'], ['executive', 'admin'], true],
    [[], ['admin', 'analyst'], true],
    [['admin', 'analyst'], ['admin'], false],
    [['admin', 'analyst'], ['admin', 'analyst', 'agent'], true],
    [['admin', 'analyst', 'agent'], ['admin', 'analyst'], false],
    [['agent'], ['account_manager'], false],
  ])('%j → %j: %s', (before, after, expected) => {
    expect(needsApproval(before, after, data)).toBe(expected);
  });

  it('gives at once what needs no approval', () => {
    expect(rolesWhilePending([], ['admin', 'analyst'], data)).toEqual(['analyst']);
    expect(rolesWhilePending(['executive'], ['executive', 'admin'], data)).toEqual(['executive']);
    expect(rolesWhilePending(['admin'], ['admin', 'executive'], data)).toEqual(['admin']);
  });

  it('compares role sets regardless of order and repeats', () => {
    expect(sameRoles(['a', 'b'], ['b', 'a', 'a'])).toBe(true);
    expect(sameRoles(['a'], ['a', 'b'])).toBe(false);
  });
});

describe('who may decide', () => {
  const request = { userId: 10, requestedBy: 20 };
  it.each([
    [{ id: 30, roles: ['executive'] }, null],
    [{ id: 30, roles: ['executive', 'admin'] }, 'holds_admin'],
    [{ id: 20, roles: ['executive'] }, 'own_request'],
    [{ id: 10, roles: ['executive'] }, 'own_account'],
  ])('%j → %s', (approver, expected) => {
    expect(approvalRefusal(approver, request)).toBe(expected);
  });
});
