// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareRuns } from '../../../engine/compare/compare.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import type { Run } from '../../../web/app/src/api/client.ts';
import { CompareScreen } from '../../../web/app/src/features/compare/CompareScreen.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { WorkspaceProvider } from '../../../web/app/src/workspace.tsx';
import { report, year } from '../results/fixtures.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const run = (id: number, status: Run['status']): Run => ({
  id, datasetId: 1, scenarioId: id, scenarioVersion: 1, status, stage: null, error: null, createdAt: '2026-11-23T08:00:00Z', startedAt: null, finishedAt: null,
});
const RUNS = [run(1, 'done'), run(2, 'done'), run(3, 'done'), run(4, 'done'), run(5, 'done'), run(6, 'running'), run(7, 'failed')];
const plan = (name: string, passing: number) => ({
  scenario: { name, years: [2026] } as unknown as ScenarioFile,
  report: report(name, [year(2026, { construction: 1_000_000 * passing }, { primary: { degreeTeachers: 0.1 * passing }, junior: {} }, passing)]),
});

function stubApi(): ReturnType<typeof vi.fn> {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    if (url === '/api/runs') return json(RUNS);
    if (url === '/api/scenarios') return json(RUNS.map((r) => ({ id: r.id, version: 1, name: `方案${r.id}`, createdAt: '', updatedAt: '' })));
    if (url === '/api/compare') {
      const { runIds } = JSON.parse(init!.body as string) as { runIds: number[] };
      return json(compareRuns(runIds.map((id) => plan(`方案${id}`, id))));
    }
    return new Response('{}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('CompareScreen', () => {
  it('takes 2 to 4 finished runs in the order chosen, the first as baseline, and shows their differences', async () => {
    const fetch = stubApi();
    render(<I18nProvider initial="zh"><WorkspaceProvider initialScreen="compare"><CompareScreen /></WorkspaceProvider></I18nProvider>);
    await screen.findByTestId('compare-choose-1');
    expect(screen.queryByTestId('compare-choose-6')).toBeNull(); // still running
    expect((screen.getByTestId('compare-choose-7') as HTMLInputElement).disabled).toBe(true); // failed: no plan
    const button = screen.getByTestId('compare-run') as HTMLButtonElement;
    fireEvent.click(screen.getByTestId('compare-choose-3'));
    expect(button.disabled).toBe(true);
    for (const id of [1, 2, 4, 5]) fireEvent.click(screen.getByTestId(`compare-choose-${id}`));
    expect((screen.getByTestId('compare-choose-5') as HTMLInputElement).checked).toBe(false); // a fifth is refused
    expect(screen.getByTestId('compare-choose-3').parentElement!.textContent).toContain('(基准)');
    fireEvent.click(button);
    const table = await screen.findByTestId('compare-deltas');
    const call = fetch.mock.calls.find(([url]) => url === '/api/compare')!;
    expect(JSON.parse((call[1] as RequestInit).body as string)).toEqual({ runIds: [3, 1, 2, 4] });
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['指标', '方案3 (基准)', '方案1', '方案2', '方案4']);
    // schools passing 3 (baseline) → 1: two fewer, worse
    expect(table.querySelector('tr[data-metric="passing"] td:nth-of-type(2)')!.textContent).toBe('1−2 更差');
    await waitFor(() => expect(document.querySelectorAll('.chart-grid[data-kind="spend"] figure.chart')).toHaveLength(4));
    expect([...document.querySelectorAll('.chart-grid[data-kind]')].map((g) => g.getAttribute('data-kind'))).toEqual(['spend', 'cv-primary', 'passing']);
  });
});
