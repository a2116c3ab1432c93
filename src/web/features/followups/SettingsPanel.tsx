import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, InputNumber, message, Spin } from 'antd';
import { useState } from 'react';
import { api, get } from '../../api/client.ts';
import type { FollowupSettings } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';

/**
 * 回访设置: the frequency cap per customer (SPEC §3.4, so that follow-up never becomes 骚扰) and the failed attempts
 * after which a task ends as 未接通. Who keeps the rules changes them; everyone else reads them.
 */
export function SettingsPanel() {
  const { t } = useI18n();
  const me = useMe();
  const client = useQueryClient();
  const mayChange = can(me.data, 'followups.rules');
  const [form] = Form.useForm<FollowupSettings>();
  const [saving, setSaving] = useState(false);
  const settings = useQuery({
    queryKey: ['settings', 'followups'],
    queryFn: () => get<FollowupSettings>('/api/v1/settings/followups'),
  });
  if (!settings.data) return <Spin spinning={settings.isLoading} />;
  const save = async (values: FollowupSettings) => {
    setSaving(true);
    try {
      const saved = await api<FollowupSettings>('PUT', '/api/v1/settings/followups', values);
      client.setQueryData(['settings', 'followups'], saved);
      form.setFieldsValue(saved);
      void message.success(t('fuSettings.saved'));
    } catch (error) {
      showApiError(error, form);
    } finally {
      setSaving(false);
    }
  };
  const times = <span>{t('fuSettings.times')}</span>;
  return (
    <Form<FollowupSettings>
      form={form}
      layout="vertical"
      initialValues={settings.data}
      onFinish={save}
      disabled={!mayChange}
      style={{ maxWidth: 560 }}
      data-testid="followup-settings"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={mayChange ? t('fuSettings.applies') : t('fuSettings.readOnly')}
      />
      <Form.Item
        name="weeklyCap"
        label={t('fuSettings.weeklyCap')}
        extra={t('fuSettings.weeklyCapHint')}
        rules={[{ required: true, type: 'integer', min: 1, max: 7 }]}
      >
        <InputNumber min={1} max={7} precision={0} suffix={times} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="maxFailedAttempts"
        label={t('fuSettings.maxFailed')}
        extra={t('fuSettings.maxFailedHint')}
        rules={[{ required: true, type: 'integer', min: 1, max: 10 }]}
      >
        <InputNumber min={1} max={10} precision={0} suffix={times} style={{ width: 160 }} />
      </Form.Item>
      {mayChange ? (
        <Button type="primary" htmlType="submit" loading={saving} data-testid="save-settings">
          {t('common.save')}
        </Button>
      ) : null}
    </Form>
  );
}
