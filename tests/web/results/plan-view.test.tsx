// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import type { Run } from '../../../web/app/src/api/client.ts';
import { PlanView } from '../../../web/app/src/features/results/PlanView.tsx';
import { SimulatePanel } from '../../../web/app/src/features/results/SimulatePanel.tsx';
import type { RunData } from '../../../web/app/src/shared/run-data.ts';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { action, report, year } from './fixtures.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function data(result: Run['result'], status: Run['status'] = 'done'): RunData {
  const run: Run = { id: 7, datasetId: 1, scenarioId: 2, scenarioVersion: 1, status, stage: null, error: null, createdAt: '2026-11-23T08:00:00Z', startedAt: null, finishedAt: '2026-11-23T08:01:00Z', result };
  return { run, scenarioName: '基线方案 baseline', names: new Map(), schools: [], standard: quality2017 };
}

const infeasible = report('不可行方案 infeasible', [], {
  status: 'infeasible', method: 'none',
  infeasibility: {
    messages: [
      { zh: '2026年预算缺口761万元（为达到90%学校达标的目标）', en: '2026: the budget is 7.61 million yuan short of the 90% target' },
      { zh: '2026年目标90%学校达标无法实现：还差13所学校', en: '2026: the 90% target cannot be met: 13 schools short' },
    ],
    blocking: [],
  },
});

const solved = report('基线方案 baseline', [
  year(2026, { construction: 3_000_000 }, { primary: { degreeTeachers: 0.42 }, junior: { degreeTeachers: 0.3 } }, 6),
  year(2027, { equipment: 1_000_000 }, { primary: { degreeTeachers: 0.38 }, junior: { degreeTeachers: 0.31 } }, 9),
], {
  actions: [action({ year: 2026, schoolId: 'S1', schoolName: '城关小学', kind: 'multimediaRooms', amount: 2, unit: 'rooms', cost: 50_000 })],
  base: { year: 2025, cv: { primary: { degreeTeachers: 0.47 }, junior: { degreeTeachers: 0.33 } }, schoolsPassing: 4, schoolsTotal: 11, schoolsExcluded: 1, floor: 0.5, countyPasses: false },
  evaluationChanges: [{ year: 2027, schoolId: 'S031', schoolName: '郑家教学点', change: 'left', students: 48, previousStudents: 51,
    message: { zh: 'S031 郑家教学点在2027年降至48名学生，不再参评（不足50名学生的教学点不参评）', en: 'S031 郑家教学点 falls to 48 pupils in 2027: a teaching point under 50 pupils is not evaluated' } }],
  shadowPrices: [{ year: 2027, perMillion: -0.012, method: 'dual', message: { zh: '2027年每增加100万元，最大短缺减少0.012', en: 'One more million yuan in 2027 lowers the largest shortfall by 0.012' } }],
  optimality: { optimal: true, zh: '最优（线性松弛，达标学校按分数计）', en: 'optimal (LP relaxation, schools passing counted fractionally)' },
});

describe('PlanView', () => {
  it('explains an infeasible scenario in the current language and shows no plan figures', () => {
    render(<I18nProvider initial="zh"><PlanView data={data(infeasible)} /></I18nProvider>);
    const panel = screen.getByTestId('infeasibility');
    expect([...panel.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '2026年预算缺口761万元（为达到90%学校达标的目标）', '2026年目标90%学校达标无法实现：还差13所学校',
    ]);
    expect(screen.queryByTestId('simulate')).toBeNull();
    expect(screen.queryByTestId('action-table')).toBeNull();
    cleanup();
    render(<I18nProvider initial="en"><PlanView data={data(infeasible)} /></I18nProvider>);
    expect(screen.getByTestId('infeasibility').textContent).toContain('13 schools short');
    // It leads with the status in words, before the reasons, and has no shadow prices or exports.
    const status = screen.getByTestId('plan-status');
    expect(status.textContent).toContain('infeasible');
    expect(status.compareDocumentPosition(screen.getByTestId('infeasibility')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByTestId('shadow-prices')).toBeNull();
    expect(screen.queryByTestId('exports')).toBeNull();
  });

  it('shows totals, shadow-price sentences, the charts and the actions of a solved plan', () => {
    render(<I18nProvider initial="en"><PlanView data={data(solved)} /></I18nProvider>);
    const figures = screen.getByTestId('key-figures').textContent ?? '';
    expect(figures).toContain('4.00 M yuan'); // 3 M + 1 M over the plan
    expect(figures).toContain('9 / 10');
    expect(screen.getByTestId('evaluation-changes').textContent).toContain('S031 郑家教学点 falls to 48 pupils in 2027');
    expect(screen.getByTestId('final-passing-denominator').textContent).toContain('out of the schools evaluated in 2027');
    expect(screen.getByTestId('evaluated-counts-years').textContent).toBe('data year 2025: 11 → 2026: 10 → 2027: 10');
    // The charts over years start at the data year.
    expect(document.querySelector('[data-chart="run7-passing"] .passing-base')?.getAttribute('data-year')).toBe('2025');
    expect(document.querySelector('[data-chart="run7-cv-primary"] .cv-base-point')?.getAttribute('data-year')).toBe('2025');
    expect(figures).toContain('0.38'); // largest final-year coefficient
    expect(figures).toContain('linear program');
    expect(figures).toContain('optimal (LP relaxation, schools passing counted fractionally)');
    expect(screen.getByTestId('shadow-prices').textContent).toContain('One more million yuan in 2027 lowers the largest shortfall by 0.012');
    const charts = [...document.querySelectorAll('figure.chart')].map((f) => f.getAttribute('data-chart'));
    expect(charts).toEqual(['run7-spend', 'run7-cv-primary', 'run7-cv-junior', 'run7-passing', 'run7-shadow']);
    expect(screen.getByTestId('action-count').textContent).toBe('1 school, 1 action');
    const links = [...screen.getByTestId('exports').querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/api/runs/7/plan.xlsx?lang=en', '/api/runs/7/actions.csv?lang=en']);
    cleanup();
    render(<I18nProvider initial="zh"><PlanView data={data(solved)} /></I18nProvider>);
    expect(screen.getByTestId('key-figures').textContent).toContain('最优（线性松弛，达标学校按分数计）');
  });

  it('lists the solve\'s notes in the interface\'s language; a run stored without notesZh shows them in English', () => {
    const notes = { notes: ['MIP gap 1.23%', 'No eligible_teachers in the data: the rotation minimum is not binding.'], notesZh: ['整数规划相对间隙 1.23%', '数据中没有符合交流条件的教师数'] };
    const items = () => [...screen.getByTestId('run-notes').querySelectorAll('li')].map((li) => li.textContent);
    render(<I18nProvider initial="zh"><PlanView data={data({ ...solved, ...notes })} /></I18nProvider>);
    expect(screen.getByTestId('run-notes').querySelector('h3')?.textContent).toBe('说明');
    expect(items()).toEqual(notes.notesZh);
    cleanup();
    render(<I18nProvider initial="en"><PlanView data={data({ ...solved, ...notes })} /></I18nProvider>);
    expect(items()).toEqual(notes.notes);
    cleanup();
    render(<I18nProvider initial="zh"><PlanView data={data({ ...solved, notes: notes.notes })} /></I18nProvider>);
    expect(items()).toEqual(notes.notes);
    cleanup();
    // No notes, no panel.
    render(<I18nProvider initial="zh"><PlanView data={data(solved)} /></I18nProvider>);
    expect(screen.queryByTestId('run-notes')).toBeNull();
  });
});

describe('SimulatePanel', () => {
  it('sends samples and seed, and names a run without a plan when the API answers 409', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ error: 'run-has-no-plan', message: 'run 7 has no plan' }), { status: 409 }));
    vi.stubGlobal('fetch', fetch);
    const onResult = vi.fn();
    render(<I18nProvider initial="en"><SimulatePanel runId={7} result={null} onResult={onResult} /></I18nProvider>);
    const [samples, seed] = screen.getAllByRole('spinbutton') as HTMLInputElement[];
    fireEvent.change(samples!, { target: { value: '50' } });
    fireEvent.change(seed!, { target: { value: '11' } });
    fireEvent.click(screen.getByTestId('simulate-run'));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'This run has no plan to simulate.');
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/runs/7/simulate');
    expect(JSON.parse(init.body as string)).toEqual({ samples: 50, seed: 11 });
    expect(onResult).toHaveBeenLastCalledWith(null);
  });

  it('lists the county pass probability per year from the result', () => {
    const result = { samples: 200, seed: 3, years: [{ year: 2026, passProbability: 0.25 }, { year: 2027, passProbability: 0.9 }] };
    render(<I18nProvider initial="zh"><SimulatePanel runId={7} result={result as never} onResult={() => undefined} /></I18nProvider>);
    expect([...screen.getByTestId('simulate-result').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '2026 年全县达标概率 25%', '2027 年全县达标概率 90%',
    ]);
    expect(screen.queryByTestId('simulate-deterministic')).toBeNull();
  });

  it('says a simulation without spread is deterministic, draws no probability, and shows who fails how often', () => {
    const years = [{ year: 2026, passProbability: 1, mostFailing: [] }, { year: 2027, passProbability: 0, mostFailing: [{ schoolId: 'S9', name: '河口村小', failProbability: 1, indicators: { sportsArea: 1 } }] }];
    render(<I18nProvider initial="en"><SimulatePanel runId={7} result={{ samples: 200, seed: 1, deterministic: true, years } as never} onResult={() => undefined} /></I18nProvider>);
    expect(screen.getByTestId('simulate-deterministic').textContent).toContain('deterministic');
    const items = [...screen.getByTestId('simulate-result').querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['2026: the county passes in the projection', '2027: the county does not pass in the projection']);
    cleanup();
    render(<I18nProvider initial="en"><SimulatePanel runId={7} result={{ samples: 200, seed: 1, deterministic: false, years: [years[1], { ...years[1], year: 2028, passProbability: 0.4, mostFailing: [{ schoolId: 'S9', name: '河口村小', failProbability: 0.6, indicators: { sportsArea: 0.55 } }] }] } as never} onResult={() => undefined} /></I18nProvider>);
    const row = screen.getByTestId('simulate-failing').querySelector('tr[data-school-id="S9"]')!;
    expect(row.textContent).toContain('60%');
    expect(row.textContent).toContain('55%');
  });
});
