// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { ScenarioScreen } from '../../../web/app/src/features/scenario/ScenarioScreen.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { WorkspaceProvider } from '../../../web/app/src/workspace.tsx';
import { mockClient, scenarioFile, stored } from './stored-scenarios.ts';

afterEach(cleanup);
const SLOW = { timeout: 10_000 };

/** Scenario 1 with two versions: version 2 has a larger first-year budget. */
function twoVersions() {
  const v1 = stored(1, scenarioFile('baseline'), 1);
  const v2file: ScenarioFile = { ...v1.scenario, budget: { ...v1.scenario.budget, perYear: [99_000_000, 10_000_000, 10_000_000] } };
  const v2 = stored(1, v2file, 2);
  return mockClient({
    scenarios: vi.fn(async () => [{ id: 1, version: 2, name: v1.name, createdAt: v1.createdAt, updatedAt: v1.createdAt }]),
    scenario: vi.fn(async () => v2),
    scenarioVersion: vi.fn(async (_id: number, version: number) => (version === 1 ? v1 : v2)),
    scenarioVersions: vi.fn(async () => [{ version: 1, name: v1.name, createdAt: v1.createdAt }, { version: 2, name: v2.name, createdAt: v2.createdAt }]),
    saveScenario: vi.fn(async (id: number, file: ScenarioFile) => stored(id, file, 3)),
  });
}

async function openScenario() {
  const client = twoVersions();
  render(<I18nProvider><WorkspaceProvider><ScenarioScreen client={client} /></WorkspaceProvider></I18nProvider>);
  await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1), SLOW);
  fireEvent.change(screen.getByTestId('scenario-select'), { target: { value: '1' } });
  await screen.findByTestId('version-load-1', {}, SLOW);
  return client;
}

describe('scenario versions', () => {
  it('loads an older version with the selector and the editor agreeing, and saves it as a new version unchanged', async () => {
    const client = await openScenario();
    fireEvent.click(screen.getByTestId('version-load-1'));
    await screen.findByTestId('save-older', {}, SLOW);
    const selected = screen.getByTestId<HTMLSelectElement>('scenario-select').selectedOptions[0]!.textContent!;
    expect(selected).toContain('第 1 版');
    expect(screen.getByText(/正在编辑第 1 版/)).toBeTruthy();
    const save = screen.getByTestId<HTMLButtonElement>('scenario-save');
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await waitFor(() => expect(client.saveScenario).toHaveBeenCalledTimes(1), SLOW);
    expect(vi.mocked(client.saveScenario).mock.calls[0]![1]).toEqual(scenarioFile('baseline'));
  });

  it('restores a version in one click as a new version', async () => {
    const client = await openScenario();
    fireEvent.click(screen.getByTestId('version-restore-1'));
    await waitFor(() => expect(client.saveScenario).toHaveBeenCalledTimes(1), SLOW);
    expect(vi.mocked(client.saveScenario).mock.calls[0]).toEqual([1, scenarioFile('baseline')]);
    expect((await screen.findByTestId('scenario-status', {}, SLOW)).textContent).toContain('已将第 1 版恢复为第 3 版');
  });
});
