import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, message, Select, Space, Switch, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FOLLOWUP_TYPES } from '../../../domain/followups/vocabulary.ts';
import { get, post, query } from '../../api/client.ts';
import type { RuleSummary } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { TableOrCards } from '../../app/CardList.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { GenerateNowButton } from './GenerateNowButton.tsx';
import { PresetsPanel } from './PresetsPanel.tsx';
import { RuleEditor } from './RuleEditor.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { usePresetName } from './usePresets.ts';
import { assigneeWords, methodWord, optionsOf, percent, triggerWords, typeWord } from './words.ts';

type Filters = { active?: boolean; type?: string; preset?: string };

// What a rule shows, in the table's cells on wider screens and on its card on a phone.

/** The name (which opens the editor for who may change rules), under it the type, version and preset. */
function NameCell({ rule, onEdit }: { rule: RuleSummary; onEdit?: (id: number) => void }) {
  const { locale } = useI18n();
  const { nameOf } = usePresetName();
  return (
    <Space direction="vertical" size={2}>
      {onEdit ? <Typography.Link onClick={() => onEdit(rule.id)}>{rule.name}</Typography.Link> : rule.name}
      <Space size={4} wrap>
        <Typography.Text type="secondary">
          {typeWord(rule.type, locale)} · v{rule.version}
        </Typography.Text>
        {rule.preset ? <Tag bordered={false}>{nameOf(rule.preset)}</Tag> : null}
      </Space>
    </Space>
  );
}

function TriggerMethod({ rule }: { rule: RuleSummary }) {
  const { t, locale } = useI18n();
  return (
    <Space direction="vertical" size={2}>
      <span>{triggerWords(rule.trigger, t, locale, rule)}</span>
      <Typography.Text type="secondary">{methodWord(rule.method, locale)}</Typography.Text>
    </Space>
  );
}

function RulesTable({ onEdit }: { onEdit(id: number): void }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const mayChange = can(me.data, 'followups.rules');
  const [filters, setFilters] = useState<Filters>({});
  const [switching, setSwitching] = useState<number | null>(null);
  const { presets, nameOf } = usePresetName();
  const rules = useQuery({
    queryKey: ['followup-rules', filters],
    queryFn: () => get<{ items: RuleSummary[] }>(`/api/v1/followup-rules${query(filters)}`),
  });
  const items = rules.data?.items ?? [];
  const toggle = async (rule: RuleSummary, on: boolean) => {
    setSwitching(rule.id);
    try {
      await post(`/api/v1/followup-rules/${rule.id}/${on ? 'activate' : 'deactivate'}`);
      void message.success(t(on ? 'fuRules.switchedOn' : 'fuRules.switchedOff'));
      await queryClient.invalidateQueries({ queryKey: ['followup-rules'] });
    } catch (error) {
      showApiError(error);
    } finally {
      setSwitching(null);
    }
  };

  const active = (r: RuleSummary) => (
    <Switch
      size="small"
      checked={r.active}
      disabled={!mayChange}
      loading={switching === r.id}
      onChange={(on) => toggle(r, on)}
      aria-label={t('fuRules.active')}
      data-testid={`active-${r.id}`}
    />
  );
  const edit = (r: RuleSummary) => (
    <Button size="small" onClick={() => onEdit(r.id)} data-testid={`edit-${r.id}`}>
      {t('common.edit')}
    </Button>
  );

  /** Below 576 px (a phone) a rule is a card: the table would scroll inside itself. */
  const ruleCard = (r: RuleSummary) => (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <NameCell rule={r} onEdit={mayChange ? onEdit : undefined} />
      <TriggerMethod rule={r} />
      <span>
        <Typography.Text type="secondary">{t('fuRules.assignee')} </Typography.Text>
        {assigneeWords(r.assignee, t, locale)}
      </span>
      <span>
        <Typography.Text type="secondary">{t('fuRules.sampling')} </Typography.Text>
        {percent(r.samplingRate)}
      </span>
      <Space size={12} wrap>
        <Space size={4}>
          <Typography.Text type="secondary">{t('fuRules.active')}</Typography.Text>
          {active(r)}
        </Space>
        {mayChange ? edit(r) : null}
      </Space>
    </Space>
  );

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('fuRules.activeFilter')}
          aria-label={t('fuRules.activeFilter')}
          value={filters.active === undefined ? undefined : String(filters.active)}
          onChange={(v?: string) =>
            setFilters({ ...filters, active: v === undefined ? undefined : v === 'true' })
          }
          options={[
            { value: 'true', label: t('fuRules.onlyActive') },
            { value: 'false', label: t('fuRules.onlyInactive') },
          ]}
          data-testid="filter-active"
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 180 }}
          placeholder={t('fuRules.type')}
          aria-label={t('fuRules.type')}
          value={filters.type}
          onChange={(type?: string) => setFilters({ ...filters, type })}
          options={optionsOf(FOLLOWUP_TYPES, locale)}
        />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('fuRules.preset')}
          aria-label={t('fuRules.preset')}
          value={filters.preset}
          onChange={(preset?: string) => setFilters({ ...filters, preset })}
          options={(presets.data?.items ?? []).map((p) => ({ value: p.key, label: nameOf(p.key) }))}
        />
      </Space>
      <TableOrCards<RuleSummary>
        rows={items}
        rowKey={(r) => r.id}
        loading={rules.isLoading}
        testId="rules-table"
        cardTestId="rule-card"
        card={(r) => ruleCard(r)}
        table={{
          scroll: { x: 820 },
          columns: [
            {
              // The name, and under it the type, version and preset: the table fits a small screen.
              title: t('fuRules.name'),
              dataIndex: 'name',
              width: 240,
              render: (_, r) => <NameCell rule={r} onEdit={mayChange ? onEdit : undefined} />,
            },
            { title: t('fuRules.triggerMethod'), width: 210, render: (_, r) => <TriggerMethod rule={r} /> },
            {
              title: t('fuRules.assignee'),
              width: 150,
              render: (_, r) => assigneeWords(r.assignee, t, locale),
            },
            {
              title: t('fuRules.sampling'),
              width: 80,
              align: 'right',
              render: (_, r) => percent(r.samplingRate),
            },
            { title: t('fuRules.active'), width: 64, render: (_, r) => active(r) },
            ...(mayChange
              ? [{ title: t('common.actions'), width: 76, render: (_: unknown, r: RuleSummary) => edit(r) }]
              : []),
          ],
        }}
      />
    </>
  );
}

/** 回访规则: the company's rules (switch, edit, versions) and the industry presets to start from. */
export function RulesPage() {
  const { t } = useI18n();
  const me = useMe();
  const mayChange = can(me.data, 'followups.rules');
  // null: a new rule; undefined: the editor is closed.
  const [editing, setEditing] = useState<number | null | undefined>(undefined);
  return (
    <Card
      title={t('menu.followupRules')}
      extra={
        <Space>
          <GenerateNowButton />
          {mayChange ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing(null)}
              data-testid="new-rule"
            >
              {t('fuRules.new')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Tabs
        items={[
          { key: 'rules', label: t('fuRules.tabRules'), children: <RulesTable onEdit={setEditing} /> },
          { key: 'presets', label: t('fuRules.tabPresets'), children: <PresetsPanel /> },
          { key: 'settings', label: t('fuSettings.tab'), children: <SettingsPanel /> },
        ]}
      />
      <RuleEditor
        ruleId={editing ?? null}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </Card>
  );
}
