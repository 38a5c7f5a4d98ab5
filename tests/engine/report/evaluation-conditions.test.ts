/** The CLI evaluation table's conditions column (issue 15 items 1–2), worked by hand. */
import { describe, expect, it } from 'vitest';
import { evaluateCounty } from '../../../engine/indicators/evaluate.ts';
import { evaluationReport } from '../../../engine/report/evaluation-report.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { county, school } from '../helpers.ts';

describe('conditions column of the evaluation table', () => {
  it('marks a school meeting every condition ✓ and lists what another misses as value/limit', () => {
    // A: 1,380 pupils in 30 classes → 1,380 / 30 = 46.0 > 45 ✗; ⌈30 / 12⌉ = 3 music rooms needed, 2 held ✗;
    // 3 art rooms ✓. B: 400 pupils in 10 classes → 40 ≤ 45 ✓, one room of each for ⌈10 / 12⌉ = 1 ✓.
    const c = county([
      school('A', { students: 1380, classes: 30, resources: { musicRooms: 2, artRooms: 3 } }),
      school('B', { students: 400, classes: 10, resources: { musicRooms: 1, artRooms: 1 } }),
    ]);
    const ev = evaluateCounty(c, quality2017);
    const lines = evaluationReport(ev, quality2017, 'zh-CN').split('\n');
    expect(lines.find((l) => l.includes('代码') && l.includes('学校'))).toContain('办学条件（值/限值）');
    expect(lines.find((l) => l.startsWith('A '))).toMatch(/✗ 班额 46\.0\/45; 音乐教室 2\/3$/);
    expect(lines.find((l) => l.startsWith('B '))).toMatch(/✓$/);
    const en = evaluationReport(ev, quality2017, 'en').split('\n');
    expect(en.find((l) => l.startsWith('A '))).toMatch(/✗ class size 46\.0\/45; music rooms 2\/3$/);
  });
});
