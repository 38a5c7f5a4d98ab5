// @vitest-environment jsdom
import { fireEvent } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { HeatMap } from '../../../web/app/src/charts/HeatMap.tsx';
import { heatRows } from '../../../web/app/src/charts/heat-rows.ts';
import { thresholdIndicators } from '../../../web/app/src/shared/heatmap.ts';
import { partPasses } from '../../../web/app/src/shared/school-profile.ts';
import { VALUES } from './fixtures.ts';
import { renderIn } from './helpers.tsx';

const indicators = thresholdIndicators(quality2017);
const schools = [
  { id: 'S01', name: '城关第一小学', location: 'urban' as const },
  { id: 'S02', name: '河西中心小学', location: 'town' as const },
  { id: 'S05', name: '南湖九年一贯制学校', location: 'rural' as const },
];
const judge = (ratios: readonly (number | null)[]) => partPasses(ratios, quality2017);

describe('heat map rows for decisions', () => {
  it('sorts by most gaps, by worst ratio and by name', () => {
    const gaps = heatRows(VALUES, 2026, { indicators, schools, sort: 'gaps' });
    for (let i = 1; i < gaps.length; i++) expect(gaps[i - 1]!.gaps).toBeGreaterThanOrEqual(gaps[i]!.gaps);
    const worst = heatRows(VALUES, 2026, { indicators, schools, sort: 'worst' });
    for (let i = 1; i < worst.length; i++) expect(worst[i - 1]!.minRatio).toBeLessThanOrEqual(worst[i]!.minRatio);
    const names = heatRows(VALUES, 2026, { indicators, schools, sort: 'name' }).map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  it('filters by level and location', () => {
    expect(heatRows(VALUES, 2026, { indicators, schools, level: 'junior' }).map((r) => r.schoolId)).toEqual(['S05']);
    expect(heatRows(VALUES, 2026, { indicators, schools, location: 'town' }).map((r) => r.schoolId)).toEqual(['S02']);
  });

  it('marks pass or fail per year, and keeps schools not evaluated that year as absent rows', () => {
    const rows = heatRows(VALUES, 2027, { indicators, schools, judge, passYears: [2026, 2027], keepAbsent: true });
    expect(rows.map((r) => [r.schoolId, Boolean(r.absent)])).toEqual([['S01', false], ['S02', true], ['S05', true]]);
    expect(rows.find((r) => r.schoolId === 'S02')!.marks).toEqual([judge(heatRows(VALUES, 2026, { indicators, schools }).find((r) => r.schoolId === 'S02')!.cells.map((c) => c.ratio)) ? 'pass' : 'fail', 'absent']);
  });
});

describe('HeatMap controls', () => {
  it('re-sorts from its sort control, draws pass columns and opens a school by its name', () => {
    const onSchool = vi.fn();
    const { container, svg } = renderIn('zh', <HeatMap id="h" values={VALUES} year={2026} schools={schools} indicators={indicators} judge={judge} interactive onSchool={onSchool} />);
    const order = () => [...svg.querySelectorAll('.heat-row')].map((g) => g.getAttribute('data-school'));
    fireEvent.change(container.querySelector('[data-testid="heat-sort"]')!, { target: { value: 'name' } });
    const byName = order();
    fireEvent.change(container.querySelector('[data-testid="heat-sort"]')!, { target: { value: 'gaps' } });
    const gaps = [...svg.querySelectorAll('.heat-row:not(.heat-absent)')].map((g) => Number(g.getAttribute('data-gaps')));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    expect(byName).toHaveLength(order().length);
    expect(svg.querySelectorAll('.heat-pass').length).toBe(order().length * 2);
    expect(svg.querySelectorAll('.heat-absent').length).toBe(0);
    fireEvent.change(container.querySelector('[data-testid="heat-location"]')!, { target: { value: 'urban' } });
    expect(order()).toEqual(['S01']);
    fireEvent.click(svg.querySelector('.heat-school')!);
    expect(onSchool).toHaveBeenCalledWith('S01');
  });
});
