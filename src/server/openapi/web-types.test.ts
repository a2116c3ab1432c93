import fs from 'node:fs';
import { expect, it } from 'vitest';
import { openApiDocument, WEB_TYPES_PATH, webTypesSource } from './web-types.ts';

// The web client's types come from the route schemas; a schema changed without `npm run api:types` fails here
// (and in CI), so the browser never expects a shape the server no longer sends.
it('the checked-in web types are the ones the route schemas generate', async () => {
  const generated = await webTypesSource(await openApiDocument());
  const checkedIn = fs.readFileSync(WEB_TYPES_PATH, 'utf8');
  expect(
    checkedIn === generated,
    `${WEB_TYPES_PATH} is behind the route schemas: run npm run api:types`,
  ).toBe(true);
}, 60_000);
