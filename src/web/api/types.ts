/**
 * The web client's names for what the API answers, derived from the generated OpenAPI types
 * (openapi.gen.ts, `npm run api:types`): a change to a route's schema changes them, and the type check then
 * shows every page it touches. Nothing here is written by hand but the choice of route.
 */
import type { paths } from './openapi.gen.ts';

type Path = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** A route without that answer is a type error where it is used, not a silent `never`. */
type Known<T> = [T] extends [never] ? { __noSuchAnswer: true } : T;

/** The JSON a route answers with on success (200 or 201). */
export type ResponseOf<P extends Path, M extends Method = 'get'> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: infer Ok }
    ? Json<Ok>
    : R extends { 201: infer Created }
      ? Json<Created>
      : never
  : never;

/** The JSON body a route takes. */
export type BodyOf<P extends Path, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** One row of a listing route (its `items`, or the array it answers with). */
export type ItemOf<P extends Path, M extends Method = 'get'> =
  ResponseOf<P, M> extends { items: (infer I)[] } ? I : ResponseOf<P, M> extends (infer I)[] ? I : never;

export type { Page } from './client.ts';

export type Me = Known<ResponseOf<'/api/v1/auth/me'>>;
export type User = Known<ItemOf<'/api/v1/users'>>;
export type Department = Known<ItemOf<'/api/v1/departments'>>;
export type Role = Known<ItemOf<'/api/v1/roles'>>;
export type AuditEvent = Known<ItemOf<'/api/v1/audit-events'>>;
export type ApiToken = Known<ItemOf<'/api/v1/auth/tokens'>>;
export type CustomerListItem = Known<ItemOf<'/api/v1/customers'>>;
export type CustomerDetail = Known<ResponseOf<'/api/v1/customers/{id}'>>;
export type Exposure = CustomerListItem['visibility']['secret'];
export type Contact = Known<ItemOf<'/api/v1/customers/{id}/contacts'>>;
export type AccessRequest = Known<ItemOf<'/api/v1/access-requests'>>;
export type CalendarYears = Known<ResponseOf<'/api/v1/calendar/years'>>;
export type CalendarYear = Known<ItemOf<'/api/v1/calendar/years'>>;
export type CalendarYearDetail = Known<ResponseOf<'/api/v1/calendar/years/{year}'>>;
export type CalendarYearBody = BodyOf<'/api/v1/calendar/years/{year}', 'put'>;
export type CalendarParsed = Known<ResponseOf<'/api/v1/calendar/parse', 'post'>>;
export type CompanyHours = Known<ResponseOf<'/api/v1/calendar/hours'>>;
export type WorkingDayAnswer = Known<ResponseOf<'/api/v1/calendar/add-working-days'>>;
