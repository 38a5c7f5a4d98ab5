/**
 * One school's story in a plan: its indicators against the standard in every plan year (per school part),
 * what it is short of and by how much, the plan's actions for it, the teachers it sends and receives, and the
 * first year from which it passes for good (or why it never does). Pure: computed from a solve report.
 */
import type { EvaluatedLevel } from '../../../../engine/county/types.ts';
import { judgeSchool, RATIO_TOLERANCE } from '../../../../engine/indicators/school-rule.ts';
import type { SolveReport } from '../../../../engine/optimize/solve-report.ts';
import type { PlanAction, Rotation } from '../../../../engine/plan/types.ts';
import type { IndicatorDef, Standard, Text } from '../../../../engine/standards/types.ts';
import { thresholdIndicators } from './heatmap.ts';

export interface IndicatorStatus {
  key: string;
  short: Text;
  unit: Text;
  /** In the standard's units (e.g. m² per student); null where the report has none. */
  value: number | null;
  threshold: number | null;
  ratio: number | null;
  meets: boolean | null;
  /** threshold − value where below the standard, in the indicator's units; 0 when it meets it. */
  shortBy: number | null;
}

export interface PartYear { level: EvaluatedLevel; indicators: IndicatorStatus[]; passes: boolean }

export interface SchoolYear {
  year: number;
  /** Absent when the school is not evaluated that year (it left the evaluation, e.g. a small teaching point). */
  parts: PartYear[];
  evaluated: boolean;
  /** Every evaluated part passes the standard's school rule. */
  passes: boolean;
}

export interface SchoolProfile {
  schoolId: string;
  name: string;
  years: SchoolYear[];
  /** First plan year from which the school passes in every later year; null when it never does. */
  passesFrom: number | null;
  /** Passes already in the first plan year (before most actions serve). */
  passesThroughout: boolean;
  /** Indicators still below the standard in the last evaluated year (why it never passes). */
  stillShort: (IndicatorStatus & { level: EvaluatedLevel })[];
  actions: PlanAction[];
  /** yuan over the plan (action years only; a hire's later salaries are in the yearly spend). */
  actionCost: number;
  sent: Rotation[];
  received: Rotation[];
}

/** Pass by the standard's school rule (at least minMet thresholds met, the others near); all met when it has none. */
export function partPasses(ratios: readonly (number | null)[], standard: Standard): boolean {
  const known = ratios.filter((r): r is number => r !== null);
  if (standard.schoolRule) return judgeSchool(known, standard.schoolRule).passes;
  return known.every((r) => r >= 1 - RATIO_TOLERANCE);
}

function indicatorStatus(d: IndicatorDef, level: EvaluatedLevel, values: Record<string, number>): IndicatorStatus {
  const raw = values[d.key];
  const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
  const threshold = d.threshold[level];
  const ratio = value !== null && threshold !== null && threshold > 0 ? value / threshold : null;
  const meets = ratio === null ? null : ratio >= 1 - RATIO_TOLERANCE;
  const shortBy = value === null || threshold === null ? null : meets ? 0 : threshold - value;
  return { key: d.key, short: d.short, unit: d.unit, value, threshold, ratio, meets, shortBy };
}

/** Years of the plan: from the report's yearly summaries, else from its values. */
function planYears(report: SolveReport): number[] {
  const years = report.years.length > 0 ? report.years.map((y) => y.year) : report.values.map((v) => v.year);
  return [...new Set(years)].sort((a, b) => a - b);
}

export function schoolProfile(report: SolveReport, schoolId: string, standard: Standard, name?: string): SchoolProfile {
  const indicators = thresholdIndicators(standard);
  const years = planYears(report).map((year): SchoolYear => {
    const parts = report.values.filter((v) => v.year === year && v.schoolId === schoolId)
      .sort((a, b) => a.level.localeCompare(b.level) * -1)
      .map((v): PartYear => {
        const statuses = indicators.filter((d) => d.threshold[v.level] !== null).map((d) => indicatorStatus(d, v.level, v.values));
        return { level: v.level, indicators: statuses, passes: partPasses(statuses.map((s) => s.ratio), standard) };
      });
    return { year, parts, evaluated: parts.length > 0, passes: parts.length > 0 && parts.every((p) => p.passes) };
  });
  let passesFrom: number | null = null;
  for (let i = years.length - 1; i >= 0 && years[i]!.passes; i--) passesFrom = years[i]!.year;
  const lastEvaluated = [...years].reverse().find((y) => y.evaluated);
  const stillShort = passesFrom !== null || !lastEvaluated ? [] : lastEvaluated.parts.flatMap((p) => p.indicators.filter((s) => s.meets === false).map((s) => ({ ...s, level: p.level })));
  const actions = report.actions.filter((a) => a.schoolId === schoolId).sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
  return {
    schoolId,
    name: name ?? actions[0]?.schoolName ?? schoolId,
    years,
    passesFrom,
    passesThroughout: passesFrom !== null && passesFrom === years[0]?.year,
    stillShort,
    actions,
    actionCost: actions.reduce((s, a) => s + a.cost, 0),
    sent: report.rotations.filter((x) => x.from === schoolId),
    received: report.rotations.filter((x) => x.to === schoolId),
  };
}
