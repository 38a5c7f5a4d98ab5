// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionTable } from '../../../web/app/src/features/results/ActionTable.tsx';
import { groupActions, matchesSchool, naturalAmount } from '../../../web/app/src/features/results/actions.ts';
import { I18nProvider, makeI18n } from '../../../web/app/src/i18n/i18n.tsx';
import { action } from './fixtures.ts';

const actions = [
  action({ year: 2027, schoolId: 'S2', schoolName: '河口村小', kind: 'equipment', amount: 120_000, unit: 'yuan', cost: 120_000 }),
  action({ year: 2026, schoolId: 'S2', schoolName: '河口村小', kind: 'teachingArea', amount: 350.4, unit: 'm2', cost: 981_120, servesFrom: 2027 }),
  action({ year: 2026, schoolId: 'S1', schoolName: '城关小学', kind: 'hire', category: 'peArt', amount: 2, unit: 'teachers', cost: 200_000 }),
  action({ year: 2028, schoolId: 'S1', schoolName: '城关小学', kind: 'multimediaRooms', amount: 3, unit: 'rooms', cost: 75_000 }),
  action({ year: 2026, schoolId: 'J1', schoolName: '第一初级中学', kind: 'degreeUpgrade', amount: 1.5, unit: 'teachers', cost: 22_500 }),
];

afterEach(cleanup);

describe('grouping and filtering the action list', () => {
  it('groups by school, sorts actions by year and sums each school\'s cost', () => {
    const groups = groupActions(actions);
    expect(groups.map((g) => g.schoolId).sort()).toEqual(['J1', 'S1', 'S2']);
    const s2 = groups.find((g) => g.schoolId === 'S2')!;
    expect(s2.actions.map((a) => a.year)).toEqual([2026, 2027]);
    expect(s2.cost).toBe(981_120 + 120_000);
    expect(groups.find((g) => g.schoolId === 'S1')!.cost).toBe(275_000);
  });

  it('filters by school name part, exact id and year', () => {
    expect(groupActions(actions, { school: '村小' }).map((g) => g.schoolId)).toEqual(['S2']);
    expect(groupActions(actions, { school: 's1' }).map((g) => g.schoolId)).toEqual(['S1']);
    expect(groupActions(actions, { year: 2026 }).flatMap((g) => g.actions).length).toBe(3);
    expect(groupActions(actions, { school: '城关', year: 2027 })).toEqual([]);
    expect(matchesSchool({ schoolId: 'S1', schoolName: '城关小学' }, '  ')).toBe(true);
  });

  it('rounds m² and yuan to whole units and keeps one decimal of fractional teachers', () => {
    expect(naturalAmount({ amount: 350.4, unit: 'm2' })).toBe(350);
    expect(naturalAmount({ amount: 119_999.6, unit: 'yuan' })).toBe(120_000);
    expect(naturalAmount({ amount: 1.54, unit: 'teachers' })).toBe(1.5);
    expect(naturalAmount({ amount: 2.0000001, unit: 'rooms' })).toBe(2);
  });
});

describe('ActionTable', () => {
  it('shows natural units in Chinese and narrows rows when filtered by school', () => {
    render(<I18nProvider initial="zh"><ActionTable actions={actions} /></I18nProvider>);
    const table = screen.getByTestId('action-table');
    expect(screen.getByTestId('action-count').textContent).toBe('3 所学校，5 项措施');
    const s2rows = table.querySelectorAll('tr[data-school-id="S2"]');
    expect(s2rows).toHaveLength(2);
    expect(within(s2rows[0] as HTMLElement).getByText('350 平方米')).toBeTruthy();
    expect(within(s2rows[0] as HTMLElement).getByText('98.1 万元')).toBeTruthy();
    expect(within(table).getByText('招聘教师（体育艺术）')).toBeTruthy();
    fireEvent.change(screen.getByTestId('action-filter'), { target: { value: '城关' } });
    expect(screen.getByTestId('action-count').textContent).toBe('1 所学校，2 项措施');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(within(table).getByText('3 间')).toBeTruthy();
  });

  it('writes English units and money in million yuan', () => {
    render(<I18nProvider initial="en"><ActionTable actions={actions} /></I18nProvider>);
    expect(screen.getByTestId('action-count').textContent).toBe('3 schools, 5 actions');
    expect(screen.getByText('1.5 teachers')).toBeTruthy();
    expect(screen.getAllByText('0.12 M yuan').length).toBeGreaterThan(0);
  });
});

describe('ActionTable with the cost ledger', () => {
  // A hire in 2026 paid in 2026–2028, a room in 2027, and rotation subsidies every year.
  const hire = action({ year: 2026, schoolId: 'S1', schoolName: '城关小学', kind: 'hire', category: 'general', amount: 2, unit: 'teachers', cost: 200_000,
    costByYear: { 2026: 200_000, 2027: 200_000, 2028: 200_000 } });
  const room = action({ year: 2027, schoolId: 'S2', schoolName: '河口村小', kind: 'multimediaRooms', amount: 1, unit: 'rooms', cost: 25_000, costByYear: { 2027: 25_000 } });
  const rotation = { year: 2026, from: 'S1', to: 'S2', category: 'general' as const, teachers: 5, untilYear: 2028, distanceKm: 3, costByYear: { 2026: 30_000, 2027: 30_000, 2028: 30_000 } };
  const spend = (total: number) => ({ construction: 0, equipment: 0, multimedia: 0, hiring: 0, upgrades: 0, rotation: 0, total });
  const years = [2026, 2027, 2028].map((y) => ({ year: y, budget: 1e6, available: 1e6, spend: spend(y === 2027 ? 255_000 : 230_000), cv: { primary: {}, junior: {} }, schoolsPassing: 0, schoolsTotal: 2, floor: 1, countyPasses: false }));
  const plan = { actions: [hire, room], rotations: [rotation], years };

  it('has a total row per year equal to the year\'s spend, and a plan total', () => {
    render(<I18nProvider initial="en"><ActionTable actions={plan.actions} report={plan} /></I18nProvider>);
    const totals = screen.getByTestId('action-totals');
    const { fmt } = makeI18n('en');
    const shown = years.map((y) => totals.querySelector(`tr[data-year="${y.year}"] td.num`)!.textContent);
    expect(shown).toEqual(years.map((y) => fmt.money(y.spend.total)));
    expect(totals.querySelector('tr[data-year="all"] td.num')!.textContent).toBe(fmt.money(715_000));
    expect(groupActions(plan.actions, { year: 2027 }).reduce((s, g) => s + g.cost, 0) + 30_000).toBe(years[1]!.spend.total);
    expect(totals.querySelector('tr[data-year="all"]')).toBeTruthy();
  });

  it('shows an earlier hire\'s salary in a later year', () => {
    render(<I18nProvider initial="en"><ActionTable actions={plan.actions} report={plan} /></I18nProvider>);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '2028' } });
    const row = screen.getByTestId('action-table').querySelector('tbody tr[data-school-id="S1"]')!;
    expect(row.textContent).toContain('hired in 2026, salary continues');
    expect(screen.getByTestId('action-totals').querySelectorAll('tr')).toHaveLength(1);
  });
});
