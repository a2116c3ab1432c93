import { useQuery } from '@tanstack/react-query';
import { Space, Spin, Tag } from 'antd';
import { get } from '../../api/client.ts';
import type { RoleChange, RoleList } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ApprovalBoxes } from '../workflow/ApprovalBoxes.tsx';
import { ApprovalTable, defaultDecision } from '../workflow/ApprovalTable.tsx';

const useRoles = () => useQuery({ queryKey: ['roles'], queryFn: () => get<RoleList>('/api/v1/roles') });

function useRoleNames() {
  const { locale } = useI18n();
  const roles = useRoles();
  const names = new Map((roles.data?.items ?? []).map((r) => [r.key, locale === 'en' ? r.nameEn : r.nameZh]));
  return (key: string) => names.get(key) ?? key;
}

/** The roles after a change; those it adds are marked, those it removes shown struck through. */
function RoleDiff({ before, after }: { before: string[]; after: string[] }) {
  const name = useRoleNames();
  return (
    <Space size={[4, 4]} wrap>
      {after.map((r) => (
        <Tag key={r} color={before.includes(r) ? undefined : 'orange'}>
          {before.includes(r) ? name(r) : `+ ${name(r)}`}
        </Tag>
      ))}
      {before
        .filter((r) => !after.includes(r))
        .map((r) => (
          <Tag key={r} style={{ textDecoration: 'line-through' }}>
            {name(r)}
          </Tag>
        ))}
    </Space>
  );
}

function RoleTags({ roles }: { roles: string[] }) {
  const name = useRoleNames();
  if (roles.length === 0) return <>—</>;
  return (
    <Space size={[4, 4]} wrap>
      {roles.map((r) => (
        <Tag key={r}>{name(r)}</Tag>
      ))}
    </Space>
  );
}

/** Replaced by a later edit, or made without approval: the role-change list's own two statuses. */
const STATUS_STYLES = {
  superseded: { label: 'roleChanges.status.superseded', color: 'default' },
  direct: { label: 'roleChanges.status.direct', color: 'blue' },
} as const;

function ChangeTable({ box }: { box: 'pending' | 'recent' }) {
  const { t } = useI18n();
  // The changes are shown with the roles' names, never their keys: the table waits for the names.
  const roles = useRoles();
  const person = (c: RoleChange) => t('handover.person', { name: c.displayName, username: c.username });
  if (!roles.data) return <Spin spinning={roles.isLoading} />;
  return (
    <ApprovalTable<RoleChange>
      url="/api/v1/role-change-requests"
      params={{ box }}
      testId={`role-changes-${box}`}
      showRequester
      requesterOf={(c) => c.requestedByName}
      time={{
        title: 'roleChanges.time',
        of: (c) => (box === 'pending' ? c.createdAt : (c.decidedAt ?? c.createdAt)),
      }}
      statusStyles={STATUS_STYLES}
      decisionOf={box === 'recent' && ((c) => (c.status === 'direct' ? '' : defaultDecision(c)))}
      decisionTitle="roleChanges.decidedBy"
      decide={
        box === 'pending' && { confirmApprove: 'roleChanges.confirmApprove', alsoInvalidate: [['users']] }
      }
      columns={[
        { title: t('roleChanges.user'), render: (_, c) => person(c) },
        { title: t('roleChanges.before'), render: (_, c) => <RoleTags roles={c.rolesBefore} /> },
        {
          title: t('roleChanges.after'),
          render: (_, c) => <RoleDiff before={c.rolesBefore} after={c.rolesAfter} />,
        },
      ]}
    />
  );
}

/** 角色变更审批: the executive decides admin + customer-data role combinations and sees recent role changes. */
export function RoleChangesPage() {
  const { t } = useI18n();
  return (
    <ApprovalBoxes
      title={t('roleChanges.title')}
      hint={t('roleChanges.hint')}
      boxes={[
        { key: 'pending', label: t('roleChanges.pending'), children: <ChangeTable box="pending" /> },
        { key: 'recent', label: t('roleChanges.recent'), children: <ChangeTable box="recent" /> },
      ]}
    />
  );
}
