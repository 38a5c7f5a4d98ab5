/** Scenario + county → model → solver stages → decoded, explained plan (the result of `junheng solve`). */
import type { County } from '../county/types.ts';
import { buildPlanningModel, withObjective, withRow, type PlanningModel } from '../model/build.ts';
import { ModelInputError } from '../model/hiring.ts';
import { decodeActions, decodeFlows, decodeValues, summarizeYears } from '../plan/decode.ts';
import { pairRotations } from '../plan/pairing.ts';
import { rotationRoles } from '../plan/simulate.ts';
import type { SolveReport } from '../plan/types.ts';
import { unknownSchoolIds } from '../scenario/enrollment.ts';
import type { Scenario } from '../scenario/resolve.ts';
import { getSolver, isMip, type SolverName } from '../solve/index.ts';
import { getStandard, type Standard } from '../standards/index.ts';
import { minimizeCv } from './cv-objective.ts';
import { explainInfeasibility } from './explain.ts';
import { objectiveScale } from './objective-scale.ts';
import { shadowPrices } from './shadow.ts';
import { solveStage, type Limits, type StageResult } from './stages.ts';
import { searchFloor } from './floor-search.ts';
import { deadlineAfter, solvePrimary } from './heuristic.ts';
import { planObjective } from './plan-objective.ts';
import { provenGap, TIE_SLACK } from './optimality.ts';

export interface SolveProgress {
  stage: 'build' | 'solve' | 'tie-break' | 'cv-bisection' | 'explain' | 'shadow-prices' | 'decode' | 'done';
  detail?: string;
}

export interface SolveScenarioOptions {
  solver?: SolverName;
  /** Default true; sweeps turn them off. */
  shadowPrices?: boolean;
  standard?: Standard;
  onProgress?: (p: SolveProgress) => void;
}

export function standardFor(scenario: Scenario, given?: Standard): Standard {
  const standard = given ?? getStandard(scenario.standard);
  if (!standard) throw new ModelInputError('/standard', `unknown standard "${scenario.standard}"`);
  return standard;
}

export async function solveScenario(county: County, scenario: Scenario, options: SolveScenarioOptions = {}): Promise<SolveReport> {
  const progress = options.onProgress ?? (() => {});
  const standard = standardFor(scenario, options.standard);
  const unknown = unknownSchoolIds(county, scenario);
  if (unknown.length > 0) throw new ModelInputError(unknown[0]!.split(':')[0]!, unknown.join('; '));
  const solver = getSolver(options.solver ?? 'highs');
  const limits: Limits = { timeLimitSeconds: scenario.solver.timeLimitSeconds, mipRelGap: scenario.solver.mipRelGap };
  const roles = rotationRoles(county, standard);

  progress({ stage: 'build' });
  const built = performance.now();
  const pm = buildPlanningModel(county, scenario, standard, roles);
  const buildSeconds = (performance.now() - built) / 1000;
  const scale = objectiveScale(scenario.objective.kind, pm);

  let primary: StageResult;
  let primaryModel = pm.model;
  let cutRounds: number | undefined;
  let bound: number | undefined;
  if (scenario.objective.kind === 'cv') {
    progress({ stage: 'cv-bisection' });
    const cv = await minimizeCv(pm, solver, limits, (c) => progress({ stage: 'cv-bisection', detail: c.toFixed(4) }));
    primary = cv.stage ?? { result: { status: 'infeasible', objective: NaN, values: [], solver: solver.name, seconds: 0 }, x: null, method: 'none', seconds: 0 };
    primaryModel = cv.model;
    cutRounds = cv.cutRounds;
    bound = cv.bound;
  } else if (scenario.objective.kind === 'floor' && isMip(pm.model)) {
    progress({ stage: 'solve', detail: 'floor search' });
    const search = await searchFloor(pm, solver, limits, deadlineAfter(limits.timeLimitSeconds));
    primary = search.stage;
    primaryModel = search.model;
  } else {
    progress({ stage: 'solve' });
    primary = await solvePrimary(pm, solver, limits, deadlineAfter(limits.timeLimitSeconds));
  }
  let solveSeconds = primary.seconds;

  const report = emptyReport(pm, scenario, solver.name, buildSeconds);
  report.status = primary.result.status;
  report.method = primary.method;
  if (!primary.x) {
    if (primary.result.status === 'infeasible') {
      progress({ stage: 'explain' });
      report.infeasibility = await explainInfeasibility(pm, solver, limits, roles);
    } else if (primary.result.message) report.notes.push(primary.result.message);
    report.model.solveSeconds = solveSeconds;
    progress({ stage: 'done' });
    return report;
  }

  let x = primary.x;
  if (primary.result.message && primary.method !== 'mip' && primary.method !== 'lp') report.notes.push(primary.result.message);
  const primaryValue = planObjective(pm, x) ?? pm.objective.value(x);
  const tieBreak = scenario.objective.tieBreak;
  const tieExpr = tieBreak === 'cost' ? pm.cost : tieBreak === 'shortfall' ? pm.shortfall : undefined;
  if (tieExpr && !(tieBreak === 'cost' && scenario.objective.kind === 'mincost')) {
    progress({ stage: 'tie-break' });
    // The tie-break gives up at most TIE_SLACK of the primary objective (relative), never the MIP gap.
    const slack = TIE_SLACK * Math.max(1e-6, Math.abs(primaryValue));
    // The tie-break gets a quarter of the primary stage's time (at least 1 s); without a better plan the primary one stands.
    const tieLimits = { ...limits, timeLimitSeconds: Math.min(limits.timeLimitSeconds, Math.max(1, primary.seconds / 4)) };
    const second = await solveStage(solver, withRow(withObjective(primaryModel, tieExpr), 'primaryObjective', pm.objective, { ub: primaryValue + slack }), tieLimits, primary.x);
    solveSeconds += second.seconds;
    if (second.x && (planObjective(pm, second.x) ?? -Infinity) <= primaryValue + slack) x = second.x;
  }

  progress({ stage: 'decode' });
  report.objective = {
    kind: scenario.objective.kind, unit: scale.unit,
    value: scenario.objective.kind === 'cv' ? null : scale.valueSign * (planObjective(pm, x) ?? primaryValue) * scale.factor,
    ...(bound !== undefined ? { bound } : {}),
  };
  const optimality = provenGap(pm, x, primary);
  if (optimality) Object.assign(report, optimality);
  report.actions = decodeActions(pm, x);
  report.values = decodeValues(pm, x);
  report.years = summarizeYears(pm, x);
  if (scenario.objective.kind === 'cv') {
    const final = report.years[report.years.length - 1]!;
    report.objective.value = Math.max(0, ...(['primary', 'junior'] as const).flatMap((l) =>
      Object.values(final.cv[l]).map((v) => v / standard.cvLimit[l])));
  }
  const pairing = await pairRotations(decodeFlows(pm, x), county.schools);
  report.rotations = pairing.rotations;
  report.pairing = { method: pairing.method, note: pairing.note, noteZh: pairing.noteZh };
  if (report.rotations.length > 0) report.notes.push(pairing.note);

  if (options.shadowPrices !== false && scenario.objective.kind !== 'cv') {
    progress({ stage: 'shadow-prices' });
    const started = performance.now();
    report.shadowPrices = await shadowPrices(pm, primaryModel, { x: primary.x, ...(primary.result.rowDuals ? { rowDuals: primary.result.rowDuals } : {}) }, solver, limits, scale);
    solveSeconds += (performance.now() - started) / 1000;
  }
  report.model.solveSeconds = solveSeconds;
  if (cutRounds !== undefined) report.model.cutRounds = cutRounds;
  if (report.mipGap !== undefined && isMip(pm.model)) report.notes.push(`MIP gap ${(report.mipGap * 100).toFixed(2)}%`);
  progress({ stage: 'done' });
  return report;
}

function emptyReport(pm: PlanningModel, scenario: Scenario, solver: string, buildSeconds: number): SolveReport {
  const integers = pm.model.variables.filter((v) => v.integer).length;
  return {
    status: 'error', method: 'none', scenario: scenario.name,
    objective: { kind: scenario.objective.kind, value: null, unit: '' },
    years: [], actions: [], rotations: [], pairing: { method: 'coordinates', note: '', noteZh: '' }, shadowPrices: [],
    model: { rows: pm.model.constraints.length, columns: pm.model.variables.length, integers, buildSeconds, solveSeconds: 0, solver },
    values: [], notes: [...pm.ctx.notes],
  };
}
