import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InvalidCursor } from '../db/keyset.ts';
import { ERROR_MESSAGES, type ErrorCode, errorText } from './error-messages.ts';
import { AppError, type FieldError, pick } from './errors.ts';
import { requestLocale } from './locale.ts';
import { invalidCursor } from './pagination.ts';
import { type AjvIssue, fieldErrorsFromAjv } from './validation-messages.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance: string;
  requestId: string;
  errors?: { field: string; message: string }[];
}

function frameworkCode(error: FastifyError): { code: ErrorCode; params: Record<string, string | number> } {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'malformed_json', params: {} };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'body_too_large', params: { limit: '' } };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'unsupported_media_type', params: { contentType: '' } };
  }
  if (error instanceof SyntaxError) return { code: 'malformed_json', params: {} };
  if (error.statusCode === 429) return { code: 'rate_limited', params: {} };
  if (error.statusCode === 404) return { code: 'route_not_found', params: { method: '', url: '' } };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { code: 'bad_request', params: { detail: error.message } };
  }
  return { code: 'internal', params: {} };
}

export function problemFor(
  request: FastifyRequest,
  code: ErrorCode,
  options: { params?: Record<string, string | number>; fieldErrors?: FieldError[]; detail?: string } = {},
): Problem {
  const locale = requestLocale(request);
  const params = { requestId: request.id, method: request.method, url: request.url, ...options.params };
  const problem: Problem = {
    type: `urn:huifang:problem:${code}`,
    title: errorText(code, locale, params),
    status: ERROR_MESSAGES[code].status,
    detail: options.detail ?? errorText(code, locale, params),
    code,
    instance: request.url,
    requestId: request.id,
  };
  if (options.fieldErrors && options.fieldErrors.length > 0) {
    problem.errors = options.fieldErrors.map((e) => ({ field: e.field, message: pick(e, locale) }));
    if (!options.detail) {
      problem.detail = problem.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    }
  }
  return problem;
}

/** A service's AppError as the user should read it; anything else is an internal error, logged. */
export function problemOfError(request: FastifyRequest, error: unknown): Problem {
  if (error instanceof InvalidCursor) return problemOfError(request, invalidCursor());
  if (error instanceof AppError) {
    return problemFor(request, error.code, {
      params: error.params,
      fieldErrors: error.fieldErrors,
      detail: error.localizedDetail ? pick(error.localizedDetail, requestLocale(request)) : undefined,
    });
  }
  request.log.error({ err: error }, 'unhandled error');
  return problemFor(request, 'internal');
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  options: { params?: Record<string, string | number>; fieldErrors?: FieldError[]; detail?: string } = {},
): FastifyReply {
  const problem = problemFor(request, code, options);
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** Every failure leaves as RFC 9457 problem+json; nothing else (no stack, no SQL) reaches the client. */
export function registerProblemHandlers(app: FastifyInstance, bodyLimitBytes: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError || error instanceof InvalidCursor) {
      const problem = problemOfError(request, error);
      return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
    }
    if (error.validation) {
      const fieldErrors = fieldErrorsFromAjv(error.validation as AjvIssue[], error.validationContext);
      return sendProblem(request, reply, 'validation', { fieldErrors });
    }
    const { code, params } = frameworkCode(error);
    if (code === 'body_too_large') params.limit = `${Math.round(bodyLimitBytes / 1024)} KiB`;
    if (code === 'unsupported_media_type') params.contentType = request.headers['content-type'] ?? '';
    if (code === 'internal') request.log.error({ err: error }, 'unhandled error');
    else request.log.info({ code: error.code, message: error.message }, 'request refused');
    return sendProblem(request, reply, code, { params });
  });
}
