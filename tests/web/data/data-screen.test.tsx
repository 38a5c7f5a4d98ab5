// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Evaluation } from '../../../engine/indicators/types.ts';
import { ApiError, type DatasetDetail, type ErrorBody, type Problem } from '../../../web/app/src/api/client.ts';
import { DataScreen, type DataClient } from '../../../web/app/src/features/data/DataScreen.tsx';
import { ImportErrors } from '../../../web/app/src/features/data/ImportErrors.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { WorkspaceProvider } from '../../../web/app/src/workspace.tsx';
import { sampleCounty, sampleEvaluation } from './sample-evaluation.ts';
import { WorkspaceProbe } from '../probe.tsx';

let evaluation: Evaluation;
let detail: DatasetDetail;
beforeAll(async () => {
  evaluation = await sampleEvaluation();
  detail = {
    id: 7, name: '样例县', fileName: 'sample-county.csv', format: 'csv', schools: 40, createdAt: '2026-03-01T08:00:00Z',
    warnings: [{ code: 'ignored-column', file: 'sample-county.csv', row: 1, column: '备注', message: 'column "备注" is not used' }],
    county: await sampleCounty(), evaluation,
  };
});
afterEach(cleanup);

/** The 42-row table renders slowly in jsdom on a shared machine. */
const SLOW = { timeout: 10_000 };

const refused: ErrorBody = {
  error: 'invalid-county',
  message: 'bad.csv: 2 problem(s) found, nothing was stored',
  problems: [
    { file: 'bad.csv', row: 7, column: 'backbone_teachers', cell: 'E7', value: 'abc', message: 'not a number' },
    { file: 'bad.csv', row: 12, column: 'students', cell: 'C12', value: '-5', message: 'must not be negative' },
  ],
};

function wrap(node: React.ReactNode) {
  return render(<I18nProvider><WorkspaceProvider><WorkspaceProbe />{node}</WorkspaceProvider></I18nProvider>);
}

function client(overrides: Partial<DataClient> = {}): DataClient {
  return {
    datasets: vi.fn(async () => [detail]),
    dataset: vi.fn(async () => detail),
    evaluation: vi.fn(async () => evaluation),
    uploadDataset: vi.fn(async () => detail),
    ...overrides,
  };
}

function chooseFile(name: string) {
  const file = new File(['x'], name, { type: 'text/csv' });
  fireEvent.change(screen.getByTestId('upload-file'), { target: { files: [file] } });
  fireEvent.click(screen.getByTestId('upload-submit'));
}

describe('import errors display', () => {
  it('renders every problem with file, row, column, cell and value, labels in the current language', () => {
    wrap(<ImportErrors problems={refused.problems!} message={refused.message} />);
    const box = screen.getByTestId('import-errors');
    const rows = within(box).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('bad.csv');
    expect(rows[0]!.textContent).toContain('7');
    expect(rows[0]!.textContent).toContain('backbone_teachers');
    expect(rows[0]!.textContent).toContain('E7');
    expect(rows[0]!.textContent).toContain('abc');
    expect(rows[1]!.textContent).toContain('C12');
    expect(within(box).getByRole('columnheader', { name: '单元格' })).toBeTruthy();
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect(within(box).getByRole('columnheader', { name: 'Cell' })).toBeTruthy();
    expect(within(box).queryByRole('columnheader', { name: '单元格' })).toBeNull();
  });
});

describe('import problems in the interface\'s language', () => {
  const coded: Problem[] = [
    { code: 'not-a-number', file: 'bad.csv', row: 7, column: 'backbone_teachers', cell: 'E7', value: 'abc', params: { header: 'backbone_teachers', text: 'abc', reason: 'text' }, message: 'not a number: "abc"' },
    { code: 'missing-column', file: 'bad.csv', row: 1, column: 'students', params: { header: 'students', aliases: '在校生数, 学生数' }, message: 'required column "students" is missing (also accepted: 在校生数, 学生数)' },
    { code: 'implausible-value', file: 'bad.csv', row: 9, column: 'students', cell: 'D9', value: '250000', params: { header: 'students', text: '250000', limit: 20000 }, message: '250000 is beyond 20000, …' },
    { code: 'some-future-code', file: 'bad.csv', message: 'a problem this app does not know yet' },
  ];

  it('words each problem from its code and params, in Chinese and then English; an unknown code keeps the server\'s message', () => {
    wrap(<ImportErrors problems={coded} message="bad.csv: 4 problem(s) found, nothing was stored" />);
    const cells = () => [...screen.getByTestId('import-errors').querySelectorAll('tbody tr td:last-child')].map((td) => td.textContent);
    expect(cells()).toEqual([
      '不是数字：“abc”',
      '缺少必需的列“students”（也可写作：在校生数, 学生数）',
      '250000 超过 20000，一所学校不太可能有这么多；请检查该单元格及其单位',
      'a problem this app does not know yet',
    ]);
    // With the problems listed, the English summary is not shown in the Chinese interface.
    expect(screen.getByTestId('import-errors').textContent).not.toContain('problem(s) found');
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect(cells()).toEqual([
      'not a number: "abc"',
      'required column "students" is missing (also accepted: 在校生数, 学生数)',
      '250000 is beyond 20000, the most one school can plausibly have; check the cell and its unit',
      'a problem this app does not know yet',
    ]);
    const last = screen.getByTestId('import-errors').querySelector('tbody tr:last-child td:last-child')!;
    expect(last.getAttribute('data-translated')).toBe('no');
    expect(last.getAttribute('lang')).toBe('en');
  });
});

describe('a refusal without a problem list', () => {
  it('leads with the reason in the interface\'s language, then the server\'s sentence', () => {
    wrap(<ImportErrors problems={[]} error="too-large" message="the file is larger than the upload limit: at most 20.0 MB is accepted (JUNHENG_UPLOAD_LIMIT_MB)" />);
    expect(screen.getByTestId('refusal-lead').textContent).toContain('文件超过上传大小上限');
    expect(screen.getByTestId('import-errors').textContent).toContain('at most 20.0 MB');
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect(screen.getByTestId('refusal-lead').textContent).toContain('The file is over the upload size limit');
  });
});

describe('data screen', () => {
  it('a refused upload (ApiError with problems) shows the problems and keeps no dataset', async () => {
    const api = client({ uploadDataset: vi.fn(async () => { throw new ApiError(400, refused); }) });
    wrap(<DataScreen client={api} />);
    chooseFile('bad.csv');
    const box = await screen.findByTestId('import-errors', {}, SLOW);
    expect(within(box).getAllByRole('row')).toHaveLength(3);
    expect(box.textContent).toContain('E7');
    expect(screen.getByTestId('dataset-id').textContent).toBe('null');
    expect(screen.queryByTestId('evaluation-table')).toBeNull();
  });

  it('a successful upload selects the dataset, shows its warnings, county summary and table', async () => {
    const api = client();
    wrap(<DataScreen client={api} />);
    chooseFile('sample-county.csv');
    await screen.findByTestId('evaluation-table', {}, SLOW);
    expect(api.uploadDataset).toHaveBeenCalledWith(expect.any(File), 'sample-county.csv', undefined, undefined);
    expect(screen.getByTestId('dataset-id').textContent).toBe('7');
    expect(screen.getByTestId('import-warnings').textContent).toContain('备注');
    const summary = screen.getByTestId('county-summary');
    const { schoolsPassing, schoolsTotal } = evaluation.county;
    expect(within(summary).getByTestId('schools-passing').textContent).toContain(`${schoolsPassing} / ${schoolsTotal}`);
    const failing = evaluation.levels.primary.failing[0]!;
    expect(summary.querySelector(`[data-level="primary"][data-indicator="${failing}"]`)!.textContent).toContain('✗');
    expect(within(summary).getByTestId('level-result-primary').textContent).toContain(evaluation.levels.primary.passes ? '✓' : '✗');
  });

  it('labels the two denominators: evaluated schools (named exclusions with the reason) and the schools a condition can be judged on', async () => {
    wrap(<DataScreen client={client()} />);
    chooseFile('sample-county.csv');
    await screen.findByTestId('evaluation-table', {}, SLOW);
    const notes = screen.getByTestId('denominators');
    const { schoolsTotal, schoolsExcluded } = evaluation.county;
    expect(notes.textContent).toContain(`参评学校 ${schoolsTotal} 所 = 数据中的 ${schoolsTotal + schoolsExcluded} 所学校 − 不参评 ${schoolsExcluded} 所`);
    const excluded = [...new Set(evaluation.schools.filter((x) => x.excluded).map((x) => x.id))];
    expect(excluded.length).toBe(schoolsExcluded);
    const items = within(screen.getByTestId('excluded-schools')).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-school'))).toEqual(excluded);
    // The sample's small teaching points (S012 has 28 pupils) are named with the reason.
    expect(items.find((li) => li.getAttribute('data-school') === 'S012')!.textContent).toBe('S012 张溪教学点：不足50名学生的教学点不参评');
    expect(screen.getByTestId('schools-passing').textContent).toContain('分母：数据年参评学校');
    const judged = evaluation.county.conditions.filter((c) => c.meets !== null && c.schoolsJudged < schoolsTotal);
    expect(screen.queryAllByTestId('unjudged')).toHaveLength(judged.length);
    for (const c of judged) {
      expect(screen.getByTestId('county-conditions').querySelector(`[data-condition="${c.key}"]`)!.textContent).toContain(`另 ${schoolsTotal - c.schoolsJudged} 所数据未给出`);
    }
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect(screen.getByTestId('denominators').textContent).toContain(`Evaluated schools ${schoolsTotal} = ${schoolsTotal + schoolsExcluded} schools in the data − ${schoolsExcluded} not evaluated`);
    expect(within(screen.getByTestId('excluded-schools')).getAllByRole('listitem').find((li) => li.getAttribute('data-school') === 'S012')!.textContent)
      .toBe('S012 张溪教学点: teaching point with fewer than 50 students');
  });

  it('picking a stored dataset loads it; another standard asks the server for that evaluation', async () => {
    const basic = await sampleEvaluation('basic-2012');
    const api = client({ evaluation: vi.fn(async () => basic) });
    wrap(<DataScreen client={api} />);
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1), SLOW);
    fireEvent.change(screen.getByTestId('dataset-select'), { target: { value: '7' } });
    await screen.findByTestId('evaluation-table', {}, SLOW);
    expect(api.dataset).toHaveBeenCalledWith(7);
    fireEvent.change(screen.getByTestId('standard-select'), { target: { value: 'basic-2012' } });
    await waitFor(() => expect(api.evaluation).toHaveBeenCalledWith(7, 'basic-2012'), SLOW);
    await waitFor(() => expect(screen.getByTestId('county-summary').textContent).toContain(basic.standard.name.zh), SLOW);
  });
});
