import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { can, useCompanyZone, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { useScreens } from '../../app/screens.ts';
import { inZone } from '../../app/zone.ts';
import { CalendarView } from './CalendarView.tsx';
import { useWorklist } from './queries.ts';
import { TaskDrawer } from './TaskDrawer.tsx';
import { TeamView } from './TeamView.tsx';
import { WorklistSections } from './WorklistSections.tsx';

/** What the record page hands back after saving, to say so here. */
export interface SavedRecord {
  number: string;
  issueRequested: boolean;
}

/** 您好，王小二 — 6月3日 星期二, and a note when the browser's clock is not in the company's zone. */
function Greeting() {
  const { t, locale } = useI18n();
  const { data: me } = useMe();
  const zone = useCompanyZone();
  const today = inZone(new Date(), zone).locale(locale === 'en' ? 'en' : 'zh-cn');
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <Flex justify="space-between" align="baseline" wrap gap={8} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="greeting">
        {t('dashboard.hello', { name: me?.displayName ?? '' })}
      </Typography.Title>
      <Typography.Text type="secondary">
        {today.format(locale === 'en' ? 'dddd, D MMMM YYYY' : 'YYYY年M月D日 dddd')}
        {browserZone !== zone ? ` · ${t('wb.zoneNote', { zone })}` : ''}
      </Typography.Text>
    </Flex>
  );
}

function MyWorklist() {
  const { t } = useI18n();
  const worklist = useWorklist();
  const [openTask, setOpenTask] = useState<number>();
  const refresh = (
    <Button
      size="small"
      type="text"
      icon={<ReloadOutlined />}
      loading={worklist.isFetching}
      onClick={() => worklist.refetch()}
    >
      {t('wb.refresh')}
    </Button>
  );
  return (
    <>
      <WorklistSections
        worklist={worklist.data}
        loading={worklist.isLoading}
        onOpen={setOpenTask}
        extra={refresh}
      />
      <TaskDrawer taskId={openTask} onClose={() => setOpenTask(undefined)} />
    </>
  );
}

/**
 * 工作台 (SPEC §3.4): the home page of who works follow-ups. My worklist — 当前待办, 已逾期, 即将开始, 待回拨 —, the
 * month calendar of tasks and, for who assigns work, the team view.
 */
export function WorkbenchPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = useScreens();
  const [tab, setTab] = useState('mine');
  const saved = (location.state as { saved?: SavedRecord } | null)?.saved;
  if (!me) return null;
  if (!can(me, 'followups.work')) return <Result status="403" subTitle={t('wb.forbidden')} />;
  const assigns = can(me, 'followups.assign');
  return (
    <>
      <Greeting />
      {saved ? (
        <Alert
          type={saved.issueRequested ? 'warning' : 'success'}
          showIcon
          closable={{ onClose: () => navigate('.', { replace: true, state: null }) }}
          style={{ marginBottom: 16 }}
          title={t('wb.saved', { number: saved.number })}
          description={saved.issueRequested ? t('wb.issueRaised') : undefined}
          data-testid="record-saved"
        />
      ) : null}
      <Card
        activeTabKey={tab}
        onTabChange={setTab}
        tabList={[
          { key: 'mine', label: <span data-testid="tab-mine">{t('wb.tabMine')}</span> },
          { key: 'calendar', label: <span data-testid="tab-calendar">{t('wb.tabCalendar')}</span> },
          ...(assigns ? [{ key: 'team', label: <span data-testid="tab-team">{t('wb.tabTeam')}</span> }] : []),
        ]}
        size={screens.sm === false ? 'small' : undefined}
        styles={{ body: { paddingTop: tab === 'mine' ? 8 : 16 } }}
      >
        {tab === 'team' && assigns ? <TeamView /> : tab === 'calendar' ? <CalendarView /> : <MyWorklist />}
      </Card>
    </>
  );
}
