import { AjvCompiler, type BuildCompilerFromPool } from '@fastify/ajv-compiler';

/** What Fastify passes a validator compiler (the package's typings say a bare schema; it is this). */
type Route = { schema: object; httpPart?: string };
type Compile = (route: Route) => unknown;
type Options = Parameters<BuildCompilerFromPool>[1] & { mode?: never };

/**
 * Request validators: a JSON body is taken with the types it carries, the URL's parts are coerced from text.
 * With one coercing Ajv for everything, a `null` in a body tried the union's first branch (Nullable: integer |
 * null) and came out as 0, "" or false — a cleared 上级 or 每周最多主动联系 saved as something. Query strings
 * and path parameters are text by nature, so they keep Fastify's coercion ('array' also turns ?a=1 into [1]).
 */
export function splitValidatorFactory(): BuildCompilerFromPool {
  const pool = AjvCompiler();
  const build = (externalSchemas: Parameters<BuildCompilerFromPool>[0], options: Options) => {
    const coercing = pool(externalSchemas, options) as unknown as Compile;
    const strict = pool(externalSchemas, {
      ...options,
      customOptions: { ...options?.customOptions, coerceTypes: false },
    }) as unknown as Compile;
    return ((route: Route) => (route.httpPart === 'body' ? strict : coercing)(route)) as Compile;
  };
  return build as unknown as BuildCompilerFromPool;
}
