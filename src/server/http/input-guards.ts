import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TEXT_FLAW_MESSAGE, textFlaw } from '../../domain/text.ts';
import { type FieldError, invalid } from './errors.ts';
import { sendProblem } from './problem.ts';
import { boundRouteSchema } from './request-schemas.ts';

/**
 * Checks every request passes before any route sees it, so that bad input is a 400 naming the field rather
 * than a 500 from deep inside (PostgreSQL, the audit writer):
 * - request schemas get integer bounds and closed body objects (request-schemas.ts);
 * - JSON bodies nested deeper than MAX_JSON_DEPTH are refused before they are parsed;
 * - no string anywhere in the params, query or body (keys included) holds a NUL or a lone surrogate, and no
 *   number is infinite;
 * - a date-time is one JavaScript can represent (configureAjv);
 * - a URL the router cannot decode is a problem+json like every other failure (frameworkErrors in app.ts).
 */

/** No body of ours nests deeper than 3; recursive code downstream (audit canonical JSON) must never meet 20 000. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep the JSON text nests, counted without parsing it: brackets inside strings do not count. Stops
 * counting once past `limit`. Malformed text gets some number; JSON.parse refuses it afterwards.
 */
export function jsonDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) {
        i++; // a backslash: the next character is escaped
      } else if (c === 0x22) {
        inString = false;
      }
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

const tooDeep = () =>
  invalid([
    {
      field: '(root)',
      zh: `JSON 嵌套不能超过 ${MAX_JSON_DEPTH} 层`,
      en: `must not nest deeper than ${MAX_JSON_DEPTH} levels`,
    },
  ]);

const escapeKey = (key: string) => JSON.stringify(key).slice(1, -1);

const NOT_FINITE = { zh: '必须是有限的数值', en: 'must be a finite number' };

/**
 * The first value no column can take, as a field error: a string (or key) with a NUL or a lone surrogate
 * (`text`), a number that is not finite (JSON's 1e400, or "1e400" coerced by the schema validation: Ajv then
 * skips the number's own bounds). Walks without recursion.
 */
export function badField(value: unknown, prefix: string, options: { text: boolean }): FieldError | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: prefix }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return { field: path || '(root)', ...NOT_FINITE };
    } else if (typeof current === 'string') {
      const flaw = options.text ? textFlaw(current) : null;
      if (flaw) return { field: path || '(root)', ...TEXT_FLAW_MESSAGE[flaw] };
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => {
        stack.push({ value: item, path: path ? `${path}.${index}` : String(index) });
      });
    } else if (typeof current === 'object' && current !== null && !Buffer.isBuffer(current)) {
      for (const [key, item] of Object.entries(current)) {
        const field = path ? `${path}.${escapeKey(key)}` : escapeKey(key);
        const flaw = options.text ? textFlaw(key) : null;
        if (flaw) return { field, ...TEXT_FLAW_MESSAGE[flaw] };
        stack.push({ value: item, path: field });
      }
    }
  }
  return null;
}

/** The request's first bad value, with field names as the schema validation gives them (body fields bare). */
function badRequestField(request: FastifyRequest, options: { text: boolean }): FieldError | null {
  return (
    badField(request.params, 'params', options) ??
    badField(request.query, 'querystring', options) ??
    badField(request.body, '', options)
  );
}

type FormatValidator =
  | ((text: string) => boolean)
  | RegExp
  | { validate: ((text: string) => boolean) | RegExp };

/**
 * Ajv set-up (Fastify's ajv.onCreate): a date-time must also be a time JavaScript can hold — ajv-formats accepts
 * the leap second 23:59:60, which `new Date()` turns into an Invalid Date and PostgreSQL into a 500.
 */
export function configureAjv(ajv: {
  formats: Record<string, unknown>;
  addFormat(name: string, format: { type: 'string'; validate: (text: string) => boolean }): unknown;
}): void {
  const format = ajv.formats['date-time'] as FormatValidator | undefined;
  const rule = typeof format === 'object' && !(format instanceof RegExp) ? format.validate : format;
  const valid = (text: string) =>
    (rule === undefined || (typeof rule === 'function' ? rule(text) : rule.test(text))) &&
    !Number.isNaN(Date.parse(text));
  ajv.addFormat('date-time', { type: 'string', validate: valid });
}

export function registerInputGuards(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    boundRouteSchema(route.schema as Parameters<typeof boundRouteSchema>[0]);
  });

  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDepth(body as string, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      done(tooDeep(), undefined);
      return;
    }
    parseJson(request, body as string, done);
  });

  app.addHook('preValidation', async (request) => {
    const flaw = badRequestField(request, { text: true });
    if (flaw) throw invalid([flaw]);
  });
  // Again after validation, for numbers only: coercion turns the text "1e400" into Infinity.
  app.addHook('preHandler', async (request) => {
    const flaw = badRequestField(request, { text: false });
    if (flaw) throw invalid([flaw]);
  });
}

/** Errors the router raises before any hook runs: an undecodable URL, a path parameter too long. */
export function frameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    sendProblem(request, reply, 'url_too_long');
    return;
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    sendProblem(request, reply, 'validation', {
      fieldErrors: [
        {
          field: '(url)',
          zh: '地址无效（百分号编码有误，或不是 UTF-8）',
          en: 'is not a valid URL (bad percent-encoding or not UTF-8)',
        },
      ],
    });
    return;
  }
  request.log.error({ err: error }, 'router error');
  sendProblem(request, reply, 'internal');
}
