/**
 * `npm run load -- --uploads`: 8 hostile uploads at once (4 workbooks of a million empty rows, 4 JSON bodies of
 * about 19 MB) while /api/health is asked every 20 ms; prints the health latencies and the server's peak memory.
 * Uploads are parsed in the server's import threads, so health must stay under 100 ms (issue 16).
 */
import { readFileSync } from 'node:fs';
import { millionEmptyRows } from '../../tests/fixtures/hostile/xlsx.ts';

export const HEALTH_TARGET_MS = 100;

/** About 19 MB of JSON: a county of 60,000 schools (past the 50,000-row cap, so refused after parsing). */
function hugeCountyJson(): Buffer {
  const sample = JSON.parse(readFileSync('data/sample-county.json', 'utf8')) as { schools: Record<string, unknown>[] };
  const school = sample.schools[0]!;
  const schools = Array.from({ length: 60_000 }, (_, i) => ({ ...school, id: `L${i}`, name: `学校${i}` }));
  return Buffer.from(JSON.stringify({ ...sample, schools }));
}

function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

export async function measureHostileUploads(base: string, pid: number): Promise<{ latencies: number[]; peakRssMb: number; statuses: number[] }> {
  const xlsx = new Uint8Array(millionEmptyRows());
  const json = new Uint8Array(hugeCountyJson());
  const uploads = [
    ...Array.from({ length: 4 }, () => {
      const form = new FormData();
      form.append('file', new Blob([xlsx]), 'rows.xlsx');
      return () => fetch(`${base}/api/datasets`, { method: 'POST', body: form });
    }),
    ...Array.from({ length: 4 }, () => () => fetch(`${base}/api/datasets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json })),
  ];
  const latencies: number[] = [];
  let peakRssMb = rssMb(pid);
  let done = false;
  let failure: string | undefined;
  const probing = (async () => {
    while (!done) {
      const t0 = performance.now();
      const ok = await fetch(`${base}/api/health`).then((r) => r.arrayBuffer()).then(() => true, (e: unknown) => { failure = `/api/health failed during the uploads: ${String((e as Error).cause ?? e)}`; return false; });
      if (!ok) break;
      latencies.push(performance.now() - t0);
      peakRssMb = Math.max(peakRssMb, rssMb(pid));
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const statuses = await Promise.all(uploads.map(async (send) => (await send().catch(() => ({ status: 599 }))).status));
  done = true;
  await probing;
  if (failure) throw new Error(failure);
  return { latencies, peakRssMb, statuses };
}
