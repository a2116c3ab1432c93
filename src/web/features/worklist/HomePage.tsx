import { Navigate } from 'react-router';
import { can, useMe } from '../../app/auth.tsx';
import { DashboardPage } from '../dashboard/DashboardPage.tsx';

/** The home page: the 工作台 for who works follow-ups (agents, account managers, supervisors …), else the dashboard. */
export function HomePage() {
  const { data: me } = useMe();
  if (!me) return null;
  return can(me, 'followups.work') ? <Navigate to="/workbench" replace /> : <DashboardPage />;
}
