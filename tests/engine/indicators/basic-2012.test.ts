/**
 * Basic balance (教督〔2012〕3号): a county passes only when every school meets the provincial school basic
 * standard (data in the standard; national floors by default: teachers per 100 students 100/19 = 5.26 primary,
 * books 25 per primary student) and the composite coefficient is within 0.65 / 0.55.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCounty } from '../../../engine/indicators/evaluate.ts';
import { evaluationReport } from '../../../engine/report/evaluation-report.ts';
import { basic2012 } from '../../../engine/standards/basic-2012.ts';
import { loadStandardFile } from '../../../engine/standards/index.ts';
import { county, school } from '../helpers.ts';

const full = (id: string, teachers: number, books: number) =>
  school(id, { students: 400, resources: { teachers, seniorTitleTeachers: 12, computers: 40, books } });

describe('basic-2012 verdict', () => {
  it('fails a county with equal schools when one school is below the basic standard', () => {
    // A: 22 teachers / 400 · 100 = 5.5 ≥ 5.26, books 12,000 / 400 = 30 ≥ 25 → meets.
    // B: 20 teachers / 400 · 100 = 5.0 < 5.26 → fails the basic standard although every coefficient is small.
    const ev = evaluateCounty(county([full('A', 22, 12_000), full('B', 20, 12_000)]), basic2012);
    expect(ev.levels.primary.composite!).toBeLessThan(0.65);
    expect(ev.levels.primary.passes).toBe(true);
    const b = ev.schools[1]!.conditions.find((c) => c.key === 'basicStandard')!;
    expect(b).toMatchObject({ value: 1, limit: 2, meets: false, failing: ['teachers'] });
    expect(ev.county.conditions).toEqual([expect.objectContaining({ key: 'basicStandard', failing: ['B'], meets: false })]);
    expect(ev.county.passes).toBe(false);
    const both = evaluateCounty(county([full('A', 22, 12_000), full('B', 22, 10_000)]), basic2012);
    expect(both.county.passes).toBe(true); // 10,000 / 400 = 25 books: exactly the floor
  });

  it('never prints 优质均衡 under the 2012 standard', () => {
    const ev = evaluateCounty(county([full('A', 22, 12_000), full('B', 22, 12_000)]), basic2012);
    for (const lang of ['zh-CN', 'en'] as const) expect(evaluationReport(ev, basic2012, lang)).not.toMatch(/优质均衡|high-quality/i);
  });

  it('takes a province\'s basic standard from a variant file', () => {
    // The province sets computers ≥ 12 per 100 primary students: 40 / 400 · 100 = 10 < 12 → fails.
    const std = loadStandardFile({ id: 'x', extends: 'basic-2012', source: 'test province', basicStandard: { source: '某省办学基本标准', thresholds: { computers: { primary: 12, junior: 15 } } } }, 'x.json');
    const ev = evaluateCounty(county([full('A', 22, 12_000)]), std);
    expect(ev.schools[0]!.conditions[0]).toMatchObject({ key: 'basicStandard', meets: false, failing: ['computers'] });
    expect(() => loadStandardFile({ id: 'y', extends: 'basic-2012', source: 's', basicStandard: { source: 's', thresholds: { nope: { primary: 1, junior: 1 } } } }, 'y.json'))
      .toThrow(/basicStandard\/thresholds\/nope/);
  });
});
