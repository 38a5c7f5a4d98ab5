/**
 * `npm run load [-- --duration 60]` (`-- --hostile-uploads 8`, or `--uploads`: health and the server's event-loop delay
 * during 8 hostile uploads at once, see load/uploads.ts): starts the real server on a free loopback port with a new database, sends
 * mixed traffic for the duration (evaluations, scenario edits, reads, and 4 solves kept in flight), prints
 * requests/s and latencies per kind, checks the server is healthy and every acknowledged edit was stored, and
 * exits 1 on any answer that is not 2xx/4xx (5xx, socket error, timeout) or a failed check.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { quickScenario } from './load/scenario.ts';
import { startServer } from './load/server.ts';
import { LOOP_MONITOR, measureHostileUploads, reportHostileUploads } from './load/uploads.ts';
import { keepSolving, timed } from './load/solves.ts';
import { count, failures, merge, newTally, percentile, table, type Tally } from './load/stats.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number, got "${process.argv[i + 1]}"`);
  return value;
}

const duration = option('duration', 60); // s
const inFlight = option('solves', 4);
/** A shipped scenario that solves in a few seconds (integer, minimum cost, one target). */
const SOLVED = 'scenarios/mincost-year3.yaml';
const TIMEOUT = 10; // s, per request

interface Kind { name: string; connections: number; requests: autocannon.Request[] }

/** Runs one autocannon instance; every answer's status and time go to `tally`. */
function cannon(base: string, kind: Kind, tally: Tally): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: base, connections: kind.connections, duration, timeout: TIMEOUT, requests: kind.requests }, (err, result) => (err ? reject(err) : resolve(result)));
    instance.on('response', (_client, status, _bytes, ms) => count(tally, status, ms));
  });
}

/**
 * Every acknowledged version is stored with its text; besides version 1, the only other versions are edits
 * whose answer was still on the way when autocannon stopped (at most one per connection).
 */
async function checkVersions(base: string, id: number, acknowledged: Map<number, string>, sent: number, connections: number): Promise<string[]> {
  const problems: string[] = [];
  const tally = newTally();
  const versions = ((await timed(tally, `${base}/api/scenarios/${id}/versions`))?.body ?? []) as { version: number }[];
  let differing = 0;
  for (const [version, text] of acknowledged) {
    const stored = await timed(tally, `${base}/api/scenarios/${id}/versions/${version}`);
    if (stored?.status !== 200 || (stored.body as { text: string }).text !== text) differing += 1;
  }
  const unanswered = versions.length - 1 - acknowledged.size;
  process.stdout.write(`scenario edits: ${sent} sent, ${acknowledged.size} acknowledged, ${versions.length} versions stored `
    + `(version 1, the acknowledged ones and ${unanswered} whose answer was in flight at the end); ${differing} acknowledged version(s) missing or different\n`);
  if (differing > 0) problems.push(`${differing} acknowledged version(s) of scenario ${id} are missing or differ`);
  if (unanswered < 0 || unanswered > connections) problems.push(`scenario ${id} has ${versions.length} versions for ${acknowledged.size} acknowledged edits`);
  if (versions.some((v, i) => v.version !== i + 1)) problems.push(`the versions of scenario ${id} are not 1..${versions.length}`);
  if (failures(tally) > 0) problems.push('reading the versions back failed');
  return problems;
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'junheng-load-'));
  const hostile = process.argv.includes('--hostile-uploads') ? option('hostile-uploads', 8) : process.argv.includes('--uploads') ? 8 : 0;
  const server = await startServer(join(dir, 'junheng.db'), {}, 30_000, hostile > 0 ? [LOOP_MONITOR] : []);
  const problems: string[] = [];
  if (hostile > 0) {
    try {
      const report = reportHostileUploads(await measureHostileUploads(server, Math.round(hostile)));
      process.stdout.write(report.text);
      problems.push(...report.problems);
    } catch (e) {
      problems.push(`${(e as Error).message}\n${server.output().slice(-2000)}`);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    for (const p of problems) process.stderr.write(`load: ${p}\n`);
    process.stdout.write(problems.length === 0 ? 'load: ok\n' : 'load: FAILED\n');
    return problems.length === 0 ? 0 : 1;
  }
  try {
    const base = server.base;
    const setup = newTally();
    const datasets = (await timed(setup, `${base}/api/datasets`))?.body as { id: number }[];
    const datasetId = datasets[0]!.id;
    const create = async (text: string): Promise<number> => {
      const res = await timed(setup, `${base}/api/scenarios`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: text });
      if (res?.status !== 201) throw new Error(`could not create a scenario: ${JSON.stringify(res)}`);
      return (res.body as { id: number }).id;
    };
    const editedId = await create(quickScenario('load: edited'));
    const solvedId = await create(readFileSync(SOLVED, 'utf8'));

    let edits = 0;
    /** version → text of every acknowledged PUT */
    const acknowledged = new Map<number, string>();
    const kinds: Kind[] = [
      { name: 'evaluations', connections: 4, requests: [
        { method: 'GET', path: `/api/datasets/${datasetId}/evaluation` },
        { method: 'GET', path: `/api/datasets/${datasetId}` },
      ] },
      { name: 'scenario edits', connections: 2, requests: [
        {
          method: 'PUT', path: `/api/scenarios/${editedId}`, headers: { 'content-type': 'application/yaml' },
          setupRequest: (req) => {
            edits += 1;
            return { ...req, body: quickScenario(`load: edit ${edits}`, 10_000_000 + edits) };
          },
          onResponse: (status, body) => {
            if (status !== 200) return;
            const stored = JSON.parse(body) as { version: number; text: string };
            acknowledged.set(stored.version, stored.text);
          },
        },
        { method: 'GET', path: `/api/scenarios/${editedId}/versions` },
      ] },
      { name: 'reads', connections: 4, requests: [
        { method: 'GET', path: '/api/runs' },
        { method: 'GET', path: '/api/scenarios' },
      ] },
    ];
    const tallies = kinds.map(() => newTally());
    const solveTally = newTally();
    process.stdout.write(`load: ${duration} s against ${base}: ${kinds.map((k) => `${k.name} (${k.connections} connections)`).join(', ')}, ${inFlight} solves in flight\n`);
    const started = performance.now();
    const solving = keepSolving(base, { datasetId, scenarioId: solvedId }, inFlight, Date.now() + duration * 1000, solveTally)
      .then((outcomes) => ({ outcomes, seconds: (performance.now() - started) / 1000 }));
    const results = await Promise.all(kinds.map((k, i) => cannon(base, k, tallies[i]!)));
    const solved = await solving;
    results.forEach((r, i) => {
      tallies[i]!.errors += r.errors - r.timeouts; // autocannon counts a timeout as an error too
      tallies[i]!.timeouts += r.timeouts;
    });

    const rows = [...kinds.map((k, i) => ({ kind: k.name, tally: tallies[i]!, seconds: duration })), { kind: 'solves (POST + polls)', tally: solveTally, seconds: solved.seconds }];
    const overall = merge(rows.map((r) => r.tally));
    process.stdout.write(`\n${table([...rows, { kind: 'overall', tally: overall, seconds: Math.max(duration, solved.seconds) }])}\n`);

    const done = solved.outcomes.filter((o) => o.status === 'done');
    const solveSeconds = done.map((o) => o.solveSeconds).sort((a, b) => a - b);
    const queuedSeconds = solved.outcomes.map((o) => o.queuedSeconds).sort((a, b) => a - b);
    const fmt = (v: number): string => v.toFixed(2);
    process.stdout.write(`\nsolves: ${solved.outcomes.length} finished (${done.length} done${solved.outcomes.length > done.length ? `, ${solved.outcomes.filter((o) => o.status !== 'done').map((o) => `run ${o.id} ${o.status}`).join(', ')}` : ''}); `
      + `solve time min/p50/max ${fmt(solveSeconds[0] ?? NaN)}/${fmt(percentile(solveSeconds, 50))}/${fmt(solveSeconds.at(-1) ?? NaN)} s; `
      + `queue wait p50/max ${fmt(percentile(queuedSeconds, 50))}/${fmt(queuedSeconds.at(-1) ?? NaN)} s\n`);
    if (done.length < solved.outcomes.length) problems.push(`${solved.outcomes.length - done.length} solve(s) did not end done`);
    if (done.length === 0) problems.push('no solve finished');

    const bad = failures(overall) + failures(setup);
    if (bad > 0) problems.push(`${bad} answer(s) neither 2xx nor 4xx (5xx ${overall['5xx']}, other ${overall.other}, errors ${overall.errors}, timeouts ${overall.timeouts})`);
    const health = await timed(setup, `${base}/api/health`);
    if (health?.status !== 200) problems.push(`the server is not healthy after the load: ${JSON.stringify(health)}`);
    problems.push(...await checkVersions(base, editedId, acknowledged, edits, kinds[1]!.connections));
  } finally {
    const code = await server.stop();
    if (code !== 0) problems.push(`the server exited with ${code} on SIGTERM:\n${server.output().slice(-2000)}`);
    rmSync(dir, { recursive: true, force: true });
  }
  for (const p of problems) process.stderr.write(`load: ${p}\n`);
  process.stdout.write(problems.length === 0 ? 'load: ok\n' : 'load: FAILED\n');
  return problems.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e: unknown) => {
  process.stderr.write(`load: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
