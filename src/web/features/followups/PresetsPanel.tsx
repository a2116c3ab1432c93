import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { post } from '../../api/client.ts';
import type { FollowupPreset, PresetInstalled } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { usePresetName } from './usePresets.ts';
import { methodWord, percent, triggerWords } from './words.ts';

type PresetRule = FollowupPreset['rules'][number];

function PresetCard({ preset }: { preset: FollowupPreset }) {
  const { t, locale } = useI18n();
  const { modal } = App.useApp();
  const me = useMe();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<PresetInstalled>();
  const [installing, setInstalling] = useState(false);
  const name = locale === 'en' ? preset.nameEn : preset.nameZh;
  const total = preset.rules.length;

  const install = async () => {
    setInstalling(true);
    try {
      setResult(await post<PresetInstalled>(`/api/v1/followup-presets/${preset.key}/install`));
      await queryClient.invalidateQueries({ queryKey: ['followup-presets'] });
      await queryClient.invalidateQueries({ queryKey: ['followup-rules'] });
    } catch (error) {
      showApiError(error);
    } finally {
      setInstalling(false);
    }
  };
  const confirm = () =>
    modal.confirm({
      title: t('presets.confirm', { name }),
      content: t('presets.confirmText'),
      okText: t('presets.install'),
      cancelText: t('common.cancel'),
      onOk: install,
    });

  return (
    <Card
      size="small"
      data-testid={`preset-${preset.key}`}
      title={
        <Space wrap>
          <span>{name}</span>
          <Tag
            color={preset.installedRules >= total ? 'green' : preset.installedRules > 0 ? 'blue' : 'default'}
          >
            {t('presets.installed', { n: preset.installedRules, total })}
          </Tag>
        </Space>
      }
      extra={
        can(me.data, 'followups.rules') ? (
          <Button
            type="primary"
            size="small"
            loading={installing}
            onClick={confirm}
            data-testid={`install-${preset.key}`}
          >
            {t('presets.install')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{preset.description}</Typography.Paragraph>
      {result ? (
        <Alert
          type="success"
          showIcon
          closable
          style={{ marginBottom: 12 }}
          title={t('presets.done', { installed: result.installed, skipped: result.skipped })}
          data-testid="preset-result"
        />
      ) : null}
      <Table<PresetRule>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={preset.rules}
        columns={[
          { title: t('fuRules.name'), dataIndex: 'name' },
          { title: t('fuRules.trigger'), width: 190, render: (_, r) => triggerWords(r.trigger, t, locale) },
          { title: t('fuRules.method'), width: 90, render: (_, r) => methodWord(r.method, locale) },
          {
            title: t('fuRules.sampling'),
            width: 80,
            align: 'right',
            render: (_, r) => percent(r.samplingRate),
          },
        ]}
      />
    </Card>
  );
}

/** 行业模板: each preset with its rules, how many are installed, and 安装. */
export function PresetsPanel() {
  const { presets } = usePresetName();
  return (
    <Row gutter={[16, 16]}>
      {(presets.data?.items ?? []).map((preset) => (
        <Col key={preset.key} xs={24} xxl={12}>
          <PresetCard preset={preset} />
        </Col>
      ))}
    </Row>
  );
}
