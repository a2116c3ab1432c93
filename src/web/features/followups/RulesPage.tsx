import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, message, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FOLLOWUP_TYPES } from '../../../domain/followups/vocabulary.ts';
import { get, post, query } from '../../api/client.ts';
import type { RuleSummary } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { GenerateNowButton } from './GenerateNowButton.tsx';
import { PresetsPanel } from './PresetsPanel.tsx';
import { RuleEditor } from './RuleEditor.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { usePresetName } from './usePresets.ts';
import { assigneeWords, methodWord, optionsOf, percent, triggerWords, typeWord } from './words.ts';

type Filters = { active?: boolean; type?: string; preset?: string };

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

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('fuRules.activeFilter')}
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
          value={filters.type}
          onChange={(type?: string) => setFilters({ ...filters, type })}
          options={optionsOf(FOLLOWUP_TYPES, locale)}
        />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('fuRules.preset')}
          value={filters.preset}
          onChange={(preset?: string) => setFilters({ ...filters, preset })}
          options={(presets.data?.items ?? []).map((p) => ({ value: p.key, label: nameOf(p.key) }))}
        />
      </Space>
      <Table<RuleSummary>
        rowKey="id"
        size="middle"
        loading={rules.isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ x: 820 }}
        data-testid="rules-table"
        columns={[
          {
            // The name, and under it the type, version and preset: the table fits a small screen.
            title: t('fuRules.name'),
            dataIndex: 'name',
            width: 240,
            render: (name: string, r) => (
              <Space direction="vertical" size={2}>
                {mayChange ? <Typography.Link onClick={() => onEdit(r.id)}>{name}</Typography.Link> : name}
                <Space size={4} wrap>
                  <Typography.Text type="secondary">
                    {typeWord(r.type, locale)} · v{r.version}
                  </Typography.Text>
                  {r.preset ? <Tag bordered={false}>{nameOf(r.preset)}</Tag> : null}
                </Space>
              </Space>
            ),
          },
          {
            title: t('fuRules.triggerMethod'),
            width: 210,
            render: (_, r) => (
              <Space direction="vertical" size={2}>
                <span>{triggerWords(r.trigger, t, locale, r)}</span>
                <Typography.Text type="secondary">{methodWord(r.method, locale)}</Typography.Text>
              </Space>
            ),
          },
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
          {
            title: t('fuRules.active'),
            width: 64,
            render: (_, r) => (
              <Switch
                size="small"
                checked={r.active}
                disabled={!mayChange}
                loading={switching === r.id}
                onChange={(on) => toggle(r, on)}
                data-testid={`active-${r.id}`}
              />
            ),
          },
          ...(mayChange
            ? [
                {
                  title: t('common.actions'),
                  width: 76,
                  render: (_: unknown, r: RuleSummary) => (
                    <Button size="small" onClick={() => onEdit(r.id)} data-testid={`edit-${r.id}`}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
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
