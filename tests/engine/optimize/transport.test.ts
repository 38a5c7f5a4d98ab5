/**
 * solveTransport's arcs by pricing (start from each donor's and receiver's cheapest arcs, add the ones
 * the potentials say pay) against a dense HiGHS LP of the same problem: same optimal cost, same
 * infeasibility, every supply and demand met, caps kept. `wholeUnder: 0` makes small problems take
 * the pricing path; `candidates: 1` makes it need many rounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveTransport, type TransportFlow, type TransportProblem } from '../../../engine/optimize/transport.ts';
import { LpBuilder } from '../../../engine/solve/builder.ts';
import { highsSolver as highs } from '../../../engine/solve/highs.ts';

/** The dense LP: x_ik ≥ 0 on every arc, Σ_k x_ik = supply_i, Σ_i x_ik = demand_k, Σ_{k capped} x_ik ≤ cap_i. */
async function reference(p: TransportProblem): Promise<number | null> {
  const D = p.supply.length;
  const R = p.demand.length;
  const lp = new LpBuilder('min', 'transport reference');
  const out = Array.from({ length: D }, () => [] as [number, number][]);
  const inn = Array.from({ length: R }, () => [] as [number, number][]);
  const capped = Array.from({ length: D }, () => [] as [number, number][]);
  for (let i = 0; i < D; i++) {
    for (let k = 0; k < R; k++) {
      const c = p.cost[i * R + k]!;
      if (Number.isNaN(c)) continue;
      const j = lp.addVariable(`x_${i}_${k}`, { cost: c });
      out[i]!.push([j, 1]);
      inn[k]!.push([j, 1]);
      if (p.capped?.[k]) capped[i]!.push([j, 1]);
    }
  }
  p.supply.forEach((n, i) => lp.addEq(`out_${i}`, out[i]!, n));
  p.demand.forEach((n, k) => lp.addEq(`in_${k}`, inn[k]!, n));
  p.cap?.forEach((c, i) => Number.isFinite(c) && capped[i]!.length > 0 && lp.addConstraint(`cap_${i}`, capped[i]!, { ub: c }));
  const r = await highs.solve(lp.build(), { timeLimitSeconds: 30, mipRelGap: 0 });
  if (r.status === 'infeasible') return null;
  expect(r.status).toBe('optimal');
  return r.objective;
}

function check(p: TransportProblem, flow: TransportFlow): number {
  const D = p.supply.length;
  const R = p.demand.length;
  const sent = new Float64Array(D);
  const got = new Float64Array(R);
  const toCapped = new Float64Array(D);
  let cost = 0;
  for (const [a, n] of flow) {
    const [i, k] = [Math.floor(a / R), a % R];
    expect(Number.isNaN(p.cost[a]!)).toBe(false);
    expect(n).toBeGreaterThan(0);
    sent[i] = sent[i]! + n;
    got[k] = got[k]! + n;
    if (p.capped?.[k]) toCapped[i] = toCapped[i]! + n;
    cost += n * p.cost[a]!;
  }
  p.supply.forEach((n, i) => expect(sent[i]).toBeCloseTo(n, 9));
  p.demand.forEach((n, k) => expect(got[k]).toBeCloseTo(n, 9));
  p.cap?.forEach((c, i) => expect(toCapped[i]).toBeLessThanOrEqual(c + 1e-9));
  return cost;
}

const problems = fc.record({ D: fc.integer({ min: 1, max: 7 }), R: fc.integer({ min: 1, max: 9 }), seed: fc.integer({ min: 1, max: 2 ** 30 }), caps: fc.boolean(), holes: fc.boolean() }).map(({ D, R, seed, caps, holes }) => {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const supply = Float64Array.from({ length: D }, () => Math.floor(rand() * 6));
  const total = supply.reduce((a, b) => a + b, 0);
  const demand = Float64Array.from({ length: R }, (_, k) => Math.floor(total / R) + (k < total % R ? 1 : 0));
  const cost = Float64Array.from({ length: D * R }, () => (holes && rand() < 0.25 ? NaN : Math.round(rand() * 100) + (rand() < 0.2 ? 1e6 : 0)));
  const problem: TransportProblem = { supply, demand, cost };
  if (caps) {
    problem.capped = Uint8Array.from({ length: R }, () => (rand() < 0.5 ? 1 : 0));
    problem.cap = Float64Array.from({ length: D }, () => (rand() < 0.3 ? Infinity : Math.floor(rand() * 4)));
  }
  return problem;
});

describe('solveTransport', () => {
  it('prices its way to the dense LP optimum, or to the same infeasibility, from one arc per donor and receiver', async () => {
    await fc.assert(fc.asyncProperty(problems, async (p) => {
      const best = await reference(p);
      const priced = solveTransport(p, { wholeUnder: 0, candidates: 1 });
      const whole = solveTransport(p, { wholeUnder: Infinity });
      if (best === null) {
        expect(priced).toBeNull();
        expect(whole).toBeNull();
        return;
      }
      expect(priced).not.toBeNull();
      expect(whole).not.toBeNull();
      expect(check(p, priced!)).toBeCloseTo(best, 6);
      expect(check(p, whole!)).toBeCloseTo(best, 6);
    }), { numRuns: 150 });
  });

  it('keeps whole teachers whole on the pricing path', () => {
    let s = 11;
    const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const [D, R] = [60, 400];
    const supply = Float64Array.from({ length: D }, () => 1 + Math.floor(rand() * 6));
    const total = supply.reduce((a, b) => a + b, 0);
    const demand = Float64Array.from({ length: R }, (_, k) => (k < total ? 1 : 0));
    const cost = Float64Array.from({ length: D * R }, () => rand() * 80);
    const flow = solveTransport({ supply, demand, cost }); // 24,000 arcs: over the whole-problem size, so priced
    expect(flow).not.toBeNull();
    for (const n of flow!.values()) expect(Number.isInteger(Math.round(n * 1e9) / 1e9)).toBe(true);
    check({ supply, demand, cost }, flow!);
  });
});
