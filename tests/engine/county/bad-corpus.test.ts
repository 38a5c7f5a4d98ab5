/** Every file of the bad-input corpus through the engine: the importer and the scenario parser. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCounty, MAX_COUNTY_FILE_BYTES } from '../../../engine/county/import.ts';
import { checkZip, readCentralDirectory } from '../../../engine/county/zip-guard.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { ScenarioError } from '../../../engine/scenario/resolve.ts';
import { casePath, CORPUS, countyCases, HUGE_FILE, makeHugeFile, scenarioCases, type CountyCase } from '../../fixtures/bad/corpus.ts';

let huge: ReturnType<typeof makeHugeFile>;
beforeAll(() => { huge = makeHugeFile(); });
afterAll(() => huge.cleanup());

/** The one error the case points at: every location field it gives must match. */
function pointedError(c: CountyCase, errors: { row?: number; column?: string; cell?: string; value?: string; message: string }[]) {
  return errors.find((e) =>
    (c.row === undefined || e.row === c.row) && (c.column === undefined || e.column === c.column) &&
    (c.cell === undefined || e.cell === c.cell) && (c.value === undefined || e.value === c.value) &&
    (c.message === undefined || e.message.toLowerCase().includes(c.message.toLowerCase())));
}

describe('bad-input corpus: manifest', () => {
  it('lists at least 30 files, each committed or generated, and the README names every one', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    const readme = readFileSync('tests/fixtures/bad/README.md', 'utf8');
    for (const c of CORPUS) {
      expect(readme, c.file).toContain(`\`${c.file}\``);
      if (!c.generated) expect(() => readFileSync(casePath(c)), c.file).not.toThrow();
    }
    expect(CORPUS.filter((c) => c.generated).map((c) => c.file)).toEqual([HUGE_FILE]);
  });
});

describe('bad-input corpus: county importer', () => {
  for (const c of countyCases()) {
    it(`${c.file}: ${c.outcome}`, async () => {
      const bytes = readFileSync(casePath(c, huge?.path));
      const result = await importCounty(bytes, { fileName: c.file });
      if (c.outcome === 'error') {
        expect(result.status, JSON.stringify(result).slice(0, 400)).toBe('error');
        if (result.status !== 'error') return;
        const codes = result.errors.map((e) => e.code);
        for (const code of c.codes ?? []) expect(codes, c.file).toContain(code);
        for (const e of result.errors) expect(e.file.startsWith(c.file), e.file).toBe(true);
        expect(pointedError(c, result.errors), JSON.stringify(result.errors)).toBeDefined();
        if (c.row !== undefined) expect(result.errors.every((e) => e.row !== undefined || e.code === 'missing-junior-students')).toBe(true);
        return;
      }
      expect(result.status, JSON.stringify(result).slice(0, 600)).toBe('ok');
      if (result.status !== 'ok') return;
      expect(result.value.schools).toHaveLength(c.schools!);
      const warningCodes = result.warnings.map((w) => w.code);
      if (c.outcome === 'ok') expect(warningCodes).toEqual([]);
      else for (const code of c.codes!) expect(warningCodes).toContain(code);
      if (c.school) expect(result.value.schools.find((s) => s.id === c.school!.id)).toMatchObject(c.school);
    });
  }

  it('refuses the zip bombs in bounded time and memory', async () => {
    for (const file of ['zip-bomb.xlsx', 'zip-bomb-lying-sizes.xlsx']) {
      const bytes = readFileSync(`tests/fixtures/bad/${file}`);
      const before = process.memoryUsage();
      const started = performance.now();
      const result = await importCounty(bytes, { fileName: file });
      const ms = performance.now() - started;
      const grown = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - before.heapUsed - before.arrayBuffers;
      expect(result.status === 'error' && result.errors[0]!.code).toBe('too-large');
      expect(ms, file).toBeLessThan(5000);
      expect(grown, file).toBeLessThan(150 * 1024 * 1024); // bytes; the bomb would take 1 GB
    }
  });

  it('reads the central directory of the bomb without unpacking it, and passes an ordinary workbook', async () => {
    const entries = readCentralDirectory(readFileSync('tests/fixtures/bad/zip-bomb.xlsx'));
    expect(Array.isArray(entries) && entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!.uncompressedSize).toBeGreaterThan(1e9);
    expect(await checkZip(readFileSync('data/sample-county.xlsx'))).toBeUndefined();
    expect(await checkZip(readFileSync('tests/fixtures/bad/truncated.xlsx'))).toMatchObject({ kind: 'unreadable' });
  });

  it('refuses a file over the size limit before decoding it', async () => {
    const result = await importCounty(new Uint8Array(MAX_COUNTY_FILE_BYTES + 1), { fileName: 'big.csv' });
    expect(result.status === 'error' && result.errors[0]).toMatchObject({ code: 'too-large', file: 'big.csv' });
  });
});

describe('files under the size limit built to exhaust memory or time', () => {
  const HEADER = 'id,name,level,students,classes,degree_teachers,backbone_teachers,pe_art_teachers,teaching_area_m2,sports_area_m2,equipment_value_yuan,multimedia_rooms\n';
  const MB19 = 19 * 1024 * 1024; // bytes, under the 20 MB limit
  const cases: [string, () => string, string, string][] = [
    ['blank-lines.csv', () => HEADER + '\n'.repeat(MB19), 'no-data-rows', 'no school rows'],
    ['empty-cells.csv', () => HEADER + ',,,,,,,,,,,\r\n'.repeat(MB19 / 13), 'no-data-rows', 'no school rows'],
    ['one-wide-row.csv', () => HEADER + 'x,'.repeat(MB19 / 2), 'too-large', 'column limit'],
    ['many-rows.csv', () => HEADER + 'S,学校,primary,1,1,1,1,1,1,1,1,1\n'.repeat(60_000), 'too-large', 'one row per school'],
    ['all-wrong.csv', () => HEADER + 'x,y,高中,a,b,c,d,e,f,g,h,i\n'.repeat(40_000), 'too-many-problems', 'reading stopped'],
    ['open-quote.csv', () => `${HEADER}S1,"${'a'.repeat(MB19)}`, 'unclosed-quote', 'closing'],
    ['distinct-keys.json', () => JSON.stringify(Array.from({ length: 400_000 }, (_, i) => ({ [`k${i}`]: 1 }))), 'too-large', 'different keys'],
  ];
  for (const [file, make, code, fragment] of cases) {
    it(`${file}: ${code}, quickly`, async () => {
      const bytes = new TextEncoder().encode(make());
      const started = performance.now();
      const result = await importCounty(bytes, { fileName: file });
      expect(performance.now() - started).toBeLessThan(10_000); // ms; about 1 s alone, several on a loaded machine
      expect(result.status).toBe('error');
      if (result.status !== 'error') return;
      expect(result.errors.length).toBeLessThanOrEqual(220);
      const issue = result.errors.find((e) => e.code === code);
      expect(issue?.message, JSON.stringify(result.errors.slice(0, 2))).toContain(fragment);
    }, 20_000);
  }
});

describe('bad-input corpus: scenario parser', () => {
  for (const c of scenarioCases()) {
    it(`${c.file}: ${c.outcome}`, () => {
      const text = readFileSync(casePath(c), 'utf8');
      if (c.outcome === 'ok') {
        expect(parseScenarioText(text, c.file).scenario.name).toBeTypeOf('string');
        return;
      }
      let error: unknown;
      try {
        parseScenarioText(text, c.file);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ScenarioError);
      const problems = (error as ScenarioError).problems;
      expect((error as Error).message).toContain(c.file);
      if (c.path !== undefined) expect(problems.map((p) => p.path), JSON.stringify(problems)).toContain(c.path);
      if (c.message) expect(problems.some((p) => p.message.toLowerCase().includes(c.message!.toLowerCase())), JSON.stringify(problems)).toBe(true);
      if (c.line) expect(problems.map((p) => p.line)).toContain(c.line);
    });
  }
});
