// @vitest-environment jsdom
/** The batch's progress line says its status in the interface's language ("进行中", not "running"), with English plurals. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProvinceScreen } from '../../../web/app/src/features/province/ProvinceScreen.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { FakeEventSource } from '../fake-event-source.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  FakeEventSource.reset();
});

async function startBatch(lang: 'zh' | 'en') {
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
    if (url === '/api/datasets') return json([{ id: 4, name: '甲县', fileName: 'a.csv', format: 'csv', schools: 40, warnings: [], createdAt: '2026-11-23T08:00:00Z' }]);
    if (url === '/api/scenarios') return json([{ id: 9, version: 1, name: '基线', createdAt: '', updatedAt: '' }]);
    if (url === '/api/batches' && init?.method === 'POST') return json({ id: 5, status: 'queued' }, 202);
    return json({}, 404);
  }));
  render(<I18nProvider initial={lang}><ProvinceScreen /></I18nProvider>);
  fireEvent.click(await screen.findByTestId('province-dataset-4'));
  await screen.findByText('#9 基线');
  fireEvent.change(screen.getByTestId('province-scenario'), { target: { value: '9' } });
  fireEvent.click(screen.getByTestId('province-start'));
  await screen.findByTestId('province-progress');
}

describe('province progress', () => {
  it('words the batch status in Chinese', async () => {
    await startBatch('zh');
    expect(screen.getByTestId('province-progress').textContent).toBe('批量 #5：排队中，已完成 0 / 1 个县');
    act(() => FakeEventSource.last!.send('status', { type: 'status', status: 'running', stage: null }));
    expect(screen.getByTestId('province-progress').textContent).toBe('批量 #5：进行中，已完成 0 / 1 个县');
    expect(screen.getByTestId('province-progress').textContent).not.toMatch(/running|queued/);
  });

  it('and in English, with the county count in the singular', async () => {
    await startBatch('en');
    act(() => FakeEventSource.last!.send('status', { type: 'status', status: 'running', stage: null }));
    expect(screen.getByTestId('province-progress').textContent).toBe('Batch #5: running, 0 of 1 county done');
  });
});
