import { describe, expect, it } from 'vitest';
import { titleWords } from './words.ts';

describe('a notification title on the page', () => {
  it('is worded in the reader language from its kind and parameters', () => {
    const item = {
      kind: 'issue_assigned',
      title: '问题 WT202612001 由你负责',
      params: { number: 'WT202612001' },
    };
    expect(titleWords(item, 'en')).toBe('Issue WT202612001 is yours');
    expect(titleWords(item, 'zh-CN')).toBe('问题 WT202612001 由你负责');
  });

  it('shows the stored title of a row from before the parameters were kept, or of an unknown kind', () => {
    expect(titleWords({ kind: 'issue_assigned', title: '问题 WT1 由你负责', params: null }, 'en')).toBe(
      '问题 WT1 由你负责',
    );
    expect(titleWords({ kind: 'retired_kind', title: '旧消息', params: { number: 'X' } }, 'en')).toBe(
      '旧消息',
    );
  });
});
