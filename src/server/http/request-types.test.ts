import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AJV_OPTIONS } from '../app.ts';
import { createTestApp, createUserAs, TEST_ADMIN_PASSWORD, type TestApp } from '../test/app-helper.ts';
import { splitValidatorFactory } from './validators.ts';

/** A JSON body keeps the types it was sent with: a null clears a field, and nothing turns into 0, "" or false. */
let t: TestApp;
let admin: string;
let owner: string;
let customerId: number;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin', TEST_ADMIN_PASSWORD);
  await createUserAs(t, admin, {
    username: 'types.owner',
    roles: ['account_manager'],
    departmentName: '销售部',
  });
  owner = await t.login('types.owner', 'Passw0rd!');
  customerId = (
    await t.call(owner, { method: 'POST', url: '/api/v1/customers', payload: { name: '类型测试贸易' } })
  ).json().id;
});
afterAll(() => t.close());

describe('request bodies keep their JSON types', () => {
  it('clears a supervisor with null', async () => {
    const boss = await createUserAs(t, admin, { username: 'types.boss', roles: ['supervisor'] });
    const user = await createUserAs(t, admin, {
      username: 'types.agent',
      roles: ['agent'],
      supervisorId: boss,
    });
    const cleared = await t.call(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${user}`,
      payload: { supervisorId: null },
    });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ supervisorId: null, supervisorName: null });
  });

  it('stores a cleared text as empty, not as an empty string', async () => {
    const event = await t.call(owner, {
      method: 'POST',
      url: '/api/v1/service-events',
      payload: {
        customerId,
        kind: 'repair',
        occurredAt: '2026-03-02T10:00:00+08:00',
        product: null,
        summary: null,
        staffId: null,
      },
    });
    expect(event.statusCode).toBe(201);
    expect(event.json()).toMatchObject({ product: null, summary: null });
  });

  it('refuses a number sent as text, naming the field', async () => {
    const response = await t.call(owner, {
      method: 'POST',
      url: '/api/v1/service-events',
      payload: { customerId: String(customerId), kind: 'repair', occurredAt: '2026-03-02T10:00:00+08:00' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain('customerId');
  });

  it('still reads numbers from the query string and the path', async () => {
    const page = await t.call(owner, { method: 'GET', url: '/api/v1/customers?limit=1' });
    expect(page.statusCode).toBe(200);
    expect(page.json().items).toHaveLength(1);
    const detail = await t.call(owner, { method: 'GET', url: `/api/v1/customers/${customerId}` });
    expect(detail.json().name).toBe('类型测试贸易');
  });
});

type Schema = { nullable?: boolean; properties?: Record<string, Schema> } & Record<string, unknown>;
type Operation = { requestBody?: { content?: Record<string, { schema?: Schema }> } };

/** The OpenAPI document writes Nullable(x) as x + nullable; this is the anyOf the route itself declares. */
const asDeclared = ({ nullable, ...schema }: Schema): Schema =>
  nullable ? { anyOf: [schema, { type: 'null' }] } : schema;

/** Every JSON body in the API with a nullable field: its schema as the route declares it, and those fields. */
function bodiesWithNullableFields(): { where: string; fields: string[]; body: Schema }[] {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
  const found: { where: string; fields: string[]; body: Schema }[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const body = operation.requestBody?.content?.['application/json']?.schema;
      const fields = Object.entries(body?.properties ?? {}).filter(([, schema]) => schema.nullable);
      if (!body?.properties || fields.length === 0) continue;
      const properties = Object.fromEntries(
        Object.entries(body.properties).map(([name, schema]) => [name, asDeclared(schema)]),
      );
      found.push({
        where: `${method.toUpperCase()} ${path}`,
        fields: fields.map(([name]) => name),
        body: { ...body, properties },
      });
    }
  }
  return found;
}

describe('every nullable body field', () => {
  const compiler = (
    splitValidatorFactory() as unknown as (
      external: object,
      options: typeof AJV_OPTIONS,
    ) => (route: { schema: Schema; httpPart: string }) => (data: unknown) => boolean
  )({}, AJV_OPTIONS);

  /** The fields that are no longer null after the validator for `httpPart` has seen them sent as null. */
  const changedByValidation = (httpPart: string) =>
    bodiesWithNullableFields().flatMap(({ where, fields, body }) => {
      const validate = compiler({ schema: body, httpPart });
      return fields
        .filter((field) => {
          const data: Record<string, unknown> = { [field]: null };
          validate(data);
          return data[field] !== null;
        })
        .map((field) => `${where} ${field}`);
    });

  it('stays null when sent as null', () => {
    expect(bodiesWithNullableFields().flatMap((b) => b.fields).length).toBeGreaterThan(50);
    expect(changedByValidation('body')).toEqual([]);
  });

  it('would not with coercion, which the URL keeps (the check above can fail)', () => {
    expect(changedByValidation('querystring').length).toBeGreaterThan(0);
  });
});
