// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunPanel } from '../../../web/app/src/features/results/RunPanel.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { WorkspaceProvider } from '../../../web/app/src/workspace.tsx';
import { FakeEventSource } from '../fake-event-source.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  FakeEventSource.reset();
});

describe('RunPanel', () => {
  it('starts a solve for the chosen dataset and scenario and shows its status and stage until it ends', async () => {
    const posted: unknown[] = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
      if (url === '/api/datasets') return json([{ id: 4, name: '样例县', fileName: 'a.csv', format: 'csv', schools: 40, warnings: [], createdAt: '2026-11-23T08:00:00Z' }]);
      if (url === '/api/scenarios') return json([{ id: 9, version: 2, name: '不新建校舍', createdAt: '', updatedAt: '' }]);
      if (url === '/api/runs' && init?.method === 'POST') { posted.push(JSON.parse(init.body as string)); return json({ id: 31, status: 'queued' }, 202); }
      if (url === '/api/runs') return json([]);
      return json({}, 404);
    }));
    const onFinished = vi.fn();
    render(<I18nProvider initial="en"><WorkspaceProvider><RunPanel onFinished={onFinished} /></WorkspaceProvider></I18nProvider>);
    const start = screen.getByTestId('run-start') as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    await screen.findByText('#4 样例县');
    await screen.findByText('#9 不新建校舍');
    fireEvent.change(screen.getByTestId('run-dataset'), { target: { value: '4' } });
    fireEvent.change(screen.getByTestId('run-scenario'), { target: { value: '9' } });
    expect(start.disabled).toBe(false);
    fireEvent.click(start);
    const live = await screen.findByTestId('run-live');
    expect(posted).toEqual([{ datasetId: 4, scenarioId: 9 }]);
    expect(FakeEventSource.last!.url).toBe('/api/runs/31/events');
    expect(live.textContent).toBe('Run #31: Queued · elapsed 0:00'); // the clock runs until the end event
    act(() => FakeEventSource.last!.send('status', { type: 'status', status: 'running', stage: null }));
    act(() => FakeEventSource.last!.send('progress', { type: 'progress', stage: 'solve' }));
    expect(screen.getByTestId('run-live').textContent).toMatch(/^Run #31: Solving · Stage: solving · elapsed 0:0\d$/);
    expect(onFinished).not.toHaveBeenCalled();
    act(() => FakeEventSource.last!.send('end', { type: 'end', status: 'done', error: null }));
    expect(screen.getByTestId('run-live').getAttribute('data-status')).toBe('done');
    expect(screen.getByTestId('run-live').textContent).toBe('Run #31: Done');
    expect(onFinished).toHaveBeenCalledWith(31);
    expect(FakeEventSource.last!.readyState).toBe(FakeEventSource.CLOSED);
  });
});
