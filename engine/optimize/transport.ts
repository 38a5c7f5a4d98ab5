/**
 * Minimum-cost transportation with per-donor caps on a subset of receivers, solved exactly in
 * JavaScript (no LP) by the network simplex (min-cost-flow.ts) on every donor → receiver arc.
 *
 * A capped donor i sends to capped receivers through a gate node g_i (arc i → g_i with capacity
 * cap_i), so the caps keep the problem a pure network: with whole supplies, demands and caps the
 * optimum found is whole.
 */
import { minCostFlow } from './min-cost-flow.ts';

export interface TransportProblem {
  /** Per donor, what it sends (≥ 0); per receiver, what it takes; equal totals. */
  supply: Float64Array;
  demand: Float64Array;
  /** D × R row-major cost per unit; NaN where there is no arc (a school and itself). */
  cost: Float64Array;
  /** Per donor, the most its arcs to `capped` receivers may carry (Infinity: no cap). */
  cap?: Float64Array;
  capped?: Uint8Array;
}

/** Flow per arc a = i·R + k, for the arcs that carry some. */
export type TransportFlow = Map<number, number>;

const EPS = 1e-9;

/** The exact optimum, or null when no flow meets the supplies, demands and caps. */
export function solveTransport(p: TransportProblem): TransportFlow | null {
  const D = p.supply.length;
  const R = p.demand.length;
  // Nodes: donors 0..D−1, receivers D..D+R−1, then one gate per capped donor.
  const gate = new Int32Array(D).fill(-1);
  let nodes = D + R;
  for (let i = 0; i < D; i++) if (p.cap && Number.isFinite(p.cap[i]!)) gate[i] = nodes++;
  let arcs = nodes - D - R;
  for (const c of p.cost) if (!Number.isNaN(c)) arcs++;
  // Room for the solver's artificial arcs (one per node) after the real ones, so it need not copy.
  const size = arcs + nodes;
  const net = {
    nodes, arcs, balance: new Float64Array(nodes), from: new Int32Array(size), to: new Int32Array(size), capacity: new Float64Array(size).fill(Infinity), cost: new Float64Array(size),
  };
  net.balance.set(p.supply);
  p.demand.forEach((n, k) => (net.balance[D + k] = -n));
  const arcOf = new Int32Array(arcs); // network arc → D × R index (−1 for gate arcs)
  let e = 0;
  for (let i = 0; i < D; i++) {
    for (let k = 0; k < R; k++) {
      const c = p.cost[i * R + k]!;
      if (Number.isNaN(c)) continue;
      net.from[e] = p.capped?.[k] && gate[i]! >= 0 ? gate[i]! : i;
      net.to[e] = D + k;
      net.cost[e] = c;
      arcOf[e++] = i * R + k;
    }
    if (gate[i]! >= 0) {
      net.from[e] = i;
      net.to[e] = gate[i]!;
      net.capacity[e] = Math.max(0, p.cap![i]!);
      arcOf[e++] = -1;
    }
  }
  const solved = minCostFlow(net);
  if (!solved) return null;
  const flow: TransportFlow = new Map();
  solved.flow.forEach((n, j) => {
    if (arcOf[j]! >= 0 && n > EPS) flow.set(arcOf[j]!, n);
  });
  return flow;
}
