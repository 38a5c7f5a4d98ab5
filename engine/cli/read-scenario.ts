/** Reads a scenario file for CLI commands; every problem becomes a CliError naming the file, field and line. */
import { readFile } from 'node:fs/promises';
import { ScenarioError, type Scenario } from '../scenario/resolve.ts';
import { parseScenarioText } from '../scenario/parse.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import { CliError } from './read-county.ts';

export async function readScenario(path: string): Promise<{ file: ScenarioFile; scenario: Scenario }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`${path}: cannot read the scenario (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return parseScenarioText(text, path);
  } catch (e) {
    if (e instanceof ScenarioError) throw new CliError(e.message);
    throw e;
  }
}
