/** Request bodies → engine inputs, with every problem reported as HTTP 400/422 naming file, row, column or field. */
import { cleanName } from '../../engine/county/clean-text.ts';
import { detectFormat, importCounty } from '../../engine/county/import.ts';
import type { ImportIssue } from '../../engine/county/issues.ts';
import type { County } from '../../engine/county/types.ts';
import { parseScenarioText } from '../../engine/scenario/parse.ts';
import { ScenarioError, type Scenario } from '../../engine/scenario/resolve.ts';
import type { ScenarioFile } from '../../engine/scenario/schema.ts';
import { DEFAULT_STANDARD_ID, getStandard, type Standard } from '../../engine/standards/index.ts';
import { isAbort, type JobRunner } from '../../engine/node/jobs.ts';
import { prepareUpload, type PreparedUpload, type UploadJob } from '../../engine/node/upload.ts';
import { HttpError } from './errors.ts';
import type { DatasetSummary, Problem } from '../contract/index.ts';

export interface ImportedCounty {
  county: County;
  format: DatasetSummary['format'];
  warnings: ImportIssue[];
}

/** The issue as it is: its stable code and params let the app word it in the interface's language. */
function issueProblem(issue: ImportIssue): Problem {
  return { ...issue };
}

/** Files that are not county tables at all: 400; too large to read: 413; a table with bad rows or columns: 422. */
function importStatus(errors: ImportIssue[]): 400 | 413 | 422 {
  if (errors.some((e) => e.code === 'too-large')) return 413;
  if (errors.every((e) => e.code === 'empty-file' || e.code === 'unreadable-file')) return 400;
  return 422;
}

/** A parse that threw (a crashed or out-of-memory thread) as 413 or 400. */
function parseFailure(e: unknown, fileName: string, format: string): HttpError {
  if (/out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${(e as { code?: string }).code ?? ''} ${(e as Error).message}`)) {
    return new HttpError(413, 'too-large', `${fileName}: reading the file needed more memory than an upload may use; a county file has one row per school`, [{ file: fileName, code: 'too-large', params: { reason: 'memory' }, message: 'too large to read' }]);
  }
  return new HttpError(400, 'invalid-county', `${fileName}: the file could not be read as ${format.toUpperCase()}`, [{ file: fileName, code: 'unreadable-file', params: { reason: 'unreadable-as', format: format.toUpperCase() }, message: 'unreadable file' }]);
}

function importRefusal(fileName: string, errors: ImportIssue[]): HttpError {
  const status = importStatus(errors);
  return new HttpError(status, status === 413 ? 'too-large' : 'invalid-county', `${fileName}: ${errors.length} problem(s) found, nothing was stored`, errors.map(issueProblem));
}

/** Everything wrong with the file at once; nothing is returned unless the whole file imports. */
export async function importUpload(bytes: Uint8Array, fileName: string, sheet?: string, importPool?: JobRunner): Promise<ImportedCounty> {
  const format = detectFormat(fileName, bytes);
  let result;
  try {
    const job = { bytes, fileName, format, ...(sheet ? { sheet } : {}) };
    result = importPool ? await importPool.submit('import', job).result : await importCounty(bytes, job);
  } catch (e) {
    throw parseFailure(e, fileName, format);
  }
  if (result.status === 'error') throw importRefusal(fileName, result.errors);
  return { county: result.value, format, warnings: result.warnings };
}

export interface UploadLimits {
  sheet?: string | undefined;
  maxSchools: number;
  /** ms from submission (waiting for a thread included) after which the parse is cancelled and the upload gets 503. */
  deadlineMs: number;
}

/**
 * An upload imported, evaluated against the default standard and encoded as JSON, in the import pool when there is
 * one (the server's), so the event loop only moves bytes; refusals as importUpload's, 422 when it cannot be evaluated.
 */
export async function prepareDataset(bytes: Uint8Array, fileName: string, limits: UploadLimits, importPool?: JobRunner): Promise<Extract<PreparedUpload, { status: 'ok' }>> {
  const input: UploadJob = { bytes, fileName, standard: DEFAULT_STANDARD_ID, maxSchools: limits.maxSchools, ...(limits.sheet ? { sheet: limits.sheet } : {}) };
  let result: PreparedUpload;
  let timer: NodeJS.Timeout | undefined;
  try {
    if (!importPool) result = await prepareUpload(input);
    else {
      const job = importPool.submit('upload', input);
      timer = setTimeout(() => job.cancel(), limits.deadlineMs); // never an upload stuck behind a thread that does not answer
      result = await job.result;
    }
  } catch (e) {
    if (isAbort(e)) {
      throw new HttpError(503, 'upload-timeout', `${fileName}: the file was not read within ${Math.round(limits.deadlineMs / 1000)} s (the server is busy, or the file is far larger than a county's); nothing was stored, try again later`, [{ file: fileName, message: 'not read in time' }]);
    }
    throw parseFailure(e, fileName, detectFormat(fileName, bytes));
  } finally {
    clearTimeout(timer);
  }
  if (result.status === 'error') throw importRefusal(fileName, result.errors);
  if (result.status === 'cannot-evaluate') throw new HttpError(422, 'cannot-evaluate', result.message);
  return result;
}

export function standardById(id: string | undefined, fallback: string): Standard {
  const standard = getStandard(id ?? fallback);
  if (!standard) throw new HttpError(400, 'unknown-standard', `unknown standard "${id}": use quality-2017 or basic-2012`, [{ field: 'querystring/standard', message: 'unknown standard' }]);
  return standard;
}

/**
 * Scenario text (YAML or JSON) → validated scenario. Not YAML/JSON or against the schema: 400;
 * valid against the schema but impossible to build (horizon, lengths, unknown standard): 422.
 */
export function scenarioFromText(text: string): { file: ScenarioFile; scenario: Scenario } {
  let parsed: { file: ScenarioFile; scenario: Scenario };
  try {
    parsed = parseScenarioText(text, 'scenario');
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    const problems = e.problems.map((p) => ({ field: p.path || '/', message: p.message, ...(p.line !== undefined ? { line: p.line } : {}) }));
    const status = e.kind === 'unbuildable' ? 422 : 400;
    const summary = problems.map((p) => `${p.field}${p.line ? ` (line ${p.line})` : ''}: ${p.message}`).join('; ');
    throw new HttpError(status, 'invalid-scenario', `invalid scenario: ${summary}`, problems);
  }
  const name = cleanName(parsed.file.name, 'scenario name');
  if ('problem' in name) throw new HttpError(400, 'invalid-scenario', `invalid scenario: /name: ${name.problem}`, [{ field: '/name', message: name.problem }]);
  parsed.file.name = name.name;
  if (!getStandard(parsed.scenario.standard)) {
    throw new HttpError(422, 'invalid-scenario', `invalid scenario: /standard: unknown standard "${parsed.scenario.standard}"`, [{ field: '/standard', message: 'unknown standard; use quality-2017 or basic-2012' }]);
  }
  return parsed;
}

/** The scenario as sent: YAML text, or a JSON body's own text (so line numbers in errors point into it). */
export function scenarioText(body: unknown, sentText?: string): string {
  if (typeof body === 'string') return body;
  if (sentText !== undefined && body !== null && typeof body === 'object') return sentText;
  if (body === undefined || body === null) throw new HttpError(400, 'invalid-scenario', 'send the scenario as JSON or as YAML text', [{ field: 'body', message: 'missing' }]);
  return jsonText(body, 'invalid-scenario', 2);
}

/** A parsed JSON body as text again; one nested past the stack (thousands of levels) is refused. */
export function jsonText(body: unknown, code: string, indent?: number): string {
  try {
    return JSON.stringify(body, null, indent);
  } catch {
    throw new HttpError(400, code, 'the JSON body is nested too deeply to be a scenario or a county', [{ field: 'body', message: 'nested too deeply' }]);
  }
}

/** A dataset's name as shown in lists: hidden characters removed, at most 200 characters, else 400 naming the field. */
export function datasetName(text: string, field: string): string {
  const checked = cleanName(text, 'dataset name');
  if ('problem' in checked) throw new HttpError(400, 'invalid-name', `${field}: ${checked.problem}`, [{ field, message: checked.problem }]);
  return checked.name;
}
