/** The stored scenarios of scenarios/*.yaml, parsed by the engine, and a mock API client serving them. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import type { ScenarioVersion } from '../../../web/app/src/api/client.ts';
import type { ScenarioClient } from '../../../web/app/src/features/scenario/ScenarioScreen.tsx';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../scenarios');

export function scenarioFile(name: string): ScenarioFile {
  const text = readFileSync(resolve(DIR, `${name}.yaml`), 'utf8');
  return parseScenarioText(text, `${name}.yaml`).file;
}

export function stored(id: number, file: ScenarioFile, version = 1): ScenarioVersion {
  return { id, version, name: file.name, text: JSON.stringify(file), scenario: file, createdAt: '2026-03-01T08:00:00Z' };
}

/** Scenario 1 is the baseline, 2 the stricter rotation; saves answer with the next version. */
export function mockClient(overrides: Partial<ScenarioClient> = {}): ScenarioClient {
  const rows = [stored(1, scenarioFile('baseline')), stored(2, scenarioFile('rotation-15-30'))];
  const byId = (id: number) => rows.find((r) => r.id === id)!;
  return {
    scenarios: vi.fn(async () => rows.map((r) => ({ id: r.id, version: r.version, name: r.name, createdAt: r.createdAt, updatedAt: r.createdAt }))),
    scenario: vi.fn(async (id: number) => byId(id)),
    scenarioVersion: vi.fn(async (id: number) => byId(id)),
    scenarioVersions: vi.fn(async (id: number) => [{ version: 1, name: byId(id).name, createdAt: byId(id).createdAt }]),
    saveScenario: vi.fn(async (id: number, file: ScenarioFile) => stored(id, file, byId(id).version + 1)),
    createScenario: vi.fn(async (file: ScenarioFile) => stored(3, file)),
    ...overrides,
  };
}
