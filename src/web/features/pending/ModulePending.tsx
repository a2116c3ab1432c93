import { Result } from 'antd';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';

/** Honest placeholder for modules that later issues build. */
export function ModulePending({ name }: { name: MessageKey }) {
  const { t } = useI18n();
  return <Result status="info" title={t('pending.title')} subTitle={t('pending.text', { name: t(name) })} />;
}
