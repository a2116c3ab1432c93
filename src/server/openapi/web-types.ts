import { PGlite } from '@electric-sql/pglite';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { createFieldCipher } from '../security/field-crypto.ts';

/** Where the web client's types live; written by `npm run api:types`, checked by web-types.test.ts. */
export const WEB_TYPES_PATH = 'src/web/api/openapi.gen.ts';

const HEADER = `// Generated from the server's OpenAPI document by \`npm run api:types\` (src/server/openapi/web-types.ts).
// Do not edit: change the route's schema and run it again; a test fails while this file is behind.
/* biome-ignore-all lint: generated */
`;

/** The OpenAPI document of the app's routes, from an app built on an empty in-memory database (nothing runs). */
export async function openApiDocument(): Promise<OpenAPI3> {
  const database = await openDatabase({ pglite: new PGlite() });
  const config = loadConfig({ HUIFANG_WEB_DIR: '' });
  const app = await buildApp({
    config,
    database,
    cipher: createFieldCipher(Buffer.alloc(32)),
    logger: false,
  });
  try {
    await app.ready();
    return app.swagger() as unknown as OpenAPI3;
  } finally {
    await app.close();
    await database.close();
  }
}

/** The TypeScript text of the document's paths and components (openapi-typescript). */
export async function webTypesSource(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { alphabetize: true });
  return HEADER + astToString(ast);
}
