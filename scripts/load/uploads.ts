/**
 * `npm run load -- --hostile-uploads N` (`--uploads`: 8): N hostile uploads at once, half workbooks of a million
 * empty rows (2.6 MB zipped, under the 32 MB zip guard), half JSON counties of 35,000 schools (19 MB, under the
 * upload limit), while a worker thread asks /api/health every 20 ms. Reports the health latencies, the server's own
 * event-loop delay over the phase (load/loop-monitor.ts), its peak memory and the load average. Uploads are parsed
 * in the server's import threads at a lower priority, so health must stay under 100 ms (issue 16).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { millionEmptyRows } from '../../tests/fixtures/hostile/xlsx.ts';
import type { ServerProcess } from './server.ts';
import { percentile } from './stats.ts';

export const HEALTH_TARGET_MS = 100;
/** Preload for startServer: the server's event-loop delay, read per phase with SIGUSR2. */
export const LOOP_MONITOR = './scripts/load/loop-monitor.mjs';
/** The start of the line loop-monitor.mjs prints. */
const LOOP_DELAY_LINE = 'event-loop-delay';

/** About 19 MB of JSON: a county of 35,000 schools (under the 20 MB upload limit, over the server's 10,000 schools). */
export function hugeCountyJson(schools = 35_000): Buffer {
  const sample = JSON.parse(readFileSync('data/sample-county.json', 'utf8')) as { schools: Record<string, unknown>[] };
  const school = sample.schools[0]!;
  return Buffer.from(JSON.stringify({ ...sample, schools: Array.from({ length: schools }, (_, i) => ({ ...school, id: `L${i}`, name: `学校${i}` })) }));
}

function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

export interface LoopDelay { count: number; p50: number; p99: number; max: number }

/** Asks the server (started with LOOP_MONITOR) for its event-loop delay since the last ask, and resets it. */
async function loopDelay(server: ServerProcess): Promise<LoopDelay | undefined> {
  const before = server.output().split(LOOP_DELAY_LINE).length;
  server.child.kill('SIGUSR2');
  for (let waited = 0; waited < 5000; waited += 20) {
    const parts = server.output().split(LOOP_DELAY_LINE);
    if (parts.length > before) {
      const json = parts.at(-1)!.split('\n')[0]!.trim();
      try {
        return JSON.parse(json) as LoopDelay;
      } catch { /* the line is still arriving */ }
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return undefined;
}

export interface HostileUploadFigures {
  uploads: number;
  statuses: number[];
  /** ms, sorted */
  health: number[];
  healthFailures: string[];
  loop: LoopDelay | undefined;
  peakRssMb: number;
  seconds: number;
  /** 1-minute load average at the start and at the end */
  load: [number, number];
}

export async function measureHostileUploads(server: ServerProcess, count = 8): Promise<HostileUploadFigures> {
  const xlsx = new Uint8Array(millionEmptyRows());
  const json = new Uint8Array(hugeCountyJson());
  const sends = Array.from({ length: count }, (_, i) => {
    if (i % 2 === 1) return () => fetch(`${server.base}/api/datasets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
    const form = new FormData();
    form.append('file', new Blob([xlsx]), 'rows.xlsx');
    return () => fetch(`${server.base}/api/datasets`, { method: 'POST', body: form });
  });
  const pid = server.child.pid!;
  const load0 = loadavg()[0]!;
  await loopDelay(server); // reset: the phase starts here
  const probe = new Worker(new URL('./health-probe.mjs', import.meta.url), { workerData: { base: server.base } });
  const probed = new Promise<{ latencies: number[]; failures: string[] }>((resolve, reject) => { probe.once('message', resolve); probe.once('error', reject); });
  probed.catch(() => {}); // awaited below, after the uploads
  let peakRssMb = rssMb(pid);
  const sampler = setInterval(() => { peakRssMb = Math.max(peakRssMb, rssMb(pid)); }, 50);
  const t0 = performance.now();
  const statuses = await Promise.all(sends.map(async (send) => (await send().catch(() => ({ status: 599 }))).status));
  const seconds = (performance.now() - t0) / 1000;
  probe.postMessage('stop');
  const { latencies, failures } = await probed;
  await probe.terminate();
  clearInterval(sampler);
  const loop = await loopDelay(server);
  return { uploads: count, statuses, health: latencies.sort((a, b) => a - b), healthFailures: failures, loop, peakRssMb, seconds, load: [load0, loadavg()[0]!] };
}

/** The report's lines, and the problems (health at or over 100 ms, a 5xx or failed upload, health failures). */
export function reportHostileUploads(f: HostileUploadFigures): { text: string; problems: string[] } {
  const ms = (v: number | undefined): string => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(1));
  const h = f.health;
  const max = h.at(-1) ?? Number.NaN;
  const text = `hostile uploads: ${f.uploads} at once, answered ${f.statuses.join(', ')} in ${f.seconds.toFixed(1)} s; load average ${f.load[0].toFixed(1)} → ${f.load[1].toFixed(1)}\n`
    + `  /api/health: ${h.length} probes, p50 ${ms(percentile(h, 50))} ms, p99 ${ms(percentile(h, 99))} ms, max ${ms(max)} ms (target < ${HEALTH_TARGET_MS} ms)\n`
    + `  server event-loop delay: p50 ${ms(f.loop?.p50)} ms, p99 ${ms(f.loop?.p99)} ms, max ${ms(f.loop?.max)} ms\n`
    + `  server memory: peak ${f.peakRssMb.toFixed(0)} MB resident\n`;
  const problems: string[] = [];
  if (!(max < HEALTH_TARGET_MS)) problems.push(`/api/health took ${ms(max)} ms during the hostile uploads (target < ${HEALTH_TARGET_MS} ms; load average ${f.load[1].toFixed(1)})`);
  if (f.statuses.some((s) => s >= 500)) problems.push(`an upload got ${f.statuses.find((s) => s >= 500)} (599: no answer)`);
  problems.push(...new Set(f.healthFailures));
  return { text, problems };
}
