// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { ApiError } from '../../../web/app/src/api/client.ts';
import { ScenarioScreen, type ScenarioClient } from '../../../web/app/src/features/scenario/ScenarioScreen.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { WorkspaceProvider } from '../../../web/app/src/workspace.tsx';
import { mockClient, scenarioFile } from './stored-scenarios.ts';
import { WorkspaceProbe } from '../probe.tsx';

afterEach(cleanup);

const SLOW = { timeout: 10_000 };

async function open(client: ScenarioClient, id: number) {
  render(<I18nProvider><WorkspaceProvider><WorkspaceProbe /><ScenarioScreen client={client} /></WorkspaceProvider></I18nProvider>);
  await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(2), SLOW);
  fireEvent.change(screen.getByTestId('scenario-select'), { target: { value: String(id) } });
  await screen.findByTestId('scenario-save', {}, SLOW);
  // Loaded when the save-as name defaults to the chosen scenario's: typing before that would be overwritten.
  const name = scenarioFile(id === 1 ? 'baseline' : 'rotation-15-30').name;
  await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('save-as-name').value).toContain(name), SLOW);
}

const field = (path: string) => document.querySelector<HTMLElement>(`[data-field="${path}"]`)!;
const saveButton = () => screen.getByTestId<HTMLButtonElement>('scenario-save');
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

describe('scenario editor validation', () => {
  it('a negative budget shows an error naming the field and blocks save', async () => {
    const client = mockClient();
    await open(client, 1);
    type(screen.getByTestId('budget-1'), '-50');
    const errors = within(field('/budget/perYear')).getByRole('alert');
    expect(errors.textContent).toContain('/budget/perYear/1');
    expect(errors.textContent).toContain('当年预算');
    expect(errors.textContent).toContain('不能为负数');
    expect(saveButton().disabled).toBe(true);
    expect(screen.getByTestId('save-blocked')).toBeTruthy();
    fireEvent.click(saveButton());
    expect(client.saveScenario).not.toHaveBeenCalled();
    expect(within(screen.getByTestId('scenario-problems')).getByText('/budget/perYear/1')).toBeTruthy();
  });

  it('a share above 100% shows an error naming the field and blocks save, in either language', async () => {
    const client = mockClient();
    await open(client, 1);
    const minShare = field('/policy/rotation/minShare').querySelector<HTMLInputElement>('input[type="number"]')!;
    type(minShare, '150');
    const errors = within(field('/policy/rotation/minShare')).getByRole('alert');
    expect(errors.textContent).toContain('/policy/rotation/minShare');
    expect(errors.textContent).toContain('不能大于 1');
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect(within(field('/policy/rotation/minShare')).getByRole('alert').textContent).toContain('Yearly rotation share of eligible teachers');
    expect(saveButton().disabled).toBe(true);
    expect(screen.getByTestId<HTMLButtonElement>('scenario-save-as').disabled).toBe(true);
    expect(client.saveScenario).not.toHaveBeenCalled();
  });

  it('a valid edit saves the edited scenario as a new version', async () => {
    const client = mockClient();
    await open(client, 1);
    expect(saveButton().disabled).toBe(true);
    type(screen.getByTestId('budget-0'), '1200');
    expect(screen.getByTestId('budget-total').textContent).toContain('3,200.0 万元');
    fireEvent.click(saveButton());
    await waitFor(() => expect(client.saveScenario).toHaveBeenCalledTimes(1), SLOW);
    const [id, saved] = vi.mocked(client.saveScenario).mock.calls[0]!;
    expect(id).toBe(1);
    const expected: ScenarioFile = { ...scenarioFile('baseline'), budget: { perYear: [12_000_000, 10_000_000, 10_000_000], carryOver: true } };
    expect(saved).toEqual(expected);
    expect((await screen.findByTestId('scenario-status', {}, SLOW)).textContent).toContain('第 2 版');
  });

  it('save as new scenario creates it under the new name and selects it', async () => {
    const client = mockClient();
    await open(client, 2);
    type(screen.getByTestId('save-as-name'), '轮岗加强 副本');
    fireEvent.click(screen.getByTestId('scenario-save-as'));
    await waitFor(() => expect(client.createScenario).toHaveBeenCalledTimes(1), SLOW);
    expect(vi.mocked(client.createScenario).mock.calls[0]![0]).toEqual({ ...scenarioFile('rotation-15-30'), name: '轮岗加强 副本' });
    await waitFor(() => expect(screen.getByTestId('scenario-id').textContent).toBe('3'), SLOW);
  });

  it('server problems (422 with field and line) appear next to the field', async () => {
    const body = { error: 'invalid-scenario', message: 'invalid scenario: /objective/targets (line 9): has 2 values for 3 plan years', problems: [{ field: '/objective/targets', line: 9, message: 'has 2 values for 3 plan years' }] };
    const client = mockClient({ saveScenario: vi.fn(async () => { throw new ApiError(422, body); }) });
    await open(client, 1);
    type(screen.getByTestId('budget-0'), '1100');
    fireEvent.click(saveButton());
    await waitFor(() => expect(within(field('/objective/targets')).getByRole('alert').textContent).toContain('has 2 values for 3 plan years'), SLOW);
    expect(screen.getByTestId('scenario-problems').textContent).toContain('第 9 行');
  });
});

describe('scenario editor language', () => {
  it('switches labels and shows money in million yuan in English', async () => {
    await open(mockClient(), 1);
    expect((screen.getByTestId<HTMLInputElement>('budget-0')).value).toBe('1000');
    expect(field('/budget/carryOver').textContent).toContain('未用资金结转下一年');
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect((screen.getByTestId<HTMLInputElement>('budget-0')).value).toBe('10');
    expect(screen.getByTestId('budget-total').textContent).toContain('30.00 M yuan');
    expect(field('/budget/carryOver').textContent).toContain('Carry unspent money over');
    type(screen.getByTestId('budget-0'), '12.5');
    expect(screen.getByTestId('budget-total').textContent).toContain('32.50 M yuan');
  });
});

describe('scenario editor drafts', () => {
  it('keeps unsaved edits when the planner leaves the screen and comes back', async () => {
    const client = mockClient();
    function Toggle() {
      const [shown, setShown] = useState(true);
      return <><button type="button" onClick={() => setShown(!shown)}>toggle</button>{shown ? <ScenarioScreen client={client} /> : null}</>;
    }
    render(<I18nProvider><WorkspaceProvider><Toggle /></WorkspaceProvider></I18nProvider>);
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(2), SLOW);
    fireEvent.change(screen.getByTestId('scenario-select'), { target: { value: '2' } });
    type(await screen.findByTestId('budget-2', {}, SLOW), '900');
    fireEvent.click(screen.getByRole('button', { name: 'toggle' }));
    expect(screen.queryByTestId('scenario-screen')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'toggle' }));
    const year3 = await screen.findByTestId<HTMLInputElement>('budget-2', {}, SLOW);
    expect(year3.value).toBe('900');
    expect(screen.getByTestId('budget-total').textContent).toContain('2,900.0 万元');
    expect(vi.mocked(client.scenario).mock.calls.filter(([id]) => id === 2)).toHaveLength(1);
  });
});

describe('scenario editor baseline differences', () => {
  it('marks the fields that differ from the baseline and lists them', async () => {
    await open(mockClient(), 2);
    await waitFor(() => expect(field('/policy/rotation/minShare').getAttribute('data-changed')).toBe('yes'), SLOW);
    expect(field('/policy/rotation/minShare').textContent).toContain('≠ 基线');
    expect(field('/budget/perYear').getAttribute('data-changed')).toBe('no');
    const diff = screen.getByTestId('baseline-diff');
    const row = diff.querySelector('[data-path="/policy/rotation/minShare"]')!;
    expect(row.textContent).toContain('15%');
    expect(diff.querySelector('[data-path="/budget/perYear"]')).toBeNull();
  });

  it('an edit of the baseline itself marks the edited field', async () => {
    await open(mockClient(), 1);
    await waitFor(() => expect(screen.getByTestId('baseline-diff').textContent).toContain('与基线方案相同'), SLOW);
    expect(field('/construction/leadYears').getAttribute('data-changed')).toBe('no');
    fireEvent.change(field('/construction/leadYears').querySelector('select')!, { target: { value: '2' } });
    expect(field('/construction/leadYears').getAttribute('data-changed')).toBe('yes');
    expect(screen.getByTestId('baseline-diff').querySelector('[data-path="/construction/leadYears"]')).not.toBeNull();
  });
});
