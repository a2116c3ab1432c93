import { Alert, Form, Input, Modal, message, Typography } from 'antd';
import { post } from '../../api/client.ts';
import { useRefreshMe } from '../../app/auth.tsx';
import { showApiError } from '../../app/forms.ts';
import { useI18n } from '../../app/i18n.tsx';
import { useOpenedOnce } from '../../app/opened.ts';

/** Forced (not dismissable) after first sign-in or an admin reset; otherwise opened from the user menu. */
export function ChangePasswordModal({
  open,
  forced,
  onDone,
}: {
  open: boolean;
  forced: boolean;
  onDone(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const refreshMe = useRefreshMe();
  const opened = useOpenedOnce(open);

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await post('/api/v1/auth/password', {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      void message.success(t('password.done'));
      form.resetFields();
      await refreshMe();
      onDone();
    } catch (error) {
      showApiError(error, form);
    }
  };

  if (!opened) return null;
  return (
    <Modal
      title={t('password.title')}
      open={open}
      onOk={submit}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      closable={!forced}
      maskClosable={!forced}
      keyboard={!forced}
      cancelButtonProps={{ style: forced ? { display: 'none' } : undefined }}
      onCancel={onDone}
      destroyOnHidden
    >
      {forced && (
        <Alert type="warning" showIcon title={t('password.mustChange')} style={{ marginBottom: 16 }} />
      )}
      <Typography.Paragraph type="secondary" data-testid="password-tokens-note">
        {t('password.tokensRevoked')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.hint')}
          rules={[{ required: true }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
