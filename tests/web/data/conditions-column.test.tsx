// @vitest-environment jsdom
/**
 * The school conditions in the Data screen's table and on a school's page (issue 15 items 1–2): value / limit with
 * ✓ or ✗, sortable and filterable like the indicators. Expected values are worked from the sample county's rows.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../engine/indicators/types.ts';
import { EvaluationTable } from '../../../web/app/src/features/data/EvaluationTable.tsx';
import { CurrentEvaluation } from '../../../web/app/src/features/school/CurrentEvaluation.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { WorkspaceProvider } from '../../../web/app/src/workspace.tsx';
import { LangSwitch } from '../probe.tsx';
import { sampleEvaluation } from './sample-evaluation.ts';

let evaluation: Evaluation;
beforeAll(async () => { evaluation = await sampleEvaluation(); });
afterEach(cleanup);

const wrap = (node: React.ReactNode) => render(<I18nProvider><WorkspaceProvider><LangSwitch />{node}</WorkspaceProvider></I18nProvider>);
const bodyRows = () => within(screen.getByTestId('evaluation-table')).getAllByRole('row').slice(1);
const cell = (row: HTMLElement, key: string) => row.querySelector<HTMLElement>(`td[data-condition="${key}"]`)!;
const rowOf = (id: string) => bodyRows().find((r) => r.dataset.school === id)!;
const meets = (row: HTMLElement, key: string) => cell(row, key).querySelector<HTMLElement>('[data-meets]')?.dataset.meets;

describe('conditions column of the school table', () => {
  it('shows class size, school size, music and art rooms as value / limit with ✓ or ✗', () => {
    wrap(<EvaluationTable evaluation={evaluation} />);
    const headers = within(screen.getByTestId('evaluation-table')).getAllByRole('columnheader').map((h) => h.textContent);
    for (const name of ['班额', '学校规模', '音乐教室', '美术教室']) expect(headers.some((h) => h?.startsWith(name))).toBe(true);
    // S001 城关第一小学 (sample-county.csv): 1,462 pupils in 33 classes → 1,462 / 33 = 44.3 ≤ 45 ✓;
    // 1,462 ≤ 2,000 ✓; 33 classes need ⌈33 / 12⌉ = 3 music rooms, it has 4 of 96 m² (384 m²) → 4 ✓.
    const s001 = rowOf('S001');
    expect(cell(s001, 'classSize').textContent).toContain('44.3 / 45');
    expect(meets(s001, 'classSize')).toBe('yes');
    expect(cell(s001, 'schoolSize').textContent).toContain('1,462 / 2,000');
    expect(cell(s001, 'musicRooms').textContent).toContain('4 / 3');
    expect(meets(s001, 'musicRooms')).toBe('yes');
    // S010, a village primary: 9 classes need 1 music room; its one room is 72 m² (< 96 m²) so none counts → 0 / 1 ✗.
    const s010 = rowOf('S010');
    expect(cell(s010, 'musicRooms').textContent).toContain('0 / 1');
    expect(meets(s010, 'musicRooms')).toBe('no');
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect(within(screen.getByTestId('evaluation-table')).getByRole('button', { name: /Class size/ })).toBeTruthy();
  });

  it('filters the schools that do not meet one condition, or any', () => {
    wrap(<EvaluationTable evaluation={evaluation} />);
    const failing = (key?: string) => evaluation.schools.filter((s) => !s.excluded)
      .filter((s) => (s.conditions ?? []).some((c) => c.meets === false && (key === undefined || c.key === key))).length;
    fireEvent.change(screen.getByTestId('filter-conditions'), { target: { value: 'failing:musicRooms' } });
    expect(failing('musicRooms')).toBeGreaterThan(0);
    expect(bodyRows()).toHaveLength(failing('musicRooms'));
    for (const row of bodyRows()) expect(meets(row, 'musicRooms')).toBe('no');
    fireEvent.change(screen.getByTestId('filter-conditions'), { target: { value: 'failing' } });
    expect(bodyRows()).toHaveLength(failing());
    expect(failing()).toBeGreaterThanOrEqual(failing('musicRooms'));
  });

  it('sorts by class size against its limit, largest first when descending', () => {
    wrap(<EvaluationTable evaluation={evaluation} />);
    const button = within(screen.getByTestId('evaluation-table')).getByRole('button', { name: /^班额/ });
    fireEvent.click(button);
    fireEvent.click(button);
    const ratio = (id: string, level: string) => {
      const row = evaluation.schools.find((s) => s.id === id && s.level === level)!;
      const c = row.conditions.find((x) => x.key === 'classSize');
      return c && c.value !== null && !row.excluded ? c.value / c.limit : null;
    };
    const shown = bodyRows().map((r) => ratio(r.dataset.school!, r.dataset.level!)).filter((v): v is number => v !== null);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    expect(shown[0]).toBeGreaterThan(shown[shown.length - 1]!);
  });
});

describe('conditions on a school\'s page', () => {
  it('lists each condition with its limit, value and verdict in words', () => {
    wrap(<CurrentEvaluation evaluation={evaluation} schoolId="S010" />);
    const table = screen.getByTestId('school-conditions');
    const music = table.querySelector<HTMLElement>('tr[data-condition="musicRooms"]')!;
    expect(music.dataset.meets).toBe('false');
    expect(music.textContent).toContain('≥ 1');
    expect(music.textContent).toContain('未达到');
    // The basis says why: rooms of at least 96 m², total area 72 m².
    expect(music.textContent).toContain('72');
    expect(table.querySelector('tr[data-condition="classSize"]')!.textContent).toContain('≤ 45');
  });
});
