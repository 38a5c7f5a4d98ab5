/** Reads a county file from disk for CLI commands; prints every import problem and fails as a whole. */
import { basename } from 'node:path';
import { fileTooLarge, importCounty } from '../county/import.ts';
import { formatIssue, type ImportIssue } from '../county/issues.ts';
import type { County } from '../county/types.ts';
import { getStandard, loadStandardFile, type Standard } from '../standards/index.ts';
import { CliError } from './errors.ts';
import { readRegularFile } from './files.ts';

export { CliError };

export async function readCounty(path: string, sheet?: string): Promise<{ county: County; warnings: ImportIssue[] }> {
  const bytes = await readRegularFile(path, 'county', Number.MAX_SAFE_INTEGER, (size) => {
    const tooLarge = fileTooLarge(size, basename(path));
    if (tooLarge) throw new CliError(`${path}: the file was not read:\n  ${formatIssue(tooLarge)}`);
  });
  const result = await importCounty(bytes, { fileName: basename(path), ...(sheet !== undefined ? { sheet } : {}) });
  if (result.status === 'error') {
    const lines = result.errors.map(formatIssue);
    throw new CliError(`${path}: ${result.errors.length} problem(s) found, nothing was evaluated:\n${lines.map((l) => `  ${l}`).join('\n')}`);
  }
  return { county: result.value, warnings: result.warnings };
}

/** A built-in standard id, or a path to a provincial variant (JSON). */
export async function readStandard(idOrPath: string): Promise<Standard> {
  const builtin = getStandard(idOrPath);
  if (builtin) return builtin;
  if (!idOrPath.endsWith('.json')) {
    throw new CliError(`unknown standard "${idOrPath}": use quality-2017, basic-2012 or a path to a .json standard file`);
  }
  let text: string;
  try {
    text = (await readRegularFile(idOrPath, 'standard', 16 * 1024 * 1024)).toString('utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${idOrPath}: cannot read the standard file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${idOrPath}: not valid JSON (${(e as Error).message})`);
  }
  try {
    return loadStandardFile(data, idOrPath);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
}
