import { ERROR_MESSAGES, type ErrorCode } from './error-messages.ts';
import type { Locale } from './locale.ts';

/** A bad field: where it is (`body.username`-style path without the prefix) and why, in both languages. */
export interface FieldError {
  field: string;
  zh: string;
  en: string;
}

export type Localized = { zh: string; en: string };

/**
 * The one error type services throw. The HTTP layer turns it into problem+json in the user's language.
 * `params` fill the code's message template; `detail` overrides it with text in both languages.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: FieldError[] = [],
    readonly localizedDetail?: Localized,
  ) {
    super(code);
  }

  get status(): number {
    return ERROR_MESSAGES[this.code].status;
  }
}

export function notFound(what: Localized): AppError {
  return new AppError('not_found', {}, [], { zh: `${what.zh}不存在`, en: `${what.en} not found` });
}

export function conflict(detail: Localized, fieldErrors: FieldError[] = []): AppError {
  return new AppError('conflict', {}, fieldErrors, detail);
}

export function invalid(fieldErrors: FieldError[]): AppError {
  return new AppError('validation', {}, fieldErrors);
}

export function forbidden(): AppError {
  return new AppError('forbidden');
}

export function pick(text: Localized, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}
