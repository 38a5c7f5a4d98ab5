/**
 * A pool thread's warm-up (createWorkerPool `warm`, the server's and `junheng worker`'s pools): one small
 * integer plan with yearly targets, solved when the thread starts, so the planner's first what-if does not pay
 * the thread's first solve: HiGHS's WebAssembly compile, its first model, and V8 compiling the engine's code.
 * Measured on 2 cores: the sample baseline as a pool job took 2.83 s in a new thread and 1.36 s in a used one.
 */
import { generateCounty } from '../county/generate.ts';
import { solveScenario } from '../optimize/solve-scenario.ts';

/**
 * Schools in the warm-up county: enough for every constraint family, small enough to solve in well under a second.
 * Its targets are lower than the baseline's: some of its small schools cannot pass at any budget.
 */
const WARM_UP_SCHOOLS = 12;
/** Yuan a year per student: the shipped baseline's (10M yuan a year for the sample county's 20,026 students). */
const BUDGET_PER_STUDENT = 10_000_000 / 20_026;

const WARM_UP_SCENARIO = `
name: warm-up
standard: quality-2017
horizon: [2026, 2027, 2028]
budget: { perYear: [1, 1, 1], carryOver: true }
objective: { kind: floor, targets: [0.2, 0.4, 0.5] }
`;

/** Solves the warm-up plan; never throws (a thread that cannot warm up still takes jobs, only slower). */
export async function warmUp(): Promise<boolean> {
  try {
    const county = generateCounty({ schools: WARM_UP_SCHOOLS, seed: 1 });
    const students = county.schools.reduce((sum, s) => sum + s.students, 0);
    // Loaded here, not with the thread: a pool that is not warm (the CLI's sweep, the bench) solves resolved
    // scenarios and never parses one (the YAML reader and TypeBox's checker: 0.1–0.15 s of a new thread's start).
    const { parseScenarioText } = await import('../scenario/parse.ts');
    const { scenario } = parseScenarioText(WARM_UP_SCENARIO, 'warm-up.yaml');
    scenario.budget.perYear = scenario.budget.perYear.map(() => Math.round(BUDGET_PER_STUDENT * students));
    const report = await solveScenario(county, scenario);
    return report.method !== 'none';
  } catch {
    return false;
  }
}
