/**
 * A county upload made ready to store, all of it off the server's event loop: the file imported (importer caps:
 * 50,000 rows, XLSX element count), the county evaluated against a standard, and both written as UTF-8 JSON bytes.
 * A county near the row cap is tens of MB of JSON; evaluating, stringifying and encoding it on the server's thread
 * stalled every other request for seconds (issue 16), so the thread only copies bytes into the store and the answer.
 */
import { detectFormat, importCounty, type CountyFormat, type ImportOptions } from '../county/import.ts';
import type { ImportIssue } from '../county/issues.ts';
import { evaluateCounty, EvaluationError } from '../indicators/evaluate.ts';
import { getStandard } from '../standards/index.ts';

/** An import job (jobs.ts ImportJob) with what the server needs besides. */
export interface UploadJob extends ImportOptions {
  bytes: Uint8Array;
  /** Standard id to evaluate against (engine/standards). */
  standard: string;
  /** More schools than this are refused as too large before they are evaluated; default no limit beyond the importer's rows. */
  maxSchools?: number;
}

export type PreparedUpload =
  | { status: 'error'; format: CountyFormat; errors: ImportIssue[]; warnings: ImportIssue[] }
  /** The county imports but cannot be evaluated (EvaluationError's message). */
  | { status: 'cannot-evaluate'; format: CountyFormat; message: string }
  | {
    status: 'ok';
    format: CountyFormat;
    warnings: ImportIssue[];
    schools: number;
    /** JSON.stringify(county), UTF-8. */
    county: Uint8Array;
    /** JSON.stringify(evaluation), UTF-8. */
    evaluation: Uint8Array;
  };

export async function prepareUpload(job: UploadJob): Promise<PreparedUpload> {
  const { bytes: sent, standard: standardId, maxSchools, ...options } = job;
  // The server sends upload bytes in shared memory (web/server/body-bytes.ts); the importer gets a copy of its own.
  const bytes = sent.buffer instanceof SharedArrayBuffer ? new Uint8Array(sent) : sent;
  const format = options.format ?? detectFormat(options.fileName, bytes);
  const imported = await importCounty(bytes, { ...options, format });
  if (imported.status === 'error') return { status: 'error', format, errors: imported.errors, warnings: imported.warnings };
  const schools = imported.value.schools.length;
  if (maxSchools !== undefined && schools > maxSchools) {
    const message = `the file holds ${schools} schools; at most ${maxSchools} are stored (a county has one row per school, the largest about a thousand)`;
    return { status: 'error', format, errors: [{ code: 'too-large', file: options.fileName, message }], warnings: imported.warnings };
  }
  const standard = getStandard(standardId);
  if (!standard) throw new Error(`unknown standard "${standardId}"`);
  let evaluation;
  try {
    evaluation = evaluateCounty(imported.value, standard);
  } catch (e) {
    if (e instanceof EvaluationError) return { status: 'cannot-evaluate', format, message: e.message };
    throw e;
  }
  const encoder = new TextEncoder();
  return {
    status: 'ok', format, warnings: imported.warnings, schools,
    county: encoder.encode(JSON.stringify(imported.value)), evaluation: encoder.encode(JSON.stringify(evaluation)),
  };
}
