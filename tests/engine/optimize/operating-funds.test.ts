/**
 * Operating funds (生均公用经费) taken from each year's budget before any plan decision (issue 15 item 7).
 * Rule: 650 yuan per primary pupil, 850 per junior pupil, schools under 100 pupils funded as 100, 5 % of the
 * funds for teacher training (国发〔2015〕67号, 国发〔2012〕41号).
 */
import { describe, expect, it } from 'vitest';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { checkPlan } from '../../../engine/plan/check/index.ts';
import { simulatePlan } from '../../../engine/plan/simulate.ts';
import { schoolOperatingFunds } from '../../../engine/scenario/commitments.ts';
import { resolveScenario } from '../../../engine/scenario/resolve.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { OPERATING_FUNDS_2023 } from '../../../engine/standards/operating-funds.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { county, school } from '../helpers.ts';

describe('operating funds of one school', () => {
  it('funds by level and a small school as 100 pupils', () => {
    // 300 primary + 200 junior: 300·650 + 200·850 = 195,000 + 170,000 = 365,000 yuan.
    expect(schoolOperatingFunds({ primary: 300, junior: 200 }, OPERATING_FUNDS_2023)).toBe(365_000);
    // A teaching point of 40 pupils is funded as 100: 100·650 = 65,000 (not 40·650 = 26,000).
    expect(schoolOperatingFunds({ primary: 40, junior: 0 }, OPERATING_FUNDS_2023)).toBe(65_000);
  });
});

/** Two primary schools that meet every standard except equipment. */
const c = county([400, 600].map((p, i) => school(`E${i}`, {
  students: p, resources: { equipmentValue: [300_000, 900_000][i]!, degreeTeachers: p, backboneTeachers: p, peArtTeachers: p, teachingArea: p * 50, sportsArea: p * 50, multimediaRooms: p },
})));
const file = (commitments: ScenarioFile['commitments']): ScenarioFile => ({
  name: 'funds', horizon: [2026], budget: { perYear: [1_300_000] }, integer: false, objective: { kind: 'floor', tieBreak: 'none' },
  construction: { allowExpansion: false }, ...(commitments ? { commitments } : {}),
});

describe('operating funds in the plan', () => {
  it('takes the funds from the budget first, leaving the rest for equipment', async () => {
    // Funds: 1,000 pupils · 650 = 650,000 yuan; left for the plan 1,300,000 − 650,000 = 650,000.
    // Equipment then evens out at (300k + 900k + 650k) / 1,000 = 1,850 yuan per pupil.
    const scenario = resolveScenario(file({ operatingFunds: true }), 'funds');
    const report = await solveScenario(c, scenario, { shadowPrices: false });
    expect(report.status).toBe('optimal');
    expect(report.years[0]!.committed).toBeCloseTo(650_000, 6);
    expect(report.years[0]!.spend.total).toBeCloseTo(650_000, 2);
    for (const v of report.values) expect(v.values.equipmentValue!).toBeCloseTo(1850, 4);
    const plan = { scenario: scenario.name, years: scenario.years, actions: report.actions, rotations: report.rotations };
    expect(checkPlan(c, scenario, plan, quality2017)).toEqual([]);
    const sim = simulatePlan(c, scenario, plan, quality2017);
    expect(sim.years[0]!.available).toBeCloseTo(650_000, 2);
  });

  it('takes only the training share when asked for it alone', async () => {
    // Training 5 % of 650,000 = 32,500 yuan; left for the plan 1,300,000 − 32,500 = 1,267,500.
    const report = await solveScenario(c, resolveScenario(file({ teacherTraining: true }), 'funds'), { shadowPrices: false });
    expect(report.years[0]!.committed).toBeCloseTo(32_500, 6);
    expect(report.years[0]!.available).toBeCloseTo(1_267_500, 2);
  });

  it('commits nothing by default', async () => {
    const report = await solveScenario(c, resolveScenario(file(undefined), 'funds'), { shadowPrices: false });
    expect(report.years[0]!.committed).toBeUndefined();
    expect(report.years[0]!.available).toBe(1_300_000);
  });
});
