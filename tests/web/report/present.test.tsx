// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import type { Run } from '../../../web/app/src/api/client.ts';
import { stepFor } from '../../../web/app/src/features/report/PresentScreen.tsx';
import { TitlePage } from '../../../web/app/src/features/report/TitlePage.tsx';
import type { RunData } from '../../../web/app/src/shared/run-data.ts';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { report, year } from '../results/fixtures.ts';

afterEach(cleanup);

function runData(id: number, name: string, passing: number, spend: number): RunData {
  const result = report(name, [
    year(2026, { construction: spend / 2 }, { primary: { degreeTeachers: 0.41 }, junior: { degreeTeachers: 0.3 } }, passing - 2),
    year(2027, { equipment: spend / 2 }, { primary: { degreeTeachers: 0.36 }, junior: { degreeTeachers: 0.47 } }, passing),
  ]);
  const run: Run = { id, datasetId: 1, scenarioId: id, scenarioVersion: 1, status: 'done', stage: null, error: null, createdAt: '2026-11-23T08:00:00Z', startedAt: null, finishedAt: '2026-11-23T08:01:00Z', result };
  return { run, scenarioName: name, names: new Map(), schools: [], standard: quality2017 };
}

describe('presentation keys', () => {
  it('steps forward and back within the slides', () => {
    expect(stepFor('ArrowRight', 0, 5)).toBe(1);
    expect(stepFor(' ', 3, 5)).toBe(4);
    expect(stepFor('ArrowRight', 4, 5)).toBe(4); // stays on the last slide
    expect(stepFor('ArrowLeft', 0, 5)).toBe(0);
    expect(stepFor('PageUp', 3, 5)).toBe(2);
    expect(stepFor('End', 1, 5)).toBe(4);
    expect(stepFor('Home', 4, 5)).toBe(0);
    expect(stepFor('a', 2, 5)).toBeNull();
    expect(stepFor('Escape', 2, 5)).toBeNull();
  });
});

describe('report title page', () => {
  it('names the scenarios and gives each run\'s key figures', () => {
    render(<I18nProvider initial="zh"><TitlePage runs={[runData(3, '基线方案 baseline', 8, 12_000_000), runData(4, '不新建校舍 no construction', 6, 9_000_000)]} /></I18nProvider>);
    const page = screen.getByTestId('report-title-page');
    expect(within(page).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['基线方案 baseline', '不新建校舍 no construction']);
    const figures = page.querySelectorAll('table')[1]!;
    const rows = within(figures as HTMLElement).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    // spend over the plan in 万元, final-year schools passing of 10, largest final-year coefficient (0.47 junior)
    expect(rows).toEqual([
      ['#3', '基线方案 baseline', '1,200.0 万元', '8 / 10', '0.47'],
      ['#4', '不新建校舍 no construction', '900.0 万元', '6 / 10', '0.47'],
    ]);
  });

  it('writes money in million yuan in English', () => {
    render(<I18nProvider initial="en"><TitlePage runs={[runData(3, 'baseline', 8, 12_000_000)]} /></I18nProvider>);
    expect(screen.getByText('12.00 M yuan')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('County compulsory-education balance plan: report');
  });
});
