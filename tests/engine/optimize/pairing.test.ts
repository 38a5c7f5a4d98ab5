import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { School } from '../../../engine/county/types.ts';
import { pairRotations, PairingError, type RotationFlows } from '../../../engine/optimize/pairing.ts';
import type { Rotation } from '../../../engine/plan/types.ts';
import { LpBuilder } from '../../../engine/solve/builder.ts';
import { highsSolver as highs } from '../../../engine/solve/highs.ts';
import { school } from '../helpers.ts';

const at = (id: string, x?: number, y?: number): School => school(id, x === undefined ? {} : { x, y: y ?? 0 });
const flows = (donors: Record<string, number>, receivers: Record<string, number>, year = 2026, category: RotationFlows['category'] = 'general'): RotationFlows =>
  ({ year, category, untilYear: year, donors: new Map(Object.entries(donors)), receivers: new Map(Object.entries(receivers)) });

function totals(rotations: Rotation[], side: 'from' | 'to'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rotations) out[r[side]] = (out[r[side]] ?? 0) + r.teachers;
  return out;
}

const teacherKm = (rotations: Rotation[]) => rotations.reduce((a, r) => a + r.teachers * r.distanceKm!, 0);

describe('pairRotations', () => {
  it('sends each donor to its nearest receiver when coordinates allow', async () => {
    // D1 at 0 is next to R1 at 1; D2 at 10 is next to R2 at 11. Crossing would cost 2·10 km more.
    const schools = [at('D1', 0), at('D2', 10), at('R1', 1), at('R2', 11)];
    const res = await pairRotations([flows({ D1: 2, D2: 3 }, { R1: 2, R2: 3 })], schools);
    expect(res.method).toBe('coordinates');
    expect(res.rotations.map((r) => [r.from, r.to, r.teachers, r.distanceKm])).toEqual([['D1', 'R1', 2, 1], ['D2', 'R2', 3, 1]]);
    expect(res.note).toMatch(/straight-line/);
    expect(res.noteZh).toMatch(/直线距离/);
  });

  it('splits a donor between receivers to minimise teacher-km', async () => {
    // Receivers at 1 and 5 km from D; the near one takes what it needs, the far one the rest (Pythagoras: 3-4-5).
    const schools = [at('D', 0, 0), at('E', 10, 0), at('R1', 0, 1), at('R2', 3, 4)];
    const res = await pairRotations([flows({ D: 4, E: 1 }, { R1: 2, R2: 3 })], schools);
    const pairs = Object.fromEntries(res.rotations.map((r) => [`${r.from}-${r.to}`, r.teachers]));
    expect(pairs).toEqual({ 'D-R1': 2, 'D-R2': 2, 'E-R2': 1 });
    expect(res.rotations.find((r) => r.from === 'E')!.distanceKm).toBeCloseTo(Math.hypot(7, 4), 12);
  });

  it('prefers the distance table where it has the pair', async () => {
    const schools = [at('D1', 0), at('D2', 10), at('R1', 1), at('R2', 11)];
    const distances = new Map([['D1', new Map([['R1', 50], ['R2', 1]])], ['R1', new Map([['D2', 2]])]]);
    const res = await pairRotations([flows({ D1: 1, D2: 1 }, { R1: 1, R2: 1 })], schools, { distances });
    expect(res.rotations.map((r) => [r.from, r.to, r.distanceKm])).toEqual([['D1', 'R2', 1], ['D2', 'R1', 2]]);
    expect(res.method).toBe('coordinates');
    expect(res.note).toMatch(/distance table/);
  });

  it('falls back to id order, with a note, when a school lacks coordinates', async () => {
    const schools = [at('S1', 0), at('S2'), at('S3', 5), at('S10', 9), at('S11', 1)];
    const res = await pairRotations([flows({ S1: 1, S10: 1 }, { S2: 1, S11: 1 })], schools);
    expect(res.method).toBe('id-order');
    expect(res.rotations.map((r) => [r.from, r.to, r.distanceKm])).toEqual([['S1', 'S2', null], ['S10', 'S11', null]]);
    expect(res.note).toMatch(/no coordinates for S2/);
    expect(res.note).toMatch(/id order/);
    expect(res.noteZh).toMatch(/编号顺序/);
  });

  it('pairs each (year, category) separately and keeps its untilYear', async () => {
    const schools = [at('A', 0), at('B', 1), at('C', 2)];
    const input = [flows({ A: 2 }, { B: 2 }, 2026, 'backbone'), { ...flows({ C: 1 }, { A: 1 }, 2027, 'general'), untilYear: 2028 }];
    const res = await pairRotations(input, schools);
    expect(res.rotations).toEqual([
      { year: 2026, from: 'A', to: 'B', category: 'backbone', teachers: 2, untilYear: 2026, distanceKm: 1 },
      { year: 2027, from: 'C', to: 'A', category: 'general', teachers: 1, untilYear: 2028, distanceKm: 2 },
    ]);
  });

  it('never pairs a school with itself', async () => {
    const schools = [at('A', 0), at('B', 1), at('C', 50)];
    const res = await pairRotations([flows({ A: 2, B: 1 }, { A: 1, C: 2 })], schools);
    expect(res.rotations.every((r) => r.from !== r.to)).toBe(true);
    expect(totals(res.rotations, 'from')).toEqual({ A: 2, B: 1 });
    expect(totals(res.rotations, 'to')).toEqual({ A: 1, C: 2 });
  });

  it('rejects unequal totals and unknown schools', async () => {
    await expect(pairRotations([flows({ A: 2 }, { B: 1 })], [at('A', 0), at('B', 1)])).rejects.toThrow(PairingError);
    await expect(pairRotations([flows({ A: 1 }, { Z: 1 })], [at('A', 0)])).rejects.toThrow(/unknown school "Z"/);
    await expect(pairRotations([flows({ A: 1 }, { A: 1 })], [at('A', 0)])).rejects.toThrow(PairingError);
  });

  it('returns nothing for no flows', async () => {
    expect((await pairRotations([], [at('A', 0)])).rotations).toEqual([]);
    expect((await pairRotations([flows({}, {})], [at('A', 0)])).rotations).toEqual([]);
  });

  it('preserves every school\'s total in whole teachers, at the teacher-km of a dense LP reference, within the junior caps', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `S${i}`);
    const arb = fc.record({
      split: fc.integer({ min: 1, max: 11 }),
      out: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 12, maxLength: 12 }),
      coords: fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })), { minLength: 12, maxLength: 12 }),
      junior: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      certified: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 12, maxLength: 12 }),
      withCoords: fc.boolean(),
      levelAware: fc.boolean(),
    });
    await fc.assert(fc.asyncProperty(arb, async ({ split, out, coords, junior, certified, withCoords, levelAware }) => {
      const donors = ids.slice(0, split);
      const receivers = ids.slice(split);
      const supply = donors.map((_, i) => out[i]!);
      const total = supply.reduce((a, b) => a + b, 0);
      const demand = receivers.map((_, i) => Math.floor(total / receivers.length) + (i < total % receivers.length ? 1 : 0));
      const schools = ids.map((id, i): School => ({ ...(withCoords ? at(id, ...coords[i]!) : at(id)), level: junior[i] ? 'junior' : 'primary', eligibleJuniorCertified: certified[i]! }));
      const input = flows(Object.fromEntries(donors.map((id, i) => [id, supply[i]!])), Object.fromEntries(receivers.map((id, i) => [id, demand[i]!])));
      const reference = await referencePairing(input, schools, levelAware);
      if (reference === null) {
        await expect(pairRotations([input], schools, { levelAware })).rejects.toThrow(PairingError);
        return;
      }
      const res = await pairRotations([input], schools, { levelAware });
      if (total > 0) expect(res.method).toBe(withCoords ? 'coordinates' : 'id-order');
      expect(res.rotations.every((r) => Number.isInteger(r.teachers) && r.teachers > 0 && r.from !== r.to)).toBe(true);
      expect(totals(res.rotations, 'from')).toEqual(Object.fromEntries(donors.map((id, i) => [id, supply[i]!]).filter(([, n]) => (n as number) > 0)));
      expect(totals(res.rotations, 'to')).toEqual(Object.fromEntries(receivers.map((id, i) => [id, demand[i]!]).filter(([, n]) => (n as number) > 0)));
      if (levelAware) {
        for (const s of schools.filter((x) => x.level === 'primary')) {
          const toJunior = res.rotations.filter((r) => r.from === s.id && schools.find((x) => x.id === r.to)!.level !== 'primary').reduce((a, r) => a + r.teachers, 0);
          expect(toJunior).toBeLessThanOrEqual(s.eligibleJuniorCertified!);
        }
      }
      if (withCoords) expect(penalised(res.rotations, schools, levelAware)).toBeCloseTo(reference, 6);
    }), { numRuns: 60 });
  });

  it('pairs fractional (LP) flows exactly, totals kept', async () => {
    const schools = [at('A', 0), at('B', 3), at('C', 1), at('D', 7), at('E', 4)];
    const input = flows({ A: 1.25, B: 0.5 }, { C: 0.75, D: 0.6, E: 0.4 });
    const res = await pairRotations([input], schools);
    expect(totals(res.rotations, 'from').A).toBeCloseTo(1.25, 9);
    expect(totals(res.rotations, 'to').D).toBeCloseTo(0.6, 9);
    expect(teacherKm(res.rotations)).toBeCloseTo((await referencePairing(input, schools, false))!, 9);
  });

  it('pairs a 200 × 200 county exactly (its speed is measured by npm run bench, not here)', async () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const schools = Array.from({ length: 400 }, (_, i) => at(`S${i}`, rand() * 80, rand() * 80));
    const supply = Array.from({ length: 200 }, () => 1 + Math.floor(rand() * 5));
    const total = supply.reduce((a, b) => a + b, 0);
    const demand = Array.from({ length: 200 }, (_, i) => Math.floor(total / 200) + (i < total % 200 ? 1 : 0));
    const input = flows(Object.fromEntries(supply.map((n, i) => [`S${i}`, n])), Object.fromEntries(demand.map((n, i) => [`S${200 + i}`, n])));
    const res = await pairRotations([input], schools);
    expect(res.rotations.reduce((a, r) => a + r.teachers, 0)).toBe(total);
    expect(totals(res.rotations, 'to')).toEqual(Object.fromEntries(demand.map((n, i) => [`S${200 + i}`, n])));
    expect(teacherKm(res.rotations)).toBeCloseTo((await referencePairing(input, schools, false))!, 6);
  });
});

/** Penalty per teacher a primary school sends to a school with a junior part (pairing.ts LEVEL_PENALTY). */
const PENALTY = 1e6;
const juniorArc = (from: School, to: School, levelAware: boolean) => levelAware && from.level === 'primary' && to.level !== 'primary';

function penalised(rotations: Rotation[], schools: School[], levelAware: boolean): number {
  const byId = new Map(schools.map((s) => [s.id, s]));
  return rotations.reduce((a, r) => a + r.teachers * (r.distanceKm! + (juniorArc(byId.get(r.from)!, byId.get(r.to)!, levelAware) ? PENALTY : 0)), 0);
}

/** The reference: one dense transportation LP in HiGHS (every arc, cap rows), its optimal teacher-km (+ penalties); null when infeasible. */
async function referencePairing(g: RotationFlows, schools: School[], levelAware: boolean): Promise<number | null> {
  const byId = new Map(schools.map((s) => [s.id, s]));
  const lp = new LpBuilder('min', 'reference pairing');
  const donors = [...g.donors].filter(([, n]) => n > 0);
  const receivers = [...g.receivers].filter(([, n]) => n > 0);
  const out = donors.map(() => [] as [number, number][]);
  const inn = receivers.map(() => [] as [number, number][]);
  const junior = donors.map(() => [] as [number, number][]);
  donors.forEach(([a], i) => receivers.forEach(([b], k) => {
    if (a === b) return;
    const [p, q] = [byId.get(a)!, byId.get(b)!];
    const j = lp.addVariable(`x_${a}_${b}`, { cost: (p.x === undefined ? 0 : Math.hypot(p.x - q.x!, p.y! - q.y!)) + (juniorArc(p, q, levelAware) ? PENALTY : 0) });
    out[i]!.push([j, 1]);
    inn[k]!.push([j, 1]);
    if (juniorArc(p, q, levelAware)) junior[i]!.push([j, 1]);
  }));
  donors.forEach(([id, n], i) => lp.addEq(`out_${id}`, out[i]!, n));
  receivers.forEach(([id, n], k) => lp.addEq(`in_${id}`, inn[k]!, n));
  donors.forEach(([id], i) => {
    if (junior[i]!.length > 0) lp.addConstraint(`junior_${id}`, junior[i]!, { ub: byId.get(id)!.eligibleJuniorCertified ?? 0 });
  });
  if (donors.length === 0) return 0;
  const r = await highs.solve(lp.build(), { timeLimitSeconds: 30, mipRelGap: 0 });
  if (r.status === 'infeasible') return null;
  expect(r.status).toBe('optimal');
  return r.objective;
}
