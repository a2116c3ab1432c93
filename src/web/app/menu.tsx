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
import { mayOpen } from './page-access.ts';

type Item = {
  key: string;
  label: MessageKey;
  icon?: React.ReactNode;
  /** Only where the menu hides more than page-access.ts does; a group shows when one of its entries does. */
  show?: (me: Me) => boolean;
  children?: Item[];
};

/** The side menu per permission (SPEC §1 roles, page-access.ts); the server checks every call again. */
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
    children: [
      { key: '/customers', label: 'customers.title' },
      { key: '/access-requests', label: 'access.title' },
      { key: '/export-requests', label: 'exports.title' },
      { key: '/grade-requests', label: 'grades.title' },
      { key: '/key-accounts', label: 'keyAccounts.title' },
    ],
  },
  {
    key: 'followups',
    label: 'menu.followupGroup',
    icon: <PhoneOutlined />,
    children: [
      { key: '/workbench', label: 'menu.workbench' },
      { key: '/followups/tasks', label: 'menu.followupTasks' },
      // 回访记录 and 记录审核 (records)
      { key: '/followups/records', label: 'menu.followupRecords' },
      // Reviewers only: an agent opens its 我提交的 tab from 回访记录.
      { key: '/followups/reviews', label: 'menu.recordReviews', show: (me) => can(me, 'records.review') },
      { key: '/followups/rules', label: 'menu.followupRules' },
    ],
  },
  {
    key: '/issues',
    label: 'menu.issues',
    icon: <ExclamationCircleOutlined />,
  },
  // 超时看板 right under 问题: what is past a deadline now, for whoever handles escalations.
  {
    key: '/issues/breach-board',
    label: 'issues.board.title',
    icon: <FieldTimeOutlined />,
  },
  // 方案审批: the plans leaders approve before they are carried out, and the handlers' own.
  {
    key: '/issues/plans',
    label: 'issues.plans.inbox',
    icon: <FileDoneOutlined />,
  },
  // 知识库 next to 问题: what was learnt from resolved issues, for whoever registers, handles or escalates them.
  {
    key: '/knowledge',
    label: 'menu.knowledge',
    icon: <BookOutlined />,
  },
  {
    key: '/reports',
    label: 'menu.reports',
    icon: <BarChartOutlined />,
  },
  {
    key: 'settings',
    label: 'menu.settings',
    icon: <SettingOutlined />,
    children: [
      { key: '/settings/users', label: 'menu.users' },
      { key: '/settings/role-changes', label: 'roleChanges.title' },
      { key: '/settings/departments', label: 'menu.departments' },
      { key: '/settings/roles', label: 'menu.roles' },
      { key: '/settings/customer-rules', label: 'menu.customerRules' },
      { key: '/settings/approval-chains', label: 'menu.approvalChains' },
      { key: '/settings/calendar', label: 'menu.calendar' },
      { key: '/settings/sla-policies', label: 'menu.slaPolicies' },
      { key: '/settings/data-retention', label: 'menu.dataRetention' },
      { key: '/settings/jobs', label: 'menu.jobs' },
      { key: '/settings/email-outbox', label: 'menu.emailOutbox' },
      {
        key: '/settings/audit',
        label: 'menu.audit',
        icon: <AuditOutlined />,
      },
    ],
  },
];

/** Every page the menu links to (each must have its rule in page-access.ts, or it would show to everyone). */
export function menuPaths(items: Item[] = ITEMS): string[] {
  return items.flatMap((item) => (item.children ? menuPaths(item.children) : [item.key]));
}

/** The words of the menu entry with this key ('' when none): the page's name for its heading. */
export function menuLabel(items: MenuProps['items'], key: string): string {
  for (const item of items ?? []) {
    if (!item || !('key' in item)) continue;
    if (item.key === key && 'label' in item && typeof item.label === 'string') return item.label;
    const inside = 'children' in item ? menuLabel(item.children, key) : '';
    if (inside) return inside;
  }
  return '';
}

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
    items.flatMap((item) => {
      if (item.show && !item.show(me)) return [];
      const children = item.children ? build(item.children) : undefined;
      if (children ? children.length === 0 : !mayOpen(me, item.key)) return [];
      return [{ key: item.key, icon: item.icon, label: t(item.label), children }];
    });
  return build(ITEMS);
}
