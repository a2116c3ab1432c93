import { type Static, type TSchema, Type } from 'typebox';

/**
 * Shared schema primitives; each module's routes build on these. An id is a bigint in the database and a number
 * in JavaScript: at most Number.MAX_SAFE_INTEGER, so that it stays exact (a larger one is a 400, not a 500).
 * Every other request integer without a maximum is bounded when its route is added (request-schemas.ts).
 */
export const Id = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
export const IdParam = Type.Object({ id: Id });

export const FieldErrorSchema = Type.Object({ field: Type.String(), message: Type.String() });

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String(),
    instance: Type.String(),
    requestId: Type.String(),
    errors: Type.Optional(Type.Array(FieldErrorSchema)),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);

const problemRef = Type.Unsafe({ $ref: 'Problem#' });

/** Responses every authenticated route may give besides its success. */
export function problemResponses(...statuses: number[]): Record<number, TSchema> {
  const result: Record<number, TSchema> = {};
  for (const status of [400, 401, 403, ...statuses]) result[status] = problemRef;
  return result;
}

export const Limit = Type.Integer({ minimum: 1, maximum: 500, default: 50 });
export const CursorParam = Type.String({ maxLength: 500 });

export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()]),
    total: Type.Optional(Type.Integer()),
  });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A download's answer in the OpenAPI document: the .xlsx bytes (not JSON, so nothing for a serializer). */
export const XlsxFile = {
  description: '.xlsx file, named in Content-Disposition',
  content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
};

/**
 * `T` or null. A schema of one plain type becomes JSON Schema's type list (`["string", "null"]`) rather than an
 * `anyOf`: Fastify's serializer tells a type list's members apart with `typeof`, but picks an `anyOf`'s branch by
 * running a validator on every value (a date-time's format check on every row of a list).
 */
export function Nullable<T extends TSchema>(schema: T) {
  const { type, ...rest } = schema as { type?: unknown; enum?: unknown; const?: unknown };
  const plain = typeof type === 'string' && rest.enum === undefined && rest.const === undefined;
  return Type.Unsafe<Static<T> | null>(
    plain ? { ...rest, type: [type, 'null'] } : Type.Union([schema, Type.Null()]),
  );
}

export const DateTime = Type.String({ format: 'date-time' });
