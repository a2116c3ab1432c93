import {
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  DashboardOutlined,
  ExclamationCircleOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  PhoneOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { Me } from '../api/types.ts';
import { can } from './auth.tsx';
import type { MessageKey } from './messages.ts';

type Item = {
  key: string;
  label: MessageKey;
  icon?: React.ReactNode;
  show: (me: Me) => boolean;
  children?: Item[];
};

/** The side menu per permission (SPEC §1 roles); the server checks every call again. */
const ITEMS: Item[] = [
  // Who works follow-ups has the 工作台 as home page, under 回访管理; everyone else the dashboard.
  {
    key: '/',
    label: 'menu.dashboard',
    icon: <DashboardOutlined />,
    show: (me) => !can(me, 'followups.work'),
  },
  {
    key: 'customers',
    label: 'menu.customers',
    icon: <TeamOutlined />,
    show: (me) =>
      can(me, 'customers.read', 'customers.export', 'access.approve', 'access.approve_top_secret'),
    children: [
      { key: '/customers', label: 'customers.title', show: (me) => can(me, 'customers.read') },
      {
        key: '/access-requests',
        label: 'access.title',
        show: (me) => can(me, 'access.request', 'access.approve', 'access.approve_top_secret'),
      },
      {
        key: '/export-requests',
        label: 'exports.title',
        show: (me) => can(me, 'customers.export', 'access.approve'),
      },
      {
        key: '/grade-requests',
        label: 'grades.title',
        show: (me) => can(me, 'grades.request', 'grades.approve_dept', 'grades.approve_exec'),
      },
      {
        key: '/key-accounts',
        label: 'keyAccounts.title',
        show: (me) => can(me, 'access.approve_top_secret'),
      },
    ],
  },
  {
    key: 'followups',
    label: 'menu.followupGroup',
    icon: <PhoneOutlined />,
    show: (me) => can(me, 'followups.work', 'followups.assign', 'followups.rules'),
    children: [
      { key: '/workbench', label: 'menu.workbench', show: (me) => can(me, 'followups.work') },
      {
        key: '/followups/tasks',
        label: 'menu.followupTasks',
        show: (me) => can(me, 'followups.work', 'followups.assign'),
      },
      // 回访记录 and 记录审核 (records)
      { key: '/followups/records', label: 'menu.followupRecords', show: (me) => can(me, 'followups.work') },
      { key: '/followups/reviews', label: 'menu.recordReviews', show: (me) => can(me, 'records.review') },
      {
        key: '/followups/rules',
        label: 'menu.followupRules',
        show: (me) => can(me, 'followups.rules'),
      },
    ],
  },
  {
    key: '/issues',
    label: 'menu.issues',
    icon: <ExclamationCircleOutlined />,
    show: (me) => can(me, 'issues.register', 'issues.handle'),
  },
  // 超时看板 right under 问题: what is past a deadline now, for whoever handles escalations.
  {
    key: '/issues/breach-board',
    label: 'issues.board.title',
    icon: <FieldTimeOutlined />,
    show: (me) => can(me, 'issues.escalate'),
  },
  // 方案审批: the plans leaders approve before they are carried out, and the handlers' own.
  {
    key: '/issues/plans',
    label: 'issues.plans.inbox',
    icon: <FileDoneOutlined />,
    show: (me) => can(me, 'issues.handle', 'issues.escalate'),
  },
  // 知识库 next to 问题: what was learnt from resolved issues, for whoever registers, handles or escalates them.
  {
    key: '/knowledge',
    label: 'menu.knowledge',
    icon: <BookOutlined />,
    show: (me) => can(me, 'issues.register', 'issues.handle', 'issues.escalate'),
  },
  {
    key: '/reports',
    label: 'menu.reports',
    icon: <BarChartOutlined />,
    show: (me) => can(me, 'reports.read'),
  },
  {
    key: 'settings',
    label: 'menu.settings',
    icon: <SettingOutlined />,
    show: (me) =>
      can(
        me,
        'users.manage',
        'departments.manage',
        'roles.manage',
        'audit.read',
        'access.approve_top_secret',
        'users.approve_roles',
        'jobs.manage',
        'settings.manage',
      ),
    children: [
      { key: '/settings/users', label: 'menu.users', show: (me) => can(me, 'users.manage') },
      {
        key: '/settings/role-changes',
        label: 'roleChanges.title',
        show: (me) => can(me, 'users.approve_roles'),
      },
      {
        key: '/settings/departments',
        label: 'menu.departments',
        show: (me) => can(me, 'departments.manage'),
      },
      { key: '/settings/roles', label: 'menu.roles', show: (me) => can(me, 'roles.manage') },
      {
        key: '/settings/customer-rules',
        label: 'menu.customerRules',
        show: (me) => can(me, 'settings.manage'),
      },
      {
        key: '/settings/approval-chains',
        label: 'menu.approvalChains',
        show: (me) => can(me, 'settings.manage'),
      },
      {
        key: '/settings/calendar',
        label: 'menu.calendar',
        show: (me) => can(me, 'settings.manage'),
      },
      {
        key: '/settings/sla-policies',
        label: 'menu.slaPolicies',
        show: (me) => can(me, 'settings.manage'),
      },
      {
        key: '/settings/data-retention',
        label: 'menu.dataRetention',
        show: (me) => can(me, 'settings.manage', 'access.approve_top_secret'),
      },
      { key: '/settings/jobs', label: 'menu.jobs', show: (me) => can(me, 'jobs.manage') },
      {
        key: '/settings/email-outbox',
        label: 'menu.emailOutbox',
        show: (me) => can(me, 'jobs.manage', 'settings.manage'),
      },
      {
        key: '/settings/audit',
        label: 'menu.audit',
        icon: <AuditOutlined />,
        show: (me) => can(me, 'audit.read'),
      },
    ],
  },
];

/** The menu entry a page belongs to: the longest key that starts its path (/customers/42 → /customers). */
export function selectedMenuKey(items: MenuProps['items'], pathname: string): string {
  const keys: string[] = [];
  const collect = (list: MenuProps['items']) => {
    for (const item of list ?? []) {
      if (!item || !('key' in item)) continue;
      if (typeof item.key === 'string' && item.key.startsWith('/')) keys.push(item.key);
      if ('children' in item && item.children) collect(item.children);
    }
  };
  collect(items);
  const matches = keys.filter((k) => pathname === k || (k !== '/' && pathname.startsWith(`${k}/`)));
  return matches.sort((a, b) => b.length - a.length)[0] ?? pathname;
}

export function menuItems(me: Me, t: (key: MessageKey) => string): MenuProps['items'] {
  const build = (items: Item[]): NonNullable<MenuProps['items']> =>
    items
      .filter((item) => item.show(me))
      .map((item) => ({
        key: item.key,
        icon: item.icon,
        label: t(item.label),
        children: item.children ? build(item.children) : undefined,
      }));
  return build(ITEMS);
}
