/** Replays a fixed plan over sampled enrollment paths with the independent simulator and summarizes the outcomes. */
import { mean, quantileSorted } from 'simple-statistics';
import type { County } from '../county/types.ts';
import type { EvaluatedLevel } from '../county/types.ts';
import { simulatePlan } from '../plan/simulate.ts';
import type { Plan } from '../plan/types.ts';
import type { Scenario } from '../scenario/resolve.ts';
import type { Standard } from '../standards/types.ts';
import { createSampler, sampleSeed, type PathSampler } from './sample.ts';

/** One sample, one plan year: what the summary needs, small enough to send between threads. */
export interface YearOutcome {
  countyPasses: boolean;
  schoolsPassing: number | null;
  schoolsTotal: number;
  cv: Record<EvaluatedLevel, Record<string, number>>;
  /** Included schools that pass the school rule. */
  passing: string[];
  /** Included schools that fail, with the indicators they miss (any part). */
  failing: { id: string; indicators: string[] }[];
}

export interface SampleOutcome { index: number; years: YearOutcome[] }

export interface Distribution { mean: number; p5: number; p50: number; p95: number }

export interface YearRisk {
  year: number;
  samples: number;
  /** Share of samples in which the county passes. */
  passProbability: number;
  /** Share of samples in which every included school passes the school rule. */
  allSchoolsPassProbability: number;
  schoolsPassing: Distribution | null;
  /** Per school id: share of the samples that include the school in which it passes. */
  schoolPassProbability: Record<string, number>;
  cv: Record<EvaluatedLevel, Record<string, Distribution>>;
  /** Schools most often failing, worst first; per indicator the share of samples in which it is missed. */
  mostFailing: { schoolId: string; name: string; failProbability: number; indicators: Record<string, number> }[];
}

export interface MonteCarloResult {
  samples: number;
  seed: number;
  /** Every enrollment spread is 0 (or the scenario has no uncertainty block): all samples are the projection, so there is no probability to report. */
  deterministic: boolean;
  years: YearRisk[];
}

/** No spread anywhere: every sampled path equals the projection. */
export function isDeterministic(scenario: Scenario): boolean {
  const u = scenario.uncertainty;
  if (!u) return true;
  return [...Object.values(u.spread), ...Object.values(u.schools)].every((v) => v === undefined || v === 0);
}

export interface MonteCarloInput { county: County; scenario: Scenario; plan: Plan; standard: Standard }

export function outcomeOf(input: MonteCarloInput, sampler: PathSampler, seed: number, index: number): SampleOutcome {
  const sim = simulatePlan(input.county, input.scenario, input.plan, input.standard, sampler.sample(sampleSeed(seed, index)));
  return {
    index,
    years: sim.years.map((y) => {
      const e = y.evaluation;
      const bySchool = new Map<string, { passes: boolean; missed: Set<string> }>();
      for (const row of e.schools) {
        if (row.excluded || row.schoolPasses === null) continue;
        const s = bySchool.get(row.id) ?? { passes: row.schoolPasses, missed: new Set<string>() };
        for (const [k, met] of Object.entries(row.meets)) if (met === false) s.missed.add(k);
        bySchool.set(row.id, s);
      }
      const passing: string[] = [];
      const failing: YearOutcome['failing'] = [];
      for (const [id, s] of bySchool) {
        if (s.passes) passing.push(id);
        else failing.push({ id, indicators: [...s.missed] });
      }
      return {
        countyPasses: e.county.passes, schoolsPassing: e.county.schoolsPassing, schoolsTotal: e.county.schoolsTotal,
        cv: { primary: e.levels.primary.cv, junior: e.levels.junior.cv }, passing, failing,
      };
    }),
  };
}

/** Samples [from, to) of a run; each sample's path depends only on (seed, index). */
export function runSamples(input: MonteCarloInput, seed: number, from: number, to: number, onSample?: (done: number) => void): SampleOutcome[] {
  const sampler = createSampler(input.county, input.scenario);
  const out: SampleOutcome[] = [];
  for (let i = from; i < to; i++) {
    out.push(outcomeOf(input, sampler, seed, i));
    onSample?.(i - from + 1);
  }
  return out;
}

export function distribution(values: number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return { mean: mean(sorted), p5: quantileSorted(sorted, 0.05), p50: quantileSorted(sorted, 0.5), p95: quantileSorted(sorted, 0.95) };
}

const MOST_FAILING = 10;

/** Outcomes in any order; the summary sorts them by sample index, so it does not depend on how they were produced. */
export function summarize(input: MonteCarloInput, outcomes: SampleOutcome[], seed: number): MonteCarloResult {
  const sorted = [...outcomes].sort((a, b) => a.index - b.index);
  const n = sorted.length;
  const names = new Map(input.county.schools.map((s) => [s.id, s.name]));
  const years = input.scenario.years.map((year, t): YearRisk => {
    const ys = sorted.map((o) => o.years[t]!);
    const included = new Map<string, number>();
    const passed = new Map<string, number>();
    const failed = new Map<string, { n: number; indicators: Map<string, number> }>();
    for (const y of ys) {
      for (const id of y.passing) {
        included.set(id, (included.get(id) ?? 0) + 1);
        passed.set(id, (passed.get(id) ?? 0) + 1);
      }
      for (const f of y.failing) {
        included.set(f.id, (included.get(f.id) ?? 0) + 1);
        const entry = failed.get(f.id) ?? { n: 0, indicators: new Map<string, number>() };
        entry.n += 1;
        for (const k of f.indicators) entry.indicators.set(k, (entry.indicators.get(k) ?? 0) + 1);
        failed.set(f.id, entry);
      }
    }
    const schoolPassProbability: Record<string, number> = {};
    for (const id of [...included.keys()].sort()) schoolPassProbability[id] = (passed.get(id) ?? 0) / included.get(id)!;
    const cv = { primary: {}, junior: {} } as YearRisk['cv'];
    for (const level of ['primary', 'junior'] as const) {
      const keys = [...new Set(ys.flatMap((y) => Object.keys(y.cv[level])))].sort();
      for (const k of keys) {
        const values = ys.map((y) => y.cv[level][k]).filter((v): v is number => v !== undefined && Number.isFinite(v));
        if (values.length > 0) cv[level][k] = distribution(values);
      }
    }
    const counts = ys.map((y) => y.schoolsPassing).filter((v): v is number => v !== null);
    const mostFailing = [...failed.entries()]
      .map(([id, f]) => ({
        schoolId: id, name: names.get(id) ?? id, failProbability: f.n / n,
        indicators: Object.fromEntries([...f.indicators.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, c]) => [k, c / n])),
      }))
      .sort((a, b) => b.failProbability - a.failProbability || a.schoolId.localeCompare(b.schoolId))
      .slice(0, MOST_FAILING);
    return {
      year, samples: n,
      passProbability: n === 0 ? 0 : ys.filter((y) => y.countyPasses).length / n,
      allSchoolsPassProbability: n === 0 ? 0 : ys.filter((y) => y.failing.length === 0).length / n,
      schoolsPassing: counts.length > 0 ? distribution(counts) : null,
      schoolPassProbability, cv, mostFailing,
    };
  });
  return { samples: n, seed, deterministic: isDeterministic(input.scenario), years };
}

/** The whole run in this thread (the CLI splits runSamples over workers instead). */
export function monteCarlo(county: County, scenario: Scenario, plan: Plan, standard: Standard, samples: number, seed: number): MonteCarloResult {
  const input = { county, scenario, plan, standard };
  return summarize(input, runSamples(input, seed, 0, samples), seed);
}
