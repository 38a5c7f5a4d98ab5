// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { FrontierPoint } from '../../../engine/compare/frontier.ts';
import { FrontierChart } from '../../../web/app/src/charts/FrontierChart.tsx';
import { renderIn } from './helpers.tsx';

const point = (budget: number, maxCv: number, passing: number): FrontierPoint => ({
  budget, totalBudget: budget, status: 'optimal', spend: budget, maxCv, schoolsPassing: passing, schoolsTotal: 40, efficient: true,
} as unknown as FrontierPoint);

describe('FrontierChart run labels', () => {
  it('keeps the labels of runs at the same budget apart', () => {
    const marks = [
      { label: '基线方案 baseline', budget: 30_000_000, maxCv: 0.4, schoolsPassing: 30 },
      { label: '不新建校舍 no construction', budget: 30_000_000, maxCv: 0.41, schoolsPassing: 29 },
      { label: '轮岗 15% rotation', budget: 30_000_000, maxCv: 0.4, schoolsPassing: 30 },
    ];
    const { svg } = renderIn('zh', <FrontierChart id="f" points={[point(10_000_000, 0.5, 10), point(60_000_000, 0.3, 40)]} marks={marks} />);
    const labels = [...svg.querySelectorAll('text.frontier-mark-label')].map((t) => ({ x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')) }));
    expect(labels.length).toBe(marks.length * 2); // both panels
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        expect(labels[i]!.x !== labels[j]!.x || Math.abs(labels[i]!.y - labels[j]!.y) >= 11).toBe(true);
      }
    }
  });
});
