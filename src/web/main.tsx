import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { setUnauthenticatedHandler } from './api/client.ts';
import { I18nProvider, useI18n } from './app/i18n.tsx';
import { lazyPage, PageSuspense, preloadPages } from './app/lazy-page.tsx';
import { prefetchFirstPage } from './app/prefetch.ts';
import { usePrefersReducedMotion } from './app/reduced-motion.ts';
import { Shell } from './app/Shell.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';

// Each page is its own download, fetched on its first visit (lazy-page.tsx); the sign-in page and the shell
// stay in the main bundle.
const TokensPage = lazyPage(() => import('./features/account/TokensPage.tsx'), 'TokensPage');
const AuditPage = lazyPage(() => import('./features/audit/AuditPage.tsx'), 'AuditPage');
const CalendarPage = lazyPage(() => import('./features/calendar/CalendarPage.tsx'), 'CalendarPage');
const AccessRequestsPage = lazyPage(
  () => import('./features/customers/AccessRequestsPage.tsx'),
  'AccessRequestsPage',
);
const CustomerDetailPage = lazyPage(
  () => import('./features/customers/CustomerDetailPage.tsx'),
  'CustomerDetailPage',
);
const CustomersPage = lazyPage(() => import('./features/customers/CustomersPage.tsx'), 'CustomersPage');
const GradeRequestsPage = lazyPage(
  () => import('./features/customers/GradeRequestsPage.tsx'),
  'GradeRequestsPage',
);
const ImportPage = lazyPage(() => import('./features/customers/ImportPage.tsx'), 'ImportPage');
const KeyAccountsPage = lazyPage(() => import('./features/customers/KeyAccountsPage.tsx'), 'KeyAccountsPage');
const DepartmentsPage = lazyPage(
  () => import('./features/departments/DepartmentsPage.tsx'),
  'DepartmentsPage',
);
const ExportRequestsPage = lazyPage(
  () => import('./features/exports/ExportRequestsPage.tsx'),
  'ExportRequestsPage',
);
const RulesPage = lazyPage(() => import('./features/followups/RulesPage.tsx'), 'RulesPage');
const TasksPage = lazyPage(() => import('./features/followups/TasksPage.tsx'), 'TasksPage');
const BreachBoardPage = lazyPage(() => import('./features/issues/BreachBoardPage.tsx'), 'BreachBoardPage');
const IssueDetailPage = lazyPage(() => import('./features/issues/IssueDetailPage.tsx'), 'IssueDetailPage');
const IssuesPage = lazyPage(() => import('./features/issues/IssuesPage.tsx'), 'IssuesPage');
const PlansPage = lazyPage(() => import('./features/issues/PlansPage.tsx'), 'PlansPage');
const JobsPage = lazyPage(() => import('./features/jobs/JobsPage.tsx'), 'JobsPage');
const ArticlePage = lazyPage(() => import('./features/knowledge/ArticlePage.tsx'), 'ArticlePage');
const KnowledgePage = lazyPage(() => import('./features/knowledge/KnowledgePage.tsx'), 'KnowledgePage');
const NotificationsPage = lazyPage(
  () => import('./features/notifications/NotificationsPage.tsx'),
  'NotificationsPage',
);
const ModulePending = lazyPage(() => import('./features/pending/ModulePending.tsx'), 'ModulePending');
const RecordViewPage = lazyPage(() => import('./features/records/RecordDrawer.tsx'), 'RecordViewPage');
const RecordsPage = lazyPage(() => import('./features/records/RecordsPage.tsx'), 'RecordsPage');
const ReviewsPage = lazyPage(() => import('./features/records/ReviewsPage.tsx'), 'ReviewsPage');
const DataRetentionPage = lazyPage(
  () => import('./features/retention/DataRetentionPage.tsx'),
  'DataRetentionPage',
);
const RoleChangesPage = lazyPage(() => import('./features/roles/RoleChangesPage.tsx'), 'RoleChangesPage');
const RolesPage = lazyPage(() => import('./features/roles/RolesPage.tsx'), 'RolesPage');
const CustomerRulesPage = lazyPage(
  () => import('./features/settings/CustomerRulesPage.tsx'),
  'CustomerRulesPage',
);
const EmailOutboxPage = lazyPage(() => import('./features/settings/EmailOutboxPage.tsx'), 'EmailOutboxPage');
const SlaPoliciesPage = lazyPage(() => import('./features/settings/SlaPoliciesPage.tsx'), 'SlaPoliciesPage');
const UsersPage = lazyPage(() => import('./features/users/UsersPage.tsx'), 'UsersPage');
const ApprovalChainsPage = lazyPage(
  () => import('./features/workflow/ApprovalChainsPage.tsx'),
  'ApprovalChainsPage',
);
const HomePage = lazyPage(() => import('./features/worklist/HomePage.tsx'), 'HomePage');
const RecordPage = lazyPage(() => import('./features/worklist/RecordPage.tsx'), 'RecordPage');
const WorkbenchPage = lazyPage(() => import('./features/worklist/WorkbenchPage.tsx'), 'WorkbenchPage');

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <Shell />,
    children: [
      {
        element: <PageSuspense />,
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
    ],
  },
]);
prefetchFirstPage(queryClient);
const pagesHere = preloadPages(router.state.matches);

// A session that expired mid-use sends the user back to sign in.
setUnauthenticatedHandler(() => {
  queryClient.setQueryData(['me'], null);
  if (window.location.pathname !== '/login') void router.navigate('/login');
});

/**
 * Ant Design's defaults fail WCAG AA on white (blue 4.1:1, red 3.3:1, secondary grey 3.4:1, placeholders 1.8:1):
 * text colours one or two shades darker, each ≥ 4.5:1 on white, on the page's #f5f5f5 and on the alerts' light
 * backgrounds, which keep their default tints. The coloured tags are in global.css.
 */
const THEME: ThemeConfig = {
  // Component styles come from antd/dist/antd.css (global.css) instead of being generated and injected as each
  // component first renders: ~0.15 s less CPU on a cold load of the customer list (bench/README, session 15).
  zeroRuntime: true,
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorErrorText: '#a8071a',
    colorSuccessText: '#237804',
    colorWarningText: '#874d00',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
  },
};

function Themed() {
  const { locale } = useI18n();
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(
    () => (reducedMotion ? { ...THEME, token: { ...THEME.token, motion: false } } : THEME),
    [reducedMotion],
  );
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

// The first render waits for the page's code (on its way since the entry script started): drawn with the shell,
// the page needs no placeholder and no second render (~0.4 s later on a cold load over a slow link). Not a
// top-level await: with one, the bundler splits the shared chunk into dozens of files.
const root = document.getElementById('root');
if (root) {
  void pagesHere.then(() =>
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <I18nProvider>
            <Themed />
          </I18nProvider>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}
