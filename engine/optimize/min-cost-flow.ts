/**
 * Minimum-cost flow by the primal network simplex: a spanning tree of basic arcs (with an artificial
 * root joined to every node by a costly arc), entering arcs by block pricing on reduced costs
 * c(u,v) + π(u) − π(v), the leaving arc by the strongly-feasible rule (no cycling on degenerate pivots).
 * Each pivot costs the cycle plus the re-hung subtree, so a transportation problem of a few hundred
 * donors and a thousand receivers takes a few thousand cheap pivots. With whole supplies, demands and
 * capacities every basic solution, the optimum included, is whole.
 *
 * FlowSimplex takes arcs as it goes: a solve continues from the basis of the one before, so a caller
 * can price arcs it left out with the potentials and add the ones that pay (transport.ts).
 */

const LOWER = 0;
const TREE = 1;
const UPPER = 2;

/** The spanning tree: parent, the arc to it, depth, and child lists (first child, siblings). */
class Tree {
  parent: Int32Array;
  arc: Int32Array;
  depth: Int32Array;
  first: Int32Array;
  next: Int32Array;
  prev: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n).fill(-1);
    this.arc = new Int32Array(n).fill(-1);
    this.depth = new Int32Array(n);
    this.first = new Int32Array(n).fill(-1);
    this.next = new Int32Array(n).fill(-1);
    this.prev = new Int32Array(n).fill(-1);
  }
  attach(v: number, parent: number, arc: number): void {
    this.parent[v] = parent;
    this.arc[v] = arc;
    this.prev[v] = -1;
    this.next[v] = this.first[parent]!;
    if (this.first[parent]! >= 0) this.prev[this.first[parent]!] = v;
    this.first[parent] = v;
  }
  detach(v: number): void {
    const p = this.parent[v]!;
    if (this.prev[v]! >= 0) this.next[this.prev[v]!] = this.next[v]!;
    else this.first[p] = this.next[v]!;
    if (this.next[v]! >= 0) this.prev[this.next[v]!] = this.prev[v]!;
    this.parent[v] = -1;
  }
}

/**
 * The network simplex with an artificial arc per node to a root (cost 0 from a supply, `artificialCost`
 * per unit to a demand: above any path's cost, so they carry flow only when the real arcs cannot). Arc e
 * of the caller is entry nodes + e of the arrays; the artificial arc of node v is entry v.
 */
export class FlowSimplex {
  readonly tolerance: number;
  private readonly n: number;
  private count: number;
  private next = 0;
  private readonly total: number;
  private readonly b: Basis;
  private readonly pivot: Pivot;

  /** `balance` per node: > 0 supply, < 0 demand, totals balancing; `maxArcs`: the most arcs that will be added. */
  constructor(balance: Float64Array, maxArcs: number, artificialCost: number) {
    const n = balance.length;
    const size = n + maxArcs;
    this.n = n;
    this.count = n;
    const b: Basis = {
      from: new Int32Array(size), to: new Int32Array(size), cap: new Float64Array(size).fill(Infinity), cost: new Float64Array(size),
      flow: new Float64Array(size), state: new Uint8Array(size), pi: new Float64Array(n + 1), tree: new Tree(n + 1),
    };
    const root = n;
    let total = 0;
    for (let v = 0; v < n; v++) {
      const s = balance[v]!;
      total += Math.abs(s);
      if (s >= 0) [b.from[v], b.to[v], b.flow[v], b.cost[v]] = [v, root, s, 0];
      else [b.from[v], b.to[v], b.flow[v], b.cost[v]] = [root, v, -s, artificialCost];
      b.state[v] = TREE;
      b.tree.attach(v, root, v);
      b.tree.depth[v] = 1;
      b.pi[v] = s >= 0 ? 0 : artificialCost; // c + π(from) − π(to) = 0 on the tree
    }
    this.b = b;
    this.total = total;
    // A few units in the last place of the largest potential: below this a reduced cost is rounding.
    this.tolerance = 1e-14 * artificialCost;
    this.pivot = new Pivot(b, this.tolerance);
  }

  /** A new arc from → to with a capacity (Infinity allowed) and a cost per unit, empty (at its lower bound 0); its index among the caller's arcs. */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    const e = this.count++;
    if (e >= this.b.from.length) throw new Error(`min-cost flow: more arcs than the ${this.b.from.length - this.n} announced`);
    [this.b.from[e], this.b.to[e], this.b.cap[e], this.b.cost[e]] = [from, to, capacity, cost];
    this.b.state[e] = LOWER;
    return e - this.n;
  }

  /** Pivots until no arc held prices out: the optimum on the arcs added so far. */
  solve(): void {
    const { from, to, cost, state, pi } = this.b;
    const count = this.count;
    const block = Math.max(10, Math.ceil(Math.sqrt(count)));
    if (this.next >= count) this.next = 0;
    for (;;) {
      // Block pricing: the most violating arc of the first block that has one.
      let best = -1;
      let bestViolation = this.tolerance;
      for (let seen = 0; seen < count && best < 0; ) {
        for (let k = 0; k < block && seen < count; k++, seen++) {
          const e = this.next;
          this.next = e + 1 === count ? 0 : e + 1;
          if (state[e] === TREE) continue;
          const rc = cost[e]! + pi[from[e]!]! - pi[to[e]!]!;
          const violation = state[e] === LOWER ? -rc : rc;
          if (violation > bestViolation) [best, bestViolation] = [e, violation];
        }
      }
      if (best < 0) return;
      this.pivot.run(best);
    }
  }

  /**
   * Node potentials (root excluded), optimal duals of the problem on the arcs held: c(u,v) + π(u) − π(v) is 0 on
   * basic arcs, ≥ −tolerance on empty arcs, ≤ tolerance on full ones (rounding of potentials that carry the artificial cost).
   */
  potential(): Float64Array {
    return this.b.pi.slice(0, this.n);
  }

  flowOf(arc: number): number {
    return this.b.flow[this.n + arc]!;
  }

  /** Supply or demand the real arcs do not meet (0 when the flow is feasible, to rounding). */
  unmet(): number {
    let unmet = 0;
    for (let v = 0; v < this.n; v++) if (this.b.flow[v]! > 1e-7 * Math.max(1, this.total)) unmet += this.b.flow[v]!;
    return unmet;
  }
}

interface Basis {
  from: Int32Array;
  to: Int32Array;
  cap: Float64Array;
  cost: Float64Array;
  flow: Float64Array;
  state: Uint8Array;
  pi: Float64Array;
  tree: Tree;
}

/** One simplex pivot on the tree (entering arc → cycle → leaving arc → re-hung subtree). */
class Pivot {
  private stack: Int32Array;
  constructor(private b: Basis, private tolerance: number) {
    this.stack = new Int32Array(b.pi.length);
  }

  run(entering: number): void {
    const { from, to, cap, flow, state, tree } = this.b;
    // Flow goes first → second along the entering arc, then second ⇝ join ⇝ first around the tree.
    const [first, second] = state[entering] === LOWER ? [from[entering]!, to[entering]!] : [to[entering]!, from[entering]!];
    let join = this.join(first, second);
    let delta = state[entering] === LOWER ? cap[entering]! : flow[entering]!;
    let out = -1; // node whose tree arc leaves; −1: the entering arc itself goes to its other bound
    let side = 0;
    // join ⇝ first: the cycle goes down each tree arc (parent → node).
    for (let u = first; u !== join; u = tree.parent[u]!) {
      const e = tree.arc[u]!;
      const room = to[e] === u ? cap[e]! - flow[e]! : flow[e]!;
      if (room < delta) [delta, out, side] = [room, u, 1];
    }
    // second ⇝ join: the cycle goes up each tree arc (node → parent); ties go to the arc nearest the join.
    for (let u = second; u !== join; u = tree.parent[u]!) {
      const e = tree.arc[u]!;
      const room = from[e] === u ? cap[e]! - flow[e]! : flow[e]!;
      if (room <= delta) [delta, out, side] = [room, u, 2];
    }
    if (!Number.isFinite(delta)) throw new Error('min-cost flow: unbounded cycle (negative-cost cycle of infinite capacity)');
    if (delta > 0) {
      flow[entering] = flow[entering]! + (state[entering] === LOWER ? delta : -delta);
      for (let u = first; u !== join; u = tree.parent[u]!) {
        const e = tree.arc[u]!;
        flow[e] = flow[e]! + (to[e] === u ? delta : -delta);
      }
      for (let u = second; u !== join; u = tree.parent[u]!) {
        const e = tree.arc[u]!;
        flow[e] = flow[e]! + (from[e] === u ? delta : -delta);
      }
    }
    if (out < 0) {
      state[entering] = state[entering] === LOWER ? UPPER : LOWER;
      return;
    }
    const leaving = tree.arc[out]!;
    state[leaving] = flow[leaving]! >= cap[leaving]! - this.tolerance && Number.isFinite(cap[leaving]!) ? UPPER : LOWER;
    state[entering] = TREE;
    // Re-hang the subtree cut off at `out`: its node on the entering arc becomes its root.
    const [inner, outer] = side === 1 ? [first, second] : [second, first];
    let u = inner;
    let newParent = outer;
    let newArc = entering;
    for (;;) {
      const oldParent = tree.parent[u]!;
      const oldArc = tree.arc[u]!;
      tree.detach(u);
      tree.attach(u, newParent, newArc);
      if (u === out) break;
      [newParent, newArc, u] = [u, oldArc, oldParent];
    }
    join = inner;
    this.relabel(join);
  }

  /** Depth and potentials of the subtree under v from its parent (tree arcs keep reduced cost 0). */
  private relabel(v: number): void {
    const { from, cost, pi, tree } = this.b;
    let top = 0;
    this.stack[top++] = v;
    while (top > 0) {
      const u = this.stack[--top]!;
      const p = tree.parent[u]!;
      const e = tree.arc[u]!;
      tree.depth[u] = tree.depth[p]! + 1;
      pi[u] = from[e] === p ? pi[p]! + cost[e]! : pi[p]! - cost[e]!;
      for (let c = tree.first[u]!; c >= 0; c = tree.next[c]!) this.stack[top++] = c;
    }
  }

  private join(a: number, b: number): number {
    const { tree } = this.b;
    while (a !== b) {
      if (tree.depth[a]! > tree.depth[b]!) a = tree.parent[a]!;
      else if (tree.depth[b]! > tree.depth[a]!) b = tree.parent[b]!;
      else [a, b] = [tree.parent[a]!, tree.parent[b]!];
    }
    return a;
  }
}
