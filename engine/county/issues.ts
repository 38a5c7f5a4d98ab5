/** Problems found while reading a county file: every one names file, row and column. */

export type ImportIssueCode =
  | 'empty-file'
  | 'unreadable-file'
  | 'too-large'
  | 'unclosed-quote'
  | 'no-data-rows'
  | 'missing-column'
  | 'duplicate-column'
  | 'wrong-sheet'
  | 'missing-value'
  | 'not-a-number'
  | 'not-whole'
  | 'negative'
  | 'implausible-value'
  | 'zero-students'
  | 'duplicate-id'
  | 'bad-id'
  | 'bad-name'
  | 'mixed-encoding'
  | 'bad-level'
  | 'bad-kind'
  | 'bad-location'
  | 'junior-exceeds-students'
  | 'junior-part-exceeds-total'
  | 'missing-junior-students'
  | 'missing-senior-students'
  | 'split-by-students'
  | 'ignored-column'
  | 'ignored-value'
  | 'skipped-row'
  | 'too-many-problems';

export interface ImportIssue {
  code: ImportIssueCode;
  file: string;
  /** 1-based row as a spreadsheet shows it (header is usually row 1); record number for JSON. */
  row?: number;
  /** Header as written in the file. */
  column?: string;
  /** Spreadsheet cell address, e.g. "E7" (CSV and XLSX). */
  cell?: string;
  /** The offending text, when there is one. */
  value?: string;
  /**
   * What the message says, as values, so an interface can say it in its own language from `code` and these:
   * e.g. {limit: 1000}, {header: 'students'}, and `reason` where one code has several causes
   * (unreadable-file: 'legacy-xls' | 'json-syntax' | …). Stable: the web app's translations key on them.
   */
  params?: Record<string, string | number>;
  /** The problem in English (CLI, logs, and the fallback for codes an interface does not know). */
  message: string;
}

export type ImportResult<T> =
  | { status: 'ok'; value: T; warnings: ImportIssue[] }
  | { status: 'error'; errors: ImportIssue[]; warnings: ImportIssue[] };

/** "A", "B", …, "Z", "AA", … for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** One line for people: `sample.csv row 7, column backbone_teachers (E7): not a number: "abc"`. */
export function formatIssue(issue: ImportIssue): string {
  const where: string[] = [issue.file];
  if (issue.row !== undefined) where.push(`row ${issue.row}`);
  if (issue.column !== undefined) where.push(`column ${issue.column}${issue.cell ? ` (${issue.cell})` : ''}`);
  return `${where.join(', ')}: ${issue.message}`;
}

/** Thrown where a caller wants an exception instead of an ImportResult. */
export class CountyImportError extends Error {
  readonly issues: ImportIssue[];
  constructor(issues: ImportIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'CountyImportError';
    this.issues = issues;
  }
}
