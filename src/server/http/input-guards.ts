import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type FieldError, invalid } from './errors.ts';
import { boundRouteSchema } from './request-schemas.ts';

/**
 * Checks every request passes before any route sees it, so that bad input is a 400 naming the field rather
 * than a 500 from deep inside (PostgreSQL):
 * - request schemas get integer bounds (request-schemas.ts);
 * - no number anywhere in the params, query or body is infinite.
 */

const NOT_FINITE = { zh: '必须是有限的数值', en: 'must be a finite number' };

/**
 * The first value no column can take, as a field error: a number that is not finite (JSON's 1e400, or "1e400"
 * coerced by the schema validation: Ajv then skips the number's own bounds). Walks without recursion.
 */
export function badField(value: unknown, prefix: string): FieldError | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: prefix }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return { field: path || '(root)', ...NOT_FINITE };
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => {
        stack.push({ value: item, path: path ? `${path}.${index}` : String(index) });
      });
    } else if (typeof current === 'object' && current !== null && !Buffer.isBuffer(current)) {
      for (const [key, item] of Object.entries(current)) {
        stack.push({ value: item, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return null;
}

/** The request's first bad value, with field names as the schema validation gives them (body fields bare). */
function badRequestField(request: FastifyRequest): FieldError | null {
  return (
    badField(request.params, 'params') ?? badField(request.query, 'querystring') ?? badField(request.body, '')
  );
}

export function registerInputGuards(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    boundRouteSchema(route.schema as Parameters<typeof boundRouteSchema>[0]);
  });

  // Before validation (JSON's 1e400 is Infinity) and after it: coercion turns the text "1e400" into Infinity,
  // which Ajv then lets past the schema's bounds.
  const refuseInfinity = async (request: FastifyRequest) => {
    const flaw = badRequestField(request);
    if (flaw) throw invalid([flaw]);
  };
  app.addHook('preValidation', refuseInfinity);
  app.addHook('preHandler', refuseInfinity);
}
