// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { YearRisk } from '../../../engine/uncertainty/monte-carlo.ts';
import { PassingChart, passingScales } from '../../../web/app/src/charts/PassingChart.tsx';
import { BASE, YEARS } from './fixtures.ts';
import { DATA_DATE, num, renderIn, svgText } from './helpers.tsx';

const RISK: YearRisk[] = YEARS.map((y, i) => ({
  year: y.year, samples: 200, passProbability: [0.1, 0.42, 0.815][i]!, allSchoolsPassProbability: 0.1,
  schoolsPassing: { mean: y.schoolsPassing, p5: y.schoolsPassing - 2, p50: y.schoolsPassing, p95: Math.min(13, y.schoolsPassing + 1) },
  schoolPassProbability: {}, cv: { primary: {}, junior: {} }, mostFailing: [],
}));

describe('passingScales', () => {
  it('covers schools total and the band top; a shared yMax replaces it', () => {
    const s = passingScales(YEARS, { width: 640, height: 360, risk: RISK });
    expect(s.y.domain()[0]).toBe(0);
    expect(s.y.domain()[1]).toBeGreaterThanOrEqual(13);
    const shared = passingScales(YEARS, { width: 640, height: 360, yMax: 40 });
    expect(shared.y.domain()).toEqual([0, 40]);
    expect(shared.y(40)).toBe(shared.plot.y0);
  });

  it('turns target shares into school counts, rounding up', () => {
    const s = passingScales(YEARS, { width: 640, height: 360, targets: [0.4, 0.8, 1] });
    expect(s.targets).toEqual([5, 10, 12]);
    expect(passingScales(YEARS, { width: 640, height: 360 }).targets).toEqual([null, null, null]);
  });
});

describe('PassingChart', () => {
  it('draws passing bars and total outlines to scale, with n/total labels', () => {
    const { svg } = renderIn('zh', <PassingChart id="passing" years={YEARS} dataDate={DATA_DATE} />);
    const { y } = passingScales(YEARS, { width: 640, height: 360 });
    const g = svg.querySelector('[data-year="2027"]')!;
    expect(num(g.querySelector('.passing-bar'), 'height')).toBeCloseTo(y(0) - y(9), 1);
    expect(num(g.querySelector('.passing-total'), 'y')).toBeCloseTo(y(12), 1);
    expect(g.querySelector('.passing-label')?.textContent).toBe('9/12');
    expect(svg.querySelector('[data-year="2028"] .passing-label')?.textContent).toBe('12/12 ✓');
  });

  it('draws target marks and the Monte Carlo band with pass probabilities', () => {
    const { svg } = renderIn('en', <PassingChart id="passing" years={YEARS} targets={[0.4, 0.8, 1]} risk={RISK} dataDate={DATA_DATE} />);
    expect(Array.from(svg.querySelectorAll('.passing-target')).map((t) => t.getAttribute('data-target'))).toEqual(['5', '10', '12']);
    const { y } = passingScales(YEARS, { width: 640, height: 360, risk: RISK });
    const bar = svg.querySelector('.passing-risk-year[data-year="2026"] line');
    expect(num(bar, 'y1')).toBeCloseTo(y(3), 1);
    expect(num(bar, 'y2')).toBeCloseTo(y(6), 1);
    expect(svgText(svg)).toContain('County passes 82%');
    expect(svgText(svg)).toContain('Simulated 5%–95%');
  });

  it('labels differences from a baseline', () => {
    const baseline = YEARS.map((y) => ({ ...y, schoolsPassing: y.schoolsPassing - 2 }));
    const { svg } = renderIn('en', <PassingChart id="passing" years={YEARS} baseline={baseline} />);
    expect(Array.from(svg.querySelectorAll('.passing-delta')).map((t) => t.textContent)).toEqual(['+2', '+2', '+2']);
  });

  it('draws the data year first as a grey hatched bar with its own count, targets on the plan years only', () => {
    const { svg } = renderIn('zh', <PassingChart id="passing" years={YEARS} base={BASE} targets={[0.4, 0.8, 1]} />);
    const s = passingScales(YEARS, { width: 640, height: 360, base: BASE, targets: [0.4, 0.8, 1] });
    expect(s.x.domain()).toEqual(['2025', '2026', '2027', '2028']);
    expect(s.targets).toEqual([5, 10, 12]);
    const base = svg.querySelector('.passing-base')!;
    expect(base.getAttribute('data-year')).toBe('2025');
    expect(base.querySelector('.passing-label')?.textContent).toBe('3/13');
    expect(num(base.querySelector('.passing-total'), 'y')).toBeCloseTo(s.y(13), 1);
    expect(base.querySelector('.passing-bar')?.getAttribute('fill')).not.toBe(svg.querySelector('[data-year="2026"] .passing-bar')?.getAttribute('fill'));
    expect(svg.querySelectorAll('.passing-target')).toHaveLength(3);
    expect(Array.from(svg.querySelectorAll('.axis-bottom text')).map((t) => t.textContent)[0]).toBe('数据年 2025');
    // The outline is the denominator: the schools evaluated that year, said so in the legend.
    expect(svgText(svg)).toContain('当年参评学校（分母）');
  });

  it('matches the SVG snapshot', () => {
    expect(renderIn('zh', <PassingChart id="passing" years={YEARS} targets={[0.4, 0.8, 1]} risk={RISK} dataDate={DATA_DATE} />).svg).toMatchSnapshot();
  });
});
