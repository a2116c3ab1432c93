/** The languages Huifang speaks: Chinese by default, English on request (the web's switch, an account's mails). */
export const LOCALES = ['zh-CN', 'en'] as const;

export type Locale = (typeof LOCALES)[number];
