import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { setUnauthenticatedHandler } from './api/client.ts';
import { I18nProvider, useI18n } from './app/i18n.tsx';
import { Shell } from './app/Shell.tsx';
import { TokensPage } from './features/account/TokensPage.tsx';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { CalendarPage } from './features/calendar/CalendarPage.tsx';
import { AccessRequestsPage } from './features/customers/AccessRequestsPage.tsx';
import { CustomerDetailPage } from './features/customers/CustomerDetailPage.tsx';
import { CustomersPage } from './features/customers/CustomersPage.tsx';
import { GradeRequestsPage } from './features/customers/GradeRequestsPage.tsx';
import { ImportPage } from './features/customers/ImportPage.tsx';
import { KeyAccountsPage } from './features/customers/KeyAccountsPage.tsx';
import { DepartmentsPage } from './features/departments/DepartmentsPage.tsx';
import { ExportRequestsPage } from './features/exports/ExportRequestsPage.tsx';
import { RulesPage } from './features/followups/RulesPage.tsx';
import { TasksPage } from './features/followups/TasksPage.tsx';
import { BreachBoardPage } from './features/issues/BreachBoardPage.tsx';
import { IssueDetailPage } from './features/issues/IssueDetailPage.tsx';
import { IssuesPage } from './features/issues/IssuesPage.tsx';
import { PlansPage } from './features/issues/PlansPage.tsx';
import { JobsPage } from './features/jobs/JobsPage.tsx';
import { ArticlePage } from './features/knowledge/ArticlePage.tsx';
import { KnowledgePage } from './features/knowledge/KnowledgePage.tsx';
import { NotificationsPage } from './features/notifications/NotificationsPage.tsx';
import { ModulePending } from './features/pending/ModulePending.tsx';
import { RecordViewPage } from './features/records/RecordDrawer.tsx';
import { RecordsPage } from './features/records/RecordsPage.tsx';
import { ReviewsPage } from './features/records/ReviewsPage.tsx';
import { DataRetentionPage } from './features/retention/DataRetentionPage.tsx';
import { RoleChangesPage } from './features/roles/RoleChangesPage.tsx';
import { RolesPage } from './features/roles/RolesPage.tsx';
import { CustomerRulesPage } from './features/settings/CustomerRulesPage.tsx';
import { EmailOutboxPage } from './features/settings/EmailOutboxPage.tsx';
import { SlaPoliciesPage } from './features/settings/SlaPoliciesPage.tsx';
import { UsersPage } from './features/users/UsersPage.tsx';
import { ApprovalChainsPage } from './features/workflow/ApprovalChainsPage.tsx';
import { HomePage } from './features/worklist/HomePage.tsx';
import { RecordPage } from './features/worklist/RecordPage.tsx';
import { WorkbenchPage } from './features/worklist/WorkbenchPage.tsx';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'workbench', element: <WorkbenchPage /> },
      { path: 'workbench/tasks/:id/record', element: <RecordPage /> },
      { path: 'customers', element: <CustomersPage /> },
      { path: 'customers/import', element: <ImportPage /> },
      { path: 'customers/:id', element: <CustomerDetailPage /> },
      { path: 'access-requests', element: <AccessRequestsPage /> },
      { path: 'grade-requests', element: <GradeRequestsPage /> },
      { path: 'export-requests', element: <ExportRequestsPage /> },
      { path: 'key-accounts', element: <KeyAccountsPage /> },
      { path: 'followups', element: <Navigate to="/followups/tasks" replace /> },
      { path: 'followups/tasks', element: <TasksPage /> },
      { path: 'followups/rules', element: <RulesPage /> },
      // 回访记录 and 记录审核 (records)
      { path: 'followups/records', element: <RecordsPage /> },
      { path: 'followups/records/:id', element: <RecordViewPage /> },
      { path: 'followups/reviews', element: <ReviewsPage /> },
      // 问题与投诉 (issues)
      { path: 'issues', element: <IssuesPage /> },
      { path: 'issues/breach-board', element: <BreachBoardPage /> },
      { path: 'issues/plans', element: <PlansPage /> },
      { path: 'issues/:id', element: <IssueDetailPage /> },
      // 知识库 (knowledge base)
      { path: 'knowledge', element: <KnowledgePage /> },
      { path: 'knowledge/:id', element: <ArticlePage /> },
      { path: 'reports', element: <ModulePending name="menu.reports" /> },
      { path: 'settings/users', element: <UsersPage /> },
      { path: 'settings/departments', element: <DepartmentsPage /> },
      { path: 'settings/roles', element: <RolesPage /> },
      { path: 'settings/role-changes', element: <RoleChangesPage /> },
      { path: 'settings/audit', element: <AuditPage /> },
      { path: 'settings/customer-rules', element: <CustomerRulesPage /> },
      { path: 'settings/calendar', element: <CalendarPage /> },
      { path: 'settings/data-retention', element: <DataRetentionPage /> },
      { path: 'settings/jobs', element: <JobsPage /> },
      { path: 'settings/approval-chains', element: <ApprovalChainsPage /> },
      { path: 'settings/sla-policies', element: <SlaPoliciesPage /> },
      { path: 'settings/email-outbox', element: <EmailOutboxPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'account/tokens', element: <TokensPage /> },
      { path: '*', element: <ModulePending name="menu.dashboard" /> },
    ],
  },
]);

// A session that expired mid-use sends the user back to sign in.
setUnauthenticatedHandler(() => {
  queryClient.setQueryData(['me'], null);
  if (window.location.pathname !== '/login') void router.navigate('/login');
});

function Themed() {
  const { locale } = useI18n();
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider
      locale={locale === 'en' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#1677ff' } }}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <Themed />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
