/**
 * The solve report's notes in both languages (engine/model/note.ts, optimize/solve-notes.ts): every note the
 * model or the solve makes is in `notes` (English) and `notesZh` (Chinese) at the same index; reports stored
 * before notesZh read as English; the known solver messages have Chinese.
 */
import { describe, expect, it } from 'vitest';
import { generateCounty } from '../../../engine/county/generate.ts';
import type { County } from '../../../engine/county/types.ts';
import { FRACTIONAL_TARGETS_NOTE } from '../../../engine/model/targets.ts';
import { solverMessageNote, tieBreakSkippedNote } from '../../../engine/optimize/solve-notes.ts';
import { addNote, reportNotes, reportWithoutPlan, type SolveReport } from '../../../engine/optimize/solve-report.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { resolveScenario, type Scenario } from '../../../engine/scenario/resolve.ts';
import { robustNote } from '../../../engine/uncertainty/robust.ts';

const generated = generateCounty({ schools: 12, seed: 5 });
/** Two schools without land_available_m2, one without a teachers column. */
const c: County = {
  ...generated,
  schools: generated.schools.map((s, i) => {
    const { landAvailable: _land, ...noLand } = s;
    const { teachers: _teachers, ...resources } = s.resources;
    return i === 0 ? { ...noLand, resources } : i === 1 ? noLand : s;
  }),
};

function scenarioWith(integer: boolean): Scenario {
  const pupils = c.schools.reduce((s, x) => s + x.students, 0);
  const perYear = Math.round((15_000_000 * pupils) / 20_026);
  return resolveScenario({
    name: `notes ${integer}`, budget: { perYear: [perYear, perYear, perYear] }, integer,
    construction: { useLandLimits: true },
    objective: { kind: 'floor', targets: [0.2, 0.4, 0.6] }, solver: { timeLimitSeconds: 20, mipRelGap: 0.01 },
  }, 'notes.yaml');
}

const HAN = /[\u4e00-\u9fff]/;

/** The Chinese at the index of the first English note matching `en`, after checking the two lists are in step. */
function zhOf(r: SolveReport, en: RegExp): string {
  expect(r.notesZh).toHaveLength(r.notes.length);
  const i = r.notes.findIndex((n) => en.test(n));
  expect(i, `a note matching ${en}`).toBeGreaterThanOrEqual(0);
  return r.notesZh![i]!;
}

describe('the solve report\'s notes in zh and en', () => {
  it('a county without land and teachers columns, targets counted fractionally: each note in both languages at one index', async () => {
    const r = await solveScenario(c, scenarioWith(false), { shadowPrices: false });
    expect(r.method).toBe('lp');
    expect(zhOf(r, /^2 school\(s\) have no land_available_m2/)).toMatch(/^2 所学校没有可用土地面积/);
    expect(zhOf(r, /^Schools without a teachers column/)).toContain('不安排学历提升');
    expect(zhOf(r, /^integer: false is an LP relaxation/)).toBe(FRACTIONAL_TARGETS_NOTE.zh);
    expect(zhOf(r, /^Rotations paired/)).toBe(r.pairing.noteZh);
    // Every note has its own Chinese.
    r.notesZh!.forEach((zh, i) => {
      expect(zh, r.notes[i]).toMatch(HAN);
      expect(zh).not.toBe(r.notes[i]);
    });
  }, 120_000);

  it('an integer plan\'s gap note gives the same percentage in both languages', async () => {
    const r = await solveScenario(c, scenarioWith(true), { shadowPrices: false });
    expect(r.mipGap).toBeDefined();
    const pct = (r.mipGap! * 100).toFixed(2);
    expect(zhOf(r, /^MIP gap /)).toBe(`整数规划相对间隙 ${pct}%`);
    expect(r.notes.filter((n) => n.startsWith('integer: false'))).toEqual([]);
  }, 120_000);

  it('a robust scenario\'s note names the same percentiles, paths and seed in both languages', () => {
    const s = resolveScenario({
      name: 'robust', budget: { perYear: [1e6, 1e6, 1e6] }, objective: { kind: 'floor' },
      robust: { paths: 50, seed: 7, quantile: { growing: 0.9, shrinking: 0.5 } },
    }, 'robust.yaml');
    const note = robustNote(s)!;
    for (const n of ['90', '50', '7']) {
      expect(note.en).toContain(n);
      expect(note.zh).toContain(n);
    }
    expect(note.zh).toContain('稳健规划');
  });

  it('solver messages: known ones in Chinese, others keep the solver\'s words', () => {
    expect(solverMessageNote('no integer plan within the time limit')).toEqual({ zh: '时间限制内未找到整数方案', en: 'no integer plan within the time limit' });
    expect(solverMessageNote('time limit reached, no primal solution').zh).toBe('已达时间限制，无原始可行解');
    expect(solverMessageNote('HiGHS: out of memory')).toEqual({ zh: '求解器：HiGHS: out of memory', en: 'HiGHS: out of memory' });
  });

  it('a tie-break skipped for the model\'s size names the same count and seconds in both languages, the tie-break in the editor\'s words', () => {
    const note = tieBreakSkippedNote('shortfall', 'size', 2, 9.74);
    expect(note.en).toBe('No tie-break (shortfall): the time left for it is less than 2 solves of the relaxation (9.7 s each).');
    expect(note.zh).toBe('未在同等方案中按次要目标（缺口更小）择优：剩余时间不足以求解 2 次线性松弛（每次 9.7 秒）。');
  });

  it('a report stored before notesZh reads as English, and a note added to it keeps the two lists in step', () => {
    const old: SolveReport = { ...reportWithoutPlan('old', 'floor'), notes: ['MIP gap 0.50%', 'robust plan: …'] };
    delete old.notesZh;
    expect(reportNotes(old)).toEqual([{ zh: 'MIP gap 0.50%', en: 'MIP gap 0.50%' }, { zh: 'robust plan: …', en: 'robust plan: …' }]);
    addNote(old, { zh: '新说明', en: 'new note' });
    expect(old.notes).toEqual(['MIP gap 0.50%', 'robust plan: …', 'new note']);
    expect(old.notesZh).toEqual(['MIP gap 0.50%', 'robust plan: …', '新说明']);
    // Lists out of step (a hand-edited run): the Chinese is not trusted, the English is shown.
    expect(reportNotes({ notes: ['a', 'b'], notesZh: ['甲'] })).toEqual([{ zh: 'a', en: 'a' }, { zh: 'b', en: 'b' }]);
  });
});
