// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { clock, Elapsed } from '../../../web/app/src/shared/Elapsed.tsx';
import { estimateSeconds, useRuns } from '../../../web/app/src/shared/use-runs.ts';
import type { Run } from '../../../web/contract/index.ts';
import { FakeEventSource } from '../fake-event-source.ts';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); FakeEventSource.reset(); });

const run = (id: number, status: Run['status'], seconds = 10): Run => ({
  id, datasetId: 1, scenarioId: 2, scenarioVersion: 1, status, stage: null, error: null, createdAt: '2026-11-30T10:00:00Z',
  startedAt: '2026-11-30T10:00:00Z', finishedAt: status === 'done' ? new Date(Date.parse('2026-11-30T10:00:00Z') + seconds * 1000).toISOString() : null,
});

function RunList() {
  const runs = useRuns();
  return <ul>{runs.map((r) => <li key={r.id} data-testid={`run-${r.id}`}>{r.status}</li>)}</ul>;
}

describe('live run list', () => {
  it('follows runs still going and fetches the list again when one ends, without a reload', async () => {
    let status: Run['status'] = 'running';
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify([run(1, 'done'), run(2, status)]), { status: 200 })));
    render(<RunList />);
    await waitFor(() => expect(screen.getByTestId('run-2').textContent).toBe('running'));
    // The subscription is a passive effect of the render that shows the list: it may come a tick after it.
    await waitFor(() => expect(FakeEventSource.all.map((s) => s.url)).toEqual(['/api/runs/2/events']));
    status = 'done';
    act(() => FakeEventSource.all[0]!.send('end', { type: 'end', status: 'done', error: null }));
    await waitFor(() => expect(screen.getByTestId('run-2').textContent).toBe('done'));
    await waitFor(() => expect(FakeEventSource.all[0]!.closed).toBe(true)); // the effect's cleanup, as above
  });

  it('estimates from the median of similar finished runs', () => {
    expect(estimateSeconds([run(1, 'done', 10), run(2, 'done', 30), run(3, 'done', 20), run(4, 'running')], () => true)).toBe(20);
    expect(estimateSeconds([run(1, 'failed')], () => true)).toBeNull();
  });
});

describe('Elapsed', () => {
  it('counts the seconds since the start and shows the estimate', () => {
    vi.useFakeTimers();
    let now = 1_000_000;
    render(<I18nProvider initial="zh"><Elapsed since={1_000_000 - 5_000} estimate={75} now={() => now} /></I18nProvider>);
    expect(screen.getByTestId('elapsed').textContent).toBe('已用时 0:05 · 同类运行约需 1:15');
    now += 61_000;
    act(() => { vi.advanceTimersByTime(1000); });
    expect(screen.getByTestId('elapsed').textContent).toContain('已用时 1:06');
    vi.useRealTimers();
    expect(clock(3600)).toBe('60:00');
  });
});
