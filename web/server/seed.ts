/** First start on an empty database: the sample county and every scenario in scenarios/. */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importUpload, scenarioFromText } from './inputs.ts';
import { getMeta, setMeta } from './store/database.ts';
import type { Store } from './store/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLE_COUNTY = join(ROOT, 'data', 'sample-county.csv');
export const SCENARIO_DIR = join(ROOT, 'scenarios');

export interface SeedFiles {
  county: string;
  scenarioDir: string;
}

/** Loads the seed once per database file; returns what it stored. */
export async function seedEmptyStore(store: Store, files: SeedFiles = { county: SAMPLE_COUNTY, scenarioDir: SCENARIO_DIR }): Promise<{ datasets: number; scenarios: number }> {
  if (getMeta(store.db, 'seeded') !== undefined || store.datasets.count() > 0 || store.scenarios.count() > 0) return { datasets: 0, scenarios: 0 };
  const bytes = await readFile(files.county);
  const fileName = basename(files.county);
  const county = await importUpload(bytes, fileName);
  const names = (await readdir(files.scenarioDir)).filter((f) => /\.(ya?ml|json)$/i.test(f)).sort();
  const scenarios: { text: string; file: ReturnType<typeof scenarioFromText>['file'] }[] = [];
  for (const name of names) {
    const text = await readFile(join(files.scenarioDir, name), 'utf8');
    scenarios.push({ text, file: scenarioFromText(text).file });
  }
  store.db.transaction(() => {
    store.datasets.insert({ name: '样例县 sample county', fileName, format: county.format, bytes, county: county.county, warnings: county.warnings });
    for (const s of scenarios) store.scenarios.create({ name: s.file.name, text: s.text, file: s.file });
    setMeta(store.db, 'seeded', new Date().toISOString());
  })();
  return { datasets: 1, scenarios: scenarios.length };
}
