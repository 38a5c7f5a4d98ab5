/** The real sample county, imported and evaluated by the engine, for the data-screen tests. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCounty } from '../../../engine/county/import.ts';
import type { County } from '../../../engine/county/types.ts';
import { evaluateCounty } from '../../../engine/indicators/evaluate.ts';
import type { Evaluation } from '../../../engine/indicators/types.ts';
import { getStandard } from '../../../engine/standards/index.ts';

const SAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/sample-county.csv');

export async function sampleCounty(): Promise<County> {
  const result = await importCounty(readFileSync(SAMPLE), { fileName: 'sample-county.csv' });
  if (result.status !== 'ok') throw new Error(`sample county did not import: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.value;
}

export async function sampleEvaluation(standardId = 'quality-2017'): Promise<Evaluation> {
  const standard = getStandard(standardId);
  if (!standard) throw new Error(`no standard ${standardId}`);
  return evaluateCounty(await sampleCounty(), standard);
}
