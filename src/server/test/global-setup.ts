import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createTemplate, dropTemplate } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    pgTemplate: string;
  }
}

/** Builds the migrated template once per run; TEST_DATABASE_URL switches the whole suite to PostgreSQL. */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL || undefined;
  const template = await createTemplate(serverUrl);
  let dumpPath = '';
  if (template.pgliteDump) {
    dumpPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-test-')), 'template.tar');
    fs.writeFileSync(dumpPath, template.pgliteDump);
  }
  project.provide('pgliteTemplatePath', dumpPath);
  project.provide('pgTemplate', template.pgTemplate ?? '');
  return async () => {
    if (dumpPath) fs.rmSync(path.dirname(dumpPath), { recursive: true, force: true });
    if (serverUrl && template.pgTemplate) await dropTemplate(serverUrl, template.pgTemplate);
  };
}
