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
