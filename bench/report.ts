/** The report of DESIGN §7: a table on the terminal and the same figures as JSON under .bench/. */
import fs from 'node:fs';
import path from 'node:path';
import type { ResultRow } from './workload.ts';

export interface Report {
  startedAt: string;
  finishedAt: string;
  command: string;
  settings: Record<string, unknown>;
  machine: Record<string, unknown>;
  databases: Record<string, unknown>[];
  results: ResultRow[];
}

function ms(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '—';
  if (x < 1) return x.toFixed(3);
  if (x < 10) return x.toFixed(2);
  return x.toFixed(1);
}

function rate(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '—';
  return Math.round(x).toLocaleString('en-US');
}

function times(x: number | undefined): string {
  return x === undefined || !Number.isFinite(x) ? '—' : `×${x.toFixed(2)}`;
}

function share(x: number | undefined): string {
  return x === undefined || !Number.isFinite(x) ? '—' : `${Math.round(x * 100)}%`;
}

/** Non-2xx responses and errors (autocannon counts a timeout as an error too, and in `timeouts`). */
export function failures(row: ResultRow): number {
  return row.app ? row.app.non2xx + row.app.errors : 0;
}

const COLUMNS = [
  'workload',
  'db',
  'conc',
  'req/s',
  'p50 ms',
  'p99 ms',
  'floor req/s',
  'floor p50',
  'floor p99',
  'p50 vs floor',
  'p99 vs floor',
  'req/s of floor',
  'failed',
] as const;

export function formatTable(rows: ResultRow[]): string {
  const cells = rows.map((r) => {
    const own = r.app ?? r.floor;
    return [
      r.workload,
      r.db,
      String(r.concurrency),
      rate(own.rps),
      ms(own.p50),
      ms(own.p99),
      rate(r.floor.rps),
      ms(r.floor.p50),
      ms(r.floor.p99),
      r.ratio ? times(r.ratio.p50) : '(floor)',
      r.ratio ? times(r.ratio.p99) : '',
      r.ratio ? share(r.ratio.rps) : '',
      String(failures(r)),
    ];
  });
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...cells.map((row) => (row[i] as string).length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (i < 2 ? v.padEnd(widths[i] as number) : v.padStart(widths[i] as number)))
      .join('  ');
  return [line(COLUMNS), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** Writes .bench/results-<timestamp>.json (git-ignored) and returns its path. */
export function writeReport(report: Report, root: string): string {
  const dir = path.join(root, '.bench');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const file = path.join(dir, `results-${stamp}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
