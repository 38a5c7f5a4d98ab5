// @vitest-environment jsdom
/**
 * 「取消」/"Cancel" on a run, a sweep and a province batch: shown while the job is queued or running and only to
 * a session that may run, it POSTs …/:id/cancel and shows the cancelled status; a 409 (already ended) is a
 * notice in words. The server is a fetch stub and the event stream a hand-driven EventSource.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionBody } from '../../../web/app/src/api/client.ts';
import { SweepPanel } from '../../../web/app/src/features/compare/SweepPanel.tsx';
import { ProvinceScreen } from '../../../web/app/src/features/province/ProvinceScreen.tsx';
import { RunPanel } from '../../../web/app/src/features/results/RunPanel.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { runOutcome } from '../../../web/app/src/shared/run-status.ts';
import { mayRun, SessionContext } from '../../../web/app/src/shared/session.ts';
import { WorkspaceProvider } from '../../../web/app/src/workspace.tsx';
import { FakeEventSource } from '../fake-event-source.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  FakeEventSource.reset();
});

const PLANNER: SessionBody = { user: { name: 'li', role: 'planner' }, authRequired: true };
const VIEWER: SessionBody = { user: { name: 'wang', role: 'viewer' }, authRequired: true };

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const job = (id: number, status: string) => ({
  id, datasetId: 4, scenarioId: 9, scenarioVersion: 1, status, stage: null, error: null, createdAt: '2026-11-23T08:00:00Z', startedAt: null, finishedAt: null,
});

/** The server: lists, starts (202 with id 31) and the cancel route answering `cancel` (200 cancelled or 409). */
function stubServer(cancel: 200 | 409) {
  const calls: { url: string; method: string }[] = [];
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    calls.push({ url, method });
    if (url === '/api/datasets') return json([{ id: 4, name: '样例县', fileName: 'a.csv', format: 'csv', schools: 40, warnings: [], createdAt: '2026-11-23T08:00:00Z' }]);
    if (url === '/api/scenarios') return json([{ id: 9, version: 1, name: '基线', createdAt: '', updatedAt: '' }]);
    if (url === '/api/runs' && method === 'GET') return json([]);
    if (/^\/api\/(runs|sweeps|batches)$/.test(url) && method === 'POST') return json({ id: 31, status: 'queued' }, 202);
    const cancelled = /^\/api\/(runs|sweeps|batches)\/31\/cancel$/.exec(url);
    if (cancelled && method === 'POST') {
      return cancel === 200 ? json({ ...job(31, 'cancelled'), pointsDone: 0, countiesDone: 0 }) : json({ error: 'run-finished', message: 'run 31 has already ended (done)' }, 409);
    }
    if (url === '/api/runs/31') return json(job(31, 'done'));
    if (url === '/api/sweeps/31') return json({ ...job(31, 'done'), pointsDone: 9, result: null });
    if (url === '/api/batches/31') return json({ ...job(31, 'done'), countiesDone: 1, result: null });
    return json({}, 404);
  });
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('fetch', fetch);
  return calls;
}

function wrap(session: SessionBody, lang: 'zh' | 'en', children: ReactNode) {
  return (
    <I18nProvider initial={lang}>
      <SessionContext.Provider value={{ session, refresh: async () => {}, signOut: async () => {} }}>
        <WorkspaceProvider>{children}</WorkspaceProvider>
      </SessionContext.Provider>
    </I18nProvider>
  );
}

async function startRun(session: SessionBody, lang: 'zh' | 'en' = 'en') {
  render(wrap(session, lang, <RunPanel onFinished={() => {}} />));
  await screen.findByText('#4 样例县');
  await screen.findByText('#9 基线');
  fireEvent.change(screen.getByTestId('run-dataset'), { target: { value: '4' } });
  fireEvent.change(screen.getByTestId('run-scenario'), { target: { value: '9' } });
  fireEvent.click(screen.getByTestId('run-start'));
  await screen.findByTestId('run-live');
}

const cancelPosts = (calls: { url: string; method: string }[]) => calls.filter((c) => c.url.endsWith('/cancel'));

describe('cancel a run (results screen)', () => {
  it('shows 取消 while queued or running, POSTs the run\'s cancel URL and shows it cancelled', async () => {
    const calls = stubServer(200);
    await startRun(PLANNER, 'zh');
    const button = screen.getByTestId('cancel-run-31');
    expect(button.textContent).toBe('取消');
    act(() => FakeEventSource.last!.send('status', { type: 'status', status: 'running', stage: null }));
    fireEvent.click(screen.getByTestId('cancel-run-31'));
    await waitFor(() => expect(screen.getByTestId('run-live').getAttribute('data-status')).toBe('cancelled'));
    expect(cancelPosts(calls)).toEqual([{ url: '/api/runs/31/cancel', method: 'POST' }]);
    expect(screen.getByTestId('run-live').textContent).toBe('运行 #31: 已取消');
    expect(screen.queryByTestId('cancel-run-31')).toBeNull();
  });

  it('disappears when the run finishes on its own', async () => {
    stubServer(200);
    await startRun(PLANNER);
    expect(screen.getByTestId('cancel-run-31').textContent).toBe('Cancel');
    act(() => FakeEventSource.last!.send('end', { type: 'end', status: 'done', error: null }));
    expect(screen.queryByTestId('cancel-run-31')).toBeNull();
  });

  it('is not shown to a viewer', async () => {
    stubServer(200);
    await startRun(VIEWER);
    expect(screen.getByTestId('run-live').getAttribute('data-status')).toBe('queued');
    expect(screen.queryByTestId('cancel-run-31')).toBeNull();
    expect(screen.queryByText('Cancel')).toBeNull();
  });

  it('says so in words when the run had already ended (409), in both languages', async () => {
    for (const [lang, words] of [['zh', '运行 #31 已经结束，无需取消。'], ['en', 'Run #31 has already finished; there is nothing to cancel.']] as const) {
      stubServer(409);
      await startRun(PLANNER, lang);
      fireEvent.click(screen.getByTestId('cancel-run-31'));
      expect((await screen.findByTestId('cancel-run-31-notice')).textContent).toBe(words);
      // The ended run is fetched again: its status replaces "queued" and the button goes.
      await waitFor(() => expect(screen.getByTestId('run-live').getAttribute('data-status')).toBe('done'));
      expect(screen.queryByTestId('cancel-run-31')).toBeNull();
      cleanup();
    }
  });
});

describe('cancel a run from the past runs list', () => {
  it('offers 取消 on the run still going only, and lists it again as cancelled', async () => {
    let status = 'running';
    const posted: string[] = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/runs' && !init?.method?.startsWith('P')) return json([job(7, status), job(6, 'done')]);
      if (url === '/api/runs/7/cancel' && init?.method === 'POST') { posted.push(url); status = 'cancelled'; return json(job(7, status)); }
      return json([]);
    }));
    render(wrap(PLANNER, 'zh', <RunPanel onFinished={() => {}} />));
    fireEvent.click(await screen.findByTestId('cancel-run-7'));
    expect(screen.queryByTestId('cancel-run-6')).toBeNull();
    await waitFor(() => expect(document.querySelector('tr[data-run-id="7"]')!.getAttribute('data-status')).toBe('cancelled'));
    expect(posted).toEqual(['/api/runs/7/cancel']);
    expect(document.querySelector('tr[data-run-id="7"] .run-status')!.textContent).toBe('已取消');
    expect(screen.queryByTestId('cancel-run-7')).toBeNull();
  });
});

describe('cancel a sweep (compare screen)', () => {
  async function startSweep(session: SessionBody, lang: 'zh' | 'en') {
    render(wrap(session, lang, <SweepPanel scenarioId={9} datasetId={4} renderResult={() => null} />));
    fireEvent.click(screen.getByTestId('sweep-start'));
    await screen.findByTestId('sweep-progress');
  }

  it('POSTs the sweep\'s cancel URL and words the progress as cancelled', async () => {
    const calls = stubServer(200);
    await startSweep(PLANNER, 'zh');
    act(() => FakeEventSource.last!.send('status', { type: 'status', status: 'running', stage: null }));
    fireEvent.click(screen.getByTestId('cancel-sweep-31'));
    await waitFor(() => expect(screen.getByTestId('sweep-progress').getAttribute('data-status')).toBe('cancelled'));
    expect(cancelPosts(calls)).toEqual([{ url: '/api/sweeps/31/cancel', method: 'POST' }]);
    expect(screen.getByTestId('sweep-progress').textContent).toContain('已取消');
    expect(screen.queryByTestId('cancel-sweep-31')).toBeNull();
  });

  it('is hidden for a viewer and gone once the sweep has ended; a 409 is a notice', async () => {
    stubServer(409);
    await startSweep(VIEWER, 'en');
    expect(screen.queryByTestId('cancel-sweep-31')).toBeNull();
    cleanup();
    await startSweep(PLANNER, 'en');
    fireEvent.click(screen.getByTestId('cancel-sweep-31'));
    expect((await screen.findByTestId('cancel-sweep-31-notice')).textContent).toBe('Sweep #31 has already finished; there is nothing to cancel.');
    await waitFor(() => expect(screen.getByTestId('sweep-progress').getAttribute('data-status')).toBe('done'));
    expect(screen.queryByTestId('cancel-sweep-31')).toBeNull();
  });
});

describe('cancel a province batch', () => {
  async function startBatch(session: SessionBody, lang: 'zh' | 'en') {
    render(wrap(session, lang, <ProvinceScreen />));
    fireEvent.click(await screen.findByTestId('province-dataset-4'));
    await screen.findByText('#9 基线');
    fireEvent.change(screen.getByTestId('province-scenario'), { target: { value: '9' } });
    fireEvent.click(screen.getByTestId('province-start'));
    await screen.findByTestId('province-progress');
  }

  it('POSTs the batch\'s cancel URL and words the progress as cancelled', async () => {
    const calls = stubServer(200);
    await startBatch(PLANNER, 'en');
    fireEvent.click(screen.getByTestId('cancel-batch-31'));
    await waitFor(() => expect(screen.getByTestId('province-progress').textContent).toBe('Batch #31: cancelled, 0 of 1 county done'));
    expect(cancelPosts(calls)).toEqual([{ url: '/api/batches/31/cancel', method: 'POST' }]);
    expect(screen.queryByTestId('cancel-batch-31')).toBeNull();
  });

  it('is hidden for a viewer; a 409 is a notice in Chinese', async () => {
    stubServer(409);
    await startBatch(VIEWER, 'zh');
    expect(screen.queryByTestId('cancel-batch-31')).toBeNull();
    cleanup();
    await startBatch(PLANNER, 'zh');
    fireEvent.click(screen.getByTestId('cancel-batch-31'));
    expect((await screen.findByTestId('cancel-batch-31-notice')).textContent).toBe('批量 #31 已经结束，无需取消。');
  });
});

describe('mayRun', () => {
  it('lets planners, admins and a single-user server run; not viewers or an unknown session', () => {
    expect(mayRun(PLANNER)).toBe(true);
    expect(mayRun({ user: { name: 'a', role: 'admin' }, authRequired: true })).toBe(true);
    expect(mayRun({ user: null, authRequired: false })).toBe(true);
    expect(mayRun(VIEWER)).toBe(false);
    expect(mayRun(null)).toBe(false);
  });

  it('a cancelled run is its own outcome, not "done"', () => {
    expect(runOutcome({ status: 'cancelled' })).toEqual({ key: 'cancelled', tone: 'neutral' });
  });
});
