/**
 * First load (issue 13): a cold load of the sign-in page and of the customer list in Chromium over an emulated
 * office link (10 Mbit/s down and up, 50 ms round trip, cache disabled), timed to the page being ready for the
 * user: the sign-in form visible; the customer table's rows visible. The floor is the time the link alone needs
 * to carry the bytes the page fetched until then (bytes ÷ bandwidth + one round trip).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type CDPSession, chromium } from 'playwright-core';
import { summarise } from '../measure.ts';
import { countFromEnv, type ResultRow, type Workload, type WorkloadContext } from '../workload.ts';
import { generateCustomers, sessionFor } from './customer-list.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB_DIR = path.join(ROOT, 'dist/web');
const TARGET_MS = 2000;
const LINK = { bitsPerSecond: 10_000_000, latencyMs: 50 };
// BENCH_LOADS=n: measured loads per page (default 5); more to tell two builds apart on a noisy machine.
const RUNS = countFromEnv('BENCH_LOADS', 5);
const CUSTOMERS = 1000;
// BENCH_TRACE=1: each request of each load, from its start to its end, to see where the time goes.
const TRACE = process.env.BENCH_TRACE === '1';
// BENCH_PROFILE=1: where the browser's main thread spent each load (V8 CPU profile and the page's own metrics).
const PROFILE = process.env.BENCH_PROFILE === '1';
// BENCH_CPU=1: the renderer main thread's CPU time until ready, by kind of work, from a Chromium trace (thread
// time, so a machine busy with other work slows the load but barely changes these figures).
const CPU = process.env.BENCH_CPU === '1';

/**
 * A copy of the built web app for this run (built first when it is missing or older than a file under src/web):
 * a build started meanwhile in the working tree empties dist/web, and the pages measured would fail half-way.
 */
export function ensureWebBuild(log: (message: string) => void): string {
  const index = path.join(WEB_DIR, 'index.html');
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (builtAt <= newestChange(path.join(ROOT, 'src/web'))) {
    log(builtAt === 0 ? 'web app not built: building it' : 'web app older than its sources: rebuilding it');
    execFileSync('npm', ['run', 'build:web', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  }
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-web-'));
  fs.cpSync(WEB_DIR, copy, { recursive: true });
  process.once('exit', () => fs.rmSync(copy, { recursive: true, force: true }));
  return copy;
}

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

interface Load {
  ms: number;
  cpu: Cpu;
  bytes: number;
  requests: number;
  failed: number;
}

/**
 * Runs in the page before its own scripts: calls `__hfShown(ms)` with the page's clock (milliseconds since the
 * navigation started) once an element matching `selector` is visible and its frame has been drawn. Each batch of
 * DOM changes is looked at in the next animation frame; the time is taken in a task queued from that frame, which
 * runs after the frame's style, layout and paint. Timed in the page because Playwright's `waitFor` looks again
 * only every 500 ms after its first 270 ms: it rounded every load up by as much as half a second.
 */
// A string, not a function: tsx wraps the functions it compiles with a helper the page does not have.
const reportWhenShown = (selector: string) => `(() => {
  const selector = ${JSON.stringify(selector)};
  let frameAsked = false;
  const look = () => {
    frameAsked = false;
    const element = document.querySelector(selector);
    const box = element && element.getBoundingClientRect();
    if (!element || !box.width || !box.height || getComputedStyle(element).visibility === 'hidden') return;
    observer.disconnect();
    setTimeout(() => window.__hfShown(performance.now()));
  };
  const observer = new MutationObserver(() => {
    if (frameAsked) return;
    frameAsked = true;
    requestAnimationFrame(look);
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** One cold load in a fresh browser context: the time from navigation to `selector` shown, and what it fetched. */
async function coldLoad(
  browser: Browser,
  url: string,
  cookie: string | undefined,
  selector: string,
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  try {
    let shown: (ms: number) => void = () => {};
    const shownAt = new Promise<number>((resolve) => {
      shown = resolve;
    });
    await context.exposeFunction('__hfShown', (ms: number) => shown(ms));
    await context.addInitScript(reportWhenShown(selector));
    if (cookie) {
      const [name, value] = cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url }]);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const bytesPerSecond = LINK.bitsPerSecond / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LINK.latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    let bytes = 0;
    let requests = 0;
    let failed = 0;
    const sent = new Map<string, { url: string; at: number }>();
    cdp.on('Network.requestWillBeSent', (event) => {
      sent.set(event.requestId, { url: event.request.url, at: event.timestamp });
    });
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      requests += 1;
      const request = sent.get(event.requestId);
      sent.delete(event.requestId);
      if (TRACE && request) {
        const from = ((request.at - (first ?? request.at)) * 1000).toFixed(0);
        const to = ((event.timestamp - (first ?? request.at)) * 1000).toFixed(0);
        console.log(
          `  ${from.padStart(5)}–${to.padStart(5)} ms ${String(event.encodedDataLength).padStart(8)} B ${request.url}`,
        );
      }
    });
    cdp.on('Network.loadingFailed', () => {
      failed += 1;
    });
    let first: number | undefined;
    cdp.on('Network.requestWillBeSent', (event) => {
      first ??= event.timestamp;
    });
    if (PROFILE) {
      await cdp.send('Performance.enable');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    if (CPU) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const chromiumBefore = chromiumCpu();
    const serverBefore = process.cpuUsage();
    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    // What Playwright's own wait would have said, for comparison: its polling, not the page, sets that figure.
    const polled = TRACE
      ? page
          .locator(selector)
          .first()
          .waitFor({ state: 'visible' })
          .then(() => performance.now() - started)
          .catch(() => undefined) // the page's own stamp reports a load that never shows
      : undefined;
    const ms = await withTimeout(shownAt, 30_000, `${url}: ${selector} not shown within 30 s`);
    const chromium = chromiumCpu();
    const server = process.cpuUsage(serverBefore);
    const cpu: Cpu = {
      main: chromium.main - chromiumBefore.main,
      workers: chromium.workers - chromiumBefore.workers,
      chromium: chromium.chromium - chromiumBefore.chromium,
      server: (server.user + server.system) / 1000,
    };
    if (PROFILE) await printProfile(cdp, ms);
    if (CPU) printCpu(await browser.stopTracing(), ms);
    if (TRACE) {
      console.log(`  CPU ${CPU_KEYS.map((k) => `${k} ${cpu[k].toFixed(0)}`).join(', ')} ms`);
      console.log(
        `  ready at ${ms.toFixed(0)} ms (Playwright's waitFor: ${(await polled)?.toFixed(0)} ms); still loading:`,
      );
      for (const request of sent.values()) console.log(`    ${request.url}`);
    }
    return { ms, bytes, requests, failed, cpu };
  } finally {
    await context.close();
  }
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'];

/** What kind of work a trace event is, for the CPU breakdown. */
const CPU_KINDS: [string, RegExp][] = [
  [
    'compile',
    /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|CompileScript|CacheScript)/,
  ],
  [
    'script',
    /^(EvaluateScript|v8\.evaluateModule|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.run|V8\.GCScavenger|MajorGC|MinorGC|V8\.GC)/,
  ],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)/],
  ['layout', /^(Layout|UpdateLayerTree|PrePaint)/],
  ['paint', /^(Paint|PaintImage|Layerize|Commit|CompositeLayers|RasterTask)/],
  ['html', /^(ParseHTML)/],
];

/**
 * The renderer main thread's CPU time (trace events' thread time) from the first task to ready, all of it and by
 * kind: each event's own time, without the events inside it.
 */
function printCpu(trace: Buffer, readyMs: number): void {
  type TraceEvent = {
    name: string;
    ph: string;
    ts: number;
    dur?: number;
    tdur?: number;
    pid: number;
    tid: number;
  };
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's renderer (a navigation may start a new one): the CrRendererMain thread with the most events.
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && (e as { args?: { name?: string } }).args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.tdur === undefined || !mains.has(thread)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), e]);
  }
  const main = [...byThread.values()]
    .reduce((a, b) => (b.length > a.length ? b : a), [])
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const own = new Map<string, number>();
  const stack: { end: number; kind: string; tdur: number; inner: number }[] = [];
  let total = 0;
  const close = (until: number) => {
    while (stack.length && (stack.at(-1) as { end: number }).end <= until) {
      const done = stack.pop() as { kind: string; tdur: number; inner: number };
      own.set(done.kind, (own.get(done.kind) ?? 0) + Math.max(0, done.tdur - done.inner));
      const parent = stack.at(-1);
      if (parent) parent.inner += done.tdur;
      else total += done.tdur;
    }
  };
  for (const e of main) {
    close(e.ts);
    const kind = CPU_KINDS.find(([, re]) => re.test(e.name))?.[0] ?? 'other';
    stack.push({ end: e.ts + (e.dur ?? 0), kind, tdur: e.tdur ?? 0, inner: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  const ms = (us: number) => (us / 1000).toFixed(0);
  console.log(
    `  ready at ${readyMs.toFixed(0)} ms; main thread CPU ${ms(total)} ms: ` +
      [...own]
        .sort((a, b) => b[1] - a[1])
        .map(([kind, us]) => `${kind} ${ms(us)}`)
        .join(', '),
  );
}

/**
 * The main thread's time until ready: the page's own counters (script, style, layout, all tasks) and the CPU
 * profile's samples by script file and by function, and 250 ms by 250 ms, what ran.
 */
async function printProfile(cdp: CDPSession, readyMs: number): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  const file = path.join(ROOT, '.bench', `first-load-${Date.now()}.cpuprofile`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(profile));
  console.log(`  profile: ${path.relative(ROOT, file)} (open in Chromium's DevTools, Performance)`);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => ((metrics.find((m) => m.name === name)?.value ?? 0) * 1000).toFixed(0);
  console.log(
    `  ready at ${readyMs.toFixed(0)} ms; main thread: tasks ${metric('TaskDuration')} ms, script ` +
      `${metric('ScriptDuration')} ms, style ${metric('RecalcStyleDuration')} ms, layout ${metric('LayoutDuration')} ms`,
  );
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const where = (id: number) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return { file: '?', fn: '?' };
    const file = frame.url ? frame.url.replace(/^.*\//, '') : frame.functionName || '(native)';
    return { file, fn: `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}` };
  };
  const byFile = new Map<string, number>();
  const byFn = new Map<string, number>();
  const slices = new Map<number, Map<string, number>>();
  let at = profile.startTime;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const { file, fn } = where(samples[i] as number);
    if (file === '(idle)') continue;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    const slice = Math.floor((at - profile.startTime) / 250_000);
    const inSlice = slices.get(slice) ?? new Map<string, number>();
    inSlice.set(file, (inSlice.get(file) ?? 0) + ms);
    slices.set(slice, inSlice);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(0)} ms ${k}`);
  console.log(`  by file: ${top(byFile, 12).join('; ')}`);
  console.log(`  by function:\n    ${top(byFn, 25).join('\n    ')}`);
  for (const [slice, files] of [...slices].sort((a, b) => a[0] - b[0])) {
    console.log(`  ${String(slice * 250).padStart(5)} ms: ${top(files, 4).join('; ')}`);
  }
}

/** CPU time per load, in milliseconds: the page's renderer (its main thread, its other threads), the rest of
 * Chromium (browser, GPU and utility processes), and this process (the server and Playwright's client). */
interface Cpu {
  main: number;
  workers: number;
  chromium: number;
  server: number;
}

const CPU_KEYS = ['main', 'workers', 'chromium', 'server'] as const;

/** Chromium's CPU time so far from /proc (clock ticks of 10 ms): on two cores its threads compete with the page. */
function chromiumCpu(): Omit<Cpu, 'server'> {
  const cpu = { main: 0, workers: 0, chromium: 0 };
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('chromium')) continue;
      const renderer = cmdline.includes('--type=renderer');
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ms = (Number(fields[11]) + Number(fields[12])) * 10;
        if (!renderer) cpu.chromium += ms;
        else if (tid === pid) cpu.main += ms;
        else cpu.workers += ms;
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return cpu;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function measure(
  context: WorkloadContext,
  browser: Browser,
  label: string,
  url: string,
  cookie: string | undefined,
  selector: string,
): Promise<ResultRow> {
  await coldLoad(browser, url, cookie, selector); // unmeasured: the server's first compile of each query
  const loads: Load[] = [];
  for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(browser, url, cookie, selector));
  const times = summarise(Float64Array.from(loads.map((l) => l.ms)), 0);
  const bytes = Math.max(...loads.map((l) => l.bytes));
  const requests = Math.max(...loads.map((l) => l.requests));
  const failed = loads.reduce((n, l) => n + l.failed, 0);
  const floorMs = (bytes / (LINK.bitsPerSecond / 8)) * 1000 + LINK.latencyMs;
  context.log(
    `first-load ${label}: ${(bytes / 1024).toFixed(0)} KiB in ${requests} requests, ready in ` +
      `${times.p50.toFixed(0)} ms (median of ${RUNS}; slowest ${times.max.toFixed(0)} ms); the link alone ` +
      `${floorMs.toFixed(0)} ms; target ≤ ${TARGET_MS} ms: ${times.max <= TARGET_MS ? 'met' : 'MISSED'}`,
  );
  const median = (key: keyof Cpu) => summarise(Float64Array.from(loads.map((l) => l.cpu[key])), 0).p50;
  context.log(
    `first-load ${label}: CPU per load (median) ${CPU_KEYS.map((k) => `${k} ${median(k).toFixed(0)}`).join(', ')} ms ` +
      `(the page's main thread and its renderer's other threads, the rest of Chromium, the server; ` +
      `${os.cpus().length} cores)`,
  );
  const floor = { ...summarise(Float64Array.of(floorMs), 0), rps: 1000 / floorMs };
  return {
    workload: `first-load: ${label} (10 Mbit/s, 50 ms, ms to ready)`,
    db: context.kind,
    concurrency: 1,
    app: { ...times, rps: 1000 / times.mean, non2xx: 0, errors: failed, timeouts: 0 },
    floor,
    ratio: { p50: times.p50 / floorMs, p99: times.p99 / floorMs, rps: floorMs / times.mean },
    notes: { bytes, requests, targetMs: TARGET_MS, medianMs: times.p50, slowestMs: times.max },
  };
}

export const firstLoad: Workload = {
  name: 'first-load',
  description: 'cold load of the sign-in page and of the customer list in Chromium over 10 Mbit/s, 50 ms',
  needsWeb: true,
  async run(context: WorkloadContext): Promise<ResultRow[]> {
    await generateCustomers(context, CUSTOMERS);
    const cookie = await sessionFor(context, ['executive']);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const signIn = await measure(
        context,
        browser,
        'sign-in page',
        `${context.baseUrl}/login`,
        undefined,
        'form button[type=submit]',
      );
      const list = await measure(
        context,
        browser,
        'customer list',
        `${context.baseUrl}/customers`,
        cookie,
        'tbody tr.ant-table-row',
      );
      return [signIn, list];
    } finally {
      await browser.close();
    }
  },
};
