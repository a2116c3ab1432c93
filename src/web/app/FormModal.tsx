import { Form, type FormInstance, Modal, message } from 'antd';
import type { ReactNode } from 'react';
import { showApiError } from './forms.ts';
import { useI18n } from './i18n.tsx';
import type { MessageKey } from './messages.ts';
import { useOpenedOnce } from './opened.ts';

/** What opens and closes a dialog, the caller's side of it. */
export interface DialogProps {
  open: boolean;
  onClose(): void;
}

/**
 * A form in a dialog that sends itself (a request, a decision, a contact, a merge …): the fields as children,
 * checked here and again by the server, whose field errors land on the fields they name. `submit` returns the
 * words of the success, if it has any to say, or false to stay open (it marked a field itself); the form
 * starts afresh next time.
 */
export function FormModal<V extends object>({
  open,
  title,
  okText = 'common.save',
  testId,
  form: given,
  initialValues,
  intro,
  danger,
  width,
  submit,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  okText?: MessageKey;
  testId?: string;
  /** The caller's form, where it fills or marks fields itself. */
  form?: FormInstance<V>;
  initialValues?: Partial<V>;
  /** What to know before sending (a warning, the approval it needs). */
  intro?: ReactNode;
  danger?: boolean;
  width?: number;
  submit(values: V, form: FormInstance<V>): Promise<string | undefined | false>;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [own] = Form.useForm<V>();
  const form = given ?? own;
  const opened = useOpenedOnce(open);
  if (!opened) return null;
  const onOk = async () => {
    const values = await form.validateFields();
    try {
      const done = await submit(values, form);
      if (done === false) return;
      if (done) void message.success(done);
      form.resetFields();
      onClose();
    } catch (error) {
      showApiError(error, form);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      onOk={onOk}
      onCancel={onClose}
      okText={t(okText)}
      okButtonProps={{ danger }}
      cancelText={t('common.cancel')}
      width={width}
      destroyOnHidden
    >
      {intro}
      <Form form={form} layout="vertical" initialValues={initialValues} data-testid={testId}>
        {children}
      </Form>
    </Modal>
  );
}
