/**
 * The bad-input corpus through the CLI: every file in-process through main() (`evaluate FILE --json`,
 * `solve data/sample-county.csv SCENARIO --json`), and a sample of them through the real binary.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../engine/cli/main.ts';
import { readScenario } from '../../../engine/cli/read-scenario.ts';
import { casePath, CORPUS, countyCases, makeHugeFile, scenarioCases, type CorpusCase } from '../../fixtures/bad/corpus.ts';
import { junheng } from './run-cli.ts';

let huge: ReturnType<typeof makeHugeFile>;
beforeAll(() => { huge = makeHugeFile(); });
afterAll(() => huge.cleanup());

const SAMPLE = 'data/sample-county.csv';

function argsFor(c: CorpusCase): string[] {
  const path = casePath(c, huge.path);
  return c.kind === 'county' ? ['evaluate', path, '--json'] : ['solve', SAMPLE, path, '--json', '--no-shadow-prices'];
}

async function runInProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'junheng', ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** What stderr must say for an error case: the file, and the row and column (or the field) it names. */
function expectNamed(c: CorpusCase, stderr: string): void {
  expect(stderr).toContain(c.file);
  expect(stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
  if (c.kind === 'county') {
    if (c.row !== undefined) expect(stderr).toContain(`row ${c.row}`);
    if (c.column !== undefined) expect(stderr).toContain(`column ${c.column}`);
    if (c.cell !== undefined) expect(stderr).toContain(`(${c.cell})`);
    if (c.message !== undefined) expect(stderr.toLowerCase()).toContain(c.message.toLowerCase());
  } else {
    if (c.path !== undefined) expect(stderr).toContain(c.path);
    if (c.line !== undefined) expect(stderr).toContain(`line ${c.line}`);
    if (c.message !== undefined) expect(stderr.toLowerCase()).toContain(c.message.toLowerCase());
  }
}

describe('bad-input corpus: CLI in process', () => {
  for (const c of [...countyCases(), ...scenarioCases()]) {
    it(`${c.file}: ${c.outcome === 'error' ? 'exit 2 naming the problem' : 'exit 0'}`, async () => {
      const r = await runInProcess(argsFor(c));
      if (c.outcome === 'error') {
        expect(r.code, r.stderr).toBe(2);
        expect(r.stdout).toBe('');
        expectNamed(c, r.stderr);
        return;
      }
      expect(r.code, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout) as Record<string, unknown>;
      if (c.kind === 'county') {
        expect((json.warnings as { code: string }[]).map((w) => w.code)).toEqual(c.outcome === 'ok' ? [] : expect.arrayContaining(c.codes!));
      } else expect(json).toHaveProperty('status');
    }, 30_000);
  }
});

describe('scenario files as editors save them', () => {
  it('reads UTF-16 (with BOM) and GBK scenarios as their text; refuses one over the size limit before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'junheng-scenario-'));
    try {
      const text = readFileSync('scenarios/baseline.yaml', 'utf8');
      const files = {
        'utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]),
        'gbk.yaml': iconv.encode(text, 'gbk'),
      };
      for (const [name, bytes] of Object.entries(files)) {
        writeFileSync(join(dir, name), bytes);
        expect((await readScenario(join(dir, name))).scenario.name, name).toBe('基线方案 baseline');
      }
      writeFileSync(join(dir, 'huge.yaml'), Buffer.alloc(5 * 1024 * 1024, 0x20));
      await expect(readScenario(join(dir, 'huge.yaml'))).rejects.toThrow(/huge\.yaml: the scenario is 5\.0 MB/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('standard ids that are Object.prototype keys', () => {
  it('evaluate --standard constructor (or __proto__, toString) exits 2 naming the standard', async () => {
    for (const key of ['constructor', '__proto__', 'toString']) {
      const r = await runInProcess(['evaluate', SAMPLE, '--standard', key]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`unknown standard "${key}"`);
    }
  });
});

/** One of each kind of failure: encoding, cell, container, bomb, size, scenario. */
const SPAWNED = ['gbk-bad-value.csv', 'unclosed-quote.csv', 'dates-in-numbers.xlsx', 'zip-bomb.xlsx', 'huge-50mb.csv', 'wrong-types.json', 'alias-bomb.yaml', 'unknown-keys.yaml'];

describe('bad-input corpus: the junheng binary', () => {
  it(`exits 2 with the problem on stderr for ${SPAWNED.length} files, two at a time`, async () => {
    const cases = SPAWNED.map((file) => CORPUS.find((c) => c.file === file)!);
    const results: { code: number; stdout: string; stderr: string }[] = [];
    for (let i = 0; i < cases.length; i += 2) {
      results.push(...await Promise.all(cases.slice(i, i + 2).map((c) => junheng(...argsFor(c)))));
    }
    cases.forEach((c, i) => {
      expect(results[i]!.code, `${c.file}: ${results[i]!.stderr}`).toBe(2);
      expectNamed(c, results[i]!.stderr);
    });
  }, 120_000);
});
