import { evaluateCounty, EvaluationError } from '../indicators/evaluate.ts';
import { formatIssue } from '../county/issues.ts';
import { evaluationReport } from '../report/evaluation-report.ts';
import type { Lang } from '../report/format.ts';
import { CliError, readCounty, readStandard } from './read-county.ts';

export interface EvaluateOptions {
  standard: string;
  json?: boolean;
  sheet?: string;
  lang: Lang;
}

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function evaluateCommand(file: string, options: EvaluateOptions, io: Output): Promise<number> {
  const standard = await readStandard(options.standard);
  const { county, warnings } = await readCounty(file, options.sheet);
  let evaluation;
  try {
    evaluation = evaluateCounty(county, standard);
  } catch (e) {
    if (e instanceof EvaluationError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
  if (options.json) {
    io.out(JSON.stringify({ ...evaluation, warnings }, null, 2));
  } else {
    for (const w of warnings) io.err(`note: ${formatIssue(w)}`);
    io.out(evaluationReport(evaluation, standard, options.lang));
  }
  return 0;
}
