/** Reads a scenario file for CLI commands; every problem becomes a CliError naming the file, field and line. */
import { decodeText } from '../county/decode.ts';
import { MAX_SCENARIO_CHARS, parseScenarioText } from '../scenario/parse.ts';
import { ScenarioError, type Scenario } from '../scenario/resolve.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import { CliError } from './errors.ts';
import { readRegularFile } from './files.ts';

/** bytes; the longest scenario the parser reads, in UTF-8 at its widest. */
const MAX_SCENARIO_BYTES = 4 * MAX_SCENARIO_CHARS;

/** Text as editors save it: UTF-8 (± BOM), UTF-16 (Windows Notepad's "Unicode"), else GBK. */
export async function readScenario(path: string): Promise<{ file: ScenarioFile; scenario: Scenario }> {
  const text = decodeText(await readRegularFile(path, 'scenario', MAX_SCENARIO_BYTES)).text;
  try {
    return parseScenarioText(text, path);
  } catch (e) {
    if (e instanceof ScenarioError) throw new CliError(e.message);
    throw e;
  }
}
