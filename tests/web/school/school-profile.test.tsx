// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { thresholdIndicators } from '../../../web/app/src/shared/heatmap.ts';
import { partPasses, schoolProfile } from '../../../web/app/src/shared/school-profile.ts';
import { SchoolProfileView } from '../../../web/app/src/shared/SchoolProfile.tsx';
import { reportWithoutPlan } from '../../../engine/optimize/solve-report.ts';
import { ROTATIONS } from '../charts/fixtures.ts';

afterEach(cleanup);

/** Values at `share` of every primary threshold. */
function at(share: number): Record<string, number> {
  return Object.fromEntries(thresholdIndicators(quality2017).map((d) => [d.key, (d.threshold.primary ?? 0) * share]));
}

function report(): SolveReport {
  const r = reportWithoutPlan('test', 'floor');
  r.status = 'optimal';
  r.years = [2026, 2027, 2028].map((year) => ({ year } as SolveReport['years'][number]));
  r.values = [
    { year: 2026, schoolId: 'S01', level: 'primary', values: at(0.8) },
    { year: 2027, schoolId: 'S01', level: 'primary', values: at(1.0) },
    { year: 2028, schoolId: 'S01', level: 'primary', values: at(1.1) },
    { year: 2026, schoolId: 'S02', level: 'primary', values: at(0.5) },
    { year: 2027, schoolId: 'S02', level: 'primary', values: at(0.6) },
    { year: 2026, schoolId: 'S03', level: 'primary', values: { ...at(1.2), teachingArea: 0 } },
  ];
  r.actions = [
    { year: 2026, schoolId: 'S01', schoolName: '城关第一小学', kind: 'teachingArea', amount: 800, unit: 'm2', cost: 2_400_000, servesFrom: 2027 },
    { year: 2027, schoolId: 'S01', schoolName: '城关第一小学', kind: 'hire', category: 'general', amount: 3, unit: 'teachers', cost: 240_000, servesFrom: 2027 },
    { year: 2027, schoolId: 'S02', schoolName: '河西中心小学', kind: 'equipment', amount: 50_000, unit: 'yuan', cost: 50_000, servesFrom: 2027 },
  ];
  r.rotations = ROTATIONS;
  return r;
}

describe('schoolProfile', () => {
  it('finds the first year from which a school passes for good, with its actions and rotations', () => {
    const p = schoolProfile(report(), 'S01', quality2017, '城关第一小学');
    expect(p.years.map((y) => y.passes)).toEqual([false, true, true]);
    expect(p.passesFrom).toBe(2027);
    expect(p.passesThroughout).toBe(false);
    expect(p.actions.map((a) => a.year)).toEqual([2026, 2027]);
    expect(p.actionCost).toBe(2_640_000);
    expect(p.sent.every((x) => x.from === 'S01')).toBe(true);
    expect(p.received.every((x) => x.to === 'S01')).toBe(true);
    expect(p.sent.length + p.received.length).toBe(ROTATIONS.filter((x) => x.from === 'S01' || x.to === 'S01').length);
    const short = p.years[0]!.parts[0]!.indicators.filter((s) => s.meets === false);
    expect(short.length).toBeGreaterThan(0);
    for (const s of short) expect(s.shortBy).toBeCloseTo(s.threshold! * 0.2, 6);
  });

  it('says why a school never passes, and marks the years it is not evaluated', () => {
    const p = schoolProfile(report(), 'S02', quality2017);
    expect(p.passesFrom).toBeNull();
    expect(p.years.map((y) => y.evaluated)).toEqual([true, true, false]);
    expect(p.stillShort.length).toBeGreaterThan(0);
    expect(p.stillShort.every((s) => s.meets === false && (s.shortBy ?? 0) > 0)).toBe(true);
  });

  it('judges a part by the standard\'s school rule', () => {
    const ratios = thresholdIndicators(quality2017).map(() => 1.2);
    expect(partPasses(ratios, quality2017)).toBe(true);
    expect(partPasses(ratios.map(() => 0.5), quality2017)).toBe(false);
  });
});

describe('SchoolProfileView', () => {
  it('shows the verdict, the shortfalls per year, the actions with a total and the rotations, in both languages', () => {
    const p = schoolProfile(report(), 'S01', quality2017, '城关第一小学');
    const names = new Map([['S01', '城关第一小学'], ['S02', '河西中心小学'], ['S03', '北山村小']]);
    const { unmount } = render(<I18nProvider initial="zh"><SchoolProfileView profile={p} names={names} /></I18nProvider>);
    expect(screen.getByTestId('school-verdict').textContent).toContain('自2027年起达标');
    const table = screen.getByTestId('school-indicator-table');
    expect(table.querySelectorAll('td[data-meets="false"]').length).toBeGreaterThan(0);
    expect(within(table).getAllByText(/差 /).length).toBe(table.querySelectorAll('td[data-meets="false"]').length);
    expect([...table.querySelectorAll('.school-pass-row td[data-pass]')].map((td) => td.getAttribute('data-pass'))).toEqual(['false', 'true', 'true']);
    expect(screen.getByTestId('school-action-total').textContent).toBe('264.0 万元');
    expect(screen.getByTestId('school-rotation-table').textContent).toContain('北山村小');
    unmount();
    render(<I18nProvider initial="en"><SchoolProfileView profile={schoolProfile(report(), 'S02', quality2017)} names={names} /></I18nProvider>);
    expect(screen.getByTestId('school-verdict').textContent).toContain('Does not pass within the plan');
    expect(screen.getByTestId('school-why').textContent).toContain('Still below the standard');
    expect(screen.getByTestId('school-leaves').textContent).toContain('2028');
  });
});
