// @vitest-environment jsdom
/** A run's outcome in words and colour: an infeasible run is not "done" in green, in the runs list, the live status and the compare picker. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Run } from '../../../web/app/src/api/client.ts';
import { CompareScreen } from '../../../web/app/src/features/compare/CompareScreen.tsx';
import { RunPanel } from '../../../web/app/src/features/results/RunPanel.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { runOutcome } from '../../../web/app/src/shared/run-status.ts';
import { WorkspaceProvider } from '../../../web/app/src/workspace.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const base = { datasetId: 4, scenarioId: 9, scenarioVersion: 1, stage: null, error: null, createdAt: '2026-11-23T08:00:00Z', startedAt: '2026-11-23T08:00:01Z', finishedAt: '2026-11-23T08:00:09Z' };
const RUNS: Run[] = [
  { id: 1, ...base, status: 'done', outcome: 'optimal', hasPlan: true },
  { id: 2, ...base, status: 'done', outcome: 'infeasible', hasPlan: false },
  { id: 3, ...base, status: 'timeout', outcome: 'timeout', hasPlan: true },
  { id: 4, ...base, status: 'timeout', hasPlan: false },
  { id: 5, ...base, status: 'failed', error: 'the server stopped before this finished' },
];

function stubApi() {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
    if (url === '/api/datasets') return json([]);
    if (url === '/api/scenarios') return json([{ id: 9, version: 1, name: '基线', createdAt: '', updatedAt: '' }]);
    if (url === '/api/runs') return json(RUNS);
    return json({}, 404);
  }));
}

describe('runOutcome', () => {
  it('tells a finished run by its result, not its job status', () => {
    expect(RUNS.map((r) => runOutcome(r))).toEqual([
      { key: 'optimal', tone: 'good' }, { key: 'infeasible', tone: 'bad' }, { key: 'plan-timeout', tone: 'warn' },
      { key: 'timeout', tone: 'bad' }, { key: 'failed', tone: 'bad' },
    ]);
    expect(runOutcome({ status: 'running' })).toEqual({ key: 'running', tone: 'pending' });
    // An older server without outcome: the loaded result decides.
    expect(runOutcome({ status: 'done', result: { status: 'infeasible', years: [] } as unknown as Run['result'] }).key).toBe('infeasible');
    expect(runOutcome({ status: 'done' })).toEqual({ key: 'done', tone: 'neutral' });
  });
});

describe('past runs and compare picker', () => {
  it('show each outcome in words and colour, in Chinese and English', async () => {
    stubApi();
    render(<I18nProvider initial="zh"><WorkspaceProvider><RunPanel onFinished={() => {}} /></WorkspaceProvider></I18nProvider>);
    const list = await screen.findByTestId('run-list');
    const cell = (id: number) => list.querySelector(`tr[data-run-id="${id}"] .run-status`)!;
    expect(cell(2).textContent).toBe('✗ 无可行方案');
    expect(cell(2).getAttribute('data-tone')).toBe('bad');
    expect(cell(2).className).toContain('tone-bad');
    expect(cell(1).textContent).toBe('✓ 完成：最优方案');
    expect(cell(3).textContent).toBe('⚠ 超时：时限内最好方案');
    expect(cell(4).textContent).toBe('✗ 超时：无方案');
    expect(cell(5).textContent).toBe('✗ 失败');
    expect(list.textContent).not.toMatch(/完成(?!：)/);
    cleanup();
    render(<I18nProvider initial="en"><WorkspaceProvider><CompareScreen /></WorkspaceProvider></I18nProvider>);
    const picker = await screen.findByTestId('compare-choose-2');
    const label = picker.closest('label')!;
    expect(within(label).getByText(/Infeasible: no plan/).closest('.run-status')?.getAttribute('data-outcome')).toBe('infeasible');
    expect(screen.getByTestId('compare-choose-1').closest('label')!.textContent).toContain('✓ Done: optimal plan');
  });
});
