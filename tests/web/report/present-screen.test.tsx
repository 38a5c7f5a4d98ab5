// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Run } from '../../../web/app/src/api/client.ts';
import { PresentScreen } from '../../../web/app/src/features/report/PresentScreen.tsx';
import { ReportScreen } from '../../../web/app/src/features/report/ReportScreen.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { WorkspaceProvider, useWorkspace } from '../../../web/app/src/workspace.tsx';
import { report, year } from '../results/fixtures.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const RUN: Run = {
  id: 5, datasetId: 1, scenarioId: 2, scenarioVersion: 3, status: 'done', stage: null, error: null, createdAt: '2026-11-23T08:00:00Z', startedAt: null, finishedAt: '2026-11-23T08:01:00Z',
  result: report('前重后轻 front-loaded', [
    year(2026, { construction: 4_000_000 }, { primary: { degreeTeachers: 0.4 }, junior: { degreeTeachers: 0.3 } }, 5),
    year(2027, { hiring: 1_000_000 }, { primary: { degreeTeachers: 0.35 }, junior: { degreeTeachers: 0.28 } }, 8),
  ]),
};

function stubApi(): void {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
    if (url === '/api/runs/5') return json(RUN);
    if (url === '/api/datasets/1') return json({ id: 1, county: { source: 'x', schools: [], ignoredColumns: [] } });
    if (url === '/api/scenarios/2/versions/3') return json({ id: 2, version: 3, name: '前重后轻 front-loaded', text: '', scenario: { name: '前重后轻 front-loaded' } });
    return new Response('{}', { status: 404 });
  }));
}

function ShowRun({ id }: { id: number }) {
  const ws = useWorkspace();
  useEffect(() => ws.setRunId(id), []); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
}

function renderWith(screenNode: ReactElement) {
  return render(<I18nProvider initial="zh"><WorkspaceProvider><ShowRun id={5} />{screenNode}</WorkspaceProvider></I18nProvider>);
}

const slideOf = () => screen.queryByTestId('present-slide')?.getAttribute('data-slide') ?? null;

describe('presentation of the current run', () => {
  it('starts on the title, steps with the arrow keys and buttons, and leaves with Escape', async () => {
    stubApi();
    renderWith(<PresentScreen />);
    fireEvent.click(await screen.findByTestId('present-start'));
    expect(slideOf()).toBe('title');
    expect(screen.getByTestId('report-title-page').textContent).toContain('前重后轻 front-loaded');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(slideOf()).toBe('narrative'); // the same pages as the report
    expect(screen.getByTestId('report-narrative').textContent).toContain('2026年：投入 400.0 万元');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(slideOf()).toBe('report-run5-spend');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(slideOf()).toBe('report-run5-cv-primary');
    fireEvent.click(screen.getByTestId('present-prev'));
    expect(slideOf()).toBe('report-run5-spend');
    fireEvent.keyDown(window, { key: 'End' });
    expect(slideOf()).toBe('report-run5-passing');
    expect((screen.getByTestId('present-next') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(slideOf()).toBeNull();
    expect(screen.getByTestId('present-start')).toBeTruthy();
  });
});

describe('report of the current run', () => {
  it('puts the title page first, then the narrative, then one chart per page', async () => {
    stubApi();
    renderWith(<ReportScreen />);
    await screen.findByTestId('report-title-page');
    const pages = [...document.querySelectorAll('.report-page')];
    expect(pages[0]!.getAttribute('data-testid')).toBe('report-title-page');
    expect(pages[1]!.getAttribute('data-slide')).toBe('narrative');
    const charts = pages.slice(2);
    expect(charts.map((p) => p.getAttribute('data-slide'))).toEqual(['report-run5-spend', 'report-run5-cv-primary', 'report-run5-cv-junior', 'report-run5-passing']);
    for (const page of charts) expect(page.querySelectorAll('figure.chart')).toHaveLength(1);
  });
});
