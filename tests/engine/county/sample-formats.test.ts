import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCounty } from '../../../engine/county/import.ts';
import { decodeText } from '../../../engine/county/decode.ts';
import { evaluateCounty } from '../../../engine/indicators/evaluate.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';

const FILES = ['sample-county.csv', 'sample-county-gbk.csv', 'sample-county-bom.csv', 'sample-county.xlsx', 'sample-county.json'];

async function evaluationOf(name: string) {
  const r = await importCounty(readFileSync(`data/${name}`), { fileName: name });
  if (r.status !== 'ok') throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  const { source: _source, ...rest } = evaluateCounty(r.value, quality2017);
  return { rest, schools: r.value.schools.map(({ row: _row, extra: _extra, ...s }) => s) };
}

describe('the sample county in every shipped format', () => {
  it('is stored in the encodings it claims', () => {
    expect(decodeText(readFileSync('data/sample-county-gbk.csv')).encoding).toBe('gb18030');
    expect(decodeText(readFileSync('data/sample-county-bom.csv')).encoding).toBe('utf-8-bom');
    expect(decodeText(readFileSync('data/sample-county.csv')).encoding).toBe('utf-8');
  });

  it('gives identical data and evaluations from UTF-8, GBK, BOM, XLSX and JSON', async () => {
    const [first, ...others] = await Promise.all(FILES.map(evaluationOf));
    expect(first!.schools.length).toBeGreaterThanOrEqual(38);
    for (const other of others) {
      expect(other.schools).toEqual(first!.schools);
      expect(other.rest).toEqual(first!.rest);
    }
  });

  it('fails the standard in the typical ways', async () => {
    const { rest } = await evaluationOf('sample-county.csv');
    const rural = rest.schools.filter((s) => s.location === 'rural' && !s.excluded);
    const short = (key: string) => rural.filter((s) => s.meets[key] === false).length;
    for (const key of ['backboneTeachers', 'peArtTeachers', 'sportsArea', 'multimediaRooms']) expect(short(key)).toBeGreaterThan(0);
    expect(rest.levels.primary.failing.length).toBeGreaterThan(0);
    expect(rest.county.passes).toBe(false);
    expect(rest.county.schoolsExcluded).toBeGreaterThan(0);
    expect(rest.schools.filter((s) => s.schoolLevel === 'nine-year').length).toBe(4);
  });
});
