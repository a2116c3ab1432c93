import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers (README, Architecture): domain ← db / http / security ← modules ← app. Arrows point one way, and
 * SQL lives in repositories. Read from the source, so a new file that breaks either rule fails here.
 */

const ROOT = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** Where each relative import of a file points, relative to src/. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)].map((m) =>
    path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), m[1] as string)),
  );
}

function violations(files: string[], forbidden: (target: string) => boolean): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((target) => `${file} → ${target}`),
  );
}

describe('architecture', () => {
  it('domain rules import nothing from the server or the web', () => {
    const found = violations(sourceFiles('domain'), (t) => !t.startsWith('domain/'));
    expect(found).toEqual([]);
  });

  it('db, http and security never import a module', () => {
    const files = ['server/db', 'server/http', 'server/security'].flatMap(sourceFiles);
    expect(violations(files, (t) => t.startsWith('server/modules/'))).toEqual([]);
  });

  it('the web app imports no server code', () => {
    expect(violations(sourceFiles('web'), (t) => t.startsWith('server/'))).toEqual([]);
  });

  it('only repositories build or run SQL statements', () => {
    const statement = /\.(selectFrom|updateTable|insertInto|deleteFrom)\(|`\s*\.execute\(/;
    const isRepository = (file: string) => /(^|[/-])repository\.ts$|\/fragments\.ts$/.test(file);
    const found = ['server/modules', 'server/workflow', 'server/jobs']
      .flatMap(sourceFiles)
      .filter((file) => !isRepository(file))
      .filter((file) => statement.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });
});
