// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CvChart, cvScales, cvSeries } from '../../../web/app/src/charts/CvChart.tsx';
import { spreadLabels } from '../../../web/app/src/charts/layout.ts';
import { BASE, YEARS } from './fixtures.ts';
import { DATA_DATE, num, renderIn, svgText } from './helpers.tsx';

const KEYS = Object.keys(YEARS[0]!.cv.primary);

describe('cvScales', () => {
  it('puts the limit line at y(limit) and covers the largest coefficient', () => {
    const s = cvScales(YEARS, 'primary', { width: 640, height: 360, limit: 0.5, keys: KEYS });
    expect(s.limitY).toBe(s.y(0.5));
    const largest = Math.max(...YEARS.flatMap((y) => Object.values(y.cv.primary)));
    expect(s.y.domain()[1]).toBeGreaterThanOrEqual(largest);
    expect(s.y.domain()[1]).toBeGreaterThanOrEqual(0.6);
    expect(s.x.domain()).toEqual(['2026', '2027', '2028']);
  });

  it('respects a shared yMax exactly', () => {
    const s = cvScales(YEARS, 'junior', { width: 640, height: 360, limit: 0.45, keys: KEYS, yMax: 0.9 });
    expect(s.y.domain()).toEqual([0, 0.9]);
    expect(s.y(0.9)).toBe(s.plot.y0);
    expect(s.limitY).toBeCloseTo(s.plot.y1 - (0.45 / 0.9) * (s.plot.y1 - s.plot.y0), 9);
  });

  it('marks exactly the values above the limit as over', () => {
    const series = cvSeries(YEARS, 'primary', KEYS, 0.5);
    const over = series.flatMap((s) => s.points.filter((p) => p.over).map((p) => `${s.key}@${p.year}`));
    const expected = YEARS.flatMap((y) => Object.entries(y.cv.primary).filter(([, v]) => v > 0.5).map(([k]) => `${k}@${y.year}`));
    expect(over.sort()).toEqual(expected.sort());
    expect(over.length).toBeGreaterThan(0);
  });

  it('skips missing coefficients', () => {
    const years = [{ year: 2026, cv: { primary: { a: 0.3, b: null }, junior: {} } }];
    expect(cvSeries(years, 'primary', ['a', 'b'], 0.5).map((s) => s.points.length)).toEqual([1, 0]);
  });
});

describe('spreadLabels', () => {
  it('keeps labels at least the gap apart and inside the range', () => {
    const out = spreadLabels([100, 101, 102, 300], 12, 80, 320);
    const sorted = [...out].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(12 - 1e-9);
    expect(out[3]).toBe(300);
    const squeezed = spreadLabels([318, 319, 320], 12, 80, 320);
    expect(Math.max(...squeezed)).toBeLessThanOrEqual(320);
  });
});

describe('CvChart', () => {
  it('draws the limit line at y(0.50) for primary and 0.45 for junior by default', () => {
    const primary = renderIn('zh', <CvChart id="cv-p" years={YEARS} level="primary" dataDate={DATA_DATE} />).svg;
    const s = cvScales(YEARS, 'primary', { width: 640, height: 360, limit: 0.5, keys: KEYS });
    expect(num(primary.querySelector('.cv-limit line'), 'y1')).toBeCloseTo(s.limitY, 1);
    expect(svgText(primary)).toContain('限值 0.50');
    const junior = renderIn('en', <CvChart id="cv-j" years={YEARS} level="junior" dataDate={DATA_DATE} />).svg;
    expect(svgText(junior)).toContain('Limit 0.45');
  });

  it('marks over-limit points by a triangle and a value label', () => {
    const { svg } = renderIn('en', <CvChart id="cv" years={YEARS} level="primary" />);
    const over = svg.querySelectorAll('.cv-over');
    expect(over.length).toBe(cvSeries(YEARS, 'primary', KEYS, 0.5).flatMap((s) => s.points).filter((p) => p.over).length);
    for (const g of over) {
      expect(g.querySelector('path')?.getAttribute('data-shape')).toBe('triangle');
      expect(g.querySelector('text')?.textContent).toBe(Number(g.getAttribute('data-value')).toFixed(2));
    }
    const within = svg.querySelector('.cv-point:not(.cv-over) path');
    expect(within?.getAttribute('data-shape')).not.toBe('triangle');
  });

  it('draws baseline lines when given', () => {
    const { svg } = renderIn('en', <CvChart id="cv" years={YEARS} level="primary" baseline={YEARS.slice(0, 2)} />);
    expect(svg.querySelectorAll('.cv-baseline')).toHaveLength(KEYS.length);
  });

  it('starts at the data year: its tick says so, its points sit on a shaded column, joined to the first plan year by a dashed line', () => {
    const zh = renderIn('zh', <CvChart id="cv" years={YEARS} base={BASE} level="primary" />).svg;
    const s = cvScales(YEARS, 'primary', { width: 640, height: 360, limit: 0.5, keys: KEYS, base: BASE });
    expect(s.x.domain()).toEqual(['2025', '2026', '2027', '2028']);
    const ticks = Array.from(zh.querySelectorAll('.axis-bottom text')).map((t) => t.textContent);
    expect(ticks).toEqual(['数据年 2025', '2026', '2027', '2028']);
    expect(zh.querySelector('.base-year-column rect')).not.toBeNull();
    const basePoints = zh.querySelectorAll('.cv-base-point');
    expect(basePoints).toHaveLength(KEYS.length);
    for (const g of basePoints) expect(g.getAttribute('data-year')).toBe('2025');
    // The backbone coefficient of the data year (0.58) is over the limit: a triangle, as in the plan years.
    expect(zh.querySelector('.cv-base[data-indicator="backboneTeachers"] .cv-base-point')?.classList.contains('cv-over')).toBe(true);
    expect(zh.querySelectorAll('.cv-base-link')).toHaveLength(KEYS.length);
    expect(svgText(zh)).toContain('数据年（采取措施前的现状）');
    const en = renderIn('en', <CvChart id="cv" years={YEARS} base={BASE} level="junior" />).svg;
    expect(Array.from(en.querySelectorAll('.axis-bottom text')).map((t) => t.textContent)[0]).toBe('Data year 2025');
    // Without a base the axis starts at the first plan year.
    expect(cvScales(YEARS, 'primary', { width: 640, height: 360, limit: 0.5, keys: KEYS }).x.domain()[0]).toBe('2026');
  });

  it('matches the SVG snapshot', () => {
    expect(renderIn('zh', <CvChart id="cv" years={YEARS} level="primary" dataDate={DATA_DATE} />).svg).toMatchSnapshot();
    expect(renderIn('en', <CvChart id="cv" years={YEARS} level="junior" dataDate={DATA_DATE} />).svg).toMatchSnapshot();
  });
});
