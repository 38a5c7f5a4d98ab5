/** Scenario + county → model → solver stages → decoded, explained plan (the result of `junheng solve`). */
import type { County } from '../county/types.ts';
import { buildPlanningModel, withObjective, withRow, type PlanningModel } from '../model/build.ts';
import { ModelInputError } from '../model/input-error.ts';
import { baseYear } from '../plan/base-year.ts';
import { evaluationChanges } from '../plan/evaluation-changes.ts';
import { rotationRoles } from '../plan/rotation-roles.ts';
import { yearlyCommitments } from '../scenario/commitments.ts';
import { unknownSchoolIds } from '../scenario/enrollment.ts';
import type { Scenario } from '../scenario/resolve.ts';
import { getSolver, isMip, type SolverName } from '../solve/index.ts';
import type { LpModel, Solver } from '../solve/model.ts';
import { getStandard } from '../standards/builtin.ts';
import type { Standard } from '../standards/types.ts';
import { robustEnrollment, robustNote } from '../uncertainty/robust.ts';
import { minimizeCv } from './cv-objective.ts';
import { decodeActions, decodeFlows, decodeValues, summarizeYears } from './decode.ts';
import { planLedger } from './ledger.ts';
import { pairRotations } from './pairing.ts';
import { addNote, reportWithoutPlan, type SolveReport } from './solve-report.ts';
import { mipGapNote, solverMessageNote, startNote, tieBreakSkippedNote } from './solve-notes.ts';
import { explainInfeasibility } from './explain.ts';
import { objectiveScale } from './objective-scale.ts';
import { shadowPrices } from './shadow.ts';
import { solveStage, type Limits, type StageResult } from './stages.ts';
import { searchFloor } from './floor-search.ts';
import { floorsFixed, withFloorRows } from './floor-rows.ts';
import { deadlineAfter, solvePrimary } from './heuristic.ts';
import { planObjective } from './plan-objective.ts';
import { provenGap, TIE_SLACK, withFractionalPasses } from './optimality.ts';
import { rinsPlan } from './rins.ts';
import { betterOfStart, startPoint, type StartPlan } from './warm-start.ts';

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
  /** A neighbouring what-if's plan to start from (warm-start.ts); used only when it is a plan of this scenario. */
  start?: StartPlan;
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
  const roles = rotationRoles(county, standard, scenario.rotation);

  progress({ stage: 'build' });
  const built = performance.now();
  // The plan serves the projection, or with a scenario `robust` block its quantile enrollment.
  const notes = [robustNote(scenario)].filter((n) => n !== undefined);
  const pm = buildPlanningModel(county, scenario, standard, { enrollment: robustEnrollment(county, scenario), roles, notes });
  const buildSeconds = (performance.now() - built) / 1000;
  const scale = objectiveScale(scenario.objective.kind, pm);

  // The scenario's time limit bounds the whole solve: the primary stage has all of it, the tie-break what is left.
  const solveDeadline = deadlineAfter(limits.timeLimitSeconds);
  const start = options.start ? await startPoint(pm, options.start, standard, solver, limits) : undefined;
  const { primary, primaryModel, cutRounds, bound, relaxationSeconds } = await primaryStage(pm, solver, limits, progress, start && 'x' in start ? start.x : undefined);
  let solveSeconds = primary.seconds;

  const integers = pm.model.variables.filter((v) => v.integer).length;
  const model = { rows: pm.model.constraints.length, columns: pm.model.variables.length, integers, buildSeconds, solveSeconds: 0, solver: solver.name };
  const report = reportWithoutPlan(scenario.name, scenario.objective.kind, model, pm.ctx.notes);
  report.status = primary.result.status;
  report.method = primary.method;
  const base = baseYear(county, standard, scenario.years[0]!);
  if (base) report.base = base;
  if (!primary.x) {
    if (primary.result.status === 'infeasible') {
      progress({ stage: 'explain' });
      report.infeasibility = await explainInfeasibility(pm, solver, limits, roles);
    } else if (primary.result.message) addNote(report, solverMessageNote(primary.result.message));
    report.model.solveSeconds = solveSeconds;
    progress({ stage: 'done' });
    return report;
  }

  if (primary.result.message && primary.method !== 'mip' && primary.method !== 'lp') addNote(report, solverMessageNote(primary.result.message));
  const primaryValue = planObjective(pm, primary.x) ?? pm.objective.value(primary.x);
  const tie = await tieBreakStage(pm, primaryModel, primary, primaryValue, solver, { ...limits, timeLimitSeconds: (solveDeadline - performance.now()) / 1000 }, progress, relaxationSeconds);
  if (tie.skipped) addNote(report, tieBreakSkippedNote(scenario.objective.tieBreak, tie.skipped, TIE_ROOT_MULTIPLE, relaxationSeconds ?? 0));
  solveSeconds += tie.seconds;
  // Never worse than the starting plan (a plan of this scenario): the search may end below it when cut short.
  const kept = betterOfStart(pm, tie.x, start);
  tie.x = kept.x;
  if (start) addNote(report, startNote(start, kept.kept));

  progress({ stage: 'decode' });
  report.objective = {
    kind: scenario.objective.kind, unit: scale.unit,
    value: scenario.objective.kind === 'cv' ? null : scale.valueSign * (planObjective(pm, tie.x) ?? primaryValue) * scale.factor,
    ...(bound !== undefined ? { bound } : {}),
  };
  const optimality = provenGap(pm, tie.x, primary);
  if (optimality) Object.assign(report, optimality);
  if (report.optimality && !scenario.integer && scenario.objective.targets) report.optimality = withFractionalPasses(report.optimality);
  // An integer plan whose proven gap is wider than asked was cut short by the time limit: say so.
  if (report.status === 'optimal' && report.mipGap !== undefined && report.mipGap > limits.mipRelGap + 1e-9 && isMip(pm.model)) {
    report.status = 'timeout';
    if (report.method === 'mip') report.method = 'mip-incumbent';
  }
  await decodePlan(report, pm, tie.x, standard);

  if (options.shadowPrices !== false && scenario.objective.kind !== 'cv') {
    progress({ stage: 'shadow-prices' });
    const started = performance.now();
    report.shadowPrices = await shadowPrices(pm, primaryModel, { x: primary.x, ...(primary.result.rowDuals ? { rowDuals: primary.result.rowDuals } : {}) }, solver, limits, scale, report.years);
    solveSeconds += (performance.now() - started) / 1000;
  }
  report.model.solveSeconds = solveSeconds;
  if (cutRounds !== undefined) report.model.cutRounds = cutRounds;
  if (report.mipGap !== undefined && isMip(pm.model)) addNote(report, mipGapNote(report.mipGap));
  progress({ stage: 'done' });
  return report;
}

interface PrimaryStage {
  primary: StageResult;
  /** The model the primary plan is optimal for (the cv bisection adds its cuts). */
  primaryModel: LpModel;
  cutRounds?: number;
  bound?: number;
  /** Seconds one relaxation of the model took, when the stage knows (floor search). */
  relaxationSeconds?: number;
}

/** The scenario's own objective: the cv bisection, the floor search for integer floor plans, else one solve from a heuristic start. */
async function primaryStage(pm: PlanningModel, solver: Solver, limits: Limits, progress: (p: SolveProgress) => void, start?: number[]): Promise<PrimaryStage> {
  if (pm.ctx.scenario.objective.kind === 'cv') {
    progress({ stage: 'cv-bisection' });
    const cv = await minimizeCv(pm, solver, limits, (c) => progress({ stage: 'cv-bisection', detail: c.toFixed(4) }));
    const primary = cv.stage ?? { result: { status: 'infeasible', objective: NaN, values: [], solver: solver.name, seconds: 0 }, x: null, method: 'none', seconds: 0 };
    return { primary, primaryModel: cv.model, cutRounds: cv.cutRounds, bound: cv.bound };
  }
  if (pm.ctx.scenario.objective.kind === 'floor' && isMip(pm.model)) {
    progress({ stage: 'solve', detail: 'floor search' });
    const search = await searchFloor(pm, withFloorRows(pm, solver), limits, deadlineAfter(limits.timeLimitSeconds), start);
    return { primary: search.stage, primaryModel: search.model, relaxationSeconds: search.relaxationSeconds };
  }
  progress({ stage: 'solve' });
  const primary = await solvePrimary(pm, withFloorRows(pm, solver), limits, deadlineAfter(limits.timeLimitSeconds), start);
  // A floor LP's tie-break keeps every year's floor (floor-rows.ts floorsFixed): as quick as a plain LP.
  const floorLp = pm.ctx.scenario.objective.kind === 'floor' && primary.x && !isMip(pm.model);
  return { primary, primaryModel: floorLp ? floorsFixed(pm, primary.x!) : pm.model };
}

/** Shortest time a tie-break gets (s): it starts from the primary plan; shorter, loaded machines cut it off and the result depends on timing. */
const TIE_MIN_SECONDS = 1;
/** Longest share of the time limit a tie-break gets: the primary objective is what was asked for. */
const TIE_MAX_SHARE = 0.1;
/** Below this many seconds left of the scenario's limit the tie-break is not started (it could not even load the model). */
const TIE_LEAST_SECONDS = 0.05;
/**
 * An integer tie-break needs at least this many times one relaxation's time: its root solves the relaxation
 * and more, and HiGHS does not stop inside it (2,000 schools, relaxation 9.7 s: a tie-break given 6 s ran 17.6 s).
 */
const TIE_ROOT_MULTIPLE = 2;
/**
 * RINS before a floor plan's tie-break from this many integer columns: on a small model HiGHS's own root is
 * quick and RINS adds its LP and MIP (sample baseline, 1,557: tie-break 0.21 → 0.32 s, the same plan); on the
 * 200-school bench county (7,046) it took the tie-break from 1.4–1.5 s to 0.66 s.
 */
const RINS_LEAST_INTEGERS = 3000;

/**
 * Among plans within the gap of the primary optimum, the cheapest (or least short); the primary plan when none is found.
 * The tie-break of an integer floor plan (floor-search.ts) keeps who passes (withPassesOf).
 */
async function tieBreakStage(
  pm: PlanningModel, primaryModel: LpModel, primary: StageResult, primaryValue: number, solver: Solver, limits: Limits, progress: (p: SolveProgress) => void,
  relaxationSeconds = 0,
): Promise<{ x: number[]; seconds: number; skipped?: 'time' | 'size' }> {
  const { objective } = pm.ctx.scenario;
  const tieExpr = objective.tieBreak === 'cost' ? pm.cost : objective.tieBreak === 'shortfall' ? pm.shortfall : undefined;
  if (!tieExpr || (objective.tieBreak === 'cost' && objective.kind === 'mincost')) return { x: primary.x!, seconds: 0 };
  progress({ stage: 'tie-break' });
  // The tie-break gives up at most TIE_SLACK of the primary objective (relative), never the MIP gap.
  const slack = TIE_SLACK * Math.max(1e-6, Math.abs(primaryValue));
  // The tie-break gets a quarter of the primary stage's time (at least TIE_MIN_SECONDS, at most TIE_MAX_SHARE of
  // the limit); without a better plan the primary one stands.
  // `limits.timeLimitSeconds` is what is left of the scenario's limit; with less than TIE_LEAST_SECONDS left there is none.
  const scenarioLimit = pm.ctx.scenario.solver.timeLimitSeconds;
  if (limits.timeLimitSeconds < TIE_LEAST_SECONDS) return { x: primary.x!, seconds: 0, skipped: 'time' };
  const tieSeconds = Math.min(TIE_MAX_SHARE * scenarioLimit, Math.max(TIE_MIN_SECONDS, primary.seconds / 4));
  const tieLimits = { ...limits, timeLimitSeconds: Math.min(limits.timeLimitSeconds, tieSeconds) };
  if (isMip(primaryModel) && tieLimits.timeLimitSeconds < TIE_ROOT_MULTIPLE * relaxationSeconds) return { x: primary.x!, seconds: 0, skipped: 'size' };
  const tieModel = withRow(withObjective(primaryModel, tieExpr), 'primaryObjective', pm.objective, { ub: primaryValue + slack });
  const searched = isMip(tieModel) && objective.kind === 'floor';
  const model = searched ? withPassesOf(pm, tieModel, primary.x!) : tieModel;
  // A large floor plan's integer tie-break starts from the best plan of its RINS neighbourhood (rins.ts), in the
  // same time. Not the others': their tie-breaks (every choice free) are quick MIPs already, and RINS made them
  // slower (200-school shortfall 3.87 → 3.95 s, mincost 3.29 → 3.41 s; sample no-construction 1.00 → 1.21 s).
  // Not a small county's either (RINS_LEAST_INTEGERS).
  const started = performance.now();
  const large = model.variables.filter((v) => v.integer).length >= RINS_LEAST_INTEGERS;
  const from = searched && large ? await rinsPlan(solver, model, primary.x!, tieLimits) : primary.x!;
  const left = tieLimits.timeLimitSeconds - (performance.now() - started) / 1000;
  const second = left >= TIE_LEAST_SECONDS ? (await solveStage(solver, model, { ...tieLimits, timeLimitSeconds: left }, from)).x : from;
  const kept = second && (planObjective(pm, second) ?? -Infinity) <= primaryValue + slack;
  return { x: kept ? second : primary.x!, seconds: (performance.now() - started) / 1000 };
}

/** Fills the report's plan from the solution `x`: actions, LP values, yearly summaries, paired rotations. */
async function decodePlan(report: SolveReport, pm: PlanningModel, x: number[], standard: Standard): Promise<void> {
  const actions = decodeActions(pm, x);
  const pairing = await pairRotations(decodeFlows(pm, x), pm.ctx.county.schools, { levelAware: pm.ctx.scenario.rotation.levelAware });
  // Commitments (operating funds) come off each year's budget first, in the model, the simulator and the ledger.
  const committed = yearlyCommitments(pm.ctx.county, pm.ctx.scenario, pm.ctx.enrollment).map((c) => c.committed);
  const ledger = planLedger(actions, pairing.rotations, pm.ctx.scenario, committed);
  report.actions = ledger.actions;
  report.values = decodeValues(pm, x);
  report.years = summarizeYears(pm, x, ledger);
  report.evaluationChanges = evaluationChanges(pm.ctx.county, pm.ctx.scenario, standard);
  if (pm.ctx.scenario.objective.kind === 'cv') {
    const final = report.years[report.years.length - 1]!;
    report.objective.value = Math.max(0, ...(['primary', 'junior'] as const).flatMap((l) =>
      Object.values(final.cv[l]).map((v) => v / standard.cvLimit[l])));
  }
  report.rotations = ledger.rotations;
  report.pairing = { method: pairing.method, note: pairing.note, noteZh: pairing.noteZh };
  if (report.rotations.length > 0) addNote(report, { zh: pairing.noteZh, en: pairing.note });
}

/**
 * `model` with the pass binaries of every school and part (model/targets.ts) fixed as in plan x: which schools
 * meet the school rule in which year stays the primary plan's, and which indicator a passing part leaves
 * short stays free. Why: the tie-break with free passes proves its own 1 % mostly in HiGHS's root cut loop,
 * and after the floor search that is most of a what-if's time. (Other objectives' primary MIPs choose the
 * passes for their own objective; their tie-breaks keep every choice free.)
 * Sample baseline's 20-point sweep, one thread, 21 tie-breaks: 11.8 s → 3.9 s in all, the plans 0.67 % dearer
 * in all (63,936 against 63,511 万元; 2.9 % below the primary plans' 65,412 either way); the sample
 * 0.43 → 0.24 s (2,780.6 → 2,797.7); 200-school bench county 2.2 s without a cheaper plan → 2.0 s to 1.2 %
 * cheaper, optimal for its passes. With every pass binary fixed it took 0.56 s, 2.2 % dearer.
 */
function withPassesOf(pm: PlanningModel, model: LpModel, x: readonly number[]): LpModel {
  const pass = pm.ctx.passColumns;
  if (!pass) return model;
  const fixed = new Map([...pass.part.flat(), ...pass.school.flat()].filter((j) => j >= 0).map((j) => [j, Math.round(x[j]!)] as const));
  return { ...model, variables: model.variables.map((v, j) => (fixed.has(j) ? { ...v, lb: fixed.get(j)!, ub: fixed.get(j)! } : v)) };
}
