// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../engine/indicators/types.ts';
import { EvaluationTable } from '../../../web/app/src/features/data/EvaluationTable.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { WorkspaceProvider } from '../../../web/app/src/workspace.tsx';
import { sampleEvaluation } from './sample-evaluation.ts';
import { LangSwitch } from '../probe.tsx';

let evaluation: Evaluation;
beforeAll(async () => { evaluation = await sampleEvaluation(); });
afterEach(cleanup);

function renderTable() {
  return render(
    <I18nProvider>
      <WorkspaceProvider>
        <LangSwitch />
        <EvaluationTable evaluation={evaluation} />
      </WorkspaceProvider>
    </I18nProvider>,
  );
}

const bodyRows = () => within(screen.getByTestId('evaluation-table')).getAllByRole('row').slice(1);
const schoolIds = () => bodyRows().map((r) => r.getAttribute('data-school'));
const studentsOf = (id: string, level: string) => evaluation.schools.find((s) => s.id === id && s.level === level)!.students;

describe('evaluation table (sample county)', () => {
  it('shows every evaluated school part of the real sample county', () => {
    renderTable();
    expect(bodyRows()).toHaveLength(evaluation.schools.length);
    const first = evaluation.schools[0]!;
    expect(screen.getAllByText(first.name).length).toBeGreaterThan(0);
  });

  it('sorts by the students column ascending, then descending', () => {
    renderTable();
    fireEvent.click(screen.getByRole('button', { name: /学生数/ }));
    const ascending = bodyRows().map((r) => studentsOf(r.getAttribute('data-school')!, r.getAttribute('data-level')!));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending[0]).toBeLessThan(ascending[ascending.length - 1]!);
    fireEvent.click(screen.getByRole('button', { name: /学生数/ }));
    const descending = bodyRows().map((r) => studentsOf(r.getAttribute('data-school')!, r.getAttribute('data-level')!));
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
  });

  it('sorts by an indicator value column', () => {
    renderTable();
    fireEvent.click(screen.getByRole('button', { name: /骨干教师/ }));
    const values = bodyRows().map((r) => evaluation.schools.find((s) => s.id === r.getAttribute('data-school') && s.level === r.getAttribute('data-level'))!.values.backboneTeachers!);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('filters by level and by location', () => {
    renderTable();
    fireEvent.change(screen.getByTestId('filter-level'), { target: { value: 'junior' } });
    const juniors = evaluation.schools.filter((s) => s.level === 'junior');
    expect(juniors.length).toBeGreaterThan(0);
    expect(bodyRows()).toHaveLength(juniors.length);
    expect(bodyRows().every((r) => r.getAttribute('data-level') === 'junior')).toBe(true);

    fireEvent.change(screen.getByTestId('filter-level'), { target: { value: 'all' } });
    fireEvent.change(screen.getByTestId('filter-location'), { target: { value: 'rural' } });
    const rural = new Set(evaluation.schools.filter((s) => s.location === 'rural').map((s) => `${s.id}:${s.level}`));
    expect(rural.size).toBeGreaterThan(0);
    expect(new Set(bodyRows().map((r) => `${r.getAttribute('data-school')}:${r.getAttribute('data-level')}`))).toEqual(rural);
  });

  it('shows pass and fail as ✓/✗ text, not only colour', () => {
    renderTable();
    const failing = evaluation.schools.find((s) => !s.excluded && s.passes === false)!;
    const passing = evaluation.schools.find((s) => !s.excluded && s.passes === true)!;
    const rowOf = (id: string, level: string) => bodyRows().find((r) => r.getAttribute('data-school') === id && r.getAttribute('data-level') === level)!;
    expect(rowOf(failing.id, failing.level).textContent).toContain('✗ 未达标');
    expect(rowOf(passing.id, passing.level).textContent).toContain('✓ 达标');
    const unmet = Object.entries(failing.meets).find(([, ok]) => ok === false)![0];
    expect(within(rowOf(failing.id, failing.level)).getAllByText('✗').length).toBeGreaterThan(0);
    expect(rowOf(failing.id, failing.level).querySelector(`[data-indicator="${unmet}"]`)!.textContent).toContain('✗');
  });

  it('shows the gap message of a school below standard', () => {
    renderTable();
    const withGap = evaluation.schools.find((s) => Object.keys(s.gaps).length > 0)!;
    const gap = Object.values(withGap.gaps)[0]!;
    expect(screen.getByText(gap.message.zh)).toBeTruthy();
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect(screen.getByText(gap.message.en)).toBeTruthy();
  });

  it('switching language changes the headers', () => {
    renderTable();
    const headers = () => within(screen.getByTestId('evaluation-table')).getAllByRole('columnheader').map((h) => h.textContent ?? '');
    expect(headers().some((h) => h.includes('学校'))).toBe(true);
    fireEvent.click(screen.getByTestId('lang-switch'));
    const en = headers();
    expect(en.some((h) => h.includes('School'))).toBe(true);
    expect(en.some((h) => h.includes('Students'))).toBe(true);
    expect(en.some((h) => h.includes('学生数'))).toBe(false);
  });
});
