/** Runs stored before solve reports carried the data year get it from their dataset's evaluation, under the same standard only. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../engine/indicators/types.ts';
import { baseYear } from '../../../engine/plan/base-year.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { basic2012 } from '../../../engine/standards/basic-2012.ts';
import type { DatasetDetail, Run } from '../../../web/app/src/api/client.ts';
import { withBase } from '../../../web/app/src/shared/run-data.ts';
import { sampleCounty, sampleEvaluation } from '../data/sample-evaluation.ts';
import { report, year } from './fixtures.ts';

let evaluation: Evaluation;
let dataset: DatasetDetail;
beforeAll(async () => {
  evaluation = await sampleEvaluation();
  dataset = { id: 1, name: 's', fileName: 's.csv', format: 'csv', schools: 40, warnings: [], createdAt: '', county: await sampleCounty(), evaluation };
});

const run = (result: Run['result']): Run => ({ id: 1, datasetId: 1, scenarioId: 1, scenarioVersion: 1, status: 'done', stage: null, error: null, createdAt: '', startedAt: null, finishedAt: null, result });

describe('withBase', () => {
  it('adds the data year a stored report lacks, equal to what a solve would report', async () => {
    const old = run(report('x', [year(2026, {}, { primary: {}, junior: {} }, 5)]));
    const base = withBase(old, dataset, quality2017).result!.base!;
    expect(base).toEqual(baseYear(await sampleCounty(), quality2017, 2026));
    expect(base.year).toBe(2025);
  });

  it('keeps a report\'s own base, and adds none under another standard or without plan years', () => {
    const own = { year: 2020, cv: { primary: {}, junior: {} }, schoolsPassing: 1, schoolsTotal: 2, schoolsExcluded: 0, floor: 1, countyPasses: false };
    expect(withBase(run(report('x', [year(2026, {}, { primary: {}, junior: {} }, 5)], { base: own })), dataset, quality2017).result!.base).toBe(own);
    expect(withBase(run(report('x', [year(2026, {}, { primary: {}, junior: {} }, 5)])), dataset, basic2012).result!.base).toBeUndefined();
    expect(withBase(run(report('x', [])), dataset, quality2017).result!.base).toBeUndefined();
  });
});
