import { describe, expect, it } from 'vitest';
import { compareRuns, runFigures } from '../../../engine/compare/compare.ts';
import { comparisonTable } from '../../../engine/report/comparison-report.ts';
import type { SolveReport, YearSummary } from '../../../engine/optimize/solve-report.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { displayWidth } from '../../../engine/report/text-table.ts';

type YearInput = { year: number; passing: number; spend: Partial<YearSummary['spend']>; cv?: Partial<YearSummary['cv']>; budget?: number };

function year(y: YearInput): YearSummary {
  const spend = { construction: 0, equipment: 0, multimedia: 0, hiring: 0, upgrades: 0, rotation: 0, ...y.spend };
  const total = spend.construction + spend.equipment + spend.multimedia + spend.hiring + spend.upgrades + spend.rotation;
  return {
    year: y.year, budget: y.budget ?? 10_000_000, available: y.budget ?? 10_000_000,
    spend: { ...spend, total },
    cv: { primary: { backboneTeachers: 0.5, sportsArea: 0.2 }, junior: { backboneTeachers: 0.1, sportsArea: 0.3 }, ...y.cv },
    schoolsPassing: y.passing, schoolsTotal: 38, floor: 0.8, countyPasses: false,
  };
}

function report(name: string, years: YearSummary[], status: SolveReport['status'] = 'optimal'): SolveReport {
  return {
    status, method: years.length > 0 ? 'mip' : 'none', scenario: name,
    objective: { kind: 'floor', value: years.length > 0 ? 0.8 : null, unit: 'ratio' },
    years, actions: [], rotations: [], pairing: { method: 'id-order', note: '', noteZh: '' }, shadowPrices: [],
    model: { rows: 10, columns: 10, integers: 0, buildSeconds: 0, solveSeconds: 0, solver: 'test' },
    values: [], notes: [],
  };
}

const baseFile: ScenarioFile = {
  name: '基线方案 baseline', description: 'base',
  budget: { perYear: [10_000_000, 10_000_000, 10_000_000] },
  objective: { kind: 'floor', targets: [0.4, 0.8, 1] },
};
const frontFile: ScenarioFile = {
  ...baseFile, name: '前重后轻 front-loaded', description: 'front',
  budget: { perYear: [15_000_000, 9_000_000, 6_000_000] },
  policy: { rotation: { minShare: 0.15 } },
};

const baseReport = report('baseline', [
  year({ year: 2026, passing: 16, spend: { construction: 7_000_000, hiring: 800_000 } }),
  year({ year: 2027, passing: 31, spend: { equipment: 800_000, hiring: 4_000_000 } }),
  year({ year: 2028, passing: 38, spend: { hiring: 7_000_000, rotation: 300_000 } }),
]);
const frontReport = report('front', [
  year({ year: 2026, passing: 18, budget: 15_000_000, spend: { construction: 12_000_000, hiring: 800_000 } }),
  year({ year: 2027, passing: 33, budget: 9_000_000, spend: { hiring: 5_000_000 }, cv: { primary: { backboneTeachers: 0.45, sportsArea: 0.25 } } }),
  year({ year: 2028, passing: 38, budget: 6_000_000, spend: { hiring: 5_000_000 }, cv: { primary: { backboneTeachers: 0.4, sportsArea: 0.2 }, junior: { backboneTeachers: 0.1, sportsArea: 0.35 } } }),
]);

describe('compareRuns', () => {
  const c = compareRuns([{ scenario: baseFile, report: baseReport }, { scenario: frontFile, report: frontReport }]);
  const [base, front] = c.runs;

  it('needs at least two runs', () => {
    expect(() => compareRuns([{ scenario: baseFile, report: baseReport }])).toThrow(/at least two runs/);
  });

  it('collects per-year coefficients, passing schools and spend by category', () => {
    expect(c.baseline).toBe('基线方案 baseline');
    expect(c.years).toEqual([2026, 2027, 2028]);
    expect(c.indicators).toEqual({ primary: ['backboneTeachers', 'sportsArea'], junior: ['backboneTeachers', 'sportsArea'] });
    const y = front!.figures.years[1]!;
    expect(y).toMatchObject({ year: 2027, schoolsPassing: 33, schoolsTotal: 38, budget: 9_000_000 });
    expect(y.cv.primary).toEqual({ backboneTeachers: 0.45, sportsArea: 0.25 });
    expect(y.spend).toEqual({ construction: 0, equipment: 0, multimedia: 0, hiring: 5_000_000, upgrades: 0, rotation: 0, total: 5_000_000 });
  });

  it('adds up totals over the plan and takes passing schools and the largest coefficient from the final year', () => {
    expect(base!.figures.totals).toEqual({
      spend: { construction: 7_000_000, equipment: 800_000, multimedia: 0, hiring: 11_800_000, upgrades: 0, rotation: 300_000, total: 19_900_000 },
      budget: 30_000_000, schoolsPassing: 38, schoolsTotal: 38, maxCv: 0.5,
    });
    expect(front!.figures.totals.maxCv).toBe(0.4);
    expect(front!.figures.totals.spend.total).toBe(22_800_000);
  });

  it('gives differences from the baseline in the same shape, and zeros for the baseline', () => {
    expect(front!.delta.totals.spend.total).toBe(2_900_000);
    expect(front!.delta.totals.spend.construction).toBe(5_000_000);
    expect(front!.delta.totals.budget).toBe(0);
    expect(front!.delta.totals.schoolsPassing).toBe(0);
    expect(front!.delta.totals.maxCv).toBeCloseTo(-0.1, 12);
    expect(front!.delta.years.map((y) => y.schoolsPassing)).toEqual([2, 2, 0]);
    expect(front!.delta.years[0]!.budget).toBe(5_000_000);
    expect(front!.delta.years[1]!.cv.primary.backboneTeachers).toBeCloseTo(-0.05, 12);
    expect(front!.delta.years[2]!.cv.junior.sportsArea).toBeCloseTo(0.05, 12);
    expect(Object.keys(front!.delta.years[0]!)).toEqual(Object.keys(front!.figures.years[0]!));
    expect(base!.delta.totals.spend.total).toBe(0);
    expect(base!.delta.years.every((y) => y.schoolsPassing === 0 && y.spend.total === 0)).toBe(true);
  });

  it('lists the scenario fields that differ from the baseline, with both values', () => {
    expect(base!.scenarioDiff).toEqual([]);
    expect(front!.scenarioDiff).toEqual([
      { path: '/budget/perYear', change: 'changed', baseline: [10_000_000, 10_000_000, 10_000_000], value: [15_000_000, 9_000_000, 6_000_000] },
      { path: '/policy/rotation/minShare', change: 'added', baseline: undefined, value: 0.15 },
    ]);
  });

  it('matches years by calendar year and leaves missing counterparts null', () => {
    const later = report('later', [
      year({ year: 2027, passing: 20, spend: { hiring: 1_000_000 } }),
      year({ year: 2028, passing: 30, spend: {} }),
      year({ year: 2029, passing: 38, spend: {} }),
    ]);
    const r = compareRuns([{ scenario: baseFile, report: baseReport }, { scenario: { ...baseFile, horizon: [2027, 2028, 2029] }, report: later }]);
    expect(r.years).toEqual([2026, 2027, 2028, 2029]);
    const d = r.runs[1]!.delta.years;
    expect(d.map((y) => y.year)).toEqual([2027, 2028, 2029]);
    expect(d[0]!.schoolsPassing).toBe(-11);
    expect(d[2]!.schoolsPassing).toBeNull();
    expect(d[2]!.spend.total).toBeNull();
    expect(d[2]!.cv.primary.backboneTeachers).toBeNull();
    expect(r.runs[1]!.scenarioDiff).toEqual([{ path: '/horizon', change: 'added', baseline: undefined, value: [2027, 2028, 2029] }]);
  });

  it('keeps a run without a plan, with null figures', () => {
    const none = report('infeasible', [], 'infeasible');
    const r = compareRuns([{ scenario: baseFile, report: baseReport }, { scenario: { ...baseFile, name: 'x' }, report: none }]);
    const run = r.runs[1]!;
    expect(run.status).toBe('infeasible');
    expect(run.figures.years).toEqual([]);
    expect(run.figures.totals).toMatchObject({ budget: null, schoolsPassing: null, maxCv: null });
    expect(run.delta.totals.spend.total).toBeNull();
    expect(run.scenarioDiff).toEqual([]);
  });

  it('treats non-finite coefficients as missing', () => {
    const odd = report('odd', [year({ year: 2026, passing: 1, spend: {}, cv: { junior: { backboneTeachers: Number.NaN } } })]);
    const f = runFigures(odd);
    expect(f.years[0]!.cv.junior.backboneTeachers).toBeNull();
    expect(f.totals.maxCv).toBe(0.5);
  });
});

describe('comparisonTable', () => {
  const runs = [{ scenario: baseFile, report: baseReport }, { scenario: frontFile, report: frontReport }, { scenario: { ...baseFile, name: '不可行 infeasible' }, report: report('x', [], 'infeasible') }];
  const c = compareRuns(runs);

  it('shows names, statuses, money, passing schools, coefficients and differing fields in English', () => {
    const text = comparisonTable(c, 'en');
    expect(text).toContain('Scenario comparison — baseline: 基线方案 baseline');
    expect(text).toMatch(/前重后轻 front-loaded\s+optimal\s+30\.00\s+22\.80\s+\+2\.90\s+38\/38\s+0\s+0\.4000\s+-0\.1000/);
    expect(text).toMatch(/不可行 infeasible\s+infeasible\s+—/);
    expect(text).toMatch(/前重后轻 front-loaded\s+2026\s+18\/38\s+\+2\s+12\.80\s+\+5\.00\s+12\.00\s+0\.00/);
    expect(text).toContain('0.4000 (-0.1000)');
    expect(text).toMatch(/\/budget\/perYear\s+\[10000000,10000000,10000000\]\s+\[15000000,9000000,6000000\]/);
    expect(text).toMatch(/\/policy\/rotation\/minShare\s+\(not set\)\s+0\.15/);
    expect(text).toContain('(same settings as the baseline)');
  });

  it('uses Chinese labels and 万元 in zh-CN', () => {
    const text = comparisonTable(c, 'zh-CN');
    expect(text).toContain('方案比较');
    expect(text).toContain('万元');
    expect(text).toMatch(/前重后轻 front-loaded\s+最优\s+3,000\.0\s+2,280\.0\s+\+290\.0/);
    expect(text).toContain('不可行');
    expect(text).toContain('（未设置）');
  });

  it('shows differences that round to zero without a sign', () => {
    const tiny = report('tiny', baseReport.years.map((y) => ({ ...y, spend: { ...y.spend, total: y.spend.total - 1e-6 } })));
    const text = comparisonTable(compareRuns([{ scenario: baseFile, report: baseReport }, { scenario: { ...baseFile, name: 'tiny' }, report: tiny }]), 'en');
    expect(text).toMatch(/tiny\s+optimal\s+30\.00\s+19\.90\s+0\.00\s/);
    expect(text).not.toMatch(/[+-]0\.0+(?![0-9])/);
  });

  it('aligns each table to the display width of CJK text', () => {
    for (const block of comparisonTable(c, 'zh-CN').split('\n\n').slice(1)) {
      const lines = block.split('\n').slice(1);
      const rule = lines.find((l) => l.startsWith('─'))!;
      for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(displayWidth(rule));
    }
  });
});

describe('comparisonTable with candidate projects', () => {
  it('lists added projects one by one and shortens long values', () => {
    const withProjects: ScenarioFile = {
      ...baseFile, name: 'projects',
      construction: { projects: [{ id: 'P1-S003-teaching-block-with-a-long-name', school: 'S003', kind: 'teaching', area: 1800, cost: 4_320_000, earliestYear: 2026 }] },
    };
    const c = compareRuns([{ scenario: baseFile, report: baseReport }, { scenario: withProjects, report: frontReport }]);
    expect(c.runs[1]!.scenarioDiff.map((e) => e.path)).toEqual(['/construction/projects/0']);
    const line = comparisonTable(c, 'en').split('\n').find((l) => l.includes('/construction/projects/0'))!;
    expect(line).toContain('(not set)');
    expect(line).toMatch(/\{"id":"P1-S003-teaching-block.*…$/);
    expect(line).not.toContain('earliestYear');
  });
});
