import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client.ts';
import type { FollowupPreset } from '../../api/types.ts';
import { useI18n } from '../../app/i18n.tsx';

/** The preset's name in the user's language, or the key while the presets load. */
export function usePresetName() {
  const { locale } = useI18n();
  const presets = useQuery({
    queryKey: ['followup-presets'],
    queryFn: () => get<{ items: FollowupPreset[] }>('/api/v1/followup-presets'),
  });
  return {
    presets,
    nameOf: (key: string) => {
      const preset = presets.data?.items.find((p) => p.key === key);
      return preset ? (locale === 'en' ? preset.nameEn : preset.nameZh) : key;
    },
  };
}
