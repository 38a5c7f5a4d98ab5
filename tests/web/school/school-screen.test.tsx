// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import type { Run } from '../../../web/app/src/api/client.ts';
import { SchoolScreen } from '../../../web/app/src/features/school/SchoolScreen.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { thresholdIndicators } from '../../../web/app/src/shared/heatmap.ts';
import { useWorkspace, WorkspaceProvider } from '../../../web/app/src/workspace.tsx';
import { action, report, year } from '../results/fixtures.ts';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

const at = (share: number) => Object.fromEntries(thresholdIndicators(quality2017).map((d) => [d.key, (d.threshold.primary ?? 0) * share]));
const RUN: Run = {
  id: 5, datasetId: 1, scenarioId: 2, scenarioVersion: 1, status: 'done', stage: null, error: null, createdAt: '2026-11-23T08:00:00Z', startedAt: null, finishedAt: '2026-11-23T08:01:00Z',
  result: report('基线方案', [year(2026, {}, { primary: {}, junior: {} }, 1), year(2027, {}, { primary: {}, junior: {} }, 2)], {
    values: [{ year: 2026, schoolId: 'S01', level: 'primary', values: at(0.7) }, { year: 2027, schoolId: 'S01', level: 'primary', values: at(1.05) }],
    actions: [action({ year: 2026, schoolId: 'S01', schoolName: '城关第一小学', kind: 'teachingArea', amount: 900, unit: 'm2', cost: 2_700_000 })],
  }),
};

function Open({ run, school }: { run: number | null; school: string }) {
  const ws = useWorkspace();
  useEffect(() => { ws.setDatasetId(1); ws.setRunId(run); ws.openSchool(school); }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
}

function stub(): void {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
    if (url === '/api/runs/5') return json(RUN);
    if (url === '/api/datasets/1') {
      return json({
        id: 1, name: '样例县', fileName: 'a.csv', createdAt: '2026-11-20T00:00:00Z',
        county: { source: 'a.csv', schools: [{ id: 'S01', name: '城关第一小学', level: 'primary' }], ignoredColumns: [] },
        evaluation: {
          indicators: [{ key: 'teachingArea', name: { zh: '生均教学及辅助用房面积', en: 'Teaching rooms per student' }, unit: { zh: '平方米', en: 'm²' }, threshold: { primary: 4.5, junior: 5.8 } }],
          schools: [{ id: 'S01', name: '城关第一小学', level: 'primary', excluded: false, passes: false, values: { teachingArea: 3.2 }, meets: { teachingArea: false },
            gaps: { teachingArea: { amount: 650, unit: { zh: '平方米', en: 'm²' }, message: { zh: '需新增教学及辅助用房 650 平方米', en: 'add 650 m² of teaching rooms' } } } }],
        },
      });
    }
    if (url === '/api/scenarios/2/versions/1') return json({ id: 2, version: 1, name: '基线方案', text: '', scenario: { name: '基线方案' } });
    return new Response('{}', { status: 404 });
  }));
}

describe('SchoolScreen', () => {
  it('shows what the chosen run does for the school and when it passes', async () => {
    stub();
    render(<I18nProvider initial="zh"><WorkspaceProvider><Open run={5} school="S01" /><SchoolScreen /></WorkspaceProvider></I18nProvider>);
    await screen.findByTestId('school-profile');
    expect(screen.getByTestId('school-title').textContent).toBe('学校详情：城关第一小学');
    expect(screen.getByTestId('school-verdict').textContent).toContain('自2027年起达标');
    expect(screen.getByTestId('school-action-total').textContent).toBe('270.0 万元');
  });

  it('without a run, says where the school stands in its dataset', async () => {
    stub();
    render(<I18nProvider initial="zh"><WorkspaceProvider><Open run={null} school="S01" /><SchoolScreen /></WorkspaceProvider></I18nProvider>);
    await waitFor(() => expect(screen.getByTestId('school-current').textContent).toContain('需新增教学及辅助用房 650 平方米'));
  });
});
