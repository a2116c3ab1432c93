import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../domain/locale.ts';

export type { Locale };

/** The web client sends X-Huifang-Locale after the user switches language; scripts may use Accept-Language. */
export function requestLocale(request: FastifyRequest): Locale {
  const explicit = request.headers['x-huifang-locale'];
  if (typeof explicit === 'string') return explicit.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  const accept = request.headers['accept-language'];
  if (typeof accept === 'string' && /^en\b/i.test(accept.trim())) return 'en';
  return 'zh-CN';
}
