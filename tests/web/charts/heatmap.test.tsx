// @vitest-environment jsdom
import { fireEvent } from '@testing-library/react';
import { interpolatePuOr } from 'd3';
import { describe, expect, it, vi } from 'vitest';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { HeatMap, heatLayout, heatRows } from '../../../web/app/src/charts/HeatMap.tsx';
import { ratioColorScale } from '../../../web/app/src/charts/palette.ts';
import { SCHOOLS, VALUES } from './fixtures.ts';
import { DATA_DATE, renderIn, svgText } from './helpers.tsx';

const indicators = quality2017.indicators;

describe('heat-map scales', () => {
  it('colour at 1.0 is the scale midpoint, and the two sides differ', () => {
    const c = ratioColorScale();
    expect(c(1)).toBe(interpolatePuOr(0.5));
    expect(c(0.5)).not.toBe(c(1.5));
    expect(c(0.2)).toBe(c(0.5));
    expect(c(3)).toBe(c(1.5));
  });

  it('ratios are value / threshold of the row level, one row per school part and year', () => {
    const rows = heatRows(VALUES, 2026, { indicators, schools: SCHOOLS });
    expect(rows.map((r) => r.key)).toEqual(['S01:primary', 'S02:primary', 'S05:junior']);
    const s02 = rows[1]!;
    expect(s02.name).toBe('河西中心小学');
    expect(s02.cells.find((c) => c.key === 'degreeTeachers')?.ratio).toBeCloseTo(3.9 / 4.2, 12);
    const s05 = rows[2]!;
    expect(s05.cells.find((c) => c.key === 'equipmentValue')?.ratio).toBeCloseTo(2400 / 2500, 12);
    expect(s02.minRatio).toBeCloseTo(0.6 / 1.0, 12);
    expect(heatRows(VALUES, 2026, { indicators, sort: 'worst' })[0]!.schoolId).toBe('S02');
    expect(heatRows(VALUES, 2026, { indicators, level: 'junior' })).toHaveLength(1);
    expect(heatRows(VALUES, 2027, { indicators })).toHaveLength(1);
  });

  it('height grows with rows; cells fill the width right of the labels', () => {
    const a = heatLayout(3, 7, { width: 640 });
    const b = heatLayout(13, 7, { width: 640 });
    expect(b.height - a.height).toBe(10 * a.rowHeight);
    expect(a.x0 + 7 * a.cellWidth).toBeCloseTo(640 - 12, 9);
  });
});

describe('HeatMap', () => {
  it('colours each cell by its ratio and marks those below 1.0 with ▼', () => {
    const { svg } = renderIn('en', <HeatMap id="heat" values={VALUES} year={2026} schools={SCHOOLS} dataDate={DATA_DATE} />);
    const color = ratioColorScale();
    const cells = Array.from(svg.querySelectorAll('.heat-cell'));
    expect(cells).toHaveLength(3 * 7);
    for (const cell of cells) {
      const ratio = Number(cell.getAttribute('data-ratio'));
      expect(cell.querySelector('rect')?.getAttribute('fill')).toBe(color(ratio));
      expect(cell.classList.contains('heat-below')).toBe(ratio < 1);
      expect(cell.querySelector('text')?.textContent?.startsWith('▼')).toBe(ratio < 1);
    }
    expect(svg.querySelector('[data-school="S02"] [data-indicator="peArtTeachers"] text')?.textContent).toBe('1.00');
    expect(svgText(svg)).toContain('1.0 = meets standard');
    expect(svgText(svg)).toContain('Value / standard by school and indicator, 2026');
  });

  it('has a year slider when years and onYearChange are given', () => {
    const onYearChange = vi.fn();
    const { getByTestId } = renderIn('en', <HeatMap id="heat" values={VALUES} year={2026} years={[2026, 2027, 2028]} onYearChange={onYearChange} />);
    fireEvent.change(getByTestId('heat-year'), { target: { value: '2027' } });
    expect(onYearChange).toHaveBeenCalledWith(2027);
  });

  it('says so when the year has no values', () => {
    const { svg } = renderIn('zh', <HeatMap id="heat" values={VALUES} year={2030} />);
    expect(svgText(svg)).toContain('该年没有学校数据');
  });

  it('matches the SVG snapshot', () => {
    expect(renderIn('zh', <HeatMap id="heat" values={VALUES} year={2026} schools={SCHOOLS} dataDate={DATA_DATE} />).svg).toMatchSnapshot();
  });
});
