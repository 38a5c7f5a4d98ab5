/** Reading a province batch's inputs: the county files a pattern names, and the counties.csv budget index. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { countyKey } from '../compare/province/budget.ts';
import { parseCountyIndex } from '../compare/province/county-index.ts';
import { fileTooLarge, importCounty } from '../county/import.ts';
import { formatIssue } from '../county/issues.ts';
import { decodeText } from '../county/decode.ts';
import type { CountyInput } from '../node/province.ts';
import { CliError } from './read-county.ts';

/** `*` and `?` in the file name part only (e.g. 'province/*.csv'); files in name order. */
export async function expandCountyPattern(pattern: string): Promise<string[]> {
  const dir = dirname(pattern);
  const name = basename(pattern);
  if (/[*?]/.test(dir)) throw new CliError(`--counties: wildcards are read in the file name only, not in the folder ("${pattern}")`);
  const regex = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    throw new CliError(`--counties: cannot read the folder ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const files = names.filter((n) => regex.test(n) && /\.(csv|xlsx|json)$/i.test(n) && countyKey(n) !== 'counties').sort();
  if (files.length === 0) throw new CliError(`--counties: no county files (.csv, .xlsx, .json) match "${pattern}"`);
  return files.map((n) => join(dir, n));
}

/** One county file; a file that cannot be read or imported becomes a failed input with its problems. */
export async function readCountyInput(path: string): Promise<CountyInput> {
  const file = basename(path);
  const county = countyKey(file);
  try {
    const tooLarge = fileTooLarge((await stat(path)).size, file);
    if (tooLarge) return { county, file, error: formatIssue(tooLarge), issues: [tooLarge] };
    const result = await importCounty(await readFile(path), { fileName: file });
    if (result.status === 'ok') return { county, file, data: result.value };
    return { county, file, error: `${result.errors.length} problem(s): ${formatIssue(result.errors[0]!)}`, issues: result.errors };
  } catch (e) {
    return { county, file, error: `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, issues: [] };
  }
}

/** The counties.csv budget column (yuan over the plan years per county). */
export async function readCountyIndex(path: string, column: string): Promise<Map<string, number>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new CliError(`${path}: cannot read the county index (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const parsed = parseCountyIndex(decodeText(bytes).text, basename(path), column);
  if ('errors' in parsed) throw new CliError(`${path}: ${parsed.errors.length} problem(s):\n${parsed.errors.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
  return parsed.totals;
}
