/** Reads a scenario file for CLI commands; every problem becomes a CliError naming the file, field and line. */
import { readFile, stat } from 'node:fs/promises';
import { decodeText } from '../county/decode.ts';
import { MAX_SCENARIO_CHARS, parseScenarioText } from '../scenario/parse.ts';
import { ScenarioError, type Scenario } from '../scenario/resolve.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import { CliError } from './read-county.ts';

/** bytes; the longest scenario the parser reads, in UTF-8 at its widest. */
const MAX_SCENARIO_BYTES = 4 * MAX_SCENARIO_CHARS;

/** Text as editors save it: UTF-8 (± BOM), UTF-16 (Windows Notepad's "Unicode"), else GBK. */
export async function readScenario(path: string): Promise<{ file: ScenarioFile; scenario: Scenario }> {
  let text: string;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_SCENARIO_BYTES) throw new CliError(`${path}: the scenario is ${(size / 1024 / 1024).toFixed(1)} MB; scenarios are read up to ${MAX_SCENARIO_CHARS} characters`);
    text = decodeText(await readFile(path)).text;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: cannot read the scenario (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return parseScenarioText(text, path);
  } catch (e) {
    if (e instanceof ScenarioError) throw new CliError(e.message);
    throw e;
  }
}
