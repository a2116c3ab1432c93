export interface Me {
  id: number;
  username: string;
  displayName: string;
  departmentId: number | null;
  roles: string[];
  permissions: string[];
  dataScope: string;
  locale: string;
  mustChangePassword: boolean;
}

export interface User {
  id: number;
  username: string;
  displayName: string;
  departmentId: number | null;
  departmentName: string | null;
  supervisorId: number | null;
  supervisorName: string | null;
  roles: string[];
  status: 'active' | 'disabled';
  email: string | null;
  phone: string | null;
  locked: boolean;
  /** Roles asked for that wait for the executive (admin together with customer data). */
  pendingRoleChange: { id: number; roles: string[]; createdAt: string } | null;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
}

export interface Department {
  id: number;
  name: string;
  parentId: number | null;
  sortOrder: number;
  memberCount: number;
}

export interface Role {
  key: string;
  nameZh: string;
  nameEn: string;
  dataScope: 'none' | 'own' | 'department' | 'all';
  permissions: string[];
  builtin: boolean;
}

export interface AuditEvent {
  id: number;
  occurredAt: string;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
}

export interface ApiToken {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export type { Page } from './client.ts';

export type Exposure = 'full' | 'masked' | 'hidden';

export interface CustomerListItem {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: string | null;
  industry: string | null;
  province: string | null;
  city: string | null;
  address: string | null;
  tags: string[] | null;
  tier: string | null;
  status: 'prospect' | 'active' | 'lost' | null;
  ownerId: number | null;
  ownerName: string | null;
  doNotContact: boolean;
  verifiedAt: string | null;
  stale: boolean | null;
  createdAt: string;
  version: number;
  visibility: { secret: Exposure; confidential: Exposure; topSecret: Exposure };
  primaryContactName: string | null;
  primaryContactMobile: string | null;
}

export interface CustomerDetail
  extends Omit<CustomerListItem, 'primaryContactName' | 'primaryContactMobile'> {
  district: string | null;
  foundedOn: string | null;
  employees: number | null;
  annualRevenue: string | null;
  source: string | null;
  firstCooperationOn: string | null;
  annualAmount: string | null;
  products: string | null;
  idNumber: string | null;
  score: number | null;
  prospects: number | null;
  lostReason: string | null;
  lostOn: string | null;
  dncReason: string | null;
  dncSetAt: string | null;
  dncSetByName: string | null;
  preferredMethod: string | null;
  preferredChannel: string | null;
  preferredWindow: string | null;
  cooperationFrequency: string | null;
  membershipNo: string | null;
  anniversaryOn: string | null;
  needType: string | null;
  remark: string | null;
  agentId: number | null;
  agentName: string | null;
}

export interface Contact {
  id: number;
  name: string;
  position: string | null;
  roleKind: 'equipment' | 'technical' | 'admin' | 'user' | 'business' | null;
  mobile: string | null;
  phone: string | null;
  email: string | null;
  qq: string | null;
  wechat: string | null;
  isPrimary: boolean;
  masked: boolean;
  version: number;
}

export interface AccessRequest {
  id: number;
  requesterName: string;
  requesterDepartmentName: string | null;
  customers: { id: number; code: string; name: string }[];
  level: 'secret' | 'confidential' | 'top_secret';
  levelLabel: string;
  purpose: string;
  reason: string;
  durationDays: number;
  status: 'pending' | 'approved' | 'rejected' | 'revoked' | 'expired' | 'withdrawn';
  decidedByName: string | null;
  decisionComment: string | null;
  expiresAt: string | null;
  createdAt: string;
}
