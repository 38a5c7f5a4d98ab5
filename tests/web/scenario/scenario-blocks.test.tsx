// @vitest-environment jsdom
/**
 * Editor inputs for the issue-15 scenario blocks (school conditions, commitments, rotation donorRule / levelAware,
 * objective.margin) and for costs and budgets written as expressions in `year`: each edit reaches the saved file,
 * the saved file reads back through the engine as YAML, and a bad value shows at its field with its path.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { ScenarioScreen, type ScenarioClient } from '../../../web/app/src/features/scenario/ScenarioScreen.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { WorkspaceProvider } from '../../../web/app/src/workspace.tsx';
import { mockClient, scenarioFile } from './stored-scenarios.ts';

afterEach(cleanup);

const SLOW = { timeout: 10_000 };

async function openBaseline(client: ScenarioClient) {
  render(<I18nProvider><WorkspaceProvider><ScenarioScreen client={client} /></WorkspaceProvider></I18nProvider>);
  await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(2), SLOW);
  fireEvent.change(screen.getByTestId('scenario-select'), { target: { value: '1' } });
  await screen.findByTestId('scenario-save', {}, SLOW);
  await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('save-as-name').value).toContain(scenarioFile('baseline').name), SLOW);
}

const field = (path: string) => {
  const el = document.querySelector<HTMLElement>(`[data-field="${path}"]`);
  if (!el) throw new Error(`no field ${path}`);
  return el;
};
const input = (path: string, selector = 'input, select') => field(path).querySelector<HTMLInputElement>(selector)!;
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const click = (path: string) => fireEvent.click(input(path, 'input[type="checkbox"]'));
const saveButton = () => screen.getByTestId<HTMLButtonElement>('scenario-save');

describe('inputs for the school conditions, commitments, rotation and margin', () => {
  it('every new input reaches the saved scenario, marked as changed, and reads back as YAML', async () => {
    const client = mockClient();
    await openBaseline(client);
    click('/schoolConditions/classrooms');
    type(input('/schoolConditions/classrooms/unitCost'), '25万');
    type(input('/schoolConditions/classrooms/noOverSizeFrom', 'select'), '2027');
    click('/schoolConditions/classrooms/everyPupilSeated');
    click('/schoolConditions/artsRooms');
    type(input('/schoolConditions/artsRooms/musicRoomCost'), '300000');
    type(input('/schoolConditions/artsRooms/meetFrom', 'select'), '2028');
    type(input('/policy/rotation/donorRule', 'select'), 'county-ratio');
    click('/policy/rotation/levelAware');
    type(input('/objective/margin', 'input[type="number"]'), '2');
    click('/commitments/operatingFunds');
    type(input('/commitments/perPupil/primary'), '700');
    type(input('/commitments/trainingShare', 'input[type="number"]'), '6');
    type(input('/costs/teachingAreaPerM2'), '2800 * 1.05^year');
    // The formula is previewed year by year: 2800 · 1.05 = 2,940 in 2026 (year 1).
    expect(within(field('/costs/teachingAreaPerM2')).getByTestId('amount-preview').textContent).toContain('2026: 2,940');
    for (const path of ['/schoolConditions/classrooms/unitCost', '/policy/rotation/donorRule', '/objective/margin', '/commitments/operatingFunds', '/costs/teachingAreaPerM2']) {
      expect(field(path).dataset.changed).toBe('yes');
    }
    expect(field('/budget/carryOver').dataset.changed).toBe('no');
    expect(saveButton().disabled).toBe(false);
    fireEvent.click(saveButton());
    await waitFor(() => expect(client.saveScenario).toHaveBeenCalledTimes(1), SLOW);
    const saved = vi.mocked(client.saveScenario).mock.calls[0]![1];
    const baseline = scenarioFile('baseline');
    expect(saved).toEqual({
      ...baseline,
      costs: { ...baseline.costs, teachingAreaPerM2: '2800 * 1.05^year' },
      policy: { ...baseline.policy, rotation: { ...baseline.policy?.rotation, donorRule: 'county-ratio', levelAware: false } },
      objective: { ...baseline.objective, margin: 0.02 },
      schoolConditions: { classrooms: { unitCost: '25万', noOverSizeFrom: 2027, everyPupilSeated: true }, artsRooms: { musicRoomCost: 300_000, meetFrom: 2028 } },
      commitments: { operatingFunds: true, perPupil: { primary: 700 }, trainingShare: 0.06 },
    });
    // The saved file as YAML, read by the engine: "25万" = 250,000 yuan; teaching building 2,940 / 3,087 / 3,241.35.
    const { scenario } = parseScenarioText(stringify(saved), 'saved.yaml');
    expect(scenario.prices.map((p) => p.classroom)).toEqual([250_000, 250_000, 250_000]);
    expect(scenario.prices.map((p) => p.teachingAreaPerM2)).toEqual([2940, 3087, 3241.35].map((v) => expect.closeTo(v, 6)));
    expect(scenario.rotation).toMatchObject({ donorRule: 'county-ratio', levelAware: false });
    expect(scenario.commitments).toMatchObject({ operatingFunds: true, rule: { perPupil: { primary: 700, junior: 850 }, trainingShare: 0.06 } });
    expect(scenario.objective.margin).toBe(0.02);
  });

  it('shows a bad formula at its field with the path and blocks save', async () => {
    const client = mockClient();
    await openBaseline(client);
    click('/schoolConditions/classrooms');
    type(input('/schoolConditions/classrooms/unitCost'), 'year = 3');
    const errors = within(field('/schoolConditions/classrooms/unitCost')).getByRole('alert');
    expect(errors.textContent).toContain('/schoolConditions/classrooms/unitCost');
    expect(errors.textContent).toContain('标准教室造价');
    expect(errors.textContent).toContain('不允许赋值（第 6 个字符）');
    expect(saveButton().disabled).toBe(true);
    type(input('/schoolConditions/classrooms/unitCost'), '25万');
    // "5000 - 2000 * year" is −1,000 in 2028 (year 3): refused there, naming the year.
    type(input('/costs/degreeUpgrade'), '5000 - 2000 * year');
    expect(within(field('/costs/degreeUpgrade')).getByRole('alert').textContent).toMatch(/在 2028 年（year = 3）[\s\S]*\/costs\/degreeUpgrade/);
    type(input('/costs/degreeUpgrade'), '-5');
    expect(within(field('/costs/degreeUpgrade')).getByRole('alert').textContent).toContain('不能为负数');
    type(input('/costs/degreeUpgrade'), '');
    type(input('/commitments/minPupils'), '-5');
    expect(within(field('/commitments/minPupils')).getByRole('alert').textContent).toContain('/commitments/minPupils');
    expect(saveButton().disabled).toBe(true);
    expect(client.saveScenario).not.toHaveBeenCalled();
  });

  it('takes a budget formula and totals it year by year', async () => {
    const client = mockClient();
    await openBaseline(client);
    // Baseline: 1,000 万 a year. "1000万 * year" in 2026 (year 1) = 1,000 万, so the total stays 3,000 万 …
    type(screen.getByTestId('budget-0'), '1000万 * year');
    expect(screen.getByTestId('budget-total').textContent).toContain('3,000.0 万元');
    // … and "1000万 * year" in 2027 (year 2) = 2,000 万: total 1,000 + 2,000 + 1,000 = 4,000 万.
    type(screen.getByTestId('budget-1'), '1000万 * year');
    expect(screen.getByTestId('budget-total').textContent).toContain('4,000.0 万元');
    fireEvent.click(saveButton());
    await waitFor(() => expect(client.saveScenario).toHaveBeenCalledTimes(1), SLOW);
    expect(vi.mocked(client.saveScenario).mock.calls[0]![1].budget.perYear).toEqual(['1000万 * year', '1000万 * year', 10_000_000]);
  });
});
