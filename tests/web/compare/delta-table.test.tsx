// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { compareRuns } from '../../../engine/compare/compare.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { DeltaTable } from '../../../web/app/src/shared/DeltaTable.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { report, year } from '../results/fixtures.ts';

afterEach(cleanup);

const scenario = (name: string) => ({ name, years: [2026] }) as unknown as ScenarioFile;
const comparison = compareRuns([
  { scenario: scenario('A'), report: report('A', [year(2026, { construction: 2_000_000 }, { primary: { sportsArea: 0.52 }, junior: {} }, 6)]) },
  { scenario: scenario('B'), report: report('B', [year(2026, { construction: 2_000_000, hiring: 300_000 }, { primary: { sportsArea: 0.47 }, junior: {} }, 8)]) },
]);

describe('DeltaTable', () => {
  it('marks each difference from the baseline better or worse, in words as well as colour', () => {
    render(<I18nProvider initial="en"><DeltaTable comparison={comparison} /></I18nProvider>);
    const cell = (metric: string) => document.querySelector(`tr[data-metric="${metric}"] td:nth-of-type(2)`)!;
    expect(cell('spend.total').textContent).toBe('2.30 M yuan+0.30 M yuan worse');
    expect(cell('passing').textContent).toBe('8+2 better');
    expect(cell('cv.primary.sportsArea').textContent).toBe('0.47−0.05 better');
    expect(cell('spend.construction').querySelector('[data-better]')!.getAttribute('data-better')).toBe('null');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Figure', 'A (baseline)', 'B']);
  });

  it('hides rows without a change when asked', () => {
    render(<I18nProvider initial="zh"><DeltaTable comparison={comparison} /></I18nProvider>);
    const before = document.querySelectorAll('tbody tr').length;
    fireEvent.click(screen.getByRole('checkbox'));
    const keys = [...document.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-metric'));
    expect(keys).toEqual(['spend.total', 'spend.hiring', 'passing', 'maxCv', 'cv.primary.sportsArea']);
    expect(keys.length).toBeLessThan(before);
  });

  it('does not call a difference below the shown precision better or worse', () => {
    const tiny = compareRuns([
      { scenario: scenario('A'), report: report('A', [year(2026, { construction: 2_000_000 }, { primary: { sportsArea: 0.521 }, junior: {} }, 6)]) },
      { scenario: scenario('B'), report: report('B', [year(2026, { construction: 2_000_300 }, { primary: { sportsArea: 0.523 }, junior: {} }, 6)]) },
    ]);
    render(<I18nProvider initial="zh"><DeltaTable comparison={tiny} /></I18nProvider>);
    const cell = (metric: string) => document.querySelector(`tr[data-metric="${metric}"] td:nth-of-type(2) [data-better]`)!;
    expect(cell('cv.primary.sportsArea').textContent).toBe('±0.00 相同');
    expect(cell('cv.primary.sportsArea').getAttribute('data-better')).toBe('null');
    expect(cell('spend.total').textContent).toBe('±0.0 万元 相同');
  });
});
