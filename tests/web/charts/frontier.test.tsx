// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { FrontierPoint } from '../../../engine/compare/frontier.ts';
import { FrontierChart, frontierScales } from '../../../web/app/src/charts/FrontierChart.tsx';
import { DATA_DATE, renderIn, svgText } from './helpers.tsx';

const point = (totalBudget: number, maxCv: number | null, schoolsPassing: number | null, efficient: boolean, status: FrontierPoint['status'] = 'optimal'): FrontierPoint =>
  ({ budget: totalBudget, totalBudget, spent: totalBudget * 0.9, maxCv, schoolsPassing, schoolsTotal: 12, status, efficient });

const POINTS: FrontierPoint[] = [
  point(20_000_000, null, null, false, 'infeasible'),
  point(40_000_000, 0.58, 6, true),
  point(60_000_000, 0.47, 9, true),
  point(70_000_000, 0.49, 9, false),
  point(80_000_000, 0.41, 12, true),
];
const MARKS = [{ label: '方案A', budget: 60_000_000, maxCv: 0.47, schoolsPassing: 9 }, { label: '方案B', budget: 90_000_000, maxCv: 0.4, schoolsPassing: 12 }];

describe('frontierScales', () => {
  it('x covers every budget (points and marks); two panels side by side for both metrics', () => {
    const panels = frontierScales(POINTS, { width: 720, height: 360, metric: 'both', marks: MARKS });
    expect(panels.map((p) => p.metric)).toEqual(['maxCv', 'schoolsPassing']);
    for (const p of panels) {
      expect(p.x.domain()[0]).toBeLessThanOrEqual(20_000_000);
      expect(p.x.domain()[1]).toBeGreaterThanOrEqual(90_000_000);
    }
    expect(panels[0]!.plot.x1).toBeLessThan(panels[1]!.plot.x0);
    expect(panels[1]!.plot.x1).toBeLessThanOrEqual(720);
    expect(panels[0]!.y.domain()[1]).toBeGreaterThanOrEqual(0.58);
    expect(panels[1]!.y.domain()[1]).toBeGreaterThanOrEqual(12);
  });

  it('keeps shared domains exactly', () => {
    const [cv] = frontierScales(POINTS, { width: 720, height: 360, metric: 'maxCv', xDomain: [0, 100_000_000], cvMax: 0.8 });
    expect(cv!.x.domain()).toEqual([0, 100_000_000]);
    expect(cv!.y.domain()).toEqual([0, 0.8]);
    const [passing] = frontierScales(POINTS, { width: 720, height: 360, metric: 'schoolsPassing', passingMax: 30 });
    expect(passing!.y.domain()).toEqual([0, 30]);
  });
});

describe('FrontierChart', () => {
  it('joins the efficient points, hollows the dominated, marks infeasible budgets ✗ and labels chosen runs', () => {
    const { svg } = renderIn('zh', <FrontierChart id="frontier" points={POINTS} marks={MARKS} limit={0.45} dataDate={DATA_DATE} />);
    const panel = svg.querySelector('[data-metric="maxCv"]')!;
    expect(panel.querySelectorAll('.frontier-point.efficient')).toHaveLength(3);
    expect(panel.querySelector('.frontier-point.dominated path')?.getAttribute('fill')).toBe('#ffffff');
    expect(panel.querySelector('.frontier-point.infeasible')?.textContent).toBe('✗');
    expect(panel.querySelector('.frontier-line')).not.toBeNull();
    expect(Array.from(panel.querySelectorAll('.frontier-mark')).map((g) => g.getAttribute('data-label'))).toEqual(['方案A', '方案B']);
    const t = svgText(svg);
    expect(t).toContain('限值 0.45');
    expect(t).toContain('无可行方案');
    expect(t).toContain('单位：万元（预算）');
  });

  it('draws one panel for one metric', () => {
    const { svg } = renderIn('en', <FrontierChart id="frontier" points={POINTS} metric="schoolsPassing" />);
    expect(svg.querySelectorAll('.frontier-panel')).toHaveLength(1);
    expect(svgText(svg)).toContain('Schools passing');
  });

  it('matches the SVG snapshot', () => {
    expect(renderIn('en', <FrontierChart id="frontier" points={POINTS} marks={MARKS} limit={0.45} dataDate={DATA_DATE} />).svg).toMatchSnapshot();
  });
});
