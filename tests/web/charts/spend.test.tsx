// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SPEND_CATEGORIES } from '../../../engine/plan/types.ts';
import { SpendChart, spendScales } from '../../../web/app/src/charts/SpendChart.tsx';
import { YEARS } from './fixtures.ts';
import { DATA_DATE, num, renderIn, svgText } from './helpers.tsx';

describe('spendScales', () => {
  it('stacks every category and the stack total equals the year spend total', () => {
    const { stacks } = spendScales(YEARS, { width: 640, height: 360 });
    stacks.forEach((s, i) => {
      expect(s.total).toBeCloseTo(YEARS[i]!.spend.total, 6);
      expect(s.segments.map((g) => g.category)).toEqual(SPEND_CATEGORIES);
      expect(s.segments[s.segments.length - 1]!.y1).toBeCloseTo(YEARS[i]!.spend.total, 6);
      for (let k = 1; k < s.segments.length; k++) expect(s.segments[k]!.y0).toBe(s.segments[k - 1]!.y1);
    });
  });

  it('y covers the largest stack or budget, and a shared yMax replaces it', () => {
    const own = spendScales(YEARS, { width: 640, height: 360 });
    const largest = Math.max(...YEARS.flatMap((y) => [y.spend.total, y.budget]));
    expect(own.y.domain()[0]).toBe(0);
    expect(own.y.domain()[1]).toBeGreaterThanOrEqual(largest);
    const shared = spendScales(YEARS, { width: 640, height: 360, yMax: 80_000_000 });
    expect(shared.y.domain()).toEqual([0, 80_000_000]);
    expect(shared.y(80_000_000)).toBe(shared.plot.y0);
    expect(shared.y(0)).toBe(shared.plot.y1);
  });

  it('x has one band per year inside the plot', () => {
    const { x, plot } = spendScales(YEARS, { width: 500, height: 300 });
    expect(x.domain()).toEqual(['2026', '2027', '2028']);
    for (const d of x.domain()) {
      expect(x(d)!).toBeGreaterThanOrEqual(plot.x0);
      expect(x(d)! + x.bandwidth()).toBeLessThanOrEqual(plot.x1);
    }
  });
});

describe('SpendChart', () => {
  it('draws bar heights proportional to spend and the budget marker at y(budget)', () => {
    const { svg } = renderIn('zh', <SpendChart id="spend" years={YEARS} dataDate={DATA_DATE} />);
    const { y } = spendScales(YEARS, { width: 640, height: 360 });
    const year = svg.querySelector('[data-year="2027"]')!;
    const construction = year.querySelector('[data-category="construction"] rect');
    expect(num(construction, 'height')).toBeCloseTo(y(0) - y(20_000_000), 1);
    expect(num(year.querySelector('.spend-budget'), 'y1')).toBeCloseTo(y(30_000_000), 1);
    expect(year.querySelector('[data-category="upgrades"]')).not.toBeNull();
    expect(svg.querySelector('[data-year="2028"] [data-category="upgrades"]')).toBeNull();
  });

  it('labels money in 万元 in Chinese and million yuan in English', () => {
    const zh = svgText(renderIn('zh', <SpendChart id="spend" years={YEARS} dataDate={DATA_DATE} />).svg);
    expect(zh).toContain('单位：万元');
    expect(zh).toContain('3,510');
    expect(zh).toContain('数据日期：2026年3月1日');
    const en = svgText(renderIn('en', <SpendChart id="spend" years={YEARS} dataDate={DATA_DATE} />).svg);
    expect(en).toContain('Units: million yuan');
    expect(en).toContain('35.1');
    expect(en).toContain('Data date: 2026-03-01');
  });

  it('with a baseline, outlines its totals and labels the difference', () => {
    const baseline = YEARS.map((y) => ({ ...y, spend: { ...y.spend, construction: y.spend.construction - 1_000_000 } }));
    const { svg } = renderIn('en', <SpendChart id="spend" years={YEARS} baseline={baseline} dataDate={DATA_DATE} />);
    expect(svg.querySelectorAll('.spend-baseline')).toHaveLength(3);
    expect(svg.querySelector('[data-year="2026"] .spend-delta')?.textContent).toBe('vs baseline +1');
  });

  it('matches the SVG snapshot in zh and en', () => {
    expect(renderIn('zh', <SpendChart id="spend" years={YEARS} dataDate={DATA_DATE} />).svg).toMatchSnapshot();
    expect(renderIn('en', <SpendChart id="spend" years={YEARS} dataDate={DATA_DATE} />).svg).toMatchSnapshot();
  });
});
