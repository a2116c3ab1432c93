import { CheckCircleFilled, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, List, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { get } from '../../api/client.ts';
import type { ResponseOf } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';

type Checklist = ResponseOf<'/api/v1/setup/checklist'>;
type StepKey = 'departments' | 'users' | 'preset' | 'customers' | 'calendar';

/** Once everything is done the administrator may close the note for good (in this browser). */
const DISMISSED = 'huifang.setupChecklist.dismissed';

interface Step {
  key: StepKey;
  done: boolean;
  title: string;
  text: string;
  action?: { label: string; to: string };
}

/** Each step's words from the data: what is there already, or what to do and where. */
function useSteps(c: Checklist): Step[] {
  const { t, locale } = useI18n();
  const name = (n: { nameZh: string; nameEn: string }) => (locale === 'en' ? n.nameEn : n.nameZh);
  const list = (names: string[]) => names.join(t('common.listSeparator'));
  const importRoles = list(c.customers.importRoles.map(name));
  const step = (key: StepKey, text: string, action?: Step['action']): Step => ({
    key,
    done: c[key].done,
    title: t(`setup.${key}.title` as MessageKey),
    text,
    action,
  });
  const customersText = () => {
    if (c.customers.done)
      return t('setup.customers.done', {
        count: c.customers.moreThanShown ? `${c.customers.customers}+` : c.customers.customers,
      });
    if (c.customers.youMayImport) return t('setup.customers.todo');
    return t(c.customers.importers > 0 ? 'setup.customers.byImporter' : 'setup.customers.createImporter', {
      roles: importRoles || t('setup.customers.noRole'),
    });
  };
  return [
    step(
      'departments',
      c.departments.done
        ? t('setup.departments.done', { count: c.departments.departments })
        : t('setup.departments.todo', { count: c.departments.departments }),
      { label: t('menu.departments'), to: '/settings/departments' },
    ),
    step(
      'users',
      c.users.done ? t('setup.users.done', { count: c.users.businessUsers }) : t('setup.users.todo'),
      { label: t('menu.users'), to: '/settings/users' },
    ),
    step(
      'preset',
      c.preset.done
        ? t(c.preset.presets.length > 0 ? 'setup.preset.done' : 'setup.preset.doneOwn', {
            count: c.preset.activeRules,
            presets: list(c.preset.presets.map(name)),
          })
        : t('setup.preset.todo'),
      { label: t('menu.followupRules'), to: '/followups/rules' },
    ),
    step(
      'customers',
      customersText(),
      c.customers.youMayImport
        ? { label: t('setup.customers.import'), to: '/customers/import' }
        : c.customers.done || c.customers.importers > 0
          ? undefined
          : { label: t('setup.customers.createUser', { roles: importRoles }), to: '/settings/users' },
    ),
    step(
      'calendar',
      c.calendar.done
        ? t('setup.calendar.done')
        : t('setup.calendar.todo', { years: list(c.calendar.missingYears.map(String)) }),
      { label: t('menu.calendar'), to: '/settings/calendar' },
    ),
  ];
}

function StepMark({ done, n }: { done: boolean; n: number }) {
  return done ? (
    <CheckCircleFilled style={{ fontSize: 24, color: '#237804' }} aria-hidden />
  ) : (
    <span
      aria-hidden
      style={{
        display: 'inline-flex',
        width: 24,
        height: 24,
        borderRadius: 12,
        border: '1px solid #0958d9',
        color: '#0958d9',
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: 13,
      }}
    >
      {n}
    </span>
  );
}

/**
 * 初始设置 on the administrator's home page: what a new company sets up before business users can work, each step
 * done or not as the server reads the data, with the page that does it.
 */
export function SetupChecklist() {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED) === '1');
  const checklist = useQuery({
    queryKey: ['setup', 'checklist'],
    queryFn: () => get<Checklist>('/api/v1/setup/checklist'),
  });
  const data = checklist.data;
  if (!data) return null;
  if (data.doneCount < data.total) return <ChecklistCard checklist={data} />;
  if (dismissed) return null;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="setup-checklist"
      data-complete="true"
      title={t('setup.complete')}
      closable={{
        'aria-label': t('setup.dismiss'),
        onClose: () => {
          localStorage.setItem(DISMISSED, '1');
          setDismissed(true);
        },
      }}
    />
  );
}

function ChecklistCard({ checklist }: { checklist: Checklist }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const steps = useSteps(checklist);
  return (
    <Card
      data-testid="setup-checklist"
      title={t('setup.title')}
      extra={
        <Space>
          <Typography.Text data-testid="setup-progress">
            {t('setup.progress', { done: checklist.doneCount, total: checklist.total })}
          </Typography.Text>
          <Progress
            aria-label={t('setup.progress', { done: checklist.doneCount, total: checklist.total })}
            percent={Math.round((checklist.doneCount / checklist.total) * 100)}
            steps={checklist.total}
            showInfo={false}
            size={[24, 8]}
            strokeColor="#237804"
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
      <List
        dataSource={steps}
        renderItem={(s, i) => (
          <List.Item
            data-testid={`setup-step-${s.key}`}
            data-done={String(s.done)}
            actions={
              s.action
                ? [
                    <Button
                      key="go"
                      type={s.done ? 'link' : 'primary'}
                      ghost={!s.done}
                      onClick={() => navigate(s.action?.to ?? '/')}
                    >
                      {s.action.label}
                      <RightOutlined />
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              avatar={<StepMark done={s.done} n={i + 1} />}
              title={
                <Space>
                  {s.title}
                  <Typography.Text type={s.done ? 'success' : 'secondary'}>
                    {t(s.done ? 'setup.done' : 'setup.notDone')}
                  </Typography.Text>
                </Space>
              }
              description={s.text}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
