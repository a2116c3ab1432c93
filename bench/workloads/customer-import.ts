/**
 * Customer import (issue 4): a 100 000-row .xlsx laid out like 客户关系维护跟踪总表, checked and applied through the
 * HTTP API as the wizard does it, then imported again (which must change nothing) and with every amount raised
 * (which updates every customer). The floor is the least the database must do for the same rows: batched
 * INSERTs of the customers and their contacts, rolled back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { COMPANY_WORDS } from '../../scripts/demo/customers.ts';
import { COMMON_GRAM_CUSTOMERS } from '../../src/server/modules/customers/common-grams-repository.ts';
import { nameColumns } from '../../src/server/modules/customers/repository.ts';
import { singleRun } from '../measure.ts';
import { countFromEnv, type ResultRow, type Workload, type WorkloadContext } from '../workload.ts';
import { sessionFor } from './customer-list.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CITIES = ['杭州', '宁波', '苏州', '南京', '广州', '深圳', '成都', '武汉', '济南', '福州'];
const PROVINCES = [
  '浙江省',
  '浙江省',
  '江苏省',
  '江苏省',
  '广东省',
  '广东省',
  '四川省',
  '湖北省',
  '山东省',
  '福建省',
];
const SUFFIXES = ['机械制造有限公司', '商贸有限公司', '网络科技有限公司', '物业管理有限公司', '食品有限公司'];
const SURNAMES = '王李张刘陈杨黄赵吴周';

function rowCount(): number {
  return countFromEnv('BENCH_IMPORT_ROWS', 100_000);
}

interface SheetRow {
  name: string;
  province: string;
  city: string;
  amount: string;
  contact: string;
  mobile: string;
}

/** `raise` yuan added to every amount: a sheet that changes every customer it names. */
function sheetRow(i: number, raise = 0): SheetRow {
  const city = CITIES[i % CITIES.length] as string;
  return {
    name: `${city}${COMPANY_WORDS[i % COMPANY_WORDS.length]}${SUFFIXES[(i >> 3) % SUFFIXES.length]}${i}`,
    province: PROVINCES[i % PROVINCES.length] as string,
    city: `${city}市`,
    amount: String(10_000 + ((i * 7919) % 900_000) + raise),
    contact: `${SURNAMES[i % SURNAMES.length]}${'伟芳娜敏强'[(i >> 2) % 5]}`,
    mobile: `13${String(100_000_000 + i).slice(-9)}`,
  };
}

/** Written with ExcelJS's streaming writer, as a spreadsheet program would save it. */
export async function writeSheet(file: string, rows: number, raise = 0): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const sheet = book.addWorksheet('客户关系维护跟踪总表');
  sheet.addRow(['序号', '客户名称', '所属行业', '省份', '城市', '年合作金额', '联系人', '手机']).commit();
  for (let i = 1; i <= rows; i++) {
    const r = sheetRow(i, raise);
    sheet.addRow([i, r.name, '制造业', r.province, r.city, r.amount, r.contact, r.mobile]).commit();
  }
  sheet.commit();
  await book.commit();
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Peak growth of this process's resident memory (the server runs in it) while `work` runs and, when node runs
 * with --expose-gc, of the live heap measured after a full collection every 250 ms: RSS also counts garbage V8
 * has not collected yet, the live heap is what the import actually holds.
 */
async function withPeakMemory<T>(
  work: () => Promise<T>,
): Promise<{ result: T; rssMiB: number; liveMiB: number | null }> {
  gc?.();
  const rss = process.memoryUsage().rss;
  const heap = process.memoryUsage().heapUsed;
  let peakRss = rss;
  let peakHeap = heap;
  const fast = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const live = gc
    ? setInterval(() => {
        gc();
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      }, 250)
    : undefined;
  try {
    const result = await work();
    return {
      result,
      rssMiB: (peakRss - rss) / 1_048_576,
      liveMiB: gc ? (peakHeap - heap) / 1_048_576 : null,
    };
  } finally {
    clearInterval(fast);
    if (live) clearInterval(live);
  }
}

async function upload(context: WorkloadContext, cookie: string, step: string, body: Buffer) {
  const started = performance.now();
  const response = await fetch(`${context.baseUrl}/api/v1/customer-imports/${step}`, {
    method: 'POST',
    headers: { cookie, 'content-type': XLSX },
    body: new Uint8Array(body),
  });
  const json = (await response.json()) as { summary?: Record<string, number>; detail?: string };
  if (!response.ok || !json.summary) throw new Error(`${step}: ${response.status} ${json.detail ?? ''}`);
  return { summary: json.summary, ms: performance.now() - started };
}

/** The same customers and contacts written with plain batched INSERTs, in a transaction that is rolled back. */
async function floorInsert(context: WorkloadContext, rows: number): Promise<number> {
  const started = performance.now();
  await context.db
    .transaction()
    .execute(async (trx) => {
      for (let from = 1; from <= rows; from += 1000) {
        const batch = Array.from({ length: Math.min(1000, rows - from + 1) }, (_, k) => sheetRow(from + k));
        const ids = await trx
          .insertInto('customers')
          .values(
            batch.map((r) => ({
              name: r.name,
              name_key: r.name,
              // The floor pays for the pinyin key the import makes too.
              ...nameColumns(r.name),
              province: r.province,
              city: r.city,
              industry: '制造业',
              annual_amount: r.amount,
            })),
          )
          .returning('id')
          .execute();
        await trx
          .insertInto('contacts')
          .values(
            batch.map((r, k) => ({
              customer_id: ids[k]?.id as number,
              name: r.contact,
              mobile_enc: r.mobile,
              mobile_hash: r.mobile,
              mobile_masked: r.mobile,
              is_primary: true,
            })),
          )
          .execute();
      }
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return performance.now() - started;
}

class RollBack extends Error {}

/**
 * The run of `common-name-grams` the first import queued (it creates ≥ 500 customers), waited for: it runs beside
 * the imports after it, whose customer writes it must not hold up.
 */
async function queuedGramsRun(
  context: WorkloadContext,
  rows: number,
): Promise<{ outcome: string; ms: number }> {
  if (rows < COMMON_GRAM_CUSTOMERS) return { outcome: 'not queued (too few rows)', ms: 0 };
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const run = await sql<{ outcome: string; ms: number | null }>`select outcome,
        extract(epoch from finished_at - started_at) * 1000 as ms
      from job_runs where job_name = 'common-name-grams' and trigger = 'import' order by id limit 1`.execute(
      context.db,
    );
    const first = run.rows[0];
    if (first && first.outcome !== 'running') return { outcome: first.outcome, ms: Number(first.ms) };
    if (Date.now() > deadline)
      throw new Error('the common-name-grams run the import queued did not end in 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export const customerImport: Workload = {
  name: 'customer-import',
  description: 'import of a 100 000-row .xlsx (check, apply, re-import, every amount changed), memory growth',
  async run(context: WorkloadContext): Promise<ResultRow[]> {
    const rows = rowCount();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-bench-import-'));
    try {
      const file = path.join(dir, 'customers.xlsx');
      await writeSheet(file, rows);
      const body = fs.readFileSync(file);
      context.log(`customer-import: ${rows} rows, ${(body.length / 1_048_576).toFixed(1)} MiB .xlsx`);
      const cookie = await sessionFor(context, ['account_manager']);
      const floorMs = await floorInsert(context, rows);
      await sql`analyze customers`.execute(context.db);
      const { result, rssMiB, liveMiB } = await withPeakMemory(async () => {
        const preview = await upload(context, cookie, 'preview', body);
        const apply = await upload(context, cookie, 'apply', body);
        return { preview, apply };
      });
      const again = await upload(context, cookie, 'preview', body);
      if (result.apply.summary.create !== rows || again.summary.unchanged !== rows) {
        throw new Error(`import did not create ${rows} rows and then find them unchanged`);
      }
      const raisedFile = path.join(dir, 'raised.xlsx');
      await writeSheet(raisedFile, rows, 1_000);
      const raised = await upload(context, cookie, 'apply', fs.readFileSync(raisedFile));
      if (raised.summary.update !== rows)
        throw new Error(
          `the raised amounts did not update ${rows} customers: ${JSON.stringify(raised.summary)}`,
        );
      const gramsRun = await queuedGramsRun(context, rows);
      const total = result.preview.ms + result.apply.ms;
      context.log(
        `customer-import: check ${(result.preview.ms / 1000).toFixed(1)} s, apply ${(result.apply.ms / 1000).toFixed(1)} s, ` +
          `end to end ${(total / 1000).toFixed(1)} s (${Math.round(rows / (total / 1000))} rows/s); ` +
          `re-import check ${(again.ms / 1000).toFixed(1)} s, all unchanged; every amount raised: apply ${(raised.ms / 1000).toFixed(1)} s; peak RSS growth ${rssMiB.toFixed(0)} MiB, ` +
          `live heap ${liveMiB === null ? 'not measured (run node with --expose-gc)' : `${liveMiB.toFixed(1)} MiB`}; ` +
          `floor (plain INSERTs) ${(floorMs / 1000).toFixed(1)} s; ` +
          `the common-name-grams run the import queued: ${gramsRun.outcome} in ${(gramsRun.ms / 1000).toFixed(1)} s`,
      );
      const app = { ...singleRun(total, rows), non2xx: 0, errors: 0, timeouts: 0 };
      return [
        {
          workload: `customer-import: ${rows} rows check+apply (ms per import)`,
          db: context.kind,
          concurrency: 1,
          app,
          floor: singleRun(floorMs, rows),
          ratio: { p50: total / floorMs, p99: total / floorMs, rps: floorMs / total },
          notes: {
            peakRssMiB: Math.round(rssMiB),
            ...(liveMiB === null ? {} : { peakLiveHeapMiB: Math.round(liveMiB * 10) / 10 }),
            checkMs: result.preview.ms,
            applyMs: result.apply.ms,
            updateAllApplyMs: raised.ms,
            gramsRunMs: gramsRun.ms,
          },
        },
      ];
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
