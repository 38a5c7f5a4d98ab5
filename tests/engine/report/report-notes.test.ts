/**
 * The solve's notes in the text report and the workbook's assumptions sheet: in the chosen language, and in
 * English for a report stored before the Chinese was kept (no notesZh).
 */
import { describe, expect, it } from 'vitest';
import { FRACTIONAL_TARGETS_NOTE } from '../../../engine/model/targets.ts';
import { mipGapNote } from '../../../engine/optimize/solve-notes.ts';
import { noteFields, reportWithoutPlan, type SolveReport } from '../../../engine/optimize/solve-report.ts';
import type { Lang } from '../../../engine/report/format.ts';
import { planReport } from '../../../engine/report/plan-report.ts';
import { assumptionsSheet } from '../../../engine/report/workbook/assumptions.ts';
import { resolveScenario } from '../../../engine/scenario/resolve.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';

const notes = [FRACTIONAL_TARGETS_NOTE, mipGapNote(0.0123)];
const report: SolveReport = { ...reportWithoutPlan('notes', 'floor'), status: 'optimal', method: 'lp', ...noteFields(notes) };
const stored: SolveReport = { ...report };
delete stored.notesZh;
const scenario = resolveScenario({ name: 'notes', budget: { perYear: [1e6, 1e6, 1e6] }, objective: { kind: 'floor' } }, 'notes.yaml');

/** The text report's lines under its notes heading. */
function noteLines(text: string, heading: string): string[] {
  const lines = text.split('\n');
  return lines.slice(lines.indexOf(heading) + 1).filter((l) => l.startsWith('  - ')).map((l) => l.slice(4));
}

/** The assumptions sheet's note texts (rows labelled `label`, the text in the fourth column). */
function sheetNotes(r: SolveReport, lang: Lang, label: string): unknown[] {
  return assumptionsSheet(r, scenario, quality2017, lang).rows.filter((row) => row[0] === label).map((row) => row[3]);
}

describe('notes in the text report and the workbook', () => {
  it('the zh text report shows the Chinese, the en one the English, in the same order', () => {
    expect(noteLines(planReport(report, quality2017, 'zh-CN'), '说明')).toEqual([FRACTIONAL_TARGETS_NOTE.zh, '整数规划相对间隙 1.23%']);
    expect(noteLines(planReport(report, quality2017, 'en'), 'Notes')).toEqual([FRACTIONAL_TARGETS_NOTE.en, 'MIP gap 1.23%']);
  });

  it('a report stored without notesZh shows its English notes in the zh report and sheet', () => {
    expect(noteLines(planReport(stored, quality2017, 'zh-CN'), '说明')).toEqual(stored.notes);
    expect(sheetNotes(stored, 'zh-CN', '说明')).toEqual(stored.notes);
  });

  it('the assumptions sheet has one row per note in the chosen language', () => {
    expect(sheetNotes(report, 'zh-CN', '说明')).toEqual(notes.map((n) => n.zh));
    expect(sheetNotes(report, 'en', 'Note')).toEqual(notes.map((n) => n.en));
  });
});
