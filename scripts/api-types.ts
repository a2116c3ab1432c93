import fs from 'node:fs';
import { openApiDocument, WEB_TYPES_PATH, webTypesSource } from '../src/server/openapi/web-types.ts';

// npm run api:types — regenerates the web client's types from the server's route schemas.
const source = await webTypesSource(await openApiDocument());
fs.writeFileSync(WEB_TYPES_PATH, source);
console.log(`wrote ${WEB_TYPES_PATH} (${source.length} characters)`);
