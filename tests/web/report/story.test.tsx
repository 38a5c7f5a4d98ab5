// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import type { Run } from '../../../web/app/src/api/client.ts';
import { SpendChart } from '../../../web/app/src/charts/SpendChart.tsx';
import { ExportName } from '../../../web/app/src/charts/export-name.tsx';
import { ActionsPage, InfeasibilityPage, NarrativePage } from '../../../web/app/src/features/report/pages.tsx';
import { TitlePage } from '../../../web/app/src/features/report/TitlePage.tsx';
import { formats } from '../../../web/app/src/i18n/format.ts';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { planNarrative } from '../../../web/app/src/shared/narrative.ts';
import type { RunData } from '../../../web/app/src/shared/run-data.ts';
import { action, report, year } from '../results/fixtures.ts';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

const ACTIONS = [
  action({ year: 2026, schoolId: 'S01', schoolName: '城关第一小学', kind: 'teachingArea', amount: 1200, unit: 'm2', cost: 3_600_000 }),
  action({ year: 2026, schoolId: 'S02', schoolName: '河西中心小学', kind: 'teachingArea', amount: 800, unit: 'm2', cost: 2_400_000 }),
  action({ year: 2026, schoolId: 'S02', schoolName: '河西中心小学', kind: 'hire', category: 'general', amount: 4, unit: 'teachers', cost: 320_000 }),
  action({ year: 2027, schoolId: 'S03', schoolName: '北山村小', kind: 'equipment', amount: 150_000, unit: 'yuan', cost: 150_000 }),
];
const RESULT = report('基线方案 baseline', [
  year(2026, { construction: 6_000_000, hiring: 320_000 }, { primary: {}, junior: {} }, 4),
  year(2027, { equipment: 150_000, hiring: 320_000 }, { primary: {}, junior: {} }, 9),
], { actions: ACTIONS, rotations: [{ year: 2026, from: 'S01', to: 'S03', category: 'backbone', teachers: 2, untilYear: 2027, distanceKm: 12 }] });

function runData(result = RESULT): RunData {
  const run: Run = { id: 7, datasetId: 1, scenarioId: 2, scenarioVersion: 1, status: 'done', stage: null, error: null, createdAt: '2026-11-23T08:00:00Z', startedAt: null, finishedAt: '2026-11-23T08:01:00Z', result };
  return {
    run, scenarioName: '基线方案 baseline', names: new Map(), schools: [], standard: quality2017, targets: [0.4, 0.8],
    dataset: { name: '样例县 sample county', fileName: 'sample-county.csv', createdAt: '2026-11-20T08:00:00Z' },
    scenario: { name: '基线方案 baseline', budget: { perYear: [10_000_000, 10_000_000], carryOver: true } },
  };
}

describe('the year-by-year narrative', () => {
  it('tells each year\'s money, actions, rotations and schools passing against the target, in Chinese', () => {
    const [y1, y2] = planNarrative(RESULT, 'zh', formats('zh'), [0.4, 0.8]);
    expect(y1).toBe('2026年：投入 632.0 万元，新建教学及辅助用房 2,000 平方米（2 所学校）、招聘教师 4 名（1 所学校）；新派 2 名教师交流轮岗；4 所学校达标（共 10 所），达到 40% 的目标。');
    expect(y2).toContain('2027年：投入 47.0 万元，购置教学仪器设备 15.0 万元（1 所学校）');
    expect(y2).toContain('9 所学校达标（共 10 所），达到 80% 的目标');
  });

  it('and in English', () => {
    const [y1, y2] = planNarrative(RESULT, 'en', formats('en'), [0.4, 0.95]);
    expect(y1).toBe('2026: spends 6.32 M yuan; builds 2,000 m² of teaching rooms (2 schools), hires 4 teachers (1 school); 2 teachers start rotating; 4 of 10 schools pass, meeting the 40% target.');
    expect(y2).toContain('short of the 95% target');
  });

  it('gives the reasons instead when the scenario is infeasible', () => {
    const infeasible = report('x', [], { status: 'infeasible', infeasibility: { messages: [{ zh: '2026年预算不足 300 万元', en: '2026 budget short by 3 M yuan' }], blocking: [] } });
    expect(planNarrative(infeasible, 'zh', formats('zh'))[0]).toContain('2026年预算不足 300 万元');
    render(<I18nProvider initial="en"><InfeasibilityPage data={runData(infeasible)} /></I18nProvider>);
    expect(screen.getByTestId('report-infeasible').textContent).toContain('2026 budget short by 3 M yuan');
  });

  it('renders as a page titled by what it shows', () => {
    render(<I18nProvider initial="zh"><NarrativePage runs={[runData()]} /></I18nProvider>);
    const page = screen.getByTestId('report-narrative');
    expect(within(page).getByRole('heading', { level: 2 }).textContent).toBe('规划进展：逐年说明');
    expect(within(page).getAllByRole('listitem')).toHaveLength(2);
  });
});

describe('the report\'s action table', () => {
  it('lists every action with a subtotal per year and the plan\'s total', () => {
    render(<I18nProvider initial="zh"><ActionsPage data={runData()} /></I18nProvider>);
    const page = screen.getByTestId('report-actions');
    expect(page.querySelector('[data-year-total="2026"] td')!.textContent).toBe('632.0 万元');
    expect(page.querySelector('[data-year-total="2027"] td')!.textContent).toBe('15.0 万元');
    expect(screen.getByTestId('report-actions-total').querySelector('td')!.textContent).toBe('647.0 万元');
    expect(page.querySelectorAll('tbody tr:not(.total-row)')).toHaveLength(ACTIONS.length);
  });
});

describe('the title page', () => {
  it('names the county and its data date, the plan years, budget and targets', () => {
    render(<I18nProvider initial="zh"><TitlePage runs={[runData()]} /></I18nProvider>);
    expect(screen.getByTestId('report-county').textContent).toContain('样例县 sample county（sample-county.csv，数据导入于 2026年11月20日）');
    const settings = screen.getByTestId('report-settings').querySelector('tbody tr')!;
    expect([...settings.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['基线方案 baseline', '1,000.0 万元 / 1,000.0 万元', '2,000.0 万元', '是', '40% / 80%']);
    expect(screen.getByTestId('report-title-page').textContent).toContain('2026–2027');
  });
});

describe('chart exports', () => {
  it('name the scenario and run', () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
    const { container } = render(<I18nProvider initial="zh"><ExportName name="基线方案"><SpendChart id="run7-spend" years={RESULT.years} /></ExportName></I18nProvider>);
    fireEvent.click(container.querySelector('[data-testid="export-svg"]')!);
    expect(container.querySelector('figure')!.getAttribute('data-last-export-name')).toBe('junheng-基线方案-run7-spend-zh.svg');
  });
});
