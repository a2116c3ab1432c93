/**
 * CPU profiles of the bench process, where the server runs (the load generator is a child process): what the
 * server spends a request on. Set BENCH_CPU_PROFILE=1; profiling slows the run it covers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type HttpSummary, httpLoad } from './measure.ts';
import type { WorkloadContext } from './workload.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Starts V8's sampling profiler on this process; `stop` writes the profile and summarises it. */
export async function startProfile() {
  const { Session } = await import('node:inspector');
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  return {
    async stop(file: string): Promise<string> {
      const { profile } = (await post('Profiler.stop')) as { profile: Profile };
      session.disconnect();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(profile));
      return summarise(profile);
    },
  };
}

const where = (frame: ProfileNode['callFrame']) =>
  frame.url.replace(/^.*\/node_modules\//, '').replace(/^.*\/(src|bench)\//, '$1/');
const label = (frame: ProfileNode['callFrame']) => {
  const file = where(frame);
  return `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
};

/**
 * The functions with the most self time, then the project's own functions (src/) by the time spent in them and
 * in what they call: where a request's time goes, in the code a reader can change.
 */
function summarise(profile: Profile): string {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    const dt = profile.timeDeltas[i] ?? 0;
    if (!frame || frame.functionName === '(idle)') return;
    busy += dt;
    self.set(label(frame), (self.get(label(frame)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = nodes.get(at)?.callFrame;
      if (!f || !where(f).startsWith('src/')) continue;
      const key = label(f);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, us]) => `    ${((100 * us) / Math.max(1, busy)).toFixed(1).padStart(5)} %  ${key}`)
      .join('\n');
  return `self time:\n${top(self, 20)}\n  the project's functions, with what they call:\n${top(inclusive, 25)}`;
}

/**
 * An HTTP load that, with BENCH_CPU_PROFILE set and one connection, profiles the server while it runs (the profile
 * goes to .bench/, the summary to the log).
 */
export async function profiledHttpLoad(
  context: WorkloadContext,
  name: string,
  job: Parameters<typeof httpLoad>[0],
): Promise<HttpSummary> {
  const profile = process.env.BENCH_CPU_PROFILE && job.connections === 1 ? await startProfile() : undefined;
  const app = await httpLoad(job);
  if (profile) {
    const file = path.join(ROOT, '.bench', `profile-${name.replace(/\W+/g, '-')}-${context.kind}.cpuprofile`);
    context.log(`CPU profile in ${file}; ${await profile.stop(file)}`);
  }
  return app;
}
